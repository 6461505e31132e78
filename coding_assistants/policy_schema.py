"""The keys an admin policy (``claude_policy``) may set, as a JSON Schema, and the keys the node
pins, which it may not.

The schema follows the settings of Claude Code 2.1.332 (its documentation and the schema its
binary carries) for the keys an administrator sets: permissions, hooks, environment, which
hooks, rules and MCP servers count, transcript retention and announcements. Anything else is
refused, so a misspelt key never goes unnoticed on the node. Values are checked as strictly as
Claude Code checks them, so a policy the project accepts is one Claude Code loads.

Imports nothing of the package but the facts.
"""

from __future__ import annotations

from typing import Any, Final

from coding_assistants import facts

DEFAULT_MODES: Final = ("acceptEdits", "auto", "bypassPermissions", "default", "dontAsk", "plan")
"""``permissions.defaultMode`` values Claude Code 2.1.332 accepts."""

HOOK_EVENTS: Final = (
    *("PreToolUse", "PostToolUse", "PostToolUseFailure", "PostToolBatch", "Notification"),
    *("UserPromptSubmit", "UserPromptExpansion", "SessionStart", "SessionEnd", "Stop"),
    *("StopFailure", "SubagentStart", "SubagentStop", "PreCompact", "PostCompact"),
    *("PreModelSwitch", "PostModelSwitch", "PermissionRequest", "PermissionDenied", "Setup"),
    *("TeammateIdle", "TaskCreated", "TaskCompleted", "Elicitation", "ElicitationResult"),
    *("ConfigChange", "WorktreeCreate", "WorktreeRemove", "InstructionsLoaded", "CwdChanged"),
    *("FileChanged", "DirectoryAdded", "MessageDisplay", "PreSkillShellCommand"),
)
"""The hook events of Claude Code 2.1.332."""

PINNED_KEYS: Final = {
    "apiKeyHelper": "the node's key helper hands the token to the workspace's route only",
    "allowedProviders": "the node allows the workspace's route only",
    "otelHeadersHelper": "the telemetry's headers come from otel_headers_secret",
}
"""Top-level settings the node owns, with the reason a policy may not set them."""

ROUTE_ENV_PATTERN: Final = "|".join(
    (
        r"ANTHROPIC_(BASE_URL|API_KEY|AUTH_TOKEN|UNIX_SOCKET)",
        r"[A-Z0-9_]*_BASE_URL",
        r"CLAUDE_CODE_(USE|SKIP)_[A-Z0-9_]+",
        r"CLAUDE_CODE_[A-Z0-9_]*(PROXY|CERT|CLIENT_KEY|SOCKET)[A-Z0-9_]*",
        r"NODE_TLS_REJECT_UNAUTHORIZED|BUN_TLS_[A-Z0-9_]+",
        *facts.CLAUDE_NETWORK_VARIABLES,
    )
)
"""Environment variables (upper-cased) the token's route depends on: base URLs and keys,
provider switches and their auth skips, proxies, sockets, CA files and TLS switches. The
node pins them; Python's ``re``, Terraform's RE2 and jq read this pattern alike."""
MODEL_ENV_PATTERN: Final = r"ANTHROPIC_(DEFAULT_[A-Z0-9_]+_|SMALL_FAST_)?MODEL"
"""The model variables, which the node sets from claude_model and the alias inputs."""
TELEMETRY_ENV_PATTERN: Final = r"OTEL_[A-Z0-9_]+|CLAUDE_CODE_ENABLE_TELEMETRY"
"""The telemetry variables, which the node sets from the otel_* inputs."""
ROUTE_ENV_REASON: Final = "the token's route: base URLs, keys, providers, proxies, CA files, TLS"
MODEL_ENV_REASON: Final = (
    "the models: set claude_model, claude_opus_model, claude_sonnet_model, claude_haiku_model "
    "or claude_small_fast_model"
)
TELEMETRY_ENV_REASON: Final = "the telemetry: set otel_endpoint and the other otel_* inputs"
PINNED_ENV: Final = (
    (ROUTE_ENV_PATTERN, ROUTE_ENV_REASON),
    (MODEL_ENV_PATTERN, MODEL_ENV_REASON),
    (TELEMETRY_ENV_PATTERN, TELEMETRY_ENV_REASON),
)
"""(pattern over an upper-cased variable name, why the node owns it), in the order checked."""


def _rule_list(what: str) -> dict[str, Any]:
    return {
        "type": "array",
        "items": {"type": "string", "minLength": 1},
        "description": what,
    }


_HOOK = {
    "type": "object",
    "properties": {
        "type": {"const": "command"},
        "command": {"type": "string", "minLength": 1},
        "timeout": {"type": "integer", "minimum": 1},
    },
    "required": ["type", "command"],
    "additionalProperties": False,
}
_MATCHER = {
    "type": "object",
    "properties": {
        "matcher": {"type": "string"},
        "hooks": {"type": "array", "items": _HOOK, "minItems": 1},
    },
    "required": ["hooks"],
    "additionalProperties": False,
}
_MCP_SERVER_ENTRY = {
    "type": "object",
    "properties": {
        "serverName": {"type": "string", "pattern": "^[a-zA-Z0-9_-]+$"},
        "serverUrl": {"type": "string", "minLength": 1},
        "serverCommand": {"type": "array", "items": {"type": "string"}, "minItems": 1},
    },
    "minProperties": 1,
    "maxProperties": 1,
    "additionalProperties": False,
}
_NAMES = {"type": "array", "items": {"type": "string", "minLength": 1}}


def _flag(what: str) -> dict[str, Any]:
    return {"type": "boolean", "description": what}


SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "claude_policy",
    "type": "object",
    "properties": {
        "permissions": {
            "type": "object",
            "description": "allow, ask and deny rules (Tool or Tool(specifier)), defaultMode, "
            'disableBypassPermissionsMode and disableAutoMode ("disable"), '
            "additionalDirectories",
            "properties": {
                "allow": _rule_list("tool uses that run without asking"),
                "ask": _rule_list("tool uses that always ask"),
                "deny": _rule_list("tool uses that are refused"),
                "defaultMode": {"enum": list(DEFAULT_MODES)},
                "disableBypassPermissionsMode": {"const": "disable"},
                "disableAutoMode": {"const": "disable"},
                "additionalDirectories": {
                    "type": "array",
                    "items": {"type": "string", "pattern": "^/"},
                },
            },
            "additionalProperties": False,
        },
        "hooks": {
            "type": "object",
            "description": "event -> [{matcher, hooks: [{type: command, command, timeout}]}]",
            "properties": {event: {"type": "array", "items": _MATCHER} for event in HOOK_EVENTS},
            "additionalProperties": False,
        },
        "env": {
            "type": "object",
            "description": "variables for every session (not those of the token's route or "
            "the model)",
            "propertyNames": {"pattern": "^[A-Za-z_][A-Za-z0-9_]*$"},
            "additionalProperties": {"type": "string"},
        },
        "allowManagedPermissionRulesOnly": _flag("only managed permission rules count"),
        "disableAllHooks": _flag("no hook runs"),
        "allowManagedHooksOnly": _flag(
            "true on the node unless the policy says false: then users' and trusted "
            "repositories' hooks run too, and can read the token"
        ),
        "allowManagedMcpServersOnly": _flag(
            "true on the node unless the policy says false: then users may add MCP servers "
            "the managed allowedMcpServers does not name"
        ),
        "enableAllProjectMcpServers": _flag(
            "false on the node unless the policy says true: then every server of a trusted "
            "repository's .mcp.json runs, and can read the token"
        ),
        "allowedMcpServers": {
            "type": "array",
            "items": _MCP_SERVER_ENTRY,
            "description": "MCP servers users may add: {serverName}, {serverUrl} or "
            "{serverCommand}",
        },
        "deniedMcpServers": {
            "type": "array",
            "items": _MCP_SERVER_ENTRY,
            "description": "MCP servers nobody may use, in the same form",
        },
        "enabledMcpjsonServers": {**_NAMES, "description": "a project's .mcp.json servers to use"},
        "disabledMcpjsonServers": {**_NAMES, "description": "a project's servers to refuse"},
        "cleanupPeriodDays": {
            "type": "integer",
            "minimum": 1,
            "description": "days a session transcript is kept",
        },
        "companyAnnouncements": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "description": "messages shown when Claude Code starts",
        },
    },
    "additionalProperties": False,
}
"""The JSON Schema (draft 2020-12) of an admin policy."""


def accepted_keys() -> dict[str, str]:
    """Top-level key -> what it holds, in the schema's order (the docs' table)."""
    return {key: spec["description"] for key, spec in SCHEMA["properties"].items()}
