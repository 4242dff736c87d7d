# `make run`: set up, ingest seeds/ into the embedded Chroma if needed, start the app.
# `make test`: set up, run the tests.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha1sum | cut -c1-12)
PYTHON  ?= python3.11

.PHONY: setup run index test lint bench clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	# torch first and by exact version: the CPU build on disk, not a multi-GB CUDA download
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -c requirements.lock -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

index: setup
	$(VENV)/bin/referat ingest seeds

run: index
	$(VENV)/bin/referat meetings

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check .

bench: index
	$(PY) -m eval.bench

clean:
	rm -rf $(VENV) .referat
