"""The fake workspace plus the AI Gateway of serving endpoints, for the ``gateway`` tests.

``GET /api/2.0/serving-endpoints/<name>`` carries the endpoint's ``ai_gateway``; ``PUT
/api/2.0/serving-endpoints/<name>/ai-gateway`` replaces it with the request's body, checked as
strictly as the service documents it (known fields only, ``renewal_period`` minute, a known
key, a principal for a group or service principal, an enabled inference table moved only once
it is disabled) and answers the stored configuration. Every request is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlparse

from tests.cli.fake_workspace import (
    CANARY_TOKEN,
    FakeWorkspace,
    WorkspaceState,
    _error,
    _Handler,
)

PREFIX = "/api/2.0/serving-endpoints/"
FIELDS = {
    "fallback_config",
    "guardrails",
    "inference_table_config",
    "rate_limits",
    "usage_tracking_config",
}
KEYS = {"user", "endpoint", "user_group", "service_principal"}


@dataclass
class GatewayState(WorkspaceState):
    gateways: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Endpoint name -> its ``ai_gateway`` (every name here exists)."""
    put_status: int = 200
    """Anything else: the PUT is refused with this status (403: no CAN MANAGE)."""


def _limit_problem(limit: Any) -> str | None:
    if not isinstance(limit, dict) or limit.get("renewal_period") != "minute":
        return "rate_limits: renewal_period must be minute"
    if limit.get("key", "endpoint") not in KEYS:
        return f"rate_limits: unknown key {limit.get('key')!r}"
    if limit.get("key") in ("user_group", "service_principal") and not limit.get("principal"):
        return "rate_limits: principal is required for this key"
    measures = [limit.get(m) for m in ("calls", "tokens") if m in limit]
    if not measures or not all(isinstance(m, int) and m >= 0 for m in measures):
        return "rate_limits: calls or tokens must be a whole number"
    return None


def problem(old: dict[str, Any], new: Any) -> str | None:
    """Why the service would refuse ``new`` over ``old``; None when it takes it."""
    if not isinstance(new, dict) or set(new) - FIELDS:
        return f"unknown fields: {sorted(set(new) - FIELDS) if isinstance(new, dict) else new}"
    for limit in new.get("rate_limits", []):
        if found := _limit_problem(limit):
            return found
    before, after = old.get("inference_table_config") or {}, new.get("inference_table_config")
    if before.get("enabled") and after and after != before and after.get("enabled"):
        return "inference table: disable it first to change the catalog, schema or prefix"
    return None


class _GatewayHandler(_Handler):
    def do_PUT(self) -> None:
        url = urlparse(self.path)
        if not (url.path.startswith(PREFIX) and url.path.endswith("/ai-gateway")):
            self._handle("PUT")
            return
        taken = self._take("PUT")
        if taken is None:
            return
        state: GatewayState = self.server.state  # type: ignore[assignment]
        body = taken[1]
        name = unquote(url.path.removeprefix(PREFIX).removesuffix("/ai-gateway"))
        self._send(*self._put(state, name, body), path=url.path)

    def _put(self, state: GatewayState, name: str, body: Any) -> tuple[int, dict]:
        if name not in state.gateways:
            return _error(404, "RESOURCE_DOES_NOT_EXIST", f"Endpoint {name!r} does not exist")
        if state.put_status != 200:
            return _error(state.put_status, "PERMISSION_DENIED", f"{CANARY_TOKEN} may not manage")
        found = problem(state.gateways[name], body)
        if found:
            return _error(400, "INVALID_PARAMETER_VALUE", found)
        with self.server.lock:
            state.gateways[name] = body
        return 200, body

    def _endpoint(self, state: Any, body: Any, query: Any) -> tuple[int, dict]:
        name = unquote(urlparse(self.path).path.removeprefix(PREFIX))
        if name in state.gateways:
            return 200, {
                "name": name,
                "state": {"ready": "READY"},
                "ai_gateway": state.gateways[name],
            }
        return super()._endpoint(state, body, query)


class FakeGatewayWorkspace(FakeWorkspace):
    """The fake workspace with AI Gateways; ``reset`` gives the wider state."""

    def __init__(self) -> None:
        super().__init__()
        self._server.RequestHandlerClass = _GatewayHandler
        self._server.state = GatewayState()

    @property
    def state(self) -> GatewayState:
        return self._server.state  # type: ignore[return-value]

    def reset(self) -> GatewayState:
        self._server.state = GatewayState()
        return self._server.state
