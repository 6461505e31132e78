"""The tests' clock mechanism (tests/clock.py): a pinned program sees the pinned date, and a
moved run moves this process and the programs it starts alike."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest

from tests import clock

UTC = datetime.UTC


def child_date(env: dict[str, str]) -> str:
    done = subprocess.run(
        ["date", "-u", "+%F %H"], env=env, capture_output=True, text=True, check=True, timeout=30
    )
    return done.stdout.strip()


def test_a_pinned_program_reads_the_pinned_instant():
    when = datetime.datetime(2031, 2, 3, 4, 5, 6, tzinfo=UTC)
    env = clock.pinned({"PATH": "/usr/bin:/bin"}, when)
    assert child_date(env) == "2031-02-03 04"


def test_a_pinned_command_prefix_pins_only_the_command_after_it():
    when = datetime.datetime(2019, 7, 1, 12, tzinfo=UTC)
    script = 'date -u +%Y; exec "$@" date -u +%Y'
    done = subprocess.run(
        ["bash", "-c", script, "pin", *clock.pinned_command(when)],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    shell_year, pinned_year = done.stdout.split()
    assert pinned_year == "2019"
    assert shell_year == child_date({"PATH": "/usr/bin:/bin"})[:4]


def test_this_process_and_its_programs_share_the_runs_clock():
    """True clock or moved (make test-clock), a started program sees the date this process
    sees (within the hour that may pass between the two readings)."""
    ours = datetime.datetime.now(UTC)
    theirs = datetime.datetime.strptime(
        child_date({"PATH": "/usr/bin:/bin", **clock.handed_down()}), "%Y-%m-%d %H"
    ).replace(tzinfo=UTC)
    assert abs(ours - theirs) < datetime.timedelta(hours=2)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("+365d", 365 * 86400), ("-365d", -365 * 86400), ("+2h", 7200), ("-30", -30)],
)
def test_offsets_read_as_libfaketime_writes_them(monkeypatch, value, seconds):
    monkeypatch.setenv(clock.SHIFT_VARIABLE, value)
    assert clock.offset() == datetime.timedelta(seconds=seconds)


@pytest.mark.parametrize("value", ["365d", "+1y", "tomorrow", "+ 3d"])
def test_an_unreadable_offset_is_refused(monkeypatch, value):
    monkeypatch.setenv(clock.SHIFT_VARIABLE, value)
    with pytest.raises(ValueError, match="expected an offset such as"):
        clock.offset()


def test_real_drops_the_preload_and_keeps_the_rest():
    env = clock.pinned({"PATH": "/bin", "HOME": "/h"}, datetime.datetime(2030, 1, 1, tzinfo=UTC))
    assert clock.real(env) == {"PATH": "/bin", "HOME": "/h"}


def test_sweep_removes_leftovers_of_processes_that_are_gone(tmp_path):
    alive = os.getpid()
    names = [f"faketime_shm_{alive}", f"sem.faketime_sem_{alive}", "other_file"]
    gone = [f"faketime_shm_{2**31 - 5}", f"sem.faketime_sem_{2**31 - 5}"]
    for name in names + gone:
        (tmp_path / name).write_text("x")
    clock.sweep(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_a_python_program_of_the_run_reads_its_clock_and_sleeps(tmp_path):
    """Moved or not, a Python program this run starts sees this process's date, and
    ``time.sleep`` works in it (libfaketime alone breaks it: tests/clock_shim)."""
    code = "import datetime, time; time.sleep(0.01); print(datetime.datetime.now(datetime.UTC))"
    env = {"PATH": "/usr/bin:/bin", **clock.handed_down()}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    theirs = datetime.datetime.fromisoformat(done.stdout.strip())
    assert abs(theirs - datetime.datetime.now(UTC)) < datetime.timedelta(hours=1)
