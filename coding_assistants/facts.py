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
VERSION: Final = "0.2.0"
"""The one version of the package, the module release and the init script (``pyproject.toml``
reads it from here; ``make release`` packs this version only)."""

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
PROJECT_TAG_KEYS: Final = (TAG_ATTENDEE, TAG_MANAGED_BY, TAG_RESOURCE_CLASS, TAG_WORKSHOP)
"""Every tag key the project sets itself; a user tag may not differ from one only in case."""
CLUSTER_TAG_KEYS: Final = (TAG_MANAGED_BY, TAG_RESOURCE_CLASS)
"""The tag keys the cluster construct adds to the user's tags."""
MAX_CUSTOM_TAGS: Final = 45
"""Databricks' cap on custom tags per cluster (Clusters API)."""

# --- workshop names -----------------------------------------------------------------------------
WORKSHOP_NAME: Final = "claude-code-workshop"
"""Default workshop name (the Workshop tag; the policy and pool are named after it)."""
WORKSHOP_AUTOTERMINATION_MINUTES: Final = 60
"""Idle minutes before a workshop cluster stops; also how long its first start bills."""
WORKSHOP_POOL_HEADROOM: Final = 5
"""VMs the workshop pool holds beyond one per attendee (facilitators' test clusters), unless
``pool_capacity_headroom`` says otherwise."""
WORKSHOP_CLUSTER_PREFIX: Final = "claude-code-workshop"
"""Default prefix of every attendee's cluster name (``<prefix>-<attendee key>``)."""

# --- clouds -------------------------------------------------------------------------------------
CLOUDS: Final = ("azure", "aws", "gcp")
"""The clouds Databricks runs on: the values of the ``cloud`` input of the cluster, the module
and the workshop."""
CLOUD_LABELS: Final = {"azure": "Azure", "aws": "AWS", "gcp": "GCP"}
"""How the docs and the command line name each cloud."""
DEFAULT_CLOUD: Final = "azure"
"""Whose defaults apply when ``cloud`` is null (the HCL module's: Azure node types, no
attributes block)."""
CLOUD_HOSTS: Final = {
    "azure": ("azuredatabricks.net",),
    "aws": ("cloud.databricks.com",),
    "gcp": ("gcp.databricks.com",),
}
"""Workspace host name endings -> cloud: ``adb-<id>.<n>.azuredatabricks.net``,
``<name>.cloud.databricks.com``, ``<id>.<n>.gcp.databricks.com`` (the workspace URL forms of
Databricks' "Get identifiers for workspace objects" pages). The facilitator's commands infer the
cloud from ``DATABRICKS_HOST`` with them."""
DEVELOPER_NODE_TYPES: Final = {
    "azure": "Standard_D8pds_v6",
    "aws": "m5d.2xlarge",
    "gcp": "n2-standard-8",
}
"""The cluster's (and module's) node type when ``node_type_id`` is null, per cloud: 8 vCPUs and
32 GB each, room for Claude Code, a language server, a build and Spark's driver side by side.
Azure: the HCL module's default (Cobalt 100, arm64, local NVMe). AWS: general-purpose m5d with
local NVMe for checkouts and package caches, x86-64 so that every runtime (ML included) runs on
it; 1.37 DBU/h (Databricks Labs Overwatch's AWS instance table). GCP: the general-purpose N2,
1.44 DBU/h (Overwatch's GCP instance table)."""
WORKSHOP_NODE_TYPES: Final = {
    "azure": "Standard_DS3_v2",
    "aws": "m5d.xlarge",
    "gcp": "n2-standard-4",
}
"""The workshop's node type (pool and clusters) when ``node_type_id`` is null, per cloud: the
smallest general-purpose 4-vCPU, 14-16 GB node, enough for one attendee's single-node cluster
and Claude Code, at the lowest DBU rate of its size: Standard_DS3_v2 0.75 DBU/h (the seed
guide's), m5d.xlarge 0.69 DBU/h (cheaper than Databricks' i3.xlarge default at 1 DBU/h, local
NVMe so no EBS volume is added), n2-standard-4 0.72 DBU/h (Overwatch's instance tables)."""
ARM64_NODE_TYPES: Final = {
    "azure": "Standard_D8pds_v6",
    "aws": "m6gd.2xlarge",
    "gcp": "t2a-standard-8",
}
"""An arm64 node type of the developer size per cloud (the init script and the offline bundle
install Claude Code's linux-arm64 build on it): Azure Cobalt 100 (the default already), AWS
Graviton2 with local NVMe (1.54 DBU/h, Overwatch), GCP Tau T2A (Ampere Altra). Databricks' ML
runtimes on arm64 and T2A on Databricks on Google Cloud were not confirmed here: ``coding-
assistants preflight`` checks a node type and runtime against the workspace's own lists."""
DEFAULT_SPARK_VERSION: Final = "17.3.x-cpu-ml-scala2.13"
"""Databricks Runtime of the cluster and the workshop when ``spark_version`` is not set (17.3
LTS ML: MLflow included, and databricks ssh needs 17.0 or newer); ``preflight`` checks it."""
WORKSHOP_NODE_TYPE: Final = WORKSHOP_NODE_TYPES[DEFAULT_CLOUD]
"""The workshop's default VM type when the cloud is not known; ``cost`` estimates it by
default."""

# --- the init script and the node ---------------------------------------------------------------
INIT_SCRIPT_NAME: Final = "install-claude.sh"
"""File name of the init script inside the volume, whatever the local file is called."""
EXAMPLE_ROSTER_NAME: Final = "attendees.example.txt"
"""File name of the example roster (``examples/``, and the package's ``data/``)."""
MAX_INIT_SCRIPT_BYTES: Final = 64 * 1024
"""The init script is kept under 64 KB (the limit Databricks sets on global init scripts)."""
DEFAULT_SERVING_ENDPOINT: Final = "anthropic"
"""Serving endpoint whose Anthropic Messages route Claude Code calls."""
DEFAULT_CLAUDE_MODEL: Final = "databricks-claude-sonnet-4-6"
"""Databricks-hosted Claude endpoint Claude Code uses when no model is configured (listed on
Databricks' "Query with the Anthropic Messages API" pages; Sonnet 4.5 retired 2026-11-30)."""
DEFAULT_OPUS_MODEL: Final = "databricks-claude-opus-4-6"
"""The newest Opus endpoint on the same pages: what a retiring Opus is replaced with."""
MODEL_RETIREMENTS: Final = (
    ("claude-3-7-sonnet", "2026-02-19", DEFAULT_CLAUDE_MODEL),
    ("claude-sonnet-4", "2026-06-15", DEFAULT_CLAUDE_MODEL),
    ("claude-opus-4", "2026-06-15", DEFAULT_OPUS_MODEL),
    ("claude-sonnet-4-5", "2026-11-30", DEFAULT_CLAUDE_MODEL),
    ("claude-opus-4-5", "2027-01-22", DEFAULT_OPUS_MODEL),
)
"""(model, retirement date, replacement) of the Claude models Databricks serves that Claude
Code 2.1.332 warns about ("... will be retired on" / "was retired on"), with the dates it uses
for a custom base URL such as Databricks'. A model matches by its name without the
``databricks-`` or ``system.ai.`` prefix (``databricks-claude-sonnet-4-5``,
``system.ai.claude-sonnet-4-5``). ``check-claude`` warns ahead of the date and fails after it;
a real-client test holds this table to Claude Code's own warnings."""
RETIREMENT_NOTICE_DAYS: Final = 90
"""How many days before a model's retirement ``check-claude`` starts warning."""
ENV_DATABRICKS_HOST: Final = "DATABRICKS_HOST"
"""The node variable that carries the workspace URL (``https://<host>``, from
``data.databricks_current_user.<x>.workspace_url``): the only host the token may go to."""
ENV_CLUSTER_USER: Final = "CODING_ASSISTANTS_USER"
"""The node variable that carries the cluster's single user (its ``single_user_name``): whose
``/Workspace/Users/<user>/`` keeps the Claude Code state between restarts."""
STATE_FOLDER: Final = ".coding-assistants/claude-state"
"""Where, under ``/Workspace/Users/<user>/``, each cluster keeps its user's Claude Code state
(one archive per cluster)."""
STATE_MAX_MB: Final = 200
"""Most megabytes of Claude Code state one cluster keeps (before compression); the oldest
session transcripts are left out first."""
STATE_SAVE_SECONDS: Final = 60
"""How often the node's saver looks for changed Claude Code state."""
MANAGED_SKILLS_DIR: Final = "/etc/claude-code/.claude/skills"
"""Claude Code's managed skills on Linux (read for every user; checked in 2.1.332's binary:
the policy settings' ``.claude/skills`` beside ``managed-settings.json``)."""
MANAGED_MEMORY_PATH: Final = "/etc/claude-code/CLAUDE.md"
"""Claude Code's managed memory on Linux (its memory docs, and 2.1.332's binary)."""
DEFAULT_RUNTIME_PYTHON: Final = "/databricks/python3/bin/python"
"""The Databricks Runtime's own Python on the node."""
MLFLOW_MIN_VERSION: Final = "3.4.0"
"""Oldest MLflow whose ``mlflow autolog claude`` traces Claude Code."""
MLFLOW_PIN: Final = "3.11.1"
"""MLflow installed when the runtime's is too old (3.12 dropped the Unity Catalog trace path)."""
CLAUDE_NPM_PACKAGE: Final = "@anthropic-ai/claude-code"
"""Claude Code's npm package."""
CLAUDE_PROVIDER_SWITCHES: Final = (
    "CLAUDE_CODE_USE_BEDROCK",
    "CLAUDE_CODE_USE_VERTEX",
    "CLAUDE_CODE_USE_FOUNDRY",
    "CLAUDE_CODE_USE_ANTHROPIC_AWS",
    "CLAUDE_CODE_USE_ANTHROPIC_GOOGLE_CLOUD",
    "CLAUDE_CODE_USE_MANTLE",
    "CLAUDE_CODE_USE_GATEWAY",
)
"""Claude Code's (2.1.332) switches to another API provider. Each has its own base URL variable,
and with its ``CLAUDE_CODE_SKIP_*_AUTH`` the apiKeyHelper's token goes there: the settings pin
every one to "0", and the key helper refuses while one is on."""
CLAUDE_PROXY_VARIABLES: Final = (
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NPM_CONFIG_HTTPS_PROXY",
    "NPM_CONFIG_HTTP_PROXY",
    "NPM_CONFIG_PROXY",
)
"""Variables through which Claude Code (2.1.332), and what it runs, reach a proxy: the managed
settings pin each to the admin's proxy (``claude_https_proxy``), or to nothing."""
CLAUDE_CA_VARIABLE: Final = "NODE_EXTRA_CA_CERTS"
"""The CA file Claude Code trusts besides its own roots: the managed settings pin it to the
admin's CA bundle (``claude_ca_bundle_path``, copied to a root-owned file), or to nothing."""
CLAUDE_SYSTEM_CA_VARIABLES: Final = {
    "SSL_CERT_FILE": "/etc/ssl/certs/ca-certificates.crt",
    "SSL_CERT_DIR": "/etc/ssl/certs",
}
"""The system CA store Claude Code (and OpenSSL programs) read: pinned to the node's own store,
or to nothing where the node has none (an empty value would leave Python and git with no CA)."""
CLAUDE_NETWORK_OFF: Final = (
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "CLAUDE_CODE_HTTPS_PROXY",
    "CLAUDE_CODE_HTTP_PROXY",
    "CLAUDE_CODE_PROXY_RESOLVES_HOSTS",
    "CLAUDE_CODE_ENABLE_PROXY_AUTH_HELPER",
    "CLAUDE_CODE_DISABLE_PROXY_SCHEME_REPAIR",
    "ANTHROPIC_UNIX_SOCKET",
    "CLAUDE_CODE_RUNNER_MODEL_SOCKET",
    "CLAUDE_CODE_CERT_STORE",
    "CLAUDE_CODE_CLIENT_CERT",
    "CLAUDE_CODE_CLIENT_KEY",
    "CLAUDE_CODE_CLIENT_KEY_PASSPHRASE",
    "CLAUDE_CODE_DISABLE_LOOPED_CROSS_CERT_DROP",
    "CLAUDE_CODE_DISABLE_SELF_NAMED_CERT_DROP",
    "BUN_TLS_REFUSE_DISTRUSTED_KEYS",
    "NODE_OPTIONS",
)
"""The rest of what Claude Code 2.1.332 itself lists as the network path and TLS trust of its
requests (another proxy, a socket, a certificate store or client certificate, CA deny-list
switches, Node options that pick a CA store): pinned to nothing in the managed settings, so no
user, project or local setting changes them. ``NODE_TLS_REJECT_UNAUTHORIZED`` is pinned to
"1" beside them."""
MLFLOW_TRACING_EXTRAS: Final = ("python-dateutil==2.9.0.post0",)
"""Installed with the pinned MLflow: ``mlflow-skinny`` 3.11.1's Claude Code tracing imports
``dateutil`` without requiring it, so without it the Stop hook cannot load."""

# --- the admin's policy and the Databricks MCP servers --------------------------------------------
CLAUDE_NETWORK_VARIABLES: Final = tuple(
    dict.fromkeys(
        name.upper()
        for name in (
            *CLAUDE_PROXY_VARIABLES,
            CLAUDE_CA_VARIABLE,
            *CLAUDE_SYSTEM_CA_VARIABLES,
            *CLAUDE_NETWORK_OFF,
            "NODE_TLS_REJECT_UNAUTHORIZED",
        )
    )
)
"""Every variable the managed settings pin for the network path and TLS trust (above), upper-
cased: the node owns them in any letter case, an admin policy may not set them."""
POLICY_DROP_IN: Final = "/etc/claude-code/managed-settings.d/50-coding-assistants-policy.json"
"""Where the node writes the admin's policy: a drop-in that Claude Code (2.1.332) merges over
managed-settings.json (objects merged, lists joined, later files win for a single value)."""
MCP_ALLOW_DROP_IN: Final = "/etc/claude-code/managed-settings.d/40-coding-assistants-mcp.json"
"""The Databricks MCP servers' allowlist entries, written only when another managed
``allowedMcpServers`` list would otherwise block the servers registered for the user."""
MANAGED_MCP_PATH: Final = "/etc/claude-code/managed-mcp.json"
"""Claude Code's managed MCP file: when present, its servers are the only ones that load."""
MAX_POLICY_BYTES: Final = 16 * 1024
"""Longest admin policy, measured as the node receives it (base64 of its compact JSON):
Databricks documents no limit on a ``spark_env_vars`` value; Linux allows 128 KiB per
environment string. 16 KiB holds hundreds of permission rules."""
MAX_MCP_ENTRIES: Final = 20
"""Most Genie spaces, function schemas or Vector Search indexes of one kind."""
DATABRICKS_MCP_PATH: Final = "/api/2.0/mcp/"
"""Path of the workspace's managed MCP servers (docs "Use Databricks managed MCP servers"):
``sql``, ``genie/{space_id}``, ``functions/{catalog}/{schema}`` and
``vector-search/{catalog}/{schema}[/{index}]``, each on the workspace's own host."""

# --- Terraform and provider versions, per stack ---------------------------------------------------
MODULE_TERRAFORM_VERSION: Final = ">= 1.2"
"""Terraform the module stack admits: its cross-variable checks are lifecycle preconditions
(Terraform 1.2), and 1.2 is also the floor of the HCL module it replaces."""
ROOT_TERRAFORM_VERSION: Final = ">= 1.9.0"
"""Terraform the root stacks (cluster and workshop) require: unchanged since 0.1.0."""
PROVIDER_SOURCE: Final = "databricks/databricks"
MODULE_PROVIDER_FLOOR: Final = "1.40.0"
"""Oldest Databricks provider the module stack admits: the HCL module's floor; every attribute
the module sets exists in 1.40.0. The upper bound comes from the engine's bindings."""
ROOT_PROVIDER_FLOOR: Final = "1.99.0"
"""Oldest Databricks provider the root stacks require: the version the cdktf bindings target
(the workshop stacks use attributes newer than 1.40.0)."""
MODULE_RESOURCES: Final = (
    "databricks_volume.init_scripts",
    "databricks_file.init_script",
    "databricks_cluster.coding_assistants",
)
"""The managed resources of the module and of the root cluster stack, at the HCL module's own
addresses (a contract: a test holds the synthesized stacks to it). Configurations that inline
the HCL module's resources use these addresses at their root."""
MODULE_SCRIPT_PATH: Final = "scripts/" + INIT_SCRIPT_NAME
"""Where the module ships the bundled init script, relative to the module directory (where the
HCL module keeps it)."""
MODULE_TESTS_PATH: Final = "tests/module.tftest.hcl"
"""Where the module ships its Terraform tests (``terraform test`` reads ``tests/``)."""
DEFAULT_CLAUDE_CODE_VERSION: Final = "stable"
"""Claude Code release channel the init script installs when no version is configured."""

# --- how Claude Code reaches the model ----------------------------------------------------------
API_ROUTE_SERVING_ENDPOINTS: Final = "serving-endpoints"
"""Base URL ``<workspace>/serving-endpoints/<endpoint>``: a Model Serving endpoint's route."""
API_ROUTE_AI_GATEWAY: Final = "ai-gateway"
"""Base URL ``<workspace>/ai-gateway/anthropic``: the AI Gateway (Beta) route."""
API_ROUTES: Final = (API_ROUTE_SERVING_ENDPOINTS, API_ROUTE_AI_GATEWAY)
DEFAULT_API_ROUTE: Final = API_ROUTE_SERVING_ENDPOINTS
DEFAULT_GATEWAY_MODEL: Final = "system.ai." + DEFAULT_CLAUDE_MODEL.removeprefix("databricks-")
"""The default model as the AI Gateway names it (``system.ai.claude-sonnet-4-6``): what the init
script asks for on the ``ai-gateway`` route when no model is configured."""
_PAY_PER_TOKEN_FIX = (
    "the room needs fewer requests at once (a lighter exercise, or attendees in turns), a "
    "provisioned-throughput endpoint, or a higher limit from the Databricks account team"
)
RATE_LIMITS: Final = (
    (
        "input tokens|ITPM",
        "the workspace's input tokens per minute on this pay-per-token model",
        _PAY_PER_TOKEN_FIX,
    ),
    (
        "output tokens|OTPM",
        "the workspace's output tokens per minute on this pay-per-token model",
        _PAY_PER_TOKEN_FIX,
    ),
    (
        "workspace|QPS|QPH|queries per",
        "the workspace's queries on this pay-per-token model",
        _PAY_PER_TOKEN_FIX,
    ),
    (
        "per user|for user|user rate|user limit",
        "the AI Gateway's limit per user",
        "raise gateway_user_queries_per_minute or gateway_user_tokens_per_minute in the "
        "workshop file, then run coding-assistants gateway apply",
    ),
    (
        "per endpoint|endpoint rate|endpoint limit|endpoint-level",
        "the AI Gateway's limit for the whole endpoint",
        "raise gateway_endpoint_queries_per_minute or gateway_endpoint_tokens_per_minute in "
        "the workshop file, then run coding-assistants gateway apply",
    ),
    (
        ".*",
        "a rate limit the answer does not name",
        "coding-assistants gateway show lists the endpoint's AI Gateway limits; the "
        "workspace's pay-per-token limits are on the endpoint's page in Serving",
    ),
)
"""(pattern, which limit, what the facilitator can change) of a 429 from the model, in order:
the first whose pattern (case-insensitive, read alike by Python and bash) is found in the
answer's message names the limit; the last matches everything. Databricks answers a
pay-per-token limit with messages such as "REQUEST_LIMIT_EXCEEDED: Exceeded workspace QPS rate
limit for databricks-..." (seen in a public report, 2026-09); the AI Gateway's own wording was
not observed, so its rows match the words of its limit keys (user, endpoint)."""

ENV_WORKSHOP: Final = "CODING_ASSISTANTS_WORKSHOP"
ENV_ATTENDEE: Final = "CODING_ASSISTANTS_ATTENDEE"
"""Set by the workshop fleet on each attendee's cluster: the workshop's name and the attendee's
key, which the node puts in Claude Code's telemetry beside the cluster's id and name."""

# --- Claude Code's OpenTelemetry export -----------------------------------------------------------
OTEL_PROTOCOLS: Final = ("http/protobuf", "http/json", "grpc")
DEFAULT_OTEL_PROTOCOL: Final = "http/protobuf"
OTEL_ATTRIBUTES: Final = (
    ("databricks.cluster.id", "DB_CLUSTER_ID"),
    ("databricks.cluster.name", "DB_CLUSTER_NAME"),
    ("workshop.name", ENV_WORKSHOP),
    ("workshop.attendee_key", ENV_ATTENDEE),
)
"""(resource attribute, the node variable it comes from) of Claude Code's telemetry: the
cluster joins system.billing.usage (usage_metadata.cluster_id) and the workshop's tags."""

# --- numbers ------------------------------------------------------------------------------------
MAX_SAFE_INTEGER: Final = 2**53 - 1
"""Largest whole number accepted in settings: beyond it a number does not survive the trip
through JSON, the jsii kernel (JavaScript doubles) and Terraform's plan unchanged."""

MAX_API_COUNT: Final = 2**31 - 1
"""Largest count the Databricks REST API takes: its worker counts are 32-bit integers."""
MAX_ATTENDEES: Final = 10_000
"""Most attendees a roster may hold: a Databricks account holds 10,000 users and service
principals (Databricks' resource limits)."""
MAX_POOL_HEADROOM: Final = 1_000
"""Most VMs a workshop pool may hold beyond one per attendee."""

# --- the offline bundle -------------------------------------------------------------------------
CLAUDE_PLATFORM_MACHINES: Final = {"linux-x64": "x86_64", "linux-arm64": "aarch64"}
"""Claude Code platform -> the machine name in manylinux wheel tags (``uname -m``)."""
CLAUDE_PLATFORMS: Final = tuple(CLAUDE_PLATFORM_MACHINES)
"""Claude Code platform packages an offline bundle can carry (npm ``<package>-<platform>``)."""
DEFAULT_CLAUDE_PLATFORM: Final = CLAUDE_PLATFORMS[0]
"""The platform ``stage-offline`` stages when none is named (Azure's x86-64 VMs)."""
DEFAULT_RUNTIME_PYTHON_VERSION: Final = "3.12"
"""Python of the default runtime (Databricks Runtime 17.3 LTS ML: Python 3.12)."""
RUNTIME_GLIBC_MINOR: Final = 35
"""glibc 2.35 (Ubuntu 22.04, Databricks Runtime 13.3 LTS): the newest manylinux tag staged."""

# --- the workshop fleet, split into stacks --------------------------------------------------------
FLEET_PART_STACK: Final = "workshop-fleet-{:02d}"
"""Name of the n-th (from 1) stack of attendees' clusters when the fleet is split."""
SHARED_PART_STACK: Final = "workshop-shared-{:02d}"
"""Name of the n-th (from 1) stack of attendees' grants when the fleet is split: the same
attendees as ``FLEET_PART_STACK`` n."""
FLEET_STACK_ATTENDEES: Final = 150
"""Attendees per fleet stack when the number of stacks is not set: Terraform's plan time grows
faster than the roster within one stack, linearly across stacks."""
FLEET_STACK_MAX_ATTENDEES: Final = 200
"""Most attendees one fleet stack may hold before the split is refused."""
MAX_FLEET_STACKS: Final = 99
"""Most fleet stacks: their names carry two digits (``workshop-fleet-01`` to ``-99``), and 99
stacks of ``FLEET_STACK_ATTENDEES`` hold more than ``MAX_ATTENDEES``."""
DEFAULT_CLI_PROFILE: Final = "workshop"
"""Databricks CLI profile the attendee's handout logs in with and passes to databricks ssh."""

# --- engines and provider versions ----------------------------------------------------------------
ENGINE_ENV: Final = "ENGINE"
"""Environment variable (and Makefile variable) that selects the engine."""
ENGINES: Final = ("cdktf", "cdktn")
"""Engines the constructs synthesize with: CDK for Terraform and CDK Terrain, its continuation."""
DEFAULT_ENGINE: Final = "cdktf"
ENGINE_VENVS: Final = {"cdktf": ".venv", "cdktn": ".venv-cdktn"}
"""Each engine's virtual environment, relative to the checkout (the Makefile's VENV)."""
ENGINE_LOCKS: Final = {"cdktf": "requirements.lock", "cdktn": "requirements-cdktn.lock"}
"""Each engine's pins of every transitive dependency, in the checkout (the Makefile's LOCK)."""
CDKTN_CLI_NODE_MIN: Final = "22.19.0"
"""Oldest Node.js the pinned cdktn-cli runs on (its package.json ``engines.node``)."""
