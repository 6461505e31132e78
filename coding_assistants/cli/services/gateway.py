"""The AI Gateway of the model's serving endpoint: what the workshop wants, what it has, the change.

Terraform cannot own it: ``databricks_model_serving`` creates (and on destroy deletes) the
endpoint it manages, and a pay-per-token endpoint such as ``databricks-claude-sonnet-4-6`` is
the workspace's own; the provider documents its ``ai_gateway`` block for external-model
endpoints. The serving endpoints API has a call for exactly this, ``PUT
/api/2.0/serving-endpoints/<name>/ai-gateway`` (the SDK's ``put_ai_gateway``), which takes the
whole gateway configuration.

So the wanted configuration is merged over the endpoint's current one, and only what the
workshop sets changes: the rate limits per user and for the whole endpoint (queries and tokens
per minute), usage tracking, and, when asked for, the inference table and the PII guardrail.
Every other limit (a group's, a service principal's, one user's), a fallback, other guardrails
stay as they are. A limit the workshop leaves null is left as it is, never removed. The request
body is built by the SDK's own ``put_ai_gateway``, so it has the shape the SDK sends.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Any

LIMITS = (
    ("user", "calls", "user_queries", "queries per minute per user"),
    ("user", "tokens", "user_tokens", "tokens per minute per user"),
    ("endpoint", "calls", "endpoint_queries", "queries per minute, whole endpoint"),
    ("endpoint", "tokens", "endpoint_tokens", "tokens per minute, whole endpoint"),
)
"""(key, measure, field of Wanted, label) of the limits the workshop manages."""
PERIOD = "minute"


class GatewayError(Exception):
    """The wanted configuration cannot be applied; the message says why and what to do."""


@dataclass(frozen=True)
class Wanted:
    """The AI Gateway a workshop wants on its model's endpoint; None: left as it is."""

    user_queries: int | None = None
    user_tokens: int | None = None
    endpoint_queries: int | None = None
    endpoint_tokens: int | None = None
    usage_tracking: bool | None = True
    inference_schema: str | None = None
    """``<catalog>.<schema>`` of the inference table; None leaves it as it is."""
    table_prefix: str = ""
    pii: str | None = None
    """BLOCK or MASK on input and output; None leaves the guardrails as they are."""


def wanted_from_settings(settings: dict[str, Any], workshop: str) -> Wanted:
    """The gateway settings of a (checked) workshop settings file."""
    return Wanted(
        user_queries=settings.get("gateway_user_queries_per_minute"),
        user_tokens=settings.get("gateway_user_tokens_per_minute"),
        endpoint_queries=settings.get("gateway_endpoint_queries_per_minute"),
        endpoint_tokens=settings.get("gateway_endpoint_tokens_per_minute"),
        usage_tracking=settings.get("gateway_usage_tracking", "enabled") == "enabled",
        inference_schema=settings.get("gateway_inference_table"),
        table_prefix=table_prefix(workshop),
        pii=settings.get("gateway_pii"),
    )


def table_prefix(workshop: str) -> str:
    """The inference tables' prefix: the workshop's name as a table name."""
    return "".join(c if c.isalnum() else "_" for c in workshop.lower())


def _is_managed(limit: dict[str, Any], key: str, measure: str) -> bool:
    """A limit of ``key`` for everyone (no principal) on ``measure`` alone."""
    return (
        limit.get("key", "endpoint") == key
        and not limit.get("principal")
        and limit.get(measure) is not None
        and limit.get("calls" if measure == "tokens" else "tokens") is None
    )


def _rate_limits(current: list[dict[str, Any]], wanted: Wanted) -> list[dict[str, Any]]:
    limits = [dict(limit) for limit in current]
    for key, measure, field, _ in LIMITS:
        value = getattr(wanted, field)
        if value is None:
            continue
        limits = [x for x in limits if not _is_managed(x, key, measure)]
        limits.append({"key": key, measure: value, "renewal_period": PERIOD})
    return limits


def _inference_table(current: dict[str, Any] | None, wanted: Wanted) -> dict[str, Any] | None:
    if wanted.inference_schema is None:
        return current
    catalog, schema = wanted.inference_schema.split(".", 1)
    table = {
        "enabled": True,
        "catalog_name": catalog,
        "schema_name": schema,
        "table_name_prefix": wanted.table_prefix,
    }
    if current and current.get("enabled") and {**current, "enabled": True} != table:
        where = ".".join(str(current.get(k, "?")) for k in ("catalog_name", "schema_name"))
        raise GatewayError(
            f"the endpoint already logs to an inference table in {where} (prefix "
            f"{current.get('table_name_prefix', '?')}); the AI Gateway changes its place only "
            "once it is disabled: disable it in Serving (its AI Gateway page) or set "
            f"gateway_inference_table to {where}"
        )
    return table


def _guardrails(current: dict[str, Any] | None, wanted: Wanted) -> dict[str, Any] | None:
    if wanted.pii is None:
        return current
    merged = {side: dict((current or {}).get(side) or {}) for side in ("input", "output")}
    for side in merged.values():
        side["pii"] = {"behavior": wanted.pii}
    return merged


def merged_config(current: dict[str, Any], wanted: Wanted) -> dict[str, Any]:
    """The endpoint's ``ai_gateway`` with the wanted settings over it (API shape)."""
    config = {k: v for k, v in current.items() if v not in (None, [], {})}
    limits = _rate_limits(current.get("rate_limits") or [], wanted)
    if limits:
        config["rate_limits"] = limits
    if wanted.usage_tracking is not None:
        config["usage_tracking_config"] = {"enabled": wanted.usage_tracking}
    for name, value in (
        ("inference_table_config", _inference_table(current.get("inference_table_config"), wanted)),
        ("guardrails", _guardrails(current.get("guardrails"), wanted)),
    ):
        if value:
            config[name] = value
    return normal(config)


def normal(config: dict[str, Any]) -> dict[str, Any]:
    """``config`` as the SDK reads and writes it (unknown fields dropped, order fixed)."""
    from databricks.sdk.service.serving import AiGatewayConfig

    return AiGatewayConfig.from_dict(config).as_dict()


class _Recorder:
    """Stands in for the SDK's API client: keeps the request the SDK would send."""

    def __init__(self) -> None:
        self._cfg = types.SimpleNamespace(workspace_id=None)
        self.request: tuple[str, str, dict[str, Any]] | None = None

    def do(self, method: str, path: str, body: Any = None, **_: Any) -> dict[str, Any]:
        self.request = (method, path, body)
        return {}


def sdk_request(endpoint: str, config: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(method, path, body) of the SDK's ``put_ai_gateway`` for ``config``."""
    from databricks.sdk.service.serving import AiGatewayConfig, ServingEndpointsAPI

    typed = AiGatewayConfig.from_dict(config)
    recorder = _Recorder()
    ServingEndpointsAPI(recorder).put_ai_gateway(
        endpoint,
        fallback_config=typed.fallback_config,
        guardrails=typed.guardrails,
        inference_table_config=typed.inference_table_config,
        rate_limits=typed.rate_limits,
        usage_tracking_config=typed.usage_tracking_config,
    )
    assert recorder.request is not None
    return recorder.request


def describe_limit(limit: dict[str, Any]) -> str:
    """``30 queries per minute per user`` or ``1000 tokens per minute for group data-eng``."""
    key = limit.get("key", "endpoint")
    who = {"user": "per user", "endpoint": "whole endpoint"}.get(key, key.replace("_", " "))
    if limit.get("principal"):
        who = f"for {key.replace('_', ' ')} {limit['principal']}"
    measures = [
        f"{limit[m]} {n}" for m, n in (("calls", "queries"), ("tokens", "tokens")) if m in limit
    ]
    return (
        f"{' and '.join(measures) or 'no measure'} per {limit.get('renewal_period', PERIOD)}, {who}"
    )


def describe(config: dict[str, Any]) -> list[str]:
    """One line per setting of an ``ai_gateway`` configuration (API shape)."""
    lines = [f"rate limit: {describe_limit(x)}" for x in config.get("rate_limits") or []]
    tracking = (config.get("usage_tracking_config") or {}).get("enabled")
    lines.append(f"usage tracking: {'on' if tracking else 'off'}")
    table = config.get("inference_table_config") or {}
    if table.get("enabled"):
        where = ".".join(str(table.get(k)) for k in ("catalog_name", "schema_name"))
        lines.append(f"inference table: {where}, prefix {table.get('table_name_prefix')}")
    else:
        lines.append("inference table: off")
    for side in ("input", "output"):
        pii = (((config.get("guardrails") or {}).get(side) or {}).get("pii") or {}).get("behavior")
        if pii:
            lines.append(f"guardrail, {side}: personal data {pii}")
    if config.get("fallback_config"):
        lines.append(f"fallback: {config['fallback_config']}")
    return lines


def changes(current: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """``+ line`` for what ``new`` adds, ``- line`` for what it drops, in ``describe``'s
    words; empty when nothing changes."""
    before, after = describe(normal(current)), describe(new)
    return [f"- {x}" for x in before if x not in after] + [
        f"+ {x}" for x in after if x not in before
    ]
