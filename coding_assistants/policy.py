"""The admin policy (``claude_policy``): its rules, each rendered three ways, and what Python says
about a policy that breaks one.

A policy is a JSON object of Claude Code settings (:mod:`coding_assistants.policy_schema`). It
travels to the node as base64 of its compact JSON (``spark_env_vars`` are text, and the shell
that Databricks writes them into would expand ``$`` and quotes; base64 has neither), where the
init script writes it as a drop-in of Claude Code's managed settings. Its rules:

- an object, of at most ``MAX_POLICY_BYTES`` as the node receives it;
- only the keys the schema accepts, each value as Claude Code accepts it (Python checks the
  whole schema and names each problem's place, with a "did you mean" for a misspelt key;
  Terraform and the node check the keys, the permission keys and ``defaultMode``);
- none of the keys the node pins: the key helper, the providers, the telemetry's headers
  helper, and every environment variable of the token's route (its network path and TLS trust
  included), of the model or of the telemetry. The trust switches (only managed hooks, only
  allowlisted MCP servers, no project server unasked) are the admin's to loosen.

Imports no framework (``jsonschema`` is a plain library).
"""

from __future__ import annotations

import base64
import difflib
import functools
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from coding_assistants import facts
from coding_assistants.policy_schema import PINNED_ENV, PINNED_KEYS, SCHEMA
from coding_assistants.rules import Rule, hcl_string, json_object

FIELD = "claude_policy"


@functools.cache
def _validator() -> Any:
    """The schema's validator, built when a policy is first checked (``jsonschema`` loads
    then, not with the props: a Python without the dependencies still gets main.py's own
    one-line error)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(SCHEMA)


_PINNED_ENV = tuple((re.compile(pattern), why) for pattern, why in PINNED_ENV)
ENV_PATTERN = "|".join(pattern for pattern, _ in PINNED_ENV)
"""Every variable the node owns, as one pattern (Terraform's and the node's check)."""


def encode(policy: Mapping[str, Any]) -> str:
    """The policy as the node receives it: base64 of its compact JSON, keys sorted."""
    text = json.dumps(dict(policy), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(text.encode()).decode()


def decode(value: str) -> Any:
    """The policy a node value holds (the inverse of :func:`encode`)."""
    return json.loads(base64.b64decode(value, validate=True))


def pinned_problems(policy: Mapping[str, Any]) -> list[str]:
    """One line per key the node pins, naming it and why."""
    lines = [
        f"{FIELD}.{key}: pinned by the node ({why}); remove it"
        for key, why in PINNED_KEYS.items()
        if key in policy
    ]
    env = policy.get("env")
    for name in env if isinstance(env, Mapping) else ():
        why = _owner(str(name))
        if why:
            lines.append(f"{FIELD}.env.{name}: pinned by the node ({why}); remove it")
    return lines


def _owner(name: str) -> str | None:
    """Why the node owns the variable ``name`` (any letter case), or None."""
    return next((why for found, why in _PINNED_ENV if found.fullmatch(name.upper())), None)


def _unpinned(policy: Mapping[str, Any]) -> dict[str, Any]:
    """The policy without what :func:`pinned_problems` reports (so each key is named once)."""
    kept = {k: v for k, v in policy.items() if k not in PINNED_KEYS}
    if isinstance(kept.get("env"), Mapping):
        kept["env"] = {k: v for k, v in kept["env"].items() if not _owner(str(k))}
    return kept


def schema_problems(policy: Mapping[str, Any]) -> list[str]:
    """One line per place the policy breaks the schema, pinned keys left to the pins rule."""
    errors = sorted(
        _validator().iter_errors(_unpinned(policy)), key=lambda e: [str(p) for p in e.path]
    )
    return [line for error in errors for line in _describe(error)]


def _place(path: Iterable[Any]) -> str:
    return FIELD + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _describe(error: Any) -> list[str]:
    """The lines of one schema error: a misspelt key with its closest accepted name."""
    place = _place(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        known = list(error.schema.get("properties", {}))
        return [
            f"{_place([*error.absolute_path, key])}: unknown key{_hint(key, known)}"
            for key in error.instance
            if key not in known
        ]
    if error.validator in ("enum", "const"):
        allowed = error.validator_value if error.validator == "enum" else [error.validator_value]
        listed = ", ".join(json.dumps(a) for a in allowed)
        return [f"{place}: not an accepted value, got {error.instance!r}; expected {listed}"]
    if error.validator == "type":
        return [f"{place}: wrong type, got {error.instance!r}; expected {error.validator_value}"]
    return [f"{place}: {error.message}"]


def _hint(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; accepted here: {', '.join(known)}" if known else ""


def _top_keys_jq(keys: Iterable[str]) -> str:
    return "[" + ", ".join(json.dumps(k) for k in keys) + "]"


def _permission_keys() -> list[str]:
    return list(SCHEMA["properties"]["permissions"]["properties"])


def _modes() -> list[str]:
    return SCHEMA["properties"]["permissions"]["properties"]["defaultMode"]["enum"]


def _hcl_list(items: Iterable[str]) -> str:
    return "[" + ", ".join(hcl_string(i) for i in items) + "]"


def rules() -> list[Rule]:
    """The rules of ``claude_policy``, each in Python, Terraform and on the node."""
    accepted = [*SCHEMA["properties"], *PINNED_KEYS]
    route = hcl_string(f"^(?:{ENV_PATTERN})$")
    jq_route = json.dumps(f"^(?:{ENV_PATTERN})$")
    limit = facts.MAX_POLICY_BYTES
    return [
        json_object(FIELD, "a JSON object of Claude Code settings"),
        Rule(
            FIELD,
            "too large",
            f"at most {limit} bytes as the node receives it (base64 of the compact JSON)",
            lambda v, _: len(encode(v)) <= limit,
            f"length(base64encode(jsonencode({{v}}))) <= {limit}",
            nullable=True,
            shell=f"((${{#value}} <= {limit}))",
        ),
        Rule(
            FIELD,
            "not a policy the node accepts",
            "only the keys of docs/init-script.md (Admin policy), each as Claude Code reads it",
            lambda v, _: isinstance(v, Mapping) and not schema_problems(v),
            f"try(alltrue([for k in keys({{v}}) : contains({_hcl_list(accepted)}, k)]) && "
            f"alltrue([for k in keys(try({{v}}.permissions, {{}})) : "
            f"contains({_hcl_list(_permission_keys())}, k)]) && "
            f"contains({_hcl_list(_modes())}, "
            f'try({{v}}.permissions.defaultMode, "default")), false)',
            nullable=True,
            jq=f"(keys - {_top_keys_jq(accepted)}) == [] and "
            f"(((.permissions // {{}}) | keys) - {_top_keys_jq(_permission_keys())}) == [] and "
            f'(((.permissions // {{}}).defaultMode // "default") | IN({_top_keys_jq(_modes())}[]))',
            explain=schema_problems,
        ),
        Rule(
            FIELD,
            "sets a key the node pins",
            "no apiKeyHelper, allowedProviders or otelHeadersHelper, and no env variable of the "
            "token's route (base URLs, keys, provider switches, proxies, CA files, TLS), of the "
            "model (ANTHROPIC_*MODEL: use claude_model and the alias inputs) or of the "
            "telemetry (OTEL_*: use the otel_* inputs)",
            lambda v, _: isinstance(v, Mapping) and not pinned_problems(v),
            f"try(!anytrue([for k in keys({{v}}) : contains({_hcl_list(PINNED_KEYS)}, k)]) && "
            f"!anytrue([for k in keys(try({{v}}.env, {{}})) : "
            f"can(regex({route}, upper(k)))]), false)",
            nullable=True,
            jq=f"(keys - {_top_keys_jq(PINNED_KEYS)}) == keys and "
            f"([(.env // {{}}) | keys[] | ascii_upcase | test({jq_route})] | any | not)",
            explain=pinned_problems,
        ),
    ]
