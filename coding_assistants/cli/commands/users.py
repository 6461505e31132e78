"""``coding-assistants users add``: make every attendee of the roster an active workspace user.

Opt-in and a dry run by default: the attendees are looked up as ``preflight`` does (SCIM, many
per request), and every change is listed first, one line per user to create or to activate.
Only with ``--execute`` are the changes made, through the workspace's SCIM API, with a
workspace admin's token (in a workspace with identity federation the account user is created
too). At most ``--max`` users change in one run (default 200): a roster of 1,000 typed into the
wrong workspace stops at the plan. Everything shares one deadline (``--timeout``).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants.cli.core.api import ME_PATH, CallError
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import add_workspace_options, connect_or_report
from coding_assistants.cli.services.membership import UserLookupError, find_absent
from coding_assistants.cli.services.user_add import ACTIVATE, CREATE, apply_all, plan
from coding_assistants.cli.services.workshop import ATTENDEES_ENV, WorkshopInputError, roster_file
from coding_assistants.roster import RosterError, load_roster

DEFAULT_MAX = 200
MAX_MAX = 100_000
TIMEOUT_SECONDS = 300.0
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True, kw_only=True)
class UsersOptions:
    """``users add``, as parsed."""

    action: str
    """``add``."""
    attendees: Path | None = None
    execute: bool = False
    """False: a dry run."""
    max: int = DEFAULT_MAX
    """Most users changed in one run."""
    profile: str | None = None
    timeout: float


@dataclass(frozen=True)
class UsersRun:
    """``users add``'s options with the roster chosen: a new, frozen object."""

    roster: Path
    execute: bool
    most: int

    @classmethod
    def of(cls, args: UsersOptions) -> UsersRun:
        roster = roster_file(args.attendees)
        if roster is None:
            raise WorkshopInputError(
                f"give --attendees FILE (or {ATTENDEES_ENV}): the roster, or the file "
                "preflight --missing-users wrote"
            )
        return cls(roster, args.execute, args.max)


def _count(changes: list, action: str) -> int:
    return sum(c.action == action for c in changes)


def add(options: UsersRun, console: Console, args: UsersOptions) -> int:
    try:
        attendees = load_roster(options.roster)
    except RosterError as error:
        console.error(str(error))
        return EXIT_USAGE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    try:
        who = str(api.call("GET", ME_PATH).body.get("userName") or "?")
        absent, _ = find_absent(api, console, attendees, who)
    except (CallError, UserLookupError) as error:
        console.error(f"cannot look the attendees up: {error.reason}\n  fix: {error.fix}")
        return EXIT_FAILED
    changes = plan(absent)
    creates, activates = _count(changes, CREATE), _count(changes, ACTIVATE)
    console.print(f"Workspace: {config.host} (as {who})")
    console.print(
        f"Roster:    {options.roster}: {len(attendees)} attendees, {creates} missing, "
        f"{activates} inactive"
    )
    if not changes:
        console.print("Every attendee is an active user of the workspace: nothing to change.")
        return EXIT_OK
    console.print()
    mode = "to be made" if options.execute else "dry run: nothing is changed"
    console.print(f"Changes ({mode}):")
    for change in changes:
        console.print(f"  {change.text}")
    console.print()
    if len(changes) > options.most:
        console.error(
            f"{len(changes)} changes, more than --max {options.most}: check that this is the "
            "workspace and the roster you mean, then raise --max"
        )
        return EXIT_USAGE
    if not options.execute:
        console.print(
            f"Dry run: nothing was changed. To create {creates} and activate {activates} "
            "users, run again with --execute."
        )
        return EXIT_OK
    failures = apply_all(api, console, changes)
    console.print()
    console.print(f"{len(changes) - failures} done, {failures} failed.")
    return EXIT_FAILED if failures else EXIT_OK


def run(args: UsersOptions, console: Console) -> int:
    try:
        options = UsersRun.of(args)
        return add(options, console, args)
    except WorkshopInputError as error:
        console.error(str(error))
        return EXIT_USAGE


def _most(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_MAX:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_MAX}, got {text!r}"
        )
    return int(text)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "users",
        help="add the roster's missing users to the workspace (SCIM; dry run by default)",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 done or nothing to do, 1 a change or the workspace failed, "
        "2 bad arguments or more changes than --max",
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    adding = actions.add_parser("add", help="create the missing users, activate inactive ones")
    adding.add_argument(
        "--attendees",
        type=Path,
        metavar="FILE",
        help=f"the roster, or the file of preflight --missing-users (default: ${ATTENDEES_ENV})",
    )
    mode = adding.add_mutually_exclusive_group()
    mode.add_argument(
        "--dry-run",
        dest="execute",
        action="store_false",
        help="only list the changes (the default)",
    )
    mode.add_argument("--execute", dest="execute", action="store_true", help="make the changes")
    adding.add_argument(
        "--max",
        type=_most,
        default=DEFAULT_MAX,
        metavar="N",
        help=f"refuse to change more than N users in one run (default: {DEFAULT_MAX})",
    )
    add_workspace_options(adding, TIMEOUT_SECONDS, "lookups and changes together")
    adding.set_defaults(execute=False)
    register(adding, UsersOptions, run)
