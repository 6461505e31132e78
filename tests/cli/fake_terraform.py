"""A stand-in for ``terraform`` in the deploy command's tests: it logs each call, fails when
told to, and can hold every apply until a number of applies run at once.

Each call appends one JSON line to ``$FAKE_TF_LOG``: the stack (the ``-chdir`` directory's
name), the command, its arguments, ``TF_WORKSPACE``, and for ``apply`` how many applies ran at
once when it started holding. A file ``FAIL_<command>`` in the stack's directory makes that
command print a Terraform-style error and exit 1. With ``FAKE_TF_BARRIER=N``, an apply holds
until N applies run at once (or 20 s pass, a safety net: the count it saw is what the test
reads), for the stacks that match ``FAKE_TF_BARRIER_GLOB`` (default: every stack). With
``FAKE_TF_INIT_LOOKS=N`` an init looks N times (20 ms apart) how many inits run at once. With
``FAKE_TF_HANG=1`` an apply holds until it is interrupted (SIGINT), as Terraform stops.
"""

from __future__ import annotations

import fcntl
import fnmatch
import json
import os
import signal
import sys
import time
from pathlib import Path

STUB = f'#!/bin/sh\nexec "{sys.executable}" "{__file__}" "$@"\n'
"""The executable file the tests write: runs this module with the test's interpreter, as a
program named python (``make test-clock`` leaves those on the true clock: tests/clock.py)."""


def _log(entry: dict) -> None:
    with open(os.environ["FAKE_TF_LOG"], "a") as log:
        fcntl.flock(log, fcntl.LOCK_EX)
        log.write(json.dumps(entry) + "\n")


def _hold(stack: str) -> int:
    """Hold until the barrier's count of applies runs at once; returns the most seen."""
    running = Path(os.environ["FAKE_TF_LOG"]).with_suffix(".running")
    running.mkdir(exist_ok=True)
    mine = running / stack
    mine.touch()
    want = int(os.environ.get("FAKE_TF_BARRIER", "1"))
    end = time.monotonic() + 20
    seen = 0
    while time.monotonic() < end:
        seen = max(seen, len(list(running.iterdir())))
        if seen >= want:
            break
        time.sleep(0.02)
    time.sleep(0.05)  # let the others see this one too
    mine.unlink()
    return seen


def _overlap(stack: str) -> int:
    """How many inits ran at once while this one looked (it looks for a moment)."""
    running = Path(os.environ["FAKE_TF_LOG"]).with_suffix(".init")
    running.mkdir(exist_ok=True)
    (running / stack).touch()
    seen = 0
    for _ in range(int(os.environ.get("FAKE_TF_INIT_LOOKS", "0"))):
        seen = max(seen, len(list(running.iterdir())))
        time.sleep(0.02)
    (running / stack).unlink()
    return seen


def _hang() -> int:
    stopped = []
    signal.signal(signal.SIGINT, lambda *_: stopped.append(True))
    while not stopped:
        time.sleep(0.05)
    print("Interrupt received.\nStopping operation...\nError: operation canceled")
    return 1


def main(argv: list[str]) -> int:
    chdir = next(a.removeprefix("-chdir=") for a in argv if a.startswith("-chdir="))
    command = next(a for a in argv if not a.startswith("-"))
    stack = Path(chdir).name
    entry = {"stack": stack, "command": command, "args": argv}
    entry["workspace"] = os.environ.get("TF_WORKSPACE")
    if command == "apply" and os.environ.get("FAKE_TF_HANG"):
        _log(entry)
        return _hang()
    if command == "init":
        entry["inits_at_once"] = _overlap(stack)
    if command == "apply" and fnmatch.fnmatch(stack, os.environ.get("FAKE_TF_BARRIER_GLOB", "*")):
        entry["at_once"] = _hold(stack)
    _log(entry)
    if (Path(chdir) / f"FAIL_{command}").exists():
        print(f"\nError: simulated failure of {command}\n\n  on cdk.tf.json line 1\n")
        return 1
    print(f"{command}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
