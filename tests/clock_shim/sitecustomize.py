"""Loaded by every Python program of a moved-clock run (``make test-clock``; tests/clock.py).

libfaketime 0.9.10 breaks ``time.sleep``: CPython sleeps with ``clock_nanosleep`` on the
monotonic clock and an absolute deadline, which the library rewrites into an invalid request
(EINVAL), even for a program it is told to leave alone. While libfaketime is preloaded, sleep
through a monotonic wait instead; nothing else changes.
"""

import os
import threading
import time

if "faketime" in os.environ.get("LD_PRELOAD", ""):

    def _sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        threading.Event().wait(seconds)

    time.sleep = _sleep
