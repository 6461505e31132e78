"""One deadline for a whole command's waiting, and a way to stop waiting for a call at it.

``--timeout`` is not a per-socket-read timeout: a server that sends one byte a second, or a
library that retries on its own, would stretch that without end. A command makes one
``Deadline`` and every wait (a call, a retry's pause, the SDK reading credentials) takes only
what is left of it. ``run_bounded`` runs a blocking call in a daemon thread and stops waiting
for it when the time is up; the abandoned thread ends with its socket, or with the process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Overdue(Exception):
    """The call was still running when the deadline passed."""


class Deadline:
    """A point in time ``seconds`` after its creation (monotonic clock)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        """The ``--timeout`` given, for messages."""
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self._end - time.monotonic())

    @property
    def passed(self) -> bool:
        return self.remaining() <= 0

    def __str__(self) -> str:
        return f"--timeout {self.seconds:g} s"


def run_bounded(call: Callable[[], T], deadline: Deadline) -> T:
    """``call()``'s result or exception, if it ends before ``deadline``; else ``Overdue``."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = call()
        except BaseException as error:  # handed to the waiting thread
            box["error"] = error

    worker = threading.Thread(target=target, daemon=True, name="bounded-call")
    worker.start()
    worker.join(deadline.remaining())
    if worker.is_alive():
        raise Overdue
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
