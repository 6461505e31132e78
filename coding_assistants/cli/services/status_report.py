"""What ``status`` prints: the table, the summary and its progress bar, the changes between two
refreshes, and the JSON and CSV forms for scripts."""

from __future__ import annotations

import datetime
import json
import time
from collections import Counter
from collections.abc import Sequence

from coding_assistants.cli.core.output import csv_text, render_table
from coding_assistants.cli.services.fleet_status import ATTENTION, Phase, Standing
from coding_assistants.cli.services.fleet_watch import Refresh

HEADERS = ["ATTENDEE", "STATUS", "STATE", "INIT SCRIPT", "LAST ACTIVITY", "WHY"]
CSV_HEADERS = [
    "email",
    "status",
    "cause",
    "state",
    "cluster_id",
    "cluster_name",
    "init_script",
    "init_seconds",
    "last_activity",
    "why",
]
BAR_WIDTH = 30
SUMMARY_ORDER = (
    Phase.READY,
    Phase.STARTING,
    Phase.BLOCKED,
    Phase.FAILED,
    Phase.NOT_STARTED,
    Phase.NO_CLUSTER,
)


def age(ms: int | None, now: float | None = None) -> str:
    """``just now``, ``4 min ago``, ``2 h 5 min ago``, ``3 d ago``; ``-`` when unknown."""
    if ms is None:
        return "-"
    seconds = max(0, int((now if now is not None else time.time()) - ms / 1000))
    if seconds < 60:
        return "just now"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 24 * 60:
        return f"{minutes // 60} h {minutes % 60} min ago"
    return f"{minutes // (24 * 60)} d ago"


def iso(ms: int | None) -> str:
    if ms is None:
        return ""
    moment = datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def init_cell(row: Standing) -> str:
    if row.init is None:
        return "-"
    if row.init.status == "SUCCEEDED":
        return "ok" + (f" {row.init.seconds} s" if row.init.seconds is not None else "")
    return row.init.status.lower() if row.init.status == "RUNNING" else row.init.status


def ordered(rows: Sequence[Standing]) -> list[Standing]:
    """Rows needing attention first (failed, blocked, starting, ...), ready last; stable."""
    rank = {phase: i for i, phase in enumerate([*ATTENTION, Phase.READY])}
    return sorted(rows, key=lambda r: rank[r.phase])


def table(rows: Sequence[Standing], width: int | None) -> str:
    """One line per attendee; when the reasons do not fit ``width``, each moves to a line of
    its own below its row."""
    rows = ordered(rows)
    cells = [
        [
            r.email,
            r.phase.value,
            r.cluster.state if r.cluster else "-",
            init_cell(r),
            age(r.activity_ms),
            r.why,
        ]
        for r in rows
    ]
    whole = render_table(HEADERS, cells)
    if width is None or max(len(line) for line in whole.splitlines()) <= width:
        return whole
    details = [r.why for r in rows]
    return render_table(HEADERS[:-1], [c[:-1] for c in cells], width=width, details=details)


def counts(rows: Sequence[Standing]) -> dict[str, int]:
    found = Counter(r.phase for r in rows)
    return {phase.value: found.get(phase, 0) for phase in SUMMARY_ORDER}


def causes(rows: Sequence[Standing], phase: Phase) -> dict[str, int]:
    return dict(Counter(r.cause or "other" for r in rows if r.phase == phase).most_common())


def summary(rows: Sequence[Standing]) -> str:
    """``1000 attendees: 612 ready, 220 starting, 30 blocked (quota 30), ...``."""
    parts = []
    for phase, number in counts(rows).items():
        if phase == Phase.NO_CLUSTER and not number:
            continue
        text = f"{number} {phase}"
        kinds = causes(rows, Phase(phase)) if phase in (Phase.BLOCKED, Phase.FAILED) else {}
        if number and kinds:
            text += " (" + ", ".join(f"{k} {n}" for k, n in kinds.items()) + ")"
        parts.append(text)
    return f"{len(rows)} attendee{'s' if len(rows) != 1 else ''}: " + ", ".join(parts)


def progress(rows: Sequence[Standing], refresh: Refresh) -> str:
    """``[#########-----] 61% ready; refresh: 12 requests in 0.4 s``."""
    ready = sum(r.phase == Phase.READY for r in rows)
    share = ready / len(rows) if rows else 0.0
    filled = round(share * BAR_WIDTH)
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    cost = f"refresh: {refresh.requests} requests in {refresh.seconds:.1f} s"
    if refresh.events_waiting:
        cost += f", events of {refresh.events_waiting} clusters next time"
    if refresh.throttled:
        cost += f", slowed down {refresh.throttled} times by the workspace"
    return f"[{bar}] {share:.0%} ready; {cost}"


def row_key(row: Standing) -> tuple[str, str, str]:
    return row.phase.value, row.why, init_cell(row)


def changes(before: Sequence[Standing], after: Sequence[Standing]) -> list[str]:
    """One line per attendee whose row changed: ``bob@x: starting -> ready (why)``."""
    old = {r.email: r for r in before}
    lines = []
    for row in after:
        previous = old.get(row.email)
        if previous is not None and row_key(previous) == row_key(row):
            continue
        was = previous.phase.value if previous else "new"
        note = row.why or (f"init script {init_cell(row)}" if row.init else "")
        why = f" ({note})" if note else ""
        lines.append(f"  {row.email}: {was} -> {row.phase.value}{why}")
    return lines


def as_json(workshop: str, refresh: Refresh) -> str:
    document = {
        "workshop": workshop,
        "summary": {
            **counts(refresh.rows),
            "attendees": len(refresh.rows),
            "failed_causes": causes(refresh.rows, Phase.FAILED),
            "blocked_causes": causes(refresh.rows, Phase.BLOCKED),
        },
        "refresh": {"requests": refresh.requests, "seconds": round(refresh.seconds, 3)},
        "not_on_roster": list(refresh.strangers),
        "attendees": [_record(r) for r in refresh.rows],
    }
    return json.dumps(document, indent=2, sort_keys=True)


def _record(row: Standing) -> dict[str, object]:
    cluster = row.cluster
    return {
        "email": row.email,
        "status": row.phase.value,
        "cause": row.cause,
        "state": cluster.state if cluster else "",
        "cluster_id": cluster.cluster_id if cluster else "",
        "cluster_name": cluster.name if cluster else "",
        "init_script": row.init.status if row.init else "",
        "init_seconds": row.init.seconds if row.init and row.init.seconds is not None else "",
        "last_activity": iso(row.activity_ms),
        "why": row.why,
    }


def as_csv(refresh: Refresh) -> str:
    return csv_text(CSV_HEADERS, [[_record(r)[h] for h in CSV_HEADERS] for r in refresh.rows])
