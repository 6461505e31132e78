"""The settings that reach the node, each declared once, as one field of :class:`NodeSettings`.

A node setting is an input of the cluster, the module and the workshop that the init script
reads from the cluster's ``spark_env_vars``. Its field holds all of it: the annotation is its
type, and so its kind (:func:`kind`) and how it travels to the node (``spark_env_vars`` are
text):

- ``str | None``: opt-in text, passed only when set; ``str``: text, always passed;
- ``bool``: an on/off switch (Terraform ``bool``), passed as "true" only when on;
- ``tuple[str, ...]``: a list of texts (``list(string)``), passed joined by commas only when
  not empty (its entries' rule keeps commas out);
- ``Mapping[str, Any] | None``: a JSON object (``any``), passed only when set, as base64 of
  its compact JSON (no quote or ``$`` for the shell Databricks writes the variables into).

The default is the input's default, and the metadata (:func:`node`) holds the environment
name, the one-line doc, the rules and how the init script loads it. Everything else is
generated:

- both props classes inherit the fields (``CodingAssistantsClusterProps``, ``WorkshopProps``),
  so the module's Terraform variables and validations, the var-file and workshop settings
  readers and the README and docs/workshop.md tables list them;
- ``spark_env_vars`` of every cluster (``cluster.spark_env_vars``);
- the init script's check and loader (``shell_checks``), its header's environment contract
  and the node table of docs/init-script.md (``init_script_build``, ``docs``);
- the module's Terraform tests of the pass-through (``module_tests``).

A rule that spans node settings goes in :data:`ACROSS`. Imports no framework.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from coding_assistants import facts, inputs, policy, rules
from coding_assistants.inputs import DOC
from coding_assistants.rules import Rule
from coding_assistants.tokens import is_token
from coding_assistants.validation import terraform_type

NODE = "node"
"""Metadata key of a field's :class:`NodeSetting`."""


@dataclass(frozen=True)
class NodeSetting:
    """How one input reaches the node: the metadata of a :class:`NodeSettings` field."""

    env: str
    """The environment variable the cluster sets and the init script reads."""
    rules: tuple[Rule, ...]
    """The input's own rules: Python's check, the variable's validations, the node's check."""
    example: Any
    """A valid value other than the default (the module's Terraform tests pass it through)."""
    var: str | None = None
    """The installer's variable that holds the checked value. None: the installer reads
    ``env`` itself and a value that breaks a rule is reported but kept (a set offline bundle
    path is never ignored, so the node never falls back to the network)."""
    fallback: str = ""
    """The shell word ``var`` takes when ``env`` is unset or breaks a rule (a default of
    defaults.sh such as ``$CA_DEFAULT_ENDPOINT``); empty: unset."""


def node(
    *,
    env: str,
    doc: str,
    rules: Iterable[Rule] = (),
    example: Any,
    var: str | None = None,
    fallback: str = "",
) -> dict[str, Any]:
    """The metadata of a node setting's field (see :class:`NodeSetting`)."""
    setting = NodeSetting(env=env, rules=tuple(rules), example=example, var=var, fallback=fallback)
    return {**inputs.doc(doc), NODE: setting}


GENIE_SPACE_PATTERN = r"[A-Za-z0-9]{1,64}"
"""A Genie space id (32 hexadecimal digits in Databricks' URLs; letters and digits here)."""
MCP_NAME_PATTERN = r"[A-Za-z0-9_]+"
"""A Unity Catalog name as the MCP servers' URLs and names take it: letters, digits and '_'
(so ``-`` can join names into an MCP server name, which allows letters, digits, - and _)."""


def _mcp_names(field_name: str, last: str) -> Rule:
    """``catalog.schema`` or ``catalog.schema.<last>`` entries."""
    name = MCP_NAME_PATTERN
    return rules.entries(
        field_name,
        rf"{name}\.{name}(\.{name})?",
        f"catalog.schema or catalog.schema.{last} (letters, digits and _)",
        facts.MAX_MCP_ENTRIES,
    )


def _alias(alias: str, variable: str) -> Any:
    """The field of the model of one of Claude Code's aliases (``variable`` in its settings)."""
    name = f"claude_{alias}_model"
    return field(
        default=None,
        metadata=node(
            env=f"CLAUDE_{alias.upper()}_MODEL",
            doc=f"Opt-in: model of Claude Code's {alias.replace('_', '/')} alias ({variable}); "
            "when null, claude_model.",
            rules=[
                rules.matches(
                    name, rules.MODEL_NAME_PATTERN, rules.MODEL_NAME_EXPECTED, nullable=True
                )
            ],
            example=f"team-{alias.replace('_', '-')}-model",
            var=f"{alias.upper()}_MODEL",
            fallback="$MODEL",
        ),
    )


@dataclass(frozen=True, kw_only=True)
class NodeSettings:
    """Every setting the init script reads, with its input's default. Declared in the order
    the init script loads them (the default model depends on the route, the aliases' on the
    model)."""

    def __post_init__(self) -> None:
        """Lists become tuples and objects read-only, so props stay frozen and hashable in
        spirit; unresolved tokens stay as they are."""
        for name in declared():
            value = getattr(self, name)
            if is_token(value):
                continue
            if isinstance(value, list):
                object.__setattr__(self, name, tuple(value))
            elif isinstance(value, dict):
                object.__setattr__(self, name, types.MappingProxyType(value))

    mlflow_experiment_name: str = field(
        default="/Workspace/Shared/claude-code-tracing",
        metadata=node(
            env="MLFLOW_EXPERIMENT_NAME",
            doc="Workspace path of the MLflow experiment that receives Claude Code traces.",
            rules=[
                rules.matches(
                    "mlflow_experiment_name",
                    rules.WORKSPACE_PATH_PATTERN,
                    "an absolute workspace path such as /Users/<you>/claude-traces or "
                    "/Workspace/Shared/x",
                )
            ],
            example="/Users/someone@example.com/claude-traces",
            var="EXPERIMENT",
        ),
    )
    claude_serving_endpoint: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_SERVING_ENDPOINT",
            doc="Opt-in: serving endpoint whose Anthropic Messages route Claude Code calls; "
            "when null, {DEFAULT_SERVING_ENDPOINT}.",
            rules=[
                rules.matches(
                    "claude_serving_endpoint",
                    rules.ENDPOINT_NAME_PATTERN,
                    rules.ENDPOINT_NAME_EXPECTED,
                    nullable=True,
                )
            ],
            example="team-claude",
            var="ENDPOINT",
            fallback="$CA_DEFAULT_ENDPOINT",
        ),
    )
    claude_api_route: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_API_ROUTE",
            doc="Opt-in: serving-endpoints (the endpoint's route) or ai-gateway "
            "(<workspace>/ai-gateway/anthropic); when null, {DEFAULT_API_ROUTE}.",
            rules=[rules.one_of_nullable("claude_api_route", facts.API_ROUTES)],
            example=facts.API_ROUTE_AI_GATEWAY,
            var="ROUTE",
            fallback="$CA_DEFAULT_ROUTE",
        ),
    )
    claude_model: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_MODEL",
            doc="Opt-in: model Claude Code uses (an endpoint name, or system.ai.<name> for the "
            "AI Gateway); when null, {DEFAULT_CLAUDE_MODEL}.",
            rules=[
                rules.matches(
                    "claude_model",
                    rules.MODEL_NAME_PATTERN,
                    rules.MODEL_NAME_EXPECTED,
                    nullable=True,
                )
            ],
            example="team-claude-model",
            var="MODEL",
            fallback="$(default_model)",
        ),
    )
    claude_code_version: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_CODE_VERSION",
            doc="Opt-in: Claude Code version, or channel stable/latest; when null, the "
            "{DEFAULT_CLAUDE_CODE_VERSION} channel.",
            rules=[
                rules.matches(
                    "claude_code_version",
                    rules.CLAUDE_VERSION_PATTERN,
                    rules.CLAUDE_VERSION_EXPECTED,
                    nullable=True,
                )
            ],
            example="2.1.0",
            var="VERSION",
            fallback="$CA_DEFAULT_VERSION",
        ),
    )
    offline_bundle_path: str | None = field(
        default=None,
        metadata=node(
            env="OFFLINE_BUNDLE_PATH",
            doc="Opt-in: /Volumes/<catalog>/<schema>/<volume>/<dir> of an offline bundle "
            "(coding-assistants stage-offline) to install from, with no network; when null, "
            "the online install.",
            rules=[
                rules.matches(
                    "offline_bundle_path",
                    rules.OFFLINE_BUNDLE_PATH_PATTERN,
                    rules.OFFLINE_BUNDLE_PATH_EXPECTED,
                    nullable=True,
                )
            ],
            example="/Volumes/main/tools/offline/claude-2.1.0",
        ),
    )
    offline_bundle_sha256: str | None = field(
        default=None,
        metadata=node(
            env="OFFLINE_BUNDLE_SHA256",
            doc="SHA-256 of the bundle's manifest.json, required with offline_bundle_path; "
            "when null, no bundle.",
            rules=[
                rules.matches(
                    "offline_bundle_sha256",
                    rules.SHA256_PATTERN,
                    rules.SHA256_EXPECTED,
                    nullable=True,
                )
            ],
            example="0123456789abcdef" * 4,
        ),
    )
    claude_opus_model: str | None = _alias("opus", "ANTHROPIC_DEFAULT_OPUS_MODEL")
    claude_sonnet_model: str | None = _alias("sonnet", "ANTHROPIC_DEFAULT_SONNET_MODEL")
    claude_haiku_model: str | None = _alias("haiku", "ANTHROPIC_DEFAULT_HAIKU_MODEL")
    claude_small_fast_model: str | None = _alias("small_fast", "ANTHROPIC_SMALL_FAST_MODEL")
    claude_policy: Mapping[str, Any] | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_POLICY",
            doc="Opt-in: the admin's Claude Code policy (permissions, hooks, env; docs/init-script"
            ".md, Admin policy), added to the managed settings; when null, none.",
            rules=policy.rules(),
            example={"permissions": {"deny": ["WebSearch"], "defaultMode": "default"}},
            var="POLICY",
        ),
    )
    databricks_mcp_sql: bool = field(
        default=False,
        metadata=node(
            env="CLAUDE_MCP_SQL",
            doc="Gives every user the workspace's Databricks SQL MCP server; when false, not.",
            rules=[rules.flag("databricks_mcp_sql")],
            example=True,
            var="MCP_SQL",
        ),
    )
    databricks_mcp_genie_spaces: tuple[str, ...] = field(
        default=(),
        metadata=node(
            env="CLAUDE_MCP_GENIE_SPACES",
            doc="Genie space ids whose MCP servers every user gets; when empty, none.",
            rules=[
                rules.entries(
                    "databricks_mcp_genie_spaces",
                    GENIE_SPACE_PATTERN,
                    "a Genie space id (1-64 letters and digits)",
                    facts.MAX_MCP_ENTRIES,
                )
            ],
            example=("01ef0123456789abcdef0123456789ab",),
            var="MCP_GENIE",
        ),
    )
    databricks_mcp_uc_functions: tuple[str, ...] = field(
        default=(),
        metadata=node(
            env="CLAUDE_MCP_UC_FUNCTIONS",
            doc="Unity Catalog functions (catalog.schema for all, or catalog.schema.function) "
            "every user gets as MCP tools; when empty, none.",
            rules=[_mcp_names("databricks_mcp_uc_functions", "function")],
            example=("main.tools",),
            var="MCP_FUNCTIONS",
        ),
    )
    databricks_mcp_vector_search: tuple[str, ...] = field(
        default=(),
        metadata=node(
            env="CLAUDE_MCP_VECTOR_SEARCH",
            doc="Vector Search indexes (catalog.schema.index, or catalog.schema for all) every "
            "user gets as MCP tools; when empty, none.",
            rules=[_mcp_names("databricks_mcp_vector_search", "index")],
            example=("main.docs.docs_index",),
            var="MCP_VECTOR_SEARCH",
        ),
    )
    databricks_mcp_locked: bool = field(
        default=False,
        metadata=node(
            env="CLAUDE_MCP_LOCKED",
            doc="Makes the Databricks MCP servers the only ones users get (none: MCP off); when "
            "false, also those the admin's policy allows (allowedMcpServers).",
            rules=[rules.flag("databricks_mcp_locked")],
            example=True,
            var="MCP_LOCKED",
        ),
    )
    otel_endpoint: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_OTEL_ENDPOINT",
            doc="Opt-in: OTLP collector for Claude Code's telemetry (metrics and events), "
            "tagged with the cluster and the workshop; when null, none.",
            rules=[
                rules.matches(
                    "otel_endpoint",
                    rules.OTEL_ENDPOINT_PATTERN,
                    rules.OTEL_ENDPOINT_EXPECTED,
                    nullable=True,
                )
            ],
            example="https://otel.example.com:4318",
            var="OTEL_ENDPOINT",
        ),
    )
    otel_protocol: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_OTEL_PROTOCOL",
            doc="Opt-in: http/protobuf, http/json or grpc; when null, {DEFAULT_OTEL_PROTOCOL}.",
            rules=[rules.one_of_nullable("otel_protocol", facts.OTEL_PROTOCOLS)],
            example=facts.OTEL_PROTOCOLS[1],
            var="OTEL_PROTOCOL",
            fallback="$CA_DEFAULT_OTEL_PROTOCOL",
        ),
    )
    otel_headers_secret: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_OTEL_HEADERS_SECRET",
            doc="Opt-in: <scope>/<key> of a secret with the collector's headers (Name=Value,...), "
            "read at run time, never stored (users need READ on it); when null, none.",
            rules=[
                rules.matches(
                    "otel_headers_secret",
                    rules.SECRET_NAME_PATTERN,
                    rules.SECRET_NAME_EXPECTED,
                    nullable=True,
                )
            ],
            example="observability/otlp-headers",
            var="OTEL_SECRET",
        ),
    )
    otel_log_user_prompts: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_OTEL_LOG_USER_PROMPTS",
            doc="Opt-in: enabled sends the prompts' text too; when null, only their length.",
            rules=[rules.one_of_nullable("otel_log_user_prompts", ("enabled", "disabled"))],
            example="enabled",
            var="OTEL_PROMPTS",
        ),
    )
    claude_https_proxy: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_HTTPS_PROXY",
            doc="Opt-in: proxy URL (http or https, host, port) of every request of Claude "
            "Code, pinned; when null, none, and no other setting can name one.",
            rules=[
                rules.matches(
                    "claude_https_proxy",
                    rules.PROXY_URL_PATTERN,
                    rules.PROXY_URL_EXPECTED,
                    nullable=True,
                )
            ],
            example="http://proxy.example.com:3128",
            var="PROXY",
        ),
    )
    claude_ca_bundle_path: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_CA_BUNDLE_PATH",
            doc="Opt-in: PEM file on the node (in a volume, say) of the CAs Claude Code also "
            "trusts, pinned; when null, none, and no other setting adds one.",
            rules=[
                rules.matches(
                    "claude_ca_bundle_path",
                    rules.NODE_FILE_PATTERN,
                    rules.NODE_FILE_EXPECTED,
                    nullable=True,
                )
            ],
            example="/Volumes/main/security/certs/corp-ca.pem",
            var="CA_BUNDLE",
        ),
    )
    claude_skills_path: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_SKILLS_PATH",
            doc="Opt-in: /Volumes/<catalog>/<schema>/<volume>/<dir> of skill folders "
            "(<name>/SKILL.md), Claude Code's managed skills for every user; when null, none.",
            rules=[
                rules.matches(
                    "claude_skills_path",
                    rules.OFFLINE_BUNDLE_PATH_PATTERN,
                    rules.VOLUME_FOLDER_EXPECTED,
                    nullable=True,
                )
            ],
            example="/Volumes/main/tools/claude/skills",
            var="SKILLS_PATH",
        ),
    )
    claude_memory_path: str | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_MEMORY_PATH",
            doc="Opt-in: /Volumes/<catalog>/<schema>/<volume>/<file>, the organisation's "
            "CLAUDE.md: Claude Code's managed memory for every user; when null, none.",
            rules=[
                rules.matches(
                    "claude_memory_path",
                    rules.OFFLINE_BUNDLE_PATH_PATTERN,
                    rules.VOLUME_FILE_EXPECTED,
                    nullable=True,
                )
            ],
            example="/Volumes/main/tools/claude/CLAUDE.md",
            var="MEMORY_PATH",
        ),
    )
    claude_plugin_marketplaces: Mapping[str, Any] | None = field(
        default=None,
        metadata=node(
            env="CLAUDE_PLUGIN_MARKETPLACES",
            doc="Opt-in: plugin marketplaces for every user, name -> {source = github, repo} "
            "(or git with url, directory with path; ref optional); when null, none.",
            rules=[
                rules.json_object(
                    "claude_plugin_marketplaces", "a JSON object of marketplace names and sources"
                ),
                rules.marketplaces("claude_plugin_marketplaces"),
            ],
            example={"team-tools": {"source": "github", "repo": "example-org/claude-plugins"}},
            var="MARKETPLACES",
        ),
    )
    claude_enabled_plugins: tuple[str, ...] = field(
        default=(),
        metadata=node(
            env="CLAUDE_ENABLED_PLUGINS",
            doc="Plugins (plugin@marketplace) on for every user; when empty, none.",
            rules=[rules.plugin_ids("claude_enabled_plugins")],
            example=("formatter@team-tools",),
            var="PLUGINS",
        ),
    )
    claude_strict_marketplaces: bool = field(
        default=False,
        metadata=node(
            env="CLAUDE_STRICT_MARKETPLACES",
            doc="When true, users may add no marketplace but claude_plugin_marketplaces "
            "(strictKnownMarketplaces).",
            rules=[rules.flag("claude_strict_marketplaces")],
            example=True,
            var="STRICT_MARKETPLACES",
            fallback="false",
        ),
    )
    claude_persist_state: bool = field(
        default=True,
        metadata=node(
            env="CLAUDE_PERSIST_STATE",
            doc="Keep Claude Code's sessions, memory and history across restarts in "
            "/Workspace/Users/<user>/{STATE_FOLDER}; false: on the node only.",
            rules=[rules.flag("claude_persist_state")],
            example=False,
            var="PERSIST",
            fallback="false",
        ),
    )


ACROSS: tuple[Rule, ...] = (
    rules.bundle_needs_hash(),
    rules.bundle_needs_exact_version(),
)
"""The rules that span node settings (preconditions in the module; the init script checks
those with ``when_set``)."""


def declared() -> dict[str, NodeSetting]:
    """Input name -> its node setting, in declaration order."""
    return {f.name: f.metadata[NODE] for f in fields(NodeSettings)}


def node_rules() -> tuple[Rule, ...]:
    """Every rule of the node settings: each one's own, then those across them."""
    return (*(r for s in declared().values() for r in s.rules), *ACROSS)


TEXT, FLAG, LIST, JSON = "text", "flag", "list", "json"
"""The kinds of node settings (see the module's doc)."""
_KINDS = {"string": TEXT, "bool": FLAG, "list(string)": LIST, "any": JSON}


def kind(name: str) -> str:
    """The kind of the node setting ``name``: text, flag, list or json."""
    return _KINDS[terraform_type(typing.get_type_hints(NodeSettings)[name])]


def always_set(name: str) -> bool:
    """True when the setting is always passed to the node (text whose type is not optional)."""
    hint = typing.get_type_hints(NodeSettings)[name]
    optional = typing.get_origin(hint) in (types.UnionType, typing.Union)
    return kind(name) == TEXT and not optional


def env_value(name: str, value: Any) -> str | None:
    """What the node receives for the literal ``value`` of setting ``name``; None when it
    receives nothing (an opt-in left out, a switch off, an empty list)."""
    found = kind(name)
    if value is None or (found == FLAG and value is False) or (found == LIST and not value):
        return None
    if found == FLAG:
        return "true"
    if found == LIST:
        return ",".join(value)
    if found == JSON:
        return policy.encode(value)
    return str(value)


def node_values(settings: NodeSettings) -> NodeSettings:
    """The node settings of ``settings`` (props that inherit them) alone."""
    return NodeSettings(**{name: getattr(settings, name) for name in declared()})


def redefault(name: str, default: Any) -> Any:
    """The field of the node setting ``name`` with another default, for a props class whose
    default differs (the workshop's experiment); doc, rules and node stay the declaration's."""
    (declaration,) = [f for f in fields(NodeSettings) if f.name == name]
    return field(default=default, metadata=declaration.metadata)


def check_declarations() -> list[str]:
    """Problems of the declarations themselves (a test keeps this empty): every setting has a
    doc, rules on itself alone, and an example its rules accept."""
    problems = []
    for name, setting in declared().items():
        for rule in setting.rules:
            if rule.field != name or rule.crosses:
                problems.append(f"{name}: rule {rule.problem!r} is not a rule of {name} alone")
            elif not rule.check(setting.example, {}):
                problems.append(f"{name}: example {setting.example!r} breaks {rule.message()}")
            elif rule.pattern is None and rule.shell is None and rule.jq is None:
                problems.append(f"{name}: rule {rule.problem!r} has no check for the node")
    for f in fields(NodeSettings):
        if not f.metadata.get(DOC):
            problems.append(f"{f.name}: no doc")
    return problems
