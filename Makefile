# Quick start:  make demo   (set up, run the job on samples/, write its HTML report, query the result)
#               make test   (set up, run the test suite)
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_OUT ?= out/demo

.PHONY: setup demo test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# the checkout on the venv's path, for the dev tooling tests and benchmarks share (newsbeam_dev/)
	echo "$(CURDIR)" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/newsbeam-dev.pth"
	touch $@

demo: setup
	$(BIN)/newsbeam run 'samples/articles/*.txt' 'samples/feeds/*.jsonl' --output $(DEMO_OUT) --overwrite
	$(BIN)/newsbeam report --output $(DEMO_OUT) --to $(DEMO_OUT)-report.html
	$(BIN)/newsbeam query --output $(DEMO_OUT) "SELECT language, speaker_name, left(text, 60) AS quote FROM quotes_in_context WHERE speaker_name IS NOT NULL QUALIFY row_number() OVER (PARTITION BY language ORDER BY article_id, quote_index) <= 2 ORDER BY language"

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf out build *.egg-info
