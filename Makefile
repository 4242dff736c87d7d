# `make run`: set up, ingest seeds/ into the embedded Chroma if needed, start the app.
# `make test`: set up, run the tests.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha1sum | cut -c1-12)
PYTHON  ?= python3.11

.PHONY: setup run index test unit browser lint bench eval clean

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
	$(VENV)/bin/referat ui

# The browser tests drive Debian's chromium; install it when missing and we may (root).
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "chromium mangler: installér Debians chromium (apt-get install chromium)"

test: setup browser
	$(PY) -m pytest

# The fast tier: no model, no Chroma, no browser; doctests included.
unit: setup
	$(PY) -m pytest tests/unit referat ingest rag eval ui -q

eval: index
	$(VENV)/bin/referat eval --report eval/out

lint: setup
	$(VENV)/bin/ruff check .

bench: index
	$(PY) -m eval.bench

clean:
	rm -rf $(VENV) .referat
