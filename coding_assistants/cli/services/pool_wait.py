"""``pool warm --wait``: watch the pool's VMs start, and say what stops them.

Each look at the pool (``instance-pools/get``) reads its counts (``stats``: idle, pending idle,
used, pending used) and the errors of the VMs that failed to start
(``status.pending_instance_errors``: one message per failed VM, the cloud's own words, such as
a vCPU quota or a region out of capacity). Progress is printed when a count changes. The wait
ends when enough VMs are idle, at the deadline, or earlier when VMs failed and none is still
starting: the pool will not get further by itself, and the message names the cause.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.pools import GET_PATH, idle_count, pool_call, whole
from coding_assistants.untrusted import as_dict, as_list, as_text

MAX_ERRORS_READ = 1000
"""Pending-instance errors read from one answer at most (the API keeps min_idle at most)."""
QUOTA_WORDS = ("quota", "limit exceeded", "exceeding approved")
CAPACITY_WORDS = (
    "capacity",
    "stockout",
    "allocationfailed",
    "skunotavailable",
    "not available",
    "insufficient",
)


@dataclass(frozen=True)
class PoolLook:
    """One reading of the pool."""

    idle: int
    starting: int
    """VMs still starting (pending, idle or already claimed by a cluster)."""
    used: int
    errors: tuple[tuple[str, int], ...]
    """(message, how many VMs failed with it), most frequent first."""

    def line(self, wanted: int) -> str:
        return f"{self.idle} of {wanted} idle, {self.starting} starting, {self.used} in use"


def cause_of(message: str) -> str:
    """``quota``, ``capacity`` or ``error``: what kind of failure a pending-instance error is."""
    lowered = message.lower()
    if any(word in lowered for word in QUOTA_WORDS):
        return "quota"
    if any(word in lowered for word in CAPACITY_WORDS):
        return "capacity"
    return "error"


FIXES = {
    "quota": "request more vCPU quota for the node type's family in the workspace's region "
    "(or warm fewer with --instances N)",
    "capacity": "the region is out of this VM size for now: retry later, or choose another "
    "node_type_id (deploy again)",
    "error": "read the message; the pool's page in the workspace shows the same errors",
}


def look(pool: dict[str, Any]) -> PoolLook:
    """The counts and errors of a pool as ``instance-pools/get`` answered."""
    stats = as_dict(pool.get("stats"))
    errors = as_list(as_dict(pool.get("status")).get("pending_instance_errors"), MAX_ERRORS_READ)
    messages = [
        as_text(as_dict(entry).get("message")) or "unknown error"
        for entry in errors
        if isinstance(entry, dict)
    ]
    starting = whole(stats.get("pending_idle_count")) + whole(stats.get("pending_used_count"))
    return PoolLook(
        idle=idle_count(pool),
        starting=starting,
        used=whole(stats.get("used_count")),
        errors=tuple(Counter(messages).most_common()),
    )


def describe_errors(errors: tuple[tuple[str, int], ...], console: Console) -> list[str]:
    """One line per distinct error: how many VMs, its kind, the cloud's message (shortened)."""
    return [
        f"{count} VM{'s' if count != 1 else ''} failed to start ({cause_of(message)}): "
        f"{console.shorten(message)}"
        for message, count in errors
    ]


@dataclass(frozen=True)
class WaitResult:
    last: PoolLook
    stopped_early: bool
    """True when VMs failed and none was starting any more: waiting longer would not help."""


def wait_for_idle(
    api: WorkspaceApi,
    console: Console,
    pool_id: str,
    wanted: int,
    poll_seconds: float,
    look_seconds: float,
) -> WaitResult:
    """Poll until ``wanted`` VMs are idle, the pool gives up, or the deadline is too near for
    another look; prints progress when a count changes and each new error once."""
    what = "cannot read the pool's idle VMs"
    started, shown, seen_errors = time.monotonic(), "", set()
    while True:
        pool = pool_call(api, console, what, "GET", GET_PATH, instance_pool_id=pool_id).body
        now = look(pool)
        progress = now.line(wanted)
        if progress != shown:
            console.print(f"  after {time.monotonic() - started:.0f} s: {progress}")
            shown = progress
        for line in describe_errors(now.errors, console):
            if line not in seen_errors:
                console.print(f"  {line}")
                seen_errors.add(line)
        if now.idle >= wanted:
            return WaitResult(now, False)
        if now.errors and not now.starting:
            return WaitResult(now, True)
        if api.deadline.remaining() <= poll_seconds + look_seconds:
            return WaitResult(now, False)
        time.sleep(poll_seconds)


def blocking_cause(result: WaitResult) -> tuple[str, str] | None:
    """(kind, fix) of the most frequent error, or None without errors."""
    if not result.last.errors:
        return None
    kind = cause_of(result.last.errors[0][0])
    return kind, FIXES[kind]
