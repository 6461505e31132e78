"""The tests' clock: pin one real program's clock, or move every program's clock for a run.

No verdict may depend on the date, so a test that runs a real program which reads the clock
(Claude Code's model-retirement warning, ``date`` in a helper command) pins that program's
clock with libfaketime (Debian's ``libfaketime``, installed on first use): ``pinned(env, when)``.

``make test-clock`` runs the suite with every clock moved (``CODING_ASSISTANTS_TEST_CLOCK``,
say ``+365d``), which proves no other verdict depends on the date:

- this Python process through time-machine (``time.time``, ``datetime.now``, ...; the
  monotonic clocks, which deadlines use, are left alone);
- every other program it starts through libfaketime, preloaded by the environment this
  process hands down (``handed_down()`` for the tests that build an environment from nothing).

libfaketime breaks CPython's ``time.sleep`` (an absolute monotonic ``clock_nanosleep`` comes
out invalid), so a moved run also puts ``tests/clock_shim`` on ``PYTHONPATH``: its
``sitecustomize`` sleeps through a monotonic wait in every Python program while libfaketime is
preloaded.

A client of the real package registries (npm, pip) gets the true date (``real(env)``): a
registry's certificate is only valid then. So do Terraform and the offline stub provider
(tfcheck): Terraform is a static Go binary libfaketime cannot move, their TLS handshake needs
both on one clock, and the stub caches its certificate (``~/.cache/tf-python-provider``), so it
must never run on a moved clock.
"""

from __future__ import annotations

import datetime
import os
import platform
import re
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path

from tests import debian

SHIFT_VARIABLE = "CODING_ASSISTANTS_TEST_CLOCK"
"""A whole run's offset, ``+365d`` or ``-365d`` (libfaketime's syntax; days or seconds)."""
_MACHINE = {"x86_64": "x86_64-linux-gnu", "aarch64": "aarch64-linux-gnu"}
LIBRARY = Path(f"/usr/lib/{_MACHINE.get(platform.machine(), 'x86_64-linux-gnu')}") / (
    "faketime/libfaketime.so.1"
)
SHIM = Path(__file__).resolve().parent / "clock_shim"
"""``sitecustomize`` for the Python programs of a moved run (see the module's docstring)."""
_VARIABLES = (
    "LD_PRELOAD",
    "FAKETIME",
    "FAKETIME_DONT_FAKE_MONOTONIC",
    "FAKETIME_SHARED",
)
_OFFSET = re.compile(r"([+-])(\d+)([dhms]?)")
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1, "": 1}


def library() -> Path:
    """libfaketime's preload library, installed from Debian when it is missing."""
    debian.ensure(["libfaketime", "faketime"], [LIBRARY])
    return LIBRARY


def _preload(when: str) -> dict[str, str]:
    return {
        "LD_PRELOAD": str(library()),
        "FAKETIME": when,
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }


def _stamp(when: datetime.datetime) -> str:
    return "@" + when.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")


def pinned(env: Mapping[str, str], when: datetime.datetime) -> dict[str, str]:
    """``env`` for a program started with it directly (and every program it starts), whose
    clock starts at ``when`` and runs on from there."""
    return {**real(env), **_preload(_stamp(when))}


def pinned_command(when: datetime.datetime) -> list[str]:
    """An ``env ...`` prefix that pins the clock of the command after it alone, not of the
    shell that runs it: Claude Code (a Bun binary) cannot open the semaphore through which
    libfaketime shares a preloaded parent's clock (``FAKETIME_SHARED``), so it must be the
    first preloaded program of its line."""
    assignments = [f"{name}={value}" for name, value in _preload(_stamp(when)).items()]
    return ["env", "-u", "FAKETIME_SHARED", *assignments]


def offset() -> datetime.timedelta | None:
    """The whole run's offset (``CODING_ASSISTANTS_TEST_CLOCK``), or None for the true clock."""
    value = os.environ.get(SHIFT_VARIABLE, "").strip()
    if not value:
        return None
    match = _OFFSET.fullmatch(value)
    if not match:
        raise ValueError(f"{SHIFT_VARIABLE}={value!r}: expected an offset such as +365d or -365d")
    sign, amount, unit = match.groups()
    seconds = int(amount) * _UNITS[unit]
    return datetime.timedelta(seconds=-seconds if sign == "-" else seconds)


def move_everything() -> object | None:
    """Move this process's clock and hand libfaketime to every program it starts, by the
    run's offset; the time-machine traveller to stop, or None when the clock is true."""
    shift = offset()
    if shift is None:
        return None
    import time_machine

    preload = _preload(os.environ[SHIFT_VARIABLE].strip())
    anchor = subprocess.Popen(
        ["sleep", "infinity"], env={**real(os.environ), **preload}, start_new_session=True
    )
    _ANCHORS.append(anchor)
    shared = f"/faketime_sem_{anchor.pid} /faketime_shm_{anchor.pid}"
    _wait_for(Path(f"/dev/shm/faketime_shm_{anchor.pid}"))
    path = os.pathsep.join(p for p in (str(SHIM), os.environ.get("PYTHONPATH", "")) if p)
    os.environ.update({**preload, "FAKETIME_SHARED": shared, "PYTHONPATH": path})
    traveller = time_machine.travel(datetime.datetime.now(datetime.UTC) + shift, tick=True)
    traveller.start()
    return traveller


_ANCHORS: list[subprocess.Popen[bytes]] = []


def _wait_for(path: Path, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"libfaketime made no {path} within {seconds:.0f} s")
        time.sleep(0.01)


def stop() -> None:
    """End a moved run: stop the process that holds libfaketime's shared semaphore."""
    for anchor in _ANCHORS:
        anchor.terminate()
        anchor.wait(timeout=10)
    _ANCHORS.clear()


ZONE_AND_LOCALE = ("TZ", "LC_ALL")


def handed_down() -> dict[str, str]:
    """This run's clock, time zone and locale (only those set), for an environment a test
    builds from nothing, so that its programs run under them too (the sleep shim with the
    clock)."""
    given = {
        name: os.environ[name] for name in (*_VARIABLES, *ZONE_AND_LOCALE) if name in os.environ
    }
    if "LD_PRELOAD" in given:
        given["PYTHONPATH"] = str(SHIM)
    return given


def zone_and_locale() -> dict[str, str]:
    """This run's time zone and locale, without its clock: for an environment that runs the
    real Claude Code, which cannot share a preloaded shell's clock (see ``pinned_command``);
    the tests that depend on its clock pin it."""
    return {name: os.environ[name] for name in ZONE_AND_LOCALE if name in os.environ}


def real(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` without libfaketime (and its sleep shim): the true date, for a client of the
    real registries, Terraform and its stub provider."""
    kept = {name: value for name, value in env.items() if name not in _VARIABLES}
    entries = [p for p in kept.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(SHIM)]
    if entries:
        kept["PYTHONPATH"] = os.pathsep.join(entries)
    else:
        kept.pop("PYTHONPATH", None)
    return kept


_LEFTOVER = re.compile(r"(?:sem\.)?faketime_(?:sem|shm)_(\d+)")


def sweep(shm: Path = Path("/dev/shm")) -> None:
    """Remove what libfaketime left in /dev/shm for processes that are gone: a program that
    exits without libfaketime's clean-up (Claude Code does) leaves its semaphore and memory
    there, and a later program with the same process id would then fail to start."""
    if not shm.is_dir():
        return
    for entry in shm.iterdir():
        match = _LEFTOVER.fullmatch(entry.name)
        if match and not Path(f"/proc/{match.group(1)}").exists():
            entry.unlink(missing_ok=True)
