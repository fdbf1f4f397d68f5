# Harbour — the two commands of the README are `make run` and `make test`; the rest is sugar.
SHELL := /bin/bash
.DEFAULT_GOAL := run

PYTHON310 ?= $(shell scripts/find_python310.sh)
VENV      := .venv
PY        := $(VENV)/bin/python
SPACY     := .harbour/spacy/en_harbour_md/harbour-recipe.json
ENCODER   := .harbour/encoder/all-MiniLM-L6-v2/harbour-recipe.json
NODE      := node_modules/.installed
export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: run run-scaled test setup model train validate bench bench-memory lock clean staff telegram-webhook telegram-polling

## run: install what is missing, train if the data changed, start Harbour and print its URLs
run: setup model
	@exec $(PY) -m harbour.stack "$$($(PY) scripts/model.py path)"

## run-scaled: HARBOUR_REPLICAS Rasa replicas (2) and action servers behind nginx, sharing Redis and PostgreSQL (docs/scaling.md)
run-scaled: setup model
	@exec $(PY) -m harbour.scaled "$$($(PY) scripts/model.py path)"

## test: everything `run` installs, then the whole suite (validation, story tests, pytest)
test: setup model
	@$(PY) scripts/validate.py
	@$(PY) -m pytest

## setup: the .venv on Python 3.10 with the locked dependencies, the spaCy pipeline, npm packages
setup: $(VENV)/.installed $(SPACY) $(ENCODER) $(NODE)

$(VENV)/.installed: requirements.lock
	@test -n "$(PYTHON310)" || exit 1
	@test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check 'pip==24.0'
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip check
	@touch $@

$(SPACY): scripts/build_spacy.py $(VENV)/.installed
	$(PY) scripts/build_spacy.py

# The sentence encoder's weights (all-MiniLM-L6-v2), checked against their published sha256.
$(ENCODER): scripts/build_encoder.py $(VENV)/.installed
	$(PY) scripts/build_encoder.py

# Front-end packages served from Harbour's own origin (socket.io client, Chart.js) and axe-core
# for the accessibility tests, exactly as package-lock.json pins them.
$(NODE): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## staff: add a staff account for the dashboard (password asked twice): make staff NAME=alex
staff: setup
	@test -n "$(NAME)" || { echo "usage: make staff NAME=your-name" >&2; exit 2; }
	@$(PY) -m harbour.dashboard.cli staff add '$(NAME)'

## model: train a model only when none matches config, domain, data and NLU code
model: setup
	@$(PY) scripts/model.py ensure

## train: same as model (kept for Rasa users' muscle memory)
train: model

## validate: rasa data validate with Harbour's stricter checks
validate: setup
	@$(PY) scripts/validate.py

## bench: latency, throughput, memory, start-up and training figures, Harbour vs stock Rasa
bench: setup model
	@$(PY) scripts/bench.py

## telegram-webhook: register TELEGRAM_WEBHOOK_URL with Telegram, with the secret (DROP_PENDING=1 drops waiting updates)
telegram-webhook: setup
	@$(PY) -m harbour.channels.telegram_cli webhook $(if $(DROP_PENDING),--drop-pending-updates)

## telegram-polling: no public URL? long-poll Telegram and feed the Harbour that `make run` started
telegram-polling: setup
	@exec $(PY) -m harbour.channels.telegram_cli polling $(if $(DROP_PENDING),--drop-pending-updates)

## bench-memory: 10,000 conversations through the privacy store; RSS before, at peak, after expiry
bench-memory: setup model
	@$(PY) scripts/bench_memory.py

## lock: re-pin every dependency (with hashes) from requirements.in
# pip-tools lives in its own venv so it never changes the project's (pip check stays clean).
lock:
	@test -x .harbour/piptools/bin/pip-compile || { $(PYTHON310) -m venv .harbour/piptools && \
	  .harbour/piptools/bin/pip install --quiet 'pip==24.0' 'pip-tools==7.4.1'; }
	.harbour/piptools/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in

clean:
	rm -rf models results .pytest_cache
