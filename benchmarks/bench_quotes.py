"""How much of a run's CPU does the quotes stage take? (goal: under 10%, pure Python)

    .venv/bin/python benchmarks/bench_quotes.py [--limit N] [--skip-run] [--share-rounds N] [--against REF [--rounds N]]
    .venv/bin/python benchmarks/bench_quotes.py --instructions N [--against REF]

On the shared BBC and multinews articles (read as the pipeline reads them), it measures, side by side:

1. a plain loop over the run's stage functions (read -> paragraphs -> language -> quotes -> dates
   -> rows), the CPU time (`time.process_time`) each stage takes, and the quotes stage's share;
2. `newsbeam run` over the same files (one worker), the CPU time of its whole process tree
   (`resource.getrusage(RUSAGE_CHILDREN)`), and the quotes stage's CPU from (1) as a share of it.

The first share is an upper bound (no Beam overhead in the denominator); the second is the figure
the goal is stated in. `--share-rounds N` measures both N times, alternating (the loop in a fresh
process each time, as a worker starts cold), and divides the least CPU of each: the two are measured
one after the other, so on a busy host a lone pass of either can run long and skew the share. The
line starting `README:` is the one the README quotes. A script that prints figures, not a timed test: timings on a shared machine
are noise, ratios measured in one run much less so. Last, texts that repeat one shape thousands of
times: the work per quotation must not grow with the quotations before it.

`--against REF` (a git commit, branch or tag) compares the quotes engine of this checkout with the
one at REF side by side: each round times one pass of `extract_quotes` over the same articles (read,
split and language-tagged once) in a fresh process per engine, the two engines alternating, and
prints the best round of each and their ratio, after checking that both find the same quotations.

`--instructions N` counts instead the machine instructions one pass of `extract_quotes` takes over
every N-th file (valgrind's callgrind, the setup's count subtracted), with PYTHONHASHSEED=0: on a
shared host this count does not move with the load, and a fixed hash seed keeps set and dict orders
(and so the work) the same from one run to the next (unfixed, two runs of one tree differed by 1.3%).
With `--against REF`, both engines are counted and their ratio printed.
"""
from __future__ import annotations

import argparse
import dataclasses
import glob
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from newsbeam_dev.evaluation import require_shared


def corpus_files(shared: Path, limit: int | None) -> list[str]:
    files = sorted(glob.glob(str(shared / "corpora" / "bbc" / "*" / "*.txt")))
    files += sorted(glob.glob(str(shared / "corpora" / "multinews" / "*" / "semeval2023t3" / "*" / "article*.txt")))
    return files[:limit] if limit else files


def stage_times(files: list[str]) -> tuple[dict[str, float], int, int]:
    """CPU seconds per stage over `files`, the number of articles, and of quotations found."""
    from newsbeam.transforms.article import Article
    from newsbeam.transforms.language import add_languages
    from newsbeam.transforms.rows import article_rows
    from newsbeam.transforms.sources import FieldNames, read_source
    from newsbeam.transforms.stages import STAGES

    stages = [(stage.name, stage.fn) for stage in STAGES] + [("rows", lambda a: (article_rows(a, "bench"), a)[1])]
    cpu = dict.fromkeys(["read", *(name for name, _ in stages)], 0.0)
    add_languages(Article("w", "w", "warm up the profiles", "utf-8", "x"))     # (load once, as a worker does)
    n = n_quotes = 0
    clock = time.process_time
    for path in files:
        t0 = clock()
        items = [a for a in read_source(path, None, FieldNames()) if isinstance(a, Article)]
        cpu["read"] += clock() - t0
        for article in items:
            for name, fn in stages:
                t0 = clock()
                article = fn(article)
                cpu[name] += clock() - t0
            n += 1
            n_quotes += len(article.quotes)
    return cpu, n, n_quotes


def run_cpu(files: list[str]) -> float:
    """CPU seconds of `newsbeam run` over `files` (one worker), its whole process tree."""
    newsbeam = Path(sys.executable).with_name("newsbeam")
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "inputs"
        listing.mkdir()
        for i, f in enumerate(files):      # (a folder of links: one glob instead of thousands of arguments)
            os.symlink(f, listing / f"{i:06d}.txt")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([str(newsbeam), "run", str(listing / "*.txt"), "--output", str(Path(tmp) / "out"),
                        "--workers", "1"], check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def tagged_articles(files: list[str], path: Path) -> int:
    """Read `files` as the run does (paragraphs, language) and pickle (text, language) pairs to `path`."""
    import pickle

    from newsbeam.transforms.article import Article
    from newsbeam.transforms.language import add_languages
    from newsbeam.transforms.paragraphs import add_paragraphs
    from newsbeam.transforms.sources import FieldNames, read_source

    pairs = []
    for f in files:
        for item in read_source(f, None, FieldNames()):
            if isinstance(item, Article):
                article = add_languages(add_paragraphs(item))
                pairs.append((article.text, article.language))
    path.write_bytes(pickle.dumps(pairs))
    return len(pairs)


# One round of one engine, in its own process (both engines are the package `transforms`):
# a warm-up pass, then the CPU seconds of one pass and a digest of every quotation found.
_ROUND = """
import hashlib, pickle, sys, time
sys.path.insert(0, sys.argv[1])
from newsbeam.transforms.quotes import extract_quotes
pairs = pickle.loads(open(sys.argv[2], "rb").read())
digest = hashlib.sha256(repr([extract_quotes(t, l) for t, l in pairs]).encode()).hexdigest()
t0 = time.process_time()
for t, l in pairs:
    extract_quotes(t, l)
print(time.process_time() - t0, digest)
"""


def compare_engines(files: list[str], ref: str, rounds: int) -> None:
    """The quotes engine here against the one at git `ref`, side by side (see the module doc)."""
    with tempfile.TemporaryDirectory() as tmp:
        old_tree = _tree_at(ref, Path(tmp) / "ref")
        pairs = Path(tmp) / "articles.pickle"
        n = tagged_articles(files, pairs)
        best = {ref: float("inf"), "this checkout": float("inf")}
        digests = {}
        for _ in range(rounds):
            for name, tree in ((ref, old_tree), ("this checkout", REPO)):
                out = subprocess.run([sys.executable, "-c", _ROUND, str(tree), str(pairs)],
                                     check=True, capture_output=True, text=True).stdout.split()
                best[name] = min(best[name], float(out[0]))
                digests[name] = out[1]
        same = "the same quotations" if len(set(digests.values())) == 1 else "DIFFERENT quotations"
        print(f"quotes engine, best of {rounds} rounds side by side over {n} articles ({same}):")
        for name, cpu in best.items():
            print(f"  {name:14s} {cpu:.3f} CPU s, {cpu * 1000 / n:.3f} ms/article")
        print(f"  ratio {best['this checkout'] / best[ref]:.3f} ({1 - best['this checkout'] / best[ref]:.1%} less CPU)")


# One count of one engine, in its own process under callgrind: the profiles loaded and a few
# articles read (as a worker does), then, in "measure" mode only, one pass over the articles.
_COUNTED = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
from newsbeam.transforms.quotes import extract_quotes
pairs = pickle.loads(open(sys.argv[2], "rb").read())
for t, l in pairs[:20]:
    extract_quotes(t, l)
if sys.argv[3] == "measure":
    for t, l in pairs:
        extract_quotes(t, l)
"""


def instructions(tree: Path, pairs: Path) -> int:
    """Instructions of one `extract_quotes` pass over the pickled articles with the engine in `tree`."""
    # (run once outside valgrind first: a tree just unpacked compiles its modules at the first
    # import, which would be counted in the setup's count and not in the pass's)
    subprocess.run([sys.executable, "-c", _COUNTED, str(tree), str(pairs), "setup"], check=True, capture_output=True)
    counts = []
    for mode in ("setup", "measure"):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "callgrind.out"
            subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c",
                            _COUNTED, str(tree), str(pairs), mode],
                           check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            with out.open() as f:
                counts.append(next(int(line.split()[1]) for line in f if line.startswith(("summary:", "totals:"))))
    return counts[1] - counts[0]


def count_instructions(files: list[str], every: int, ref: str | None) -> None:
    """`--instructions` (see the module doc)."""
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        pairs = Path(tmp) / "articles.pickle"
        n = tagged_articles(files[::every], pairs)
        trees = {"this checkout": REPO}
        if ref:
            trees = {ref: _tree_at(ref, Path(tmp) / "ref"), **trees}
        counts = {name: instructions(tree, pairs) for name, tree in trees.items()}
    print(f"quotes engine, instructions of one pass over {n} articles (every {every}th file, PYTHONHASHSEED=0):")
    for name, count in counts.items():
        print(f"  {name:14s} {count:,d} ({count / n:,.0f} per article)")
    if ref:
        ratio = counts["this checkout"] / counts[ref]
        print(f"  ratio {ratio:.3f} (this checkout / {ref})")


def _tree_at(ref: str, folder: Path) -> Path:
    """The package `transforms` as it is at git `ref`, unpacked in `folder` as `newsbeam/transforms`.

    (`newsbeam` is a namespace package: with `folder` first on sys.path, the import system finds
    this copy's `newsbeam/` before the editable install's finder maps `newsbeam.transforms` to
    this checkout. Unpacked as a bare `transforms/`, the round would import this checkout's engine.)
    """
    (folder / "newsbeam").mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "transforms"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder / "newsbeam")], input=archive, check=True)
    return folder


def readme_line(cpu: dict[str, float], n: int, run: float | None) -> str:
    """The figures the README quotes, in one line: the share of the run's CPU (the goal's figure)
    and of the stage loop, with the date and the host's load (timings on a busy host run long)."""
    loop = cpu["quotes"] / sum(cpu.values())
    of_run = (f"{cpu['quotes'] / run:.1%} of `newsbeam run --workers 1`'s CPU ({cpu['quotes']:.2f} of {run:.1f} "
              f"CPU s), " if run else "")
    return (f"README: quotes stage {of_run}{loop:.1%} of the stage loop's; {cpu['quotes'] * 1000 / n:.2f} ms/article "
            f"over {n:,d} articles; {time.strftime('%Y-%m-%d')}, load average {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores (goal: under 10% of the run)")


def pathological_inputs() -> dict[str, str]:
    return {
        "100k straight double quotes": '"' * 100_000,
        "nested openers of every style": "“a ‘b « c „d " * 20_000 + "x",
        "one sentence of 4,000 single quotes": " 'a' " * 4_000,
        "4,000 transcript labels": 'Bush: "x" ' * 4_000,
        "4,000 quotes from `the official`": '\n"Yes," the official said.' * 4_000,
        "4,000 quotes from `Mr Smith`": '\n"Yes," Mr Smith said.' * 4_000,
        "4,000 pronouns after distinct names": "".join(
            f' Mr Name{i} Smith{i} spoke. "Yes," he said.' for i in range(4_000)),
        "4,000 dropped subjects (it)": "".join(f' Marco Rossi{i} parlò. «Sì», ha detto.' for i in range(4_000)),
        "1 MB without quotation marks": "word " * 200_000,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N files")
    ap.add_argument("--skip-run", action="store_true", help="only the in-process stage loop")
    ap.add_argument("--against", metavar="REF", help="compare the quotes engine with the one at git REF")
    ap.add_argument("--rounds", type=int, default=5, help="rounds of --against (best of each engine)")
    ap.add_argument("--instructions", type=int, metavar="N",
                    help="count the instructions of one quotes pass over every N-th file (valgrind), "
                         "this checkout's and, with --against, REF's")
    ap.add_argument("--share-rounds", type=int, default=1, metavar="N",
                    help="measure the stage loop (a fresh process each time) and the run N times, alternating, "
                         "and take the least CPU of each: on a busy host a lone pass of either runs long")
    ap.add_argument("--loop-json", action="store_true", help=argparse.SUPPRESS)   # (one loop, for --share-rounds)
    args = ap.parse_args()
    files = corpus_files(require_shared(), args.limit)
    if args.instructions:
        count_instructions(files, args.instructions, args.against)
        return
    if args.against:
        compare_engines(files, args.against, args.rounds)
        return
    if args.loop_json:
        print(json.dumps(stage_times(files)))
        return
    runs: list[float] = []
    if args.share_rounds > 1:
        loops = []
        for _ in range(args.share_rounds):
            out = subprocess.run([sys.executable, __file__, "--loop-json"] + (["--limit", str(args.limit)] if args.limit else []),
                                 check=True, capture_output=True, text=True).stdout
            loops.append(json.loads(out.strip().splitlines()[-1]))
            if not args.skip_run:
                runs.append(run_cpu(files))
        cpu = {name: min(loop[0][name] for loop in loops) for name in loops[0][0]}
        n, n_quotes = loops[0][1], loops[0][2]
        print(f"best of {args.share_rounds} rounds (stage loop and run alternating), per stage:")
    else:
        cpu, n, n_quotes = stage_times(files)
    total = sum(cpu.values())
    print(f"{len(files)} files, {n} articles, {n_quotes} quotations")
    print("stage loop, CPU seconds (share): " + ", ".join(
        f"{name} {s:.2f} ({s / total:.1%})" for name, s in cpu.items()))
    print(f"quotes: {cpu['quotes'] * 1000 / n:.3f} ms/article; {cpu['quotes'] / total:.1%} of the stage loop's CPU")
    run = None
    if not args.skip_run:
        run = min(runs) if runs else run_cpu(files)
        print(f"newsbeam run --workers 1: {run:.1f} CPU s; quotes stage {cpu['quotes']:.1f} CPU s = "
              f"{cpu['quotes'] / run:.1%} of the run's CPU (goal < 10%)")
    print(readme_line(cpu, n, run))
    for name, text in pathological_inputs().items():
        from newsbeam.transforms.quotes import extract_quotes
        t0 = time.process_time()
        found = extract_quotes(text, "it" if "(it)" in name else "en")
        print(f"  {name:38s} {len(text):>9,d} chars {len(found):>6d} quotes {(time.process_time() - t0) * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
