"""The whole fake workspace: a fleet with cluster events, pools that fail to start VMs, a full
cluster list (pages of up to 100, as the real API), a rate limit, access lists, grants, SCIM
users and the model endpoint's AI Gateway, for ``status``, ``pool warm --wait``, ``cleanup``,
``users`` and the workshop day at 1,000 attendees.

The events API answers both of its paging styles as the Databricks SDK sends them: with
``page_size``/``page_token`` (``next_page_token``; the server caps the page size, here at
``event_page_cap``), and the older ``limit``/``offset`` (``next_page``: the request to send
next, which the SDK's ``clusters.events`` follows). Unknown clusters are refused as the API
does. ``fleet`` builds a fleet whose clusters and events look like a real one's in each state.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar

from tests.cli.fake_access import AccessRoutes, AccessState
from tests.cli.fake_gateway import GatewayState, _GatewayHandler
from tests.cli.fake_pool_and_commands import (
    _EXTRA,
    FakePoolAndCommandWorkspace,
    PoolAndCommandState,
    _PoolAndCommandHandler,
)
from tests.cli.fake_workspace import _error

EVENTS = "/api/2.1/clusters/events"
WORKSHOP = "claude-code-workshop"
SCRIPT = "/Volumes/main/default/coding_assistants_workshop/install-claude.sh"
QUOTA_MESSAGE = (
    "Operation could not be completed as it results in exceeding approved standardDSv2Family "
    "Cores quota. Additional details - Deployment Model: Resource Manager, Location: westeurope"
)


@dataclass
class FleetState(AccessState, GatewayState, PoolAndCommandState):
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Cluster id -> its events (any order; answered by timestamp)."""
    event_page_cap: int = 25
    """Most events one page holds, whatever the request asks for."""


def _token(offset: int, cluster_id: str) -> str:
    return f"v1.{cluster_id}.{offset}"


def _offset(token: str, cluster_id: str) -> int | None:
    prefix = f"v1.{cluster_id}."
    tail = token.removeprefix(prefix)
    return int(tail) if token.startswith(prefix) and tail.isdigit() else None


class _FleetHandler(AccessRoutes, _GatewayHandler, _PoolAndCommandHandler):
    routes: ClassVar[dict[tuple[str, str], str]] = {**_EXTRA, ("POST", EVENTS): "_events"}

    def _route(self, method: str, path: str) -> str | None:
        return self.access_route(method, path) or super()._route(method, path)

    def _events(self, state: FleetState, body: dict, query: Any) -> tuple[int, dict]:
        cluster_id = str(body.get("cluster_id") or "")
        if not any(c["cluster_id"] == cluster_id for c in state.clusters):
            return _error(400, "INVALID_PARAMETER_VALUE", f"Cluster {cluster_id} does not exist")
        events = list(state.events.get(cluster_id, []))
        if body.get("event_types"):
            events = [e for e in events if e["type"] in body["event_types"]]
        start, end = body.get("start_time"), body.get("end_time")
        events = [
            e
            for e in events
            if (start is None or e["timestamp"] >= start) and (end is None or e["timestamp"] <= end)
        ]
        descending = body.get("order", "DESC") == "DESC"
        events.sort(key=lambda e: e["timestamp"], reverse=descending)
        if "page_size" in body or "page_token" in body:
            return self._token_page(state, body, events, cluster_id)
        return self._offset_page(body, events)

    def _token_page(self, state, body, events, cluster_id) -> tuple[int, dict]:
        offset = _offset(str(body.get("page_token") or _token(0, cluster_id)), cluster_id)
        if offset is None:
            return _error(400, "INVALID_PARAMETER_VALUE", "invalid page_token")
        size = min(int(body.get("page_size") or 50), 500, state.event_page_cap)
        page = events[offset : offset + size]
        answer: dict[str, Any] = {"events": page, "total_count": 0}
        if offset + size < len(events):
            answer["next_page_token"] = _token(offset + size, cluster_id)
        if offset:
            answer["prev_page_token"] = _token(max(0, offset - size), cluster_id)
        return 200, answer

    def _offset_page(self, body, events) -> tuple[int, dict]:
        offset, limit = int(body.get("offset") or 0), min(int(body.get("limit") or 50), 500)
        if offset and body.get("order", "DESC") == "DESC" and body.get("end_time") is None:
            return _error(400, "INVALID_PARAMETER_VALUE", "end_time is required with an offset")
        answer: dict[str, Any] = {"events": events[offset : offset + limit]}
        answer["total_count"] = len(events)
        if offset + limit < len(events):
            now = int(time.time() * 1000)
            answer["next_page"] = {
                **body,
                "offset": offset + limit,
                "end_time": body.get("end_time", now),
            }
        return 200, answer


class FakeFleetWorkspace(FakePoolAndCommandWorkspace):
    """The fake workspace with clusters' events; ``reset`` gives a ``FleetState``."""

    def __init__(self) -> None:
        super().__init__()
        self._server.RequestHandlerClass = _FleetHandler
        self._server.state = FleetState()

    @property
    def state(self) -> FleetState:
        return self._server.state  # type: ignore[return-value]

    def reset(self) -> FleetState:
        self._server.state = FleetState()
        return self._server.state


# --- a fleet in every state ----------------------------------------------------------------------


def _ms(seconds_ago: float) -> int:
    return int((time.time() - seconds_ago) * 1000)


def _event(cluster_id: str, kind: str, seconds_ago: float, **details: Any) -> dict[str, Any]:
    return {
        "cluster_id": cluster_id,
        "timestamp": _ms(seconds_ago),
        "type": kind,
        "details": details,
    }


def _script(status: str, seconds: int, error: str = "") -> dict[str, Any]:
    entry: dict[str, Any] = {
        "volumes": {"destination": SCRIPT},
        "status": status,
        "execution_duration_seconds": seconds,
    }
    if error:
        entry["error_message"] = error
    return {"cluster": [entry], "global": [], "reported_for_node": "10.139.64.4"}


def attendee_cluster(
    cluster_id: str, email: str, state: str, workshop: str = WORKSHOP, prefix: str = WORKSHOP
) -> dict[str, Any]:
    """A clusters-list entry as the workshop stacks create it."""
    key = email.replace(".", "_").replace("@", "__")
    return {
        "cluster_id": cluster_id,
        "cluster_name": f"{prefix}-{key}",
        "state": state,
        "state_message": "",
        "creator_user_name": "facilitator@example.com",
        "single_user_name": email,
        "data_security_mode": "SINGLE_USER",
        "spark_version": "17.3.x-cpu-ml-scala2.13",
        "instance_pool_id": "pool-1",
        "driver_instance_pool_id": "pool-1",
        "autotermination_minutes": 60,
        "num_workers": 0,
        "custom_tags": {
            "Workshop": workshop,
            "Attendee": email,
            "ManagedBy": "Terraform",
            "ResourceClass": "SingleNode",
        },
        "default_tags": {"Vendor": "Databricks", "Creator": "facilitator@example.com"},
        "start_time": _ms(3600),
    }


def shape(entry: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """Make ``entry`` a cluster that is ``ready``, ``starting``, ``init_failed``, ``quota``
    (pending, no VM: the region's quota), ``spot_lost``, ``idle`` (stopped after its idle
    time) or ``not_started``; returns its events."""
    cid = entry["cluster_id"]
    begin = [_event(cid, "CREATING", 900, user="facilitator@example.com")]
    started = [*begin, _event(cid, "INIT_SCRIPTS_STARTED", 600)]
    if kind == "ready":
        entry.update(state="RUNNING", last_restarted_time=_ms(500))
        return [
            *started,
            _event(cid, "INIT_SCRIPTS_FINISHED", 540, init_scripts=_script("SUCCEEDED", 58)),
            _event(cid, "RUNNING", 530, current_num_workers=0, target_num_workers=0),
        ]
    if kind == "starting":
        entry.update(state="PENDING", state_message="Setting up 1 nodes.")
        return started
    if kind == "quota":
        entry.update(
            state="PENDING",
            state_message="Finding instances for new nodes, acquiring more instances if necessary",
        )
        reason = {
            "code": "AZURE_QUOTA_EXCEEDED_EXCEPTION",
            "type": "CLIENT_ERROR",
            "parameters": {
                "azure_error_code": "QuotaExceeded",
                "azure_error_message": QUOTA_MESSAGE,
            },
        }
        return [*begin, _event(cid, "ADD_NODES_FAILED", 300, reason=reason)]
    if kind == "init_failed":
        entry.update(
            state="TERMINATED",
            state_message="Init script failure",
            terminated_time=_ms(400),
            termination_reason={
                "code": "INIT_SCRIPT_FAILURE",
                "type": "CLIENT_ERROR",
                "parameters": {
                    "instance_id": "i-1",
                    "databricks_error_message": f"Cluster scoped init script {SCRIPT} failed",
                },
            },
        )
        failed = _script("FAILED_EXECUTION", 31, "Script exit status is non-zero")
        return [
            *started,
            _event(cid, "INIT_SCRIPTS_FINISHED", 560, init_scripts=failed),
            _event(cid, "TERMINATING", 550, reason=entry["termination_reason"]),
        ]
    if kind == "spot_lost":
        entry.update(
            state="TERMINATED",
            terminated_time=_ms(200),
            termination_reason={"code": "SPOT_INSTANCE_TERMINATION", "type": "CLOUD_FAILURE"},
        )
        return [*started, _event(cid, "NODES_LOST", 210)]
    if kind in ("idle", "not_started"):
        entry.update(
            state="TERMINATED",
            terminated_time=_ms(7200),
            termination_reason={
                "code": "INACTIVITY",
                "type": "SUCCESS",
                "parameters": {"inactivity_duration_min": "60"},
            },
        )
        return []
    raise ValueError(kind)


def fleet(
    state: FleetState, kinds: dict[str, str], workshop: str = WORKSHOP, prefix: str = WORKSHOP
) -> None:
    """Put one cluster per attendee email (``kinds``: email -> kind, see ``shape``) into
    ``state``, with their events; the cluster list then pages as the real one (100 a page)."""
    state.max_page_size = 100
    for number, (email, kind) in enumerate(kinds.items()):
        entry = attendee_cluster(f"0101-{number:06d}-fleet", email, "PENDING", workshop, prefix)
        state.events[entry["cluster_id"]] = shape(entry, kind)
        state.clusters.append(entry)


def dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True)
