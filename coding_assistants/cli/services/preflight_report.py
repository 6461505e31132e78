"""What ``preflight`` prints and writes: the table fitted to the terminal, a short list of the
attendees who cannot log in (the whole list goes to a file or the JSON/CSV forms), the file of
missing users in the roster's own format, and the JSON and CSV forms for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coding_assistants.cli.core.output import Console, csv_text, render_table, terminal_width
from coding_assistants.cli.core.output_file import write_own_file
from coding_assistants.cli.services.checks import FAIL, OK, SKIP, WARN, Check
from coding_assistants.cli.services.membership import Absent, absent_line

SHOWN_ABSENT = 10
"""Absent attendees listed below the table; the rest are counted."""
MISSING_MARKER = "# Written by coding-assistants preflight"
"""First line of a missing-users file: only a file that starts with it is ever replaced."""


@dataclass(frozen=True)
class Findings:
    """Every row, the roster's problems, and the attendees who cannot log in."""

    checks: Sequence[Check]
    problems: Sequence[str]
    absent: Sequence[Absent]
    roster: str


def table(findings: Findings) -> str:
    rows = [[c.name, c.status, c.detail, c.fix] for c in findings.checks]
    return render_table(["CHECK", "STATUS", "DETAIL", "FIX"], rows, width=terminal_width())


def print_lists(findings: Findings, console: Console, written: Path | None) -> None:
    """The roster's problems (all of them: each is a line to fix), then the first absent
    attendees and how many more."""
    if findings.problems:
        console.print()
        console.print("Roster problems:")
        for problem in findings.problems:
            console.print(f"  {problem}")
    if not findings.absent:
        return
    console.print()
    console.print(f"Attendees who cannot log in ({len(findings.absent)}):")
    for absent in findings.absent[:SHOWN_ABSENT]:
        console.print(f"  {absent_line(findings.roster, absent)}")
    more = len(findings.absent) - SHOWN_ABSENT
    where = f"all of them are in {written}" if written else "--missing-users FILE writes them all"
    if more > 0:
        console.print(f"  ... and {more} more: {where} (or --json, --csv)")
    elif written:
        console.print(f"  ({where})")


def summary(checks: Sequence[Check]) -> tuple[str, bool]:
    """``5 OK, 1 FAIL, 2 SKIP: fix the failures, ...`` (WARN counted when there is one), and
    whether a check failed."""
    counts = {s: sum(c.status == s for c in checks) for s in (OK, FAIL, SKIP, WARN)}
    text = ", ".join(f"{n} {s}" for s, n in counts.items() if n or s != WARN)
    if counts[FAIL]:
        return f"{text}: fix the failures, then run preflight again.", True
    warned = f", but read the WARN row{'s' if counts[WARN] > 1 else ''}" if counts[WARN] else ""
    return f"{text}: ready{warned}.", False


def show(findings: Findings, form: str, written: Path | None, console: Console) -> int:
    """Print the findings as a table (text), JSON or CSV; the exit code: 1 when a check
    failed."""
    text, failed = summary(findings.checks)
    if form == "json":
        console.print(as_json(findings))
    elif form == "csv":
        console.print(as_csv(findings), end="")
    else:
        console.print(table(findings))
        print_lists(findings, console, written if findings.absent else None)
        console.print()
        console.print(text)
    return 1 if failed else 0


def as_json(findings: Findings) -> str:
    document = {
        "checks": [
            {"name": c.name, "status": str(c.status), "detail": c.detail, "fix": c.fix}
            for c in findings.checks
        ],
        "roster_problems": list(findings.problems),
        "absent_attendees": [
            {"email": a.attendee.email, "line": a.attendee.line, "reason": a.reason}
            for a in findings.absent
        ],
        "failed": summary(findings.checks)[1],
    }
    return json.dumps(document, indent=2)


def as_csv(findings: Findings) -> str:
    """One row per check, then one per absent attendee (``kind`` says which)."""
    rows = [["check", c.name, str(c.status), c.detail, c.fix] for c in findings.checks]
    rows += [
        ["absent attendee", a.attendee.email, "FAIL", a.reason, f"line {a.attendee.line}"]
        for a in findings.absent
    ]
    return csv_text(["kind", "name", "status", "detail", "fix"], rows)


def write_missing_users(path: Path, absent: Sequence[Absent], source: str) -> None:
    """The absent attendees' emails, one per line (a roster ``users add`` can read), after a
    header line; an existing file is replaced only when preflight wrote it (OutputError)."""
    lines = [
        f"{MISSING_MARKER}.",
        f"# The attendees of {source} who cannot log in: not users of the workspace, or inactive.",
        *(f"{a.attendee.email}  # {a.reason}" for a in absent),
    ]
    write_own_file(path, "\n".join(lines) + "\n", MISSING_MARKER)
