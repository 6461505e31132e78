"""A realistic workshop day in the system tables, for the ``report`` tests.

Three attendees on Standard_DS3_v2 (0.75 DBU/h at $0.55, VM $0.20/h), 2026-12-10 UTC:

- ada: cluster 09:00-12:59 (4 h); asks the model at 9, 10 and 12 (idle at 11); billing for the
  12:00 hour has not arrived yet (late);
- bob: cluster 09:00-11:29 (2.5 h); asks at 9 and 10; 3 of his requests were throttled (429);
- cyd: cluster 10:00-12:59 (3 h); asks at 10, 11 and 12; billing for 12:00 is late too;
- dan: on the roster, never started a cluster.

Beside them, rows the report must leave out: another workshop's cluster billed the same day, a
facilitator's requests to the same endpoint, a billing row of the day before.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from coding_assistants.cli.services import statements

WORKSHOP = "claude-code-workshop"
ENDPOINT = "databricks-claude-sonnet-4-6"
DAY = "2026-12-10"
ROSTER = ("ada@example.com", "bob@example.com", "cyd@example.com", "dan@example.com")
RUNS = {  # attendee -> (cluster id, {hour: minutes})
    "ada@example.com": ("c-ada", {9: 60, 10: 60, 11: 60, 12: 60}),
    "bob@example.com": ("c-bob", {9: 60, 10: 60, 11: 30}),
    "cyd@example.com": ("c-cyd", {10: 60, 11: 60, 12: 60}),
}
LATE = {("ada@example.com", 12), ("cyd@example.com", 12)}
"""(attendee, hour) whose billing row is not in yet."""
ASKS = {  # attendee -> {hour: (requests, input tokens, output tokens, throttled)}
    "ada@example.com": {
        9: (40, 30000, 3000, 0),
        10: (40, 30000, 3000, 0),
        12: (40, 30000, 3000, 0),
    },
    "bob@example.com": {9: (60, 50000, 5000, 3), 10: (60, 50000, 5000, 0)},
    "cyd@example.com": {
        10: (20, 10000, 1000, 0),
        11: (20, 10000, 1000, 0),
        12: (20, 10000, 1000, 0),
    },
    "fac@example.com": {9: (5, 9000, 900, 0)},
}


def _hour(hour: int, day: str = DAY) -> str:
    return f"{day}T{hour:02d}:00:00.000Z"


def tables() -> dict[str, list[dict[str, Any]]]:
    billing, clusters, tokens = [], [], []
    for email, (cluster_id, hours) in RUNS.items():
        for hour, minutes in hours.items():
            clusters.append(
                {
                    "workshop": WORKSHOP,
                    "attendee": email,
                    "cluster_id": cluster_id,
                    "node_type": "Standard_DS3_v2",
                    "hour": _hour(hour),
                    "minutes": minutes,
                }
            )
            if (email, hour) in LATE:
                continue
            dbus = Decimal(minutes) / 60 * Decimal("0.75")
            billing.append(
                {
                    "workshop": WORKSHOP,
                    "attendee": email,
                    "hour": _hour(hour),
                    "dbus": dbus,
                    "list_usd": dbus * Decimal("0.55"),
                }
            )
    billing.append(
        {
            "workshop": "other-workshop",
            "attendee": "zed@example.com",
            "hour": _hour(10),
            "dbus": "9",
            "list_usd": "4.95",
        }
    )
    billing.append(
        {
            "workshop": WORKSHOP,
            "attendee": "ada@example.com",
            "hour": _hour(15, "2026-12-09"),
            "dbus": "7",
            "list_usd": "3.85",
        }
    )
    for email, asks in ASKS.items():
        for hour, (requests, tokens_in, tokens_out, throttled) in asks.items():
            tokens.append(
                {
                    "endpoint": ENDPOINT,
                    "requester": email,
                    "hour": _hour(hour),
                    "requests": requests,
                    "input_tokens": tokens_in,
                    "output_tokens": tokens_out,
                    "throttled": throttled,
                }
            )
    return {"billing": billing, "clusters": clusters, "tokens": tokens}


@pytest.fixture
def day(workspace, monkeypatch, tmp_path):
    """The workshop day in the warehouse; polling every 10 ms; the roster on disk."""
    monkeypatch.setattr(statements, "POLL_SECONDS", 0.01)
    workspace.tables = tables()
    roster = tmp_path / "roster.txt"
    roster.write_text("\n".join(ROSTER) + "\n")
    workspace.roster = roster
    return workspace


def report(cli, day, *extra: str) -> tuple[int, str, str]:
    """``coding-assistants report`` of the day, with the roster, and ``extra``."""
    return cli(
        "report",
        "--warehouse",
        "wh-1",
        "--day",
        DAY,
        "--attendees",
        str(day.roster),
        "--timeout",
        "20",
        *extra,
    )
