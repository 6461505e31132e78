"""The workshop's instance pool in the workspace: found by its exact name, read, and its
``min_idle_instances`` changed with every other editable setting sent back as it is.

Shared by ``pool`` (warm, cool) and ``cleanup --include-pool``; nothing else of the workspace is
touched.
"""

from __future__ import annotations

from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import CallError, Reply, WorkspaceApi
from coding_assistants.cli.core.output import Console

MAX_POOLS = 10_000
"""Most pools read from the listing (one page: the API does not page) before giving up."""
LIST_PATH, GET_PATH = "/api/2.0/instance-pools/list", "/api/2.0/instance-pools/get"
EDIT_PATH = "/api/2.0/instance-pools/edit"
EDITABLE = (
    "instance_pool_id",
    "instance_pool_name",
    "node_type_id",
    "custom_tags",
    "idle_instance_autotermination_minutes",
    "max_capacity",
)
"""The settings an edit must send back as they are (with the new ``min_idle_instances``)."""


class PoolError(Exception):
    """The pool was not found, a call failed, or the request is impossible for the pool."""


def pool_call(
    api: WorkspaceApi, console: Console, what: str, method: str, path: str, **kw: Any
) -> Reply:
    """``api.call``, its failure (no answer, or an HTTP error) as a PoolError about ``what``."""
    body = kw.pop("body", None)
    try:
        reply = api.call(method, path, body, **kw)
    except CallError as error:
        raise PoolError(f"{what}: {error.reason}\n  fix: {error.fix}") from None
    if not reply.ok:
        raise PoolError(f"{what}: HTTP {reply.status}: {console.shorten(reply.message)}")
    return reply


def find_pool(api: WorkspaceApi, console: Console, name: str) -> dict[str, Any]:
    """The one pool named ``name`` (its full settings), or PoolError: none, or several (the
    command will not guess which one to change)."""
    reply = pool_call(api, console, "cannot list the instance pools", "GET", LIST_PATH)
    pools = reply.body.get("instance_pools") or []
    ids = [
        str(pool.get("instance_pool_id") or "")
        for pool in (pools[:MAX_POOLS] if isinstance(pools, list) else [])
        if isinstance(pool, dict) and pool.get("instance_pool_name") == name
    ]
    ids = [pool_id for pool_id in ids if pool_id]
    if len(ids) > 1:
        raise PoolError(
            f"{len(ids)} instance pools are named {name!r} ({', '.join(ids)}): rename or delete "
            "the one the stacks did not create, then run the command again"
        )
    if ids:
        what = f"cannot read the pool {name!r}"
        return pool_call(api, console, what, "GET", GET_PATH, instance_pool_id=ids[0]).body
    raise PoolError(f"no instance pool named {name!r} (deploy {facts.FLEET_STACK}, or pass --pool)")


def set_min_idle(api: WorkspaceApi, console: Console, pool: dict[str, Any], instances: int) -> None:
    """Edit ``min_idle_instances`` and send every other editable setting back unchanged."""
    capacity = pool.get("max_capacity")
    if isinstance(capacity, int) and instances > capacity:
        raise PoolError(
            f"--instances {instances} is above the pool's max_capacity {capacity}: "
            "raise pool_max_capacity (or pool_capacity_headroom) and deploy, or warm fewer"
        )
    body = {key: pool[key] for key in EDITABLE if pool.get(key) is not None}
    body["min_idle_instances"] = instances
    pool_call(api, console, "the pool could not be changed", "POST", EDIT_PATH, body=body)


def whole(value: Any) -> int:
    """A count the workspace sent; 0 when it is not a whole number."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def idle_count(pool: dict[str, Any]) -> int:
    stats = pool.get("stats")
    return whole(stats.get("idle_count")) if isinstance(stats, dict) else 0
