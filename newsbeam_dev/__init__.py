"""The project's development tooling, shared by `tests/` and `benchmarks/`: never installed, never
imported by the product (`pipeline`, `transforms`).

- `evaluation`: finds `../shared/` (evaluation data, never product input), reads its gold sets and
  this repository's own annotations (`tests/data/`), writes tables as the pipeline would and scores
  them with `../shared/tools/evaluate.py`.
- `corpus`: the benchmark corpora (the shared articles replicated to N, outside the repository).

`make setup` puts the checkout on the virtualenv's path (`newsbeam-dev.pth`), so a test, a benchmark
script (`.venv/bin/python benchmarks/eval_quotes.py ...`) or a shell imports these by name.
"""
