"""Where each attendee's cluster stands, from the cluster list and the cluster's events.

Every attendee is in one phase:

- ``ready``: the cluster runs (Databricks starts a cluster only once its init scripts succeeded);
- ``starting``: pending or restarting; ``blocked`` when it cannot get a VM (a cloud quota, the
  region out of capacity, the pool full), said by the events of the run;
- ``failed``: stopped for a reason other than idleness or a person: the init script failed
  (with the script's status and error from the events), a quota or capacity failure, a spot VM
  taken back, the cluster policy;
- ``not started``: stopped after its idle time or by someone, ready to start on connect;
- ``no cluster``: on the roster, but no cluster of the workshop carries their Attendee tag.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from coding_assistants.cli.services.cluster_events import InitScript, Reason, RunEvents, reason_of


class Phase(enum.StrEnum):
    READY = "ready"
    STARTING = "starting"
    BLOCKED = "blocked"
    FAILED = "failed"
    NOT_STARTED = "not started"
    NO_CLUSTER = "no cluster"


ATTENTION = (Phase.FAILED, Phase.BLOCKED, Phase.STARTING, Phase.NO_CLUSTER, Phase.NOT_STARTED)
"""Table order: what needs the facilitator first; ready rows last."""
RUNNING_STATES = ("RUNNING", "RESIZING")
STARTING_STATES = ("PENDING", "RESTARTING")

QUOTA, CAPACITY, SPOT, POLICY, INIT = "quota", "capacity", "spot loss", "policy", "init script"
IDLE_CODES = ("INACTIVITY",)
PERSON_CODES = ("USER_REQUEST", "USER_INITIATED_VM_TERMINATION")
INIT_CODES = ("INIT_SCRIPT_FAILURE", "GLOBAL_INIT_SCRIPT_FAILURE")
SPOT_CODES = ("SPOT_INSTANCE_TERMINATION",)
CAPACITY_CODES = (
    "CLOUD_PROVIDER_RESOURCE_STOCKOUT",
    "AWS_INSUFFICIENT_INSTANCE_CAPACITY_FAILURE",
    "GCP_INSUFFICIENT_CAPACITY",
    "INTERNAL_CAPACITY_FAILURE",
    "INSTANCE_POOL_MAX_CAPACITY_REACHED",
)


def cause(reason: Reason) -> str:
    """The kind of a termination or failure reason: quota, capacity, spot loss, policy, init
    script, or the code itself in lower case."""
    code = reason.code.upper()
    if code in INIT_CODES:
        return INIT
    if "QUOTA" in code or code.endswith("SPOT_INSTANCE_COUNT_EXCEEDED_FAILURE"):
        return QUOTA
    if code in CAPACITY_CODES:
        return CAPACITY
    if code in SPOT_CODES:
        return SPOT
    if "POLICY" in code or "policy" in reason.message.lower():
        return POLICY
    return code.lower()


@dataclass(frozen=True)
class ClusterFacts:
    """The fields of a cluster-list entry that status reads."""

    cluster_id: str
    name: str
    state: str
    attendee: str
    state_message: str = ""
    reason: Reason | None = None
    activity_ms: int | None = None
    """The newest of last activity, last restart, start and termination (epoch ms)."""
    signature: tuple[Any, ...] = ()
    """What changes when the cluster moves on: events are read again when it differs."""


def _when(entry: dict[str, Any]) -> int | None:
    stamps = [
        entry.get(key)
        for key in ("last_activity_time", "last_restarted_time", "start_time", "terminated_time")
    ]
    known = [s for s in stamps if isinstance(s, int) and not isinstance(s, bool) and s > 0]
    return max(known) if known else None


def cluster_facts(entry: dict[str, Any], attendee: str) -> ClusterFacts:
    reason = reason_of(entry.get("termination_reason"))
    state = str(entry.get("state") or "UNKNOWN")
    message = str(entry.get("state_message") or "")
    signature = (
        state,
        message,
        entry.get("start_time"),
        entry.get("last_restarted_time"),
        entry.get("terminated_time"),
        reason.code if reason else None,
    )
    return ClusterFacts(
        cluster_id=str(entry.get("cluster_id") or ""),
        name=str(entry.get("cluster_name") or ""),
        state=state,
        attendee=attendee,
        state_message=message,
        reason=reason,
        activity_ms=_when(entry),
        signature=signature,
    )


def needs_events(cluster: ClusterFacts) -> bool:
    """Whether the events can say more than the list: the init script of a run, why a start
    waits, why the init script failed."""
    if cluster.state in (*RUNNING_STATES, *STARTING_STATES, "ERROR"):
        return True
    return cluster.reason is not None and cause(cluster.reason) == INIT


@dataclass(frozen=True)
class Standing:
    """One attendee's row."""

    email: str
    phase: Phase
    why: str = ""
    """Why the cluster is not ready (or how its start went), in plain words."""
    cause: str = ""
    """quota, capacity, spot loss, policy, init script, ... for blocked and failed rows."""
    cluster: ClusterFacts | None = None
    init: InitScript | None = None
    activity_ms: int | None = None


def _reason_text(reason: Reason) -> str:
    return f"{reason.code}: {reason.message}" if reason.message else reason.code


def _init_text(init: InitScript) -> str:
    took = f" after {init.seconds} s" if init.seconds is not None else ""
    error = f": {init.error}" if init.error else ""
    return f"init script {init.status}{took}{error}"


def _starting(cluster: ClusterFacts, run: RunEvents | None) -> Standing:
    email = cluster.attendee
    blocked = run.add_nodes_failed if run else None
    if blocked is not None and cause(blocked) in (QUOTA, CAPACITY):
        why = f"waiting for a VM ({cause(blocked)}): {_reason_text(blocked)}"
        return Standing(email, Phase.BLOCKED, why, cause(blocked), cluster)
    init = run.init if run else None
    if init is not None and init.status == "RUNNING":
        return Standing(email, Phase.STARTING, "init script running", "", cluster, init)
    return Standing(email, Phase.STARTING, cluster.state_message, "", cluster, init)


def _stopped(cluster: ClusterFacts, run: RunEvents | None) -> Standing:
    email, reason = cluster.attendee, cluster.reason
    if reason is None:
        return Standing(email, Phase.NOT_STARTED, cluster.state_message, "", cluster)
    if reason.code in IDLE_CODES:
        return Standing(email, Phase.NOT_STARTED, "stopped after its idle time", "", cluster)
    if reason.code in PERSON_CODES or (reason.type == "SUCCESS" and cause(reason) != INIT):
        return Standing(email, Phase.NOT_STARTED, f"stopped: {_reason_text(reason)}", "", cluster)
    kind = cause(reason)
    init = run.init if run else None
    if kind == INIT and init is not None and init.failed:
        return Standing(email, Phase.FAILED, _init_text(init), kind, cluster, init)
    if kind == SPOT or (run is not None and run.nodes_lost and kind not in (INIT, QUOTA)):
        kind = SPOT
    return Standing(email, Phase.FAILED, _reason_text(reason), kind, cluster, init)


def standing(cluster: ClusterFacts, run: RunEvents | None) -> Standing:
    """The row of an attendee whose cluster is ``cluster`` (``run``: its events, if read)."""
    activity = max(
        filter(None, (cluster.activity_ms, run.newest_ms if run else None)), default=None
    )
    init = run.init if run else None
    if cluster.state in RUNNING_STATES:
        if init is not None and init.failed:
            row = Standing(cluster.attendee, Phase.FAILED, _init_text(init), INIT, cluster, init)
        else:
            row = Standing(cluster.attendee, Phase.READY, "", "", cluster, init)
    elif cluster.state in STARTING_STATES:
        row = _starting(cluster, run)
    elif cluster.state == "ERROR":
        reason = cluster.reason
        why = _reason_text(reason) if reason else cluster.state_message
        row = Standing(
            cluster.attendee, Phase.FAILED, why, cause(reason) if reason else "", cluster
        )
    else:  # TERMINATED, TERMINATING, UNKNOWN
        row = _stopped(cluster, run)
    return Standing(row.email, row.phase, row.why, row.cause, cluster, row.init, activity)


def no_cluster(email: str) -> Standing:
    return Standing(email, Phase.NO_CLUSTER, "no cluster of the workshop carries this attendee")
