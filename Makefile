# Every target installs what it needs first, so each works as the first command on a new machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
# The synthesis engine: cdktf (default) or cdktn (CDK Terrain). Each has its own pins and
# virtual environment: .venv and requirements.lock for cdktf, .venv-<engine> and
# requirements-<engine>.lock for the other (coding_assistants/facts.py, ENGINE_VENVS).
# Empty or unset (in the environment or on the command line) means the default, as in Python
# (coding_assistants/engine.py); surrounding blanks are dropped; anything but one known name stops.
override ENGINE := $(or $(strip $(ENGINE)),cdktf)
ifneq ($(words $(ENGINE)) $(filter $(ENGINE),cdktf cdktn),1 $(ENGINE))
$(error ENGINE must be cdktf or cdktn, got '$(ENGINE)')
endif
export ENGINE
VENV := $(if $(filter cdktf,$(ENGINE)),.venv,.venv-$(ENGINE))
LOCK := $(if $(filter cdktf,$(ENGINE)),requirements.lock,requirements-$(ENGINE).lock)
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) 2>/dev/null | cksum | cut -d' ' -f1)
# The engine's CLI, pinned and installed on first deploy into a local prefix under .tools/
# (no global npm install): cdktf-cli, or cdktn-cli, which needs Node.js 22.19+ (its
# engines.node, coding_assistants/facts.py CDKTN_CLI_NODE_MIN).
TOOLS ?= .tools
CDKTF_CLI_VERSION := 0.21.0
CDKTF := $(TOOLS)/node_modules/.bin/cdktf
CDKTF_STAMP := $(TOOLS)/.cdktf-cli-$(CDKTF_CLI_VERSION)
CDKTN_CLI_PACKAGE := cdktn-cli@0.24.0
CDKTN_PREFIX := $(TOOLS)/cdktn
CDKTN_STAMP := $(CDKTN_PREFIX)/.$(CDKTN_CLI_PACKAGE)
ifeq ($(ENGINE),cdktn)
CDK_CLI := $(CDKTN_PREFIX)/node_modules/.bin/cdktn
CLI_NEEDS := check-node $(CDKTN_STAMP)
else
CDK_CLI := $(CDKTF)
CLI_NEEDS := $(CDKTF_STAMP)
endif

export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1
export CHECKPOINT_DISABLE := 1

SYNTH_ARGS := $(if $(VAR_FILE),--var-file $(VAR_FILE)) $(if $(ATTENDEES),--attendees $(ATTENDEES)) $(if $(WORKSHOP_FILE),--workshop-file $(WORKSHOP_FILE)) $(if $(BACKEND_FILE),--backend-file $(BACKEND_FILE))

.PHONY: help install init-script synth test test-clock lint check fmt snapshots docs bench deploy destroy release clean lock check-node cli

help: ## Show this list
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "error: Python 3.11 or newer is needed ($(PYTHON) is $$($(PYTHON) --version 2>&1))"; exit 1; }
	@test -x $(PY) || { echo "creating $(VENV)"; $(PYTHON) -m venv $(VENV); }
	@echo "installing pinned dependencies into $(VENV) (first run only)"
	@$(PY) -m pip install --disable-pip-version-check --progress-bar off -q -c $(LOCK) -e '.[dev,$(ENGINE)]'
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP) ## Create the engine's virtual environment (.venv; ENGINE=cdktn: .venv-cdktn)
	@echo "$(VENV) is ready ($(ENGINE))"

init-script: $(STAMP) ## Build init_scripts/install-claude.sh from init_scripts/src/ (reports size)
	@$(PY) -m coding_assistants.init_script_build

synth: $(STAMP) ## Synthesize the default stacks into cdktf.out/ (VAR_FILE=, ATTENDEES=, WORKSHOP_FILE=, BACKEND_FILE=, ENGINE=)
	@$(PY) main.py $(SYNTH_ARGS)

test: $(STAMP) ## Run the whole test suite
	@$(PY) -m pytest $(PYTEST_ARGS)

# No verdict may depend on the date, the time zone or the locale (tests/clock.py): the suite again
# with every clock a year ahead in UTC+14, then a year back in UTC-12, both with LC_ALL=C.
CLOCK_RUNS := '+365d,<+14>-14' '-365d,<-12>+12'

test-clock: $(STAMP) ## The suite with the clock a year ahead (UTC+14) and back (UTC-12), LC_ALL=C
	@set -e; for run in $(CLOCK_RUNS); do \
		echo "== clock $${run%%,*}, TZ=$${run#*,}, LC_ALL=C"; \
		CODING_ASSISTANTS_TEST_CLOCK="$${run%%,*}" TZ="$${run#*,}" LC_ALL=C $(PY) -m pytest $(PYTEST_ARGS); \
	done

lint: $(STAMP) ## ruff, mypy (coding_assistants/, main.py), shellcheck and bash -n
	@$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
	@$(VENV)/bin/mypy
	@$(PY) -m pytest -q tests/shell/test_init_script_lint.py

check: lint test ## lint, then the whole test suite (.ci/run adds test-clock and the cdktn engine)

fmt: $(STAMP) ## ruff format, then ruff check --fix (rewrites files in place)
	@$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

snapshots: $(STAMP) ## Rewrite the snapshots on purpose (review the diff, commit with the code)
	@$(PY) -m pytest -q tests/synth tests/workshop --snapshot-update

docs: $(STAMP) ## Regenerate the generated tables of README.md and docs/ from the code
	@$(PY) -m coding_assistants.docs && $(PY) -m coding_assistants.workshop.docs && $(PY) -m coding_assistants.backend.docs

bench: $(STAMP) ## Print the benchmark figures (synth time against the import floor, both engines, ...)
	@$(MAKE) --no-print-directory install ENGINE=cdktf >/dev/null
	@$(MAKE) --no-print-directory install ENGINE=cdktn >/dev/null
	@$(PY) bench/run.py

$(CDKTF_STAMP):
	@echo "installing cdktf-cli@$(CDKTF_CLI_VERSION) into $(TOOLS)/ (first run only)"
	@mkdir -p $(TOOLS)
	@npm install --prefix $(TOOLS) --no-save --no-audit --no-fund cdktf-cli@$(CDKTF_CLI_VERSION)
	@rm -f $(TOOLS)/.cdktf-cli-* && touch $@

# `make deploy` deploys the root cluster stack with the engine's CLI. With STACKS= (stack names
# or patterns, such as STACKS='workshop-*'), `coding-assistants deploy` applies those stacks
# with terraform instead: in dependency order, JOBS at once (default 4), with terraform's
# -parallelism=PARALLELISM (default 10), resuming after a failure (docs/state.md).
DEPLOY_ARGS := $(if $(JOBS),--jobs $(JOBS)) $(if $(PARALLELISM),--parallelism $(PARALLELISM)) $(if $(BACKEND_CONFIG),--backend-config $(BACKEND_CONFIG))
ifeq ($(strip $(STACKS)),)
deploy: $(CLI_NEEDS) synth ## Deploy the root stack (STACKS='workshop-*': those stacks, in order, resumable; JOBS=, PARALLELISM=, BACKEND_CONFIG=)
	@$(CDK_CLI) deploy coding-assistants-cluster --skip-synth
else
deploy: synth
	@$(PY) -m coding_assistants.cli.main deploy $(STACKS) $(DEPLOY_ARGS)
endif

destroy: $(CLI_NEEDS) ## Destroy the root stack with the engine's CLI (installed into .tools/ on first use)
	@$(CDK_CLI) destroy coding-assistants-cluster --skip-synth

cli: $(CLI_NEEDS) ## Install the engine's CLI into .tools/ on first use; print its path (workshop stacks)
	@echo "$(CDK_CLI)"

check-node: ## Check that node on PATH is new enough for cdktn-cli
	@$(PYTHON) -m coding_assistants.nodecheck

$(CDKTN_STAMP):
	@echo "installing $(CDKTN_CLI_PACKAGE) into $(CDKTN_PREFIX) (first deploy only)"
	@mkdir -p $(CDKTN_PREFIX)
	@npm install --prefix $(CDKTN_PREFIX) --no-save --no-audit --no-fund $(CDKTN_CLI_PACKAGE)
	@rm -f $(CDKTN_PREFIX)/.cdktn-cli@* && touch $@

release: $(STAMP) ## Build the release into dist/: module archive, wheel, init script (clean tree; VERSION= must be the tree's)
	@$(PY) -m coding_assistants.release $(VERSION)

clean: ## Remove generated files (cdktf.out, dist, caches); keeps .venv
	@rm -rf cdktf.out dist .pytest_cache .ruff_cache
	@find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +

lock: ## Re-pin the engine's transitive dependencies (requirements.lock; ENGINE=cdktn: requirements-cdktn.lock)
	@rm -rf /tmp/lock-venv && $(PYTHON) -m venv /tmp/lock-venv
	@/tmp/lock-venv/bin/pip install -q -e '.[dev,$(ENGINE)]' && /tmp/lock-venv/bin/pip freeze --exclude-editable > $(LOCK)
