"""One row of ``coding-assistants preflight``: a check's name, outcome, finding and fix."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.StrEnum):
    """Outcome of one check."""

    OK = "OK"
    """The check passed."""
    FAIL = "FAIL"
    """The check failed; the row says how to fix it, and the exit code becomes 1."""
    SKIP = "SKIP"
    """The check did not run (not asked for, or an earlier check failed)."""
    WARN = "WARN"
    """The check passed with a risk the row names (such as a room the model will throttle);
    the exit code stays 0."""


OK, FAIL, SKIP, WARN = Status.OK, Status.FAIL, Status.SKIP, Status.WARN


@dataclass(frozen=True)
class Check:
    """One row of the preflight table."""

    name: str
    """What is checked, e.g. ``serving endpoint``."""
    status: Status
    """OK, FAIL or SKIP."""
    detail: str
    """What was found; a token only ever masked."""
    fix: str = ""
    """How to fix a failure; empty when nothing needs fixing."""
