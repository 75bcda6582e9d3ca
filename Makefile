# Quick start:  make demo   (set up, run the job on samples/, query the result)
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
	touch $@

demo: setup
	$(BIN)/newsbeam run 'samples/articles/*.txt' 'samples/feeds/*.jsonl' --output $(DEMO_OUT) --overwrite
	$(BIN)/newsbeam query --output $(DEMO_OUT) "SELECT a.language, q.speaker_name, left(q.text, 60) AS quote FROM quotes q JOIN articles a USING (article_id) WHERE q.speaker_name IS NOT NULL ORDER BY a.language LIMIT 12"

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf out build *.egg-info
