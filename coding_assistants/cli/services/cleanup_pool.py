"""``cleanup``: the workshop's instance pool, its warm VMs, and with ``--include-pool`` the pool.

The pool is the one the stacks create: found by its exact name, ``<workshop_name>-pool`` of the
workshop file, and only when its custom tags carry every tag of the file's ``tags`` (the stacks
set exactly those); a pool of that name without them is kept and said so. Its warm capacity
(``min_idle_instances``, which ``pool warm`` sets outside Terraform's state) is set back to 0,
so no idle VM keeps billing. With ``--include-pool`` the pool itself is deleted instead, after
its clusters, only when every cluster deletion succeeded and no cluster that stays behind
still takes VMs from it. The cluster policy, the init script and its volume are never touched:
they belong to ``workshop-shared``, which other workshops may use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.clusters import Selection, count
from coding_assistants.cli.services.pools import PoolError, find_pool, set_min_idle, whole
from coding_assistants.untrusted import as_dict

DELETE_PATH = "/api/2.0/instance-pools/delete"


@dataclass(frozen=True)
class PoolPlan:
    """What happens to the pool: ``pool_id`` empty when there is none; ``skip`` says why it
    is not deleted (empty when it is to be deleted); ``warm`` is the min_idle_instances to set
    back to 0 (0: nothing to cool)."""

    name: str
    pool_id: str = ""
    skip: str = ""
    warm: int = 0
    owned: bool = True
    pool: Mapping[str, Any] | None = None

    @property
    def deletes(self) -> bool:
        return bool(self.pool_id) and not self.skip

    @property
    def cools(self) -> bool:
        return bool(self.pool_id) and self.owned and not self.deletes and self.warm > 0


def owned(pool: Mapping[str, Any], tags: Mapping[str, str]) -> bool:
    """True when the pool carries every one of the workshop's tags."""
    custom = as_dict(pool.get("custom_tags"))
    return all(custom.get(key) == value for key, value in tags.items())


def plan_pool(
    api: WorkspaceApi,
    console: Console,
    name: str,
    tags: Mapping[str, str],
    selection: Selection,
    include_pool: bool,
) -> PoolPlan | None:
    """Find the pool and decide; None when there is no pool of that name. ``PoolError`` when
    the workspace could not be asked."""
    try:
        pool = find_pool(api, console, name)
    except PoolError as error:
        if str(error).startswith("no instance pool named"):
            return None
        raise
    pool_id = str(pool.get("instance_pool_id") or "")
    warm = whole(pool.get("min_idle_instances"))
    if not owned(pool, tags):
        why = "its tags are not the workshop file's tags: the stacks did not create it"
        return PoolPlan(name, pool_id, skip=why, warm=warm, owned=False, pool=pool)
    if not include_pool:
        return PoolPlan(
            name, pool_id, skip="kept (--include-pool deletes it)", warm=warm, pool=pool
        )
    if selection.unreadable:
        why = f"{count(len(selection.unreadable))} could not be read, and may use it"
        return PoolPlan(name, pool_id, skip=why, warm=warm, pool=pool)
    staying = [t for t in (*selection.left_alone, *selection.skipped) if pool_id in t.pools]
    if staying:
        why = f"still used by {count(len(staying))} that remain"
        if selection.skipped and not selection.include_managed:
            why += f" (e.g. the skipped ones: {facts.FLEET_STACK} is deployed)"
        return PoolPlan(name, pool_id, skip=why, warm=warm, pool=pool)
    return PoolPlan(name, pool_id, warm=warm, pool=pool)


def describe(plan: PoolPlan, dry_run: bool) -> str:
    """One line about the pool, for the plan."""
    if plan.deletes:
        verb = "would delete" if dry_run else "delete"
        return (
            f"Pool {plan.name!r} ({plan.pool_id}): {verb} (its idle VMs stop; policy and "
            "scripts stay)."
        )
    if plan.cools:
        verb = "would set" if dry_run else "set"
        return (
            f"Pool {plan.name!r} ({plan.pool_id}): {verb} min_idle_instances {plan.warm} -> 0 "
            f"(warm VMs left by pool warm stop billing); the pool itself: {plan.skip}."
        )
    return f"Pool {plan.name!r} ({plan.pool_id}): skip: {plan.skip}; no warm VMs to release."


def delete_pool(api: WorkspaceApi, console: Console, plan: PoolPlan) -> bool:
    """Delete the planned pool; prints one result line; False when it failed."""
    try:
        reply = api.call("POST", DELETE_PATH, {"instance_pool_id": plan.pool_id})
    except CallError as error:
        console.print(f"  FAIL  pool {plan.name}: {error.reason}; run cleanup again to see")
        return False
    if not reply.ok:
        console.print(f"  FAIL  pool {plan.name}: {console.shorten(reply.message)}")
        return False
    console.print(f"  OK    pool {plan.name}: deleted")
    return True


def cool_pool(api: WorkspaceApi, console: Console, plan: PoolPlan) -> bool:
    """Set the pool's warm VMs back to 0; prints one result line; False when it failed."""
    try:
        set_min_idle(api, console, dict(plan.pool or {}), 0)
    except PoolError as error:
        console.print(f"  FAIL  pool {plan.name}: {console.shorten(str(error))}")
        return False
    console.print(f"  OK    pool {plan.name}: min_idle_instances {plan.warm} -> 0")
    return True
