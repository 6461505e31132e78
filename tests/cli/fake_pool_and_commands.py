"""The fake workspace plus instance pools and the command execution API (1.2), for the
``pool`` and ``smoke`` tests. It extends ``fake_workspace`` without changing it: a state with
pools and per-cluster command outcomes, and a handler that answers these routes first."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

from tests.cli.fake_workspace import (
    CANARY_TOKEN,
    FakeWorkspace,
    WorkspaceState,
    _error,
    _Handler,
)


@dataclass
class PoolAndCommandState(WorkspaceState):
    pools: list[dict[str, Any]] = field(default_factory=list)
    pool_edit_status: int = 200
    idle_after_edit: bool = True
    """True: an edit makes ``min_idle_instances`` VMs idle at once; False: none ever start."""
    pool_looks: list[dict[str, Any]] = field(default_factory=list)
    """Applied to the pool one by one, each before answering an ``instance-pools/get`` (its
    ``stats``, its ``status`` with ``pending_instance_errors``): VMs starting, then failing."""
    outcomes: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Cluster id -> ``{"exit": 0, "output": "..."}``, ``{"hang": True}`` (the command never
    finishes) or ``{"refuse": "message"}`` (context creation is refused)."""
    contexts: dict[str, str] = field(default_factory=dict)
    """Live execution contexts: id -> cluster id (destroyed ones are removed)."""


def pool(pool_id: str, name: str, max_capacity: int = 145, min_idle: int = 0) -> dict[str, Any]:
    """An instance pool as the API returns it."""
    return {
        "instance_pool_id": pool_id,
        "instance_pool_name": name,
        "node_type_id": "Standard_DS3_v2",
        "max_capacity": max_capacity,
        "min_idle_instances": min_idle,
        "idle_instance_autotermination_minutes": 30,
        "custom_tags": {"Purpose": "coding-assistants-workshop"},
        "stats": {"idle_count": min_idle, "used_count": 0},
    }


_IDS = itertools.count(1)


class _PoolAndCommandHandler(_Handler):
    routes: ClassVar[dict[tuple[str, str], str]] = {}
    """(method, path) -> the method answering it, before the base workspace's routes."""

    def _route(self, method: str, path: str) -> str | None:
        """The method answering this request, or None for the base workspace's routes."""
        return self.routes.get((method, path))

    def _handle(self, method: str) -> None:
        url = urlparse(self.path)
        name = self._route(method, url.path)
        if name is None:
            super()._handle(method)
            return
        taken = self._take(method)
        if taken is None:
            return
        state: PoolAndCommandState = self.server.state  # type: ignore[assignment]
        url, body = taken
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self._send(*getattr(self, name)(state, body, query), path=url.path)

    def _cluster_get(self, state: PoolAndCommandState, body: Any, query: dict) -> tuple[int, dict]:
        found = next(
            (c for c in state.clusters if c["cluster_id"] == query.get("cluster_id")), None
        )
        if found is None:
            return _error(400, "INVALID_PARAMETER_VALUE", "no such cluster")
        return 200, found

    def _pools(self, state: PoolAndCommandState, body: Any, query: Any) -> tuple[int, dict]:
        return 200, {"instance_pools": state.pools}

    def _pool_get(self, state: PoolAndCommandState, body: Any, query: dict) -> tuple[int, dict]:
        found = next(
            (p for p in state.pools if p["instance_pool_id"] == query.get("instance_pool_id")), None
        )
        if found is None:
            return _error(400, "INVALID_PARAMETER_VALUE", "no such pool")
        if state.pool_looks:
            found.update(state.pool_looks.pop(0))
        return 200, found

    def _pool_edit(self, state: PoolAndCommandState, body: dict, query: Any) -> tuple[int, dict]:
        if state.pool_edit_status != 200:
            return _error(
                state.pool_edit_status, "PERMISSION_DENIED", f"{CANARY_TOKEN} has no CAN_MANAGE"
            )
        found = next(
            (p for p in state.pools if p["instance_pool_id"] == body.get("instance_pool_id")), None
        )
        if found is None or "node_type_id" not in body or "instance_pool_name" not in body:
            return _error(400, "INVALID_PARAMETER_VALUE", "pool id, name and node type needed")
        found.update({k: v for k, v in body.items() if k != "instance_pool_id"})
        idle = body.get("min_idle_instances", 0) if state.idle_after_edit else 0
        found["stats"] = {"idle_count": idle, "used_count": 0}
        return 200, {}

    def _pool_delete(self, state: PoolAndCommandState, body: dict, query: Any) -> tuple[int, dict]:
        found = next(
            (p for p in state.pools if p["instance_pool_id"] == body.get("instance_pool_id")), None
        )
        if found is None:
            return _error(400, "INVALID_PARAMETER_VALUE", "no such pool")
        with self.server.lock:
            state.pools.remove(found)
        return 200, {}

    def _context_create(
        self, state: PoolAndCommandState, body: dict, query: Any
    ) -> tuple[int, dict]:
        cluster_id = body.get("clusterId", "")
        refusal = state.outcomes.get(cluster_id, {}).get("refuse")
        if refusal:
            return _error(403, "PERMISSION_DENIED", refusal)
        context_id = f"ctx-{next(_IDS)}"
        with self.server.lock:
            state.contexts[context_id] = cluster_id
        return 200, {"id": context_id}

    def _context_status(
        self, state: PoolAndCommandState, body: Any, query: dict
    ) -> tuple[int, dict]:
        return 200, {"id": query.get("contextId"), "status": "Running"}

    def _execute(self, state: PoolAndCommandState, body: dict, query: Any) -> tuple[int, dict]:
        return 200, {"id": f"cmd-{body.get('clusterId')}"}

    def _command_status(
        self, state: PoolAndCommandState, body: Any, query: dict
    ) -> tuple[int, dict]:
        outcome = state.outcomes.get(query.get("clusterId", ""), {"exit": 0, "output": "ok"})
        if outcome.get("hang"):
            return 200, {"id": query.get("commandId"), "status": "Running"}
        data = f"exit={outcome['exit']}\n{outcome['output']}"
        return 200, {
            "id": query.get("commandId"),
            "status": "Finished",
            "results": {"resultType": "text", "data": data},
        }

    def _context_destroy(
        self, state: PoolAndCommandState, body: dict, query: Any
    ) -> tuple[int, dict]:
        with self.server.lock:
            state.contexts.pop(body.get("contextId", ""), None)
        return 200, {}


_EXTRA = {
    ("GET", "/api/2.1/clusters/get"): "_cluster_get",
    ("GET", "/api/2.0/instance-pools/list"): "_pools",
    ("GET", "/api/2.0/instance-pools/get"): "_pool_get",
    ("POST", "/api/2.0/instance-pools/edit"): "_pool_edit",
    ("POST", "/api/2.0/instance-pools/delete"): "_pool_delete",
    ("POST", "/api/1.2/contexts/create"): "_context_create",
    ("GET", "/api/1.2/contexts/status"): "_context_status",
    ("POST", "/api/1.2/commands/execute"): "_execute",
    ("GET", "/api/1.2/commands/status"): "_command_status",
    ("POST", "/api/1.2/contexts/destroy"): "_context_destroy",
}
_PoolAndCommandHandler.routes = _EXTRA


class FakePoolAndCommandWorkspace(FakeWorkspace):
    """The fake workspace with pools and command execution; ``reset`` gives the wider state."""

    def __init__(self) -> None:
        super().__init__()
        self._server.RequestHandlerClass = _PoolAndCommandHandler
        self._server.state = PoolAndCommandState()

    @property
    def state(self) -> PoolAndCommandState:
        return self._server.state  # type: ignore[return-value]

    def reset(self) -> PoolAndCommandState:
        self._server.state = PoolAndCommandState()
        return self._server.state


__all__ = ["FakePoolAndCommandWorkspace", "PoolAndCommandState", "pool"]
