"""A cluster's recent events, read for what ``status`` cannot learn from the cluster list.

The events API (``POST /api/2.1/clusters/events``) reports each run of a cluster: its start
(``CREATING``, ``STARTING``, ``RESTARTING``), the init scripts (``INIT_SCRIPTS_STARTED``, then
``INIT_SCRIPTS_FINISHED`` with each script's status, duration and error), nodes that could not
be added and why (``ADD_NODES_FAILED`` with a termination reason such as a cloud quota), lost
nodes (``NODES_LOST``, a spot VM taken back). The events of the current run are read newest
first, filtered to those types, one page of ``PAGE_SIZE`` in the usual case and never more than
``MAX_PAGES``; a page token sent twice ends the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.untrusted import as_dict, as_int, as_list, as_text

EVENTS_PATH = "/api/2.1/clusters/events"
PAGE_SIZE = 50
MAX_PAGES = 3
"""Pages read for one cluster at most: a run has a handful of events of the types read."""
START_TYPES = ("CREATING", "STARTING", "RESTARTING")
"""Events that begin a run of the cluster: older events belong to an earlier run."""
EVENT_TYPES = (
    *START_TYPES,
    "RUNNING",
    "INIT_SCRIPTS_STARTED",
    "INIT_SCRIPTS_FINISHED",
    "ADD_NODES_FAILED",
    "NODES_LOST",
    "TERMINATING",
)
FAILED_SCRIPT = ("FAILED_EXECUTION", "FAILED_FETCH", "FUSE_MOUNT_FAILED")
"""Init-script statuses that mean the script did not succeed."""
SCRIPT_KINDS = ("volumes", "workspace", "abfss", "dbfs", "file", "gcs", "s3")


@dataclass(frozen=True)
class InitScript:
    """The outcome of the cluster's own init script in the current run."""

    status: str
    """SUCCEEDED, FAILED_EXECUTION, FAILED_FETCH, ... as reported; RUNNING when it started and
    has not finished."""
    seconds: int | None = None
    error: str = ""
    destination: str = ""

    @property
    def failed(self) -> bool:
        return self.status in FAILED_SCRIPT


@dataclass(frozen=True)
class Reason:
    """A termination reason, as the cluster list and the events carry it."""

    code: str
    type: str = ""
    message: str = ""


@dataclass(frozen=True)
class RunEvents:
    """What the events of the cluster's current run say."""

    init: InitScript | None = None
    add_nodes_failed: Reason | None = None
    nodes_lost: bool = False
    newest_ms: int | None = None
    """Timestamp of the newest event read (epoch milliseconds)."""


class EventsError(Exception):
    """The events could not be read; the message says why in plain words."""


def reason_of(value: Any) -> Reason | None:
    """A ``termination_reason``/``reason`` object of the API, or None."""
    reason = as_dict(value)
    if not as_text(reason.get("code")):
        return None
    parameters = as_dict(reason.get("parameters"))
    messages = [
        as_text(text) for key, text in sorted(parameters.items()) if key.endswith("error_message")
    ]
    message = " ".join(m for m in messages if m)
    return Reason(as_text(reason["code"]), as_text(reason.get("type")), message)


def _script(details: dict[str, Any], finished: bool) -> InitScript:
    scripts = as_dict(details.get("init_scripts"))
    entries = [as_dict(e) for e in as_list(scripts.get("cluster")) if isinstance(e, dict)]
    if not finished or not entries:
        return InitScript("RUNNING" if not finished else "UNKNOWN")
    chosen = next((e for e in entries if e.get("status") in FAILED_SCRIPT), entries[-1])
    where = next((as_dict(chosen[k]) for k in SCRIPT_KINDS if isinstance(chosen.get(k), dict)), {})
    seconds = chosen.get("execution_duration_seconds")
    return InitScript(
        status=as_text(chosen.get("status")) or "UNKNOWN",
        seconds=as_int(seconds) if as_int(seconds, -1) >= 0 else None,
        error=as_text(chosen.get("error_message")),
        destination=as_text(where.get("destination")),
    )


def summarise(events: list[dict[str, Any]]) -> RunEvents:
    """The current run's facts from events newest first (stops at the run's start)."""
    init: InitScript | None = None
    failed: Reason | None = None
    lost = False
    stamps = [as_int(e.get("timestamp")) for e in events if as_int(e.get("timestamp")) > 0]
    for event in events:
        kind = event.get("type")
        details = as_dict(event.get("details"))
        if kind in START_TYPES:
            break
        if kind in ("INIT_SCRIPTS_FINISHED", "INIT_SCRIPTS_STARTED") and init is None:
            init = _script(details, kind == "INIT_SCRIPTS_FINISHED")
        elif kind == "ADD_NODES_FAILED" and failed is None:
            failed = reason_of(details.get("reason"))
        elif kind == "NODES_LOST":
            lost = True
    return RunEvents(init, failed, lost, max(stamps) if stamps else None)


def read_run(api: WorkspaceApi, cluster_id: str) -> RunEvents:
    """The events of the cluster's current run, newest first; EventsError when a call fails."""
    body: dict[str, Any] = {
        "cluster_id": cluster_id,
        "order": "DESC",
        "page_size": PAGE_SIZE,
        "event_types": list(EVENT_TYPES),
    }
    events: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        try:
            reply = api.call("POST", EVENTS_PATH, body)
        except CallError as error:
            raise EventsError(error.reason) from None
        if not reply.ok:
            raise EventsError(f"HTTP {reply.status}: {reply.message}")
        events += [e for e in as_list(reply.body.get("events"), PAGE_SIZE) if isinstance(e, dict)]
        token = as_text(reply.body.get("next_page_token"))
        if any(e.get("type") in START_TYPES for e in events) or not token or token in seen:
            break
        seen.add(token)
        body = {**body, "page_token": token}
    return summarise(events)
