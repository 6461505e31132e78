"""Synthesize the default stacks into cdktf.out (the ``app`` of cdktf.json).

    python main.py [--var-file FILE] [--attendees ROSTER] [--workshop-file FILE]
                   [--backend-file FILE]

--var-file is JSON keyed by the module's input names (a terraform.tfvars.json). --attendees
is the workshop roster (one email per line) and --workshop-file the workshop settings (JSON,
see docs/workshop.md). Each defaults to its built-in example; with the example roster a note
goes to stderr, and the workshop stacks keep their state apart from a real workshop's.
--backend-file (JSON, see docs/state.md) says where every root stack keeps its state; without
it, a local file per stack in the project directory. Every input is validated, and every
problem reported, before anything is written.

Beside a real roster, main.py keeps its stack lock (``<roster>.lock.json``): the fleet stack of
every attendee. Attendees it names never change stacks; newcomers are added, and a note says
where, before anything is planned.

``cdktf synth`` and ``cdktf deploy`` run this file without arguments; they pass the same files
through CODING_ASSISTANTS_VAR_FILE, CODING_ASSISTANTS_ATTENDEES,
CODING_ASSISTANTS_WORKSHOP_FILE and CODING_ASSISTANTS_BACKEND_FILE instead. A command-line
option wins over its variable.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from coding_assistants import boundary
from coding_assistants.backend.settings import LOCAL_BACKEND, read_backend
from coding_assistants.facts import EXAMPLE_ROSTER_NAME
from coding_assistants.outdir import OutputError, RefusedOutput, outdir_problem, replace_owned_file
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.roster import RosterError, load_roster
from coding_assistants.settings import (
    EXAMPLE_CLUSTER_SETTINGS,
    SettingsError,
    SettingsFile,
    cluster_props,
    read_settings,
)
from coding_assistants.workshop.placement import FleetLock, LockError
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.settings import (
    DEFAULT_SETTINGS,
    EXAMPLE_ROSTER,
    check_workshop_settings,
    example_roster_note,
    is_example_roster,
    lock_path,
    read_fleet_lock,
    workshop_props,
)


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value) if value else None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--var-file",
        type=Path,
        default=_env_path("CODING_ASSISTANTS_VAR_FILE"),
        help="JSON settings of the cluster stack (terraform.tfvars.json shape)",
    )
    parser.add_argument(
        "--attendees",
        type=Path,
        default=_env_path("CODING_ASSISTANTS_ATTENDEES"),
        help=f"workshop roster, one email per line (default: examples/{EXAMPLE_ROSTER_NAME})",
    )
    parser.add_argument(
        "--workshop-file",
        type=Path,
        default=_env_path("CODING_ASSISTANTS_WORKSHOP_FILE"),
        help="JSON settings of the workshop stacks (default: the documented defaults)",
    )
    parser.add_argument(
        "--backend-file",
        type=Path,
        default=_env_path("CODING_ASSISTANTS_BACKEND_FILE"),
        help="JSON settings of the root stacks' state backend (default: local state files)",
    )
    parser.add_argument(
        "--outdir",
        type=Path,
        default=_env_path("CDKTF_OUTDIR") or Path("cdktf.out"),
        help="output directory (default: $CDKTF_OUTDIR or cdktf.out)",
    )
    return parser.parse_args(argv)


def read_cluster(var_file: Path | None) -> CodingAssistantsClusterProps:
    """The cluster stack's props: the var-file (read once), or the built-in example."""
    if var_file is None:
        settings = SettingsFile("built-in example", dict(EXAMPLE_CLUSTER_SETTINGS))
    else:
        settings = read_settings(var_file)
    return cluster_props(settings, settings.source, Path.cwd())


def read_workshop(
    roster: Path | None, settings_file: Path | None
) -> tuple[WorkshopProps | None, list[str]]:
    """The workshop's props, or the problems of its files (roster, stack lock, settings) at
    once. A real roster's stack lock is read beside it; the example roster has none."""
    errors: list[str] = []
    attendees, lock = None, None
    try:
        attendees = load_roster(roster or EXAMPLE_ROSTER)
    except RosterError as error:
        errors.append(str(error))
    if roster is not None and not is_example_roster(roster):
        try:
            lock = read_fleet_lock(lock_path(roster))
        except LockError as error:
            errors.append(str(error))
    try:
        settings = read_settings(settings_file) if settings_file else DEFAULT_SETTINGS
        if attendees is None or errors:
            check_workshop_settings(settings, Path.cwd())
        else:
            return workshop_props(settings, settings.source, Path.cwd(), attendees, lock), errors
    except SettingsError as error:
        errors.append(str(error))
    return None, errors


def write_fleet_lock(roster: Path, workshop: WorkshopProps) -> None:
    """Record the workshop's placement in the roster's stack lock (only a lock is replaced)."""

    def ours(path: Path) -> bool:
        try:
            return isinstance(read_fleet_lock(path), FleetLock)
        except LockError:
            return False

    data = workshop.arrangement.lock.render()
    replace_owned_file(lock_path(roster), data, ours=ours, writer="main.py (a stack lock)")


def main(argv: list[str] | None = None) -> int:
    """Synthesize inside the error boundary: a problem of the user's input is one line and exit
    2, a failure to write the output one line naming it and exit 1, and anything else one line
    saying it is an internal error (never the output directory's fault), exit 1."""
    return boundary.run(lambda: synthesize(argv))


def synthesize(argv: list[str] | None) -> int:
    args = parse_args(argv)
    errors: list[str] = []
    try:
        props = read_cluster(args.var_file)
    except SettingsError as error:
        errors.append(str(error))
    workshop, workshop_errors = read_workshop(args.attendees, args.workshop_file)
    errors += workshop_errors
    backend = LOCAL_BACKEND
    try:
        backend = read_backend(args.backend_file)
    except SettingsError as error:
        errors.append(str(error))
    problem = outdir_problem(args.outdir, protected=(Path(__file__).resolve().parent, Path.cwd()))
    if problem:
        errors.append(problem)
    if errors:
        for message in errors:
            print(f"error: {message}", file=sys.stderr)
        print("nothing was written.", file=sys.stderr)
        return 2

    assert workshop is not None  # no errors: both files were read
    example = is_example_roster(args.attendees)
    roster = None if example else args.attendees
    if roster is None:
        print(example_roster_note(workshop), file=sys.stderr)
    else:
        for note in workshop.arrangement.notes(lock_path(roster).name, workshop.fleet_stacks):
            print(f"fleet stacks: {note}", file=sys.stderr)

    started = time.perf_counter()
    try:
        from coding_assistants.app import synth_atomically  # loads the engine: after validation

        written = synth_atomically(
            args.outdir, props, workshop, example_roster=example, backend=backend
        )
    except ModuleNotFoundError as error:  # a Python outside the project's environment
        if (error.name or "").startswith("coding_assistants"):
            raise
        print(f"error: {error}; run `make install` and use .venv/bin/python", file=sys.stderr)
        return boundary.EXIT_FAILED
    except OutputError as error:  # a place that cannot be written after all, a full disk
        print(f"error: {error}", file=sys.stderr)
        return boundary.EXIT_FAILED
    if roster is not None:
        try:
            write_fleet_lock(roster, workshop)
        except (OutputError, RefusedOutput) as error:
            print(
                f"error: synthesized, but the stack lock was not written: {error}", file=sys.stderr
            )
            return boundary.EXIT_FAILED
    for path in written:
        print(f"synthesized {path.parent.name}: {os.path.relpath(path)}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
