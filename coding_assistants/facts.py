"""The project's facts: names, tag keys, prefixes, stack names and defaults, in one place.

This module imports nothing but the standard library's ``typing`` helpers, so every floor of the
project (constructs, stacks, props, rules, the facilitator's command line, the docs and the
init-script build) can read from it without loading the framework. A fact that more than one
of those needs lives here and nowhere else.
"""

from __future__ import annotations

from typing import Final

PROJECT_NAME: Final = "coding-assistants-cluster"
"""Name of the module release and of the root stack."""

# --- stacks -----------------------------------------------------------------------------------
ROOT_STACK: Final = "coding-assistants-cluster"
MODULE_STACK: Final = "coding-assistants-cluster-module"
SHARED_STACK: Final = "workshop-shared"
FLEET_STACK: Final = "workshop-fleet"

# --- tags the project sets itself ---------------------------------------------------------------
TAG_MANAGED_BY: Final = "ManagedBy"
MANAGED_BY_VALUE: Final = "Terraform"
TAG_RESOURCE_CLASS: Final = "ResourceClass"
SINGLE_NODE_RESOURCE_CLASS: Final = "SingleNode"
TAG_WORKSHOP: Final = "Workshop"
TAG_ATTENDEE: Final = "Attendee"
MAX_CUSTOM_TAGS: Final = 45
"""Databricks' cap on custom tags per cluster (Clusters API)."""

# --- workshop names -----------------------------------------------------------------------------
WORKSHOP_CLUSTER_PREFIX: Final = "claude-code-workshop"
"""Default prefix of every attendee's cluster name (``<prefix>-<attendee key>``)."""

# --- the init script and the node ---------------------------------------------------------------
INIT_SCRIPT_NAME: Final = "install-claude.sh"
"""File name of the init script inside the volume, whatever the local file is called."""
MAX_INIT_SCRIPT_BYTES: Final = 64 * 1024
"""The init script is kept under 64 KB (the limit Databricks sets on global init scripts)."""
DEFAULT_SERVING_ENDPOINT: Final = "anthropic"
"""Serving endpoint whose Anthropic Messages route Claude Code calls."""
DEFAULT_CLAUDE_MODEL: Final = "databricks-claude-sonnet-4-5"
"""Databricks-hosted Claude endpoint Claude Code uses when no model is configured."""
DEFAULT_RUNTIME_PYTHON: Final = "/databricks/python3/bin/python"
"""The Databricks Runtime's own Python on the node."""
MLFLOW_MIN_VERSION: Final = "3.4.0"
"""Oldest MLflow whose ``mlflow autolog claude`` traces Claude Code."""
MLFLOW_PIN: Final = "3.11.1"
"""MLflow installed when the runtime's is too old (3.12 dropped the Unity Catalog trace path)."""
CLAUDE_NPM_PACKAGE: Final = "@anthropic-ai/claude-code"
"""Claude Code's npm package."""

# --- engines and provider versions ----------------------------------------------------------------
ENGINE_ENV: Final = "ENGINE"
"""Environment variable (and Makefile variable) that selects the engine."""
ENGINES: Final = ("cdktf", "cdktn")
"""Engines the constructs synthesize with: CDK for Terraform and CDK Terrain, its continuation."""
DEFAULT_ENGINE: Final = "cdktf"
ENGINE_VENVS: Final = {"cdktf": ".venv", "cdktn": ".venv-cdktn"}
"""Each engine's virtual environment, relative to the checkout (the Makefile's VENV)."""
CDKTN_CLI_NODE_MIN: Final = "22.19.0"
"""Oldest Node.js the pinned cdktn-cli runs on (its package.json ``engines.node``)."""
PROVIDER_FLOOR: Final = "1.99.0"
"""Oldest Databricks provider the stacks accept; the upper bound comes from the bindings."""
