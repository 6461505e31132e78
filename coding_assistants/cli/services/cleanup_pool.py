"""``cleanup --include-pool``: the workshop's instance pool, removed after its clusters.

The pool is the one the stacks create, found by its exact name ``<workshop>-pool`` (the
``--workshop`` given, or the default workshop name). It is removed only when no cluster that
stays behind (skipped, left alone, or failed to delete) still takes VMs from it, and only after
every cluster deletion succeeded. The cluster policy, the init script and its volume are never
touched: they belong to ``workshop-shared``, which other workshops may use.
"""

from __future__ import annotations

from dataclasses import dataclass

from coding_assistants import facts
from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.clusters import Selection, count
from coding_assistants.cli.services.pools import PoolError, find_pool

DELETE_PATH = "/api/2.0/instance-pools/delete"


@dataclass(frozen=True)
class PoolPlan:
    """What happens to the pool: ``pool_id`` empty when there is none; ``skip`` says why it
    stays (empty when it is to be deleted)."""

    name: str
    pool_id: str = ""
    skip: str = ""

    @property
    def deletes(self) -> bool:
        return bool(self.pool_id) and not self.skip


def pool_name(workshop: str | None) -> str:
    return f"{workshop or facts.WORKSHOP_NAME}-pool"


def plan_pool(api: WorkspaceApi, console: Console, name: str, selection: Selection) -> PoolPlan:
    """Find the pool and decide; ``PoolError`` when the workspace could not be asked."""
    try:
        pool = find_pool(api, console, name)
    except PoolError as error:
        if str(error).startswith("no instance pool named"):
            return PoolPlan(name, skip="no pool of that name (already removed?)")
        raise
    pool_id = str(pool.get("instance_pool_id") or "")
    if selection.unreadable:
        why = f"{count(len(selection.unreadable))} could not be read, and may use it"
        return PoolPlan(name, pool_id, skip=why)
    staying = [t for t in (*selection.left_alone, *selection.skipped) if pool_id in t.pools]
    if staying:
        why = f"still used by {count(len(staying))} that remain"
        if selection.skipped and not selection.include_managed:
            why += f" (e.g. the skipped ones: {facts.FLEET_STACK} is deployed)"
        return PoolPlan(name, pool_id, skip=why)
    return PoolPlan(name, pool_id)


def describe(plan: PoolPlan, dry_run: bool) -> str:
    """One line about the pool, for the plan."""
    if plan.skip:
        return f"Pool {plan.name!r}: skip: {plan.skip}."
    verb = "would delete" if dry_run else "delete"
    return (
        f"Pool {plan.name!r} ({plan.pool_id}): {verb} (its idle VMs stop; policy and scripts stay)."
    )


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
