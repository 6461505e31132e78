# Every target installs what it needs first, so each works as the first command on a new machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock 2>/dev/null | cksum | cut -d' ' -f1)

export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1
export CHECKPOINT_DISABLE := 1

CDKTF_CLI_VERSION := 0.21.0
TOOLS ?= .tools
CDKTF := $(TOOLS)/node_modules/.bin/cdktf
CDKTF_STAMP := $(TOOLS)/.cdktf-cli-$(CDKTF_CLI_VERSION)

SYNTH_ARGS := $(if $(VAR_FILE),--var-file $(VAR_FILE)) $(if $(ATTENDEES),--attendees $(ATTENDEES)) $(if $(WORKSHOP_FILE),--workshop-file $(WORKSHOP_FILE))

.PHONY: help install init-script synth test lint check fmt snapshots docs bench deploy destroy release clean lock

help: ## Show this list
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "error: Python 3.11 or newer is needed ($(PYTHON) is $$($(PYTHON) --version 2>&1))"; exit 1; }
	@test -x $(PY) || { echo "creating $(VENV)"; $(PYTHON) -m venv $(VENV); }
	@echo "installing pinned dependencies into $(VENV) (first run only)"
	@$(PY) -m pip install --disable-pip-version-check --progress-bar off -q -c requirements.lock -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP) ## Create .venv and install the pinned dependencies
	@echo "$(VENV) is ready"

init-script: $(STAMP) ## Build init_scripts/install-claude.sh from init_scripts/src/ (reports size)
	@$(PY) -m coding_assistants.init_script_build

synth: $(STAMP) ## Synthesize the default stacks into cdktf.out/ (VAR_FILE=, ATTENDEES=, WORKSHOP_FILE=)
	@$(PY) main.py $(SYNTH_ARGS)

test: $(STAMP) ## Run the whole test suite
	@$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP) ## ruff, shellcheck and bash -n
	@$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
	@$(PY) -m pytest -q tests/shell/test_init_script_lint.py

check: lint test ## lint, then the whole test suite (what CI runs)

fmt: $(STAMP) ## ruff format, then ruff check --fix (rewrites files in place)
	@$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

snapshots: $(STAMP) ## Rewrite the snapshots on purpose (review the diff, commit with the code)
	@$(PY) -m pytest -q tests/synth tests/workshop --snapshot-update

docs: $(STAMP) ## Regenerate the README's input and output tables from the code
	@$(PY) -m coding_assistants.docs README.md && $(PY) -m coding_assistants.workshop.docs

bench: $(STAMP) ## Print the benchmark figures (synth time against the import floor, ...)
	@$(PY) bench/run.py

$(CDKTF_STAMP):
	@echo "installing cdktf-cli@$(CDKTF_CLI_VERSION) into $(TOOLS)/ (first run only)"
	@mkdir -p $(TOOLS)
	@npm install --prefix $(TOOLS) --no-save --no-audit --no-fund cdktf-cli@$(CDKTF_CLI_VERSION)
	@rm -f $(TOOLS)/.cdktf-cli-* && touch $@

deploy: synth $(CDKTF_STAMP) ## cdktf deploy of the root stack (installs cdktf-cli into .tools/ on first use)
	@$(CDKTF) deploy coding-assistants-cluster --skip-synth

destroy: $(CDKTF_STAMP) ## cdktf destroy of the root stack (installs cdktf-cli into .tools/ on first use)
	@$(CDKTF) destroy coding-assistants-cluster --skip-synth

release: $(STAMP) ## Build dist/coding-assistants-cluster-VERSION.tar.gz (VERSION=x.y.z, clean tree)
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=x.y.z"; exit 2; }
	@$(PY) -m coding_assistants.release $(VERSION)

clean: ## Remove generated files (cdktf.out, dist, caches); keeps .venv
	@rm -rf cdktf.out dist .pytest_cache .ruff_cache
	@find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +

lock: ## Re-pin the transitive dependencies in requirements.lock from a fresh environment
	@rm -rf /tmp/lock-venv && $(PYTHON) -m venv /tmp/lock-venv
	@/tmp/lock-venv/bin/pip install -q -e '.[dev]' && /tmp/lock-venv/bin/pip freeze --exclude-editable > requirements.lock
