"""``coding-assistants status``: every attendee's cluster, live, without logging in to any of them.

One row per attendee (of ``--attendees``, else per cluster of the workshop): the cluster's
state, the init script's result and why a cluster is not ready (a quota, the region out of
capacity, a spot VM lost, the policy, the init script's own error), read from the cluster list
and the clusters' events only; then a summary line (ready, starting, blocked, failed, not
started) with a progress bar. It refreshes every ``--interval`` seconds, printing what changed,
until stopped (Ctrl-C) or, with ``--once``, after one look. ``--json`` and ``--csv`` print one
look for scripts. A refresh costs the cluster list's pages and the events of clusters that
changed, no more than a fixed budget; see ``services/fleet_watch``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline, run_bounded
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import (
    Console,
    add_format_options,
    fit_line,
    terminal_width,
)
from coding_assistants.cli.core.workspace import (
    add_workspace_options,
    connect_or_report,
    positive_seconds,
)
from coding_assistants.cli.services import status_report as report
from coding_assistants.cli.services.clusters import ListingError
from coding_assistants.cli.services.fleet_status import Phase
from coding_assistants.cli.services.fleet_watch import FleetWatch, Refresh
from coding_assistants.cli.services.workshop import (
    Workshop,
    WorkshopInputError,
    add_roster_option,
    add_workshop_file_option,
    add_workshop_name_option,
    workshop_from_args,
)

INTERVAL_SECONDS = 10.0
CATCH_UP_SECONDS = 2.0
"""Between refreshes while clusters' events still wait for their turn (each refresh reads at
most a budget of them), so the first complete picture comes within seconds."""
MAX_INTERVAL_SECONDS = 120.0
"""Longest wait between refreshes when the workspace keeps asking to slow down."""
TIMEOUT_SECONDS = 30.0
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True, kw_only=True)
class StatusOptions:
    """``status``, as parsed."""

    workshop_file: Path | None = None
    attendees: Path | None = None
    workshop: str | None = None
    """The workshop_name instead of the file's."""
    once: bool = False
    interval: float
    format: str = "text"
    """text (the live table), json or csv (one look)."""
    profile: str | None = None
    timeout: float


@dataclass(frozen=True)
class StatusRun:
    """``status``'s options with the workshop they name: a new, frozen object."""

    workshop: Workshop
    once: bool
    interval: float
    format: str
    timeout: float

    @classmethod
    def of(cls, args: StatusOptions) -> StatusRun:
        return cls(
            workshop=workshop_from_args(args, roster=True),
            once=args.once or args.format != "text",
            interval=args.interval,
            format=args.format,
            timeout=args.timeout,
        )


def _verdict(refresh: Refresh) -> int:
    """1 when a cluster failed or none of the workshop was found."""
    found = any(r.cluster is not None for r in refresh.rows)
    failed = any(r.phase == Phase.FAILED for r in refresh.rows)
    return EXIT_FAILED if failed or not found else EXIT_OK


def _nothing_found(options: StatusRun, console: Console) -> None:
    workshop = options.workshop
    console.error(
        f"no cluster tagged {facts.TAG_WORKSHOP}={workshop.name} with an {facts.TAG_ATTENDEE} "
        f"tag; the name comes from {workshop.file_hint}"
    )


def _first(options: StatusRun, refresh: Refresh, console: Console) -> None:
    if options.format == "json":
        console.print(report.as_json(options.workshop.name, refresh))
        return
    if options.format == "csv":
        console.print(report.as_csv(refresh), end="")
        return
    console.print(report.table(refresh.rows, terminal_width()))
    if refresh.strangers:
        shown = ", ".join(refresh.strangers[:5]) + (", ..." if len(refresh.strangers) > 5 else "")
        console.print(f"Not on the roster: {len(refresh.strangers)} clusters ({shown}).")


def _show(options, refresh: Refresh, previous: Refresh | None, console: Console) -> None:
    if previous is None:
        _first(options, refresh, console)
    else:
        for line in report.changes(previous.rows, refresh.rows):
            console.print(line)
    if options.format == "text":
        width = terminal_width()
        console.print(fit_line(report.summary(refresh.rows), width))
        console.print(fit_line(report.progress(refresh.rows, refresh), width))


def _renewed(config: Any, api: WorkspaceApi, console: Console, seconds: float) -> WorkspaceApi:
    """The client with the credentials' current headers: a watch outlives an OAuth token,
    which the SDK renews when asked; the same client when it cannot say."""
    try:
        headers = run_bounded(config.authenticate, Deadline(seconds))
    except Exception:  # the next refresh reports what fails, masked
        return api
    for value in headers.values():
        console.add_secret(value.split(" ", 1)[-1])
    return WorkspaceApi(api.host, headers, api.deadline)


def watch(options: StatusRun, api: WorkspaceApi, console: Console, config: Any = None) -> int:
    """Refresh until stopped (or once); the exit code of the last look."""
    fleet = FleetWatch(api, console, options.workshop, options.timeout)
    previous: Refresh | None = None
    interval = options.interval
    try:
        while True:
            try:
                refresh = fleet.refresh()
            except ListingError as error:
                console.error(f"cannot list the clusters: {error}")
                if options.once or previous is None:
                    return EXIT_FAILED
            else:
                _show(options, refresh, previous, console)
                if previous is None and not any(r.cluster is not None for r in refresh.rows):
                    _nothing_found(options, console)
                    return EXIT_FAILED
                if options.once:
                    return _verdict(refresh)
                previous = refresh
                interval = _next_interval(options, refresh, interval)
            time.sleep(interval)
            if config is not None:
                fleet.renew(_renewed(config, api, console, options.timeout))
    except KeyboardInterrupt:
        console.print("Stopped.")
        return _verdict(previous) if previous is not None else EXIT_FAILED


def _next_interval(options: StatusRun, refresh: Refresh, interval: float) -> float:
    """Twice as long while the workspace asks to slow down (up to a bound); sooner while
    events wait; else ``--interval``."""
    if refresh.throttled:
        return min(MAX_INTERVAL_SECONDS, interval * 2)
    if refresh.events_waiting:
        return min(options.interval, CATCH_UP_SECONDS)
    return options.interval


def run(args: StatusOptions, console: Console) -> int:
    try:
        options = StatusRun.of(args)
    except WorkshopInputError as error:
        console.error(str(error))
        return EXIT_USAGE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    if options.format == "text":
        roster = options.workshop.roster_source or "none (one row per cluster)"
        console.print(f"Workspace: {config.host}")
        console.print(f"Workshop:  {options.workshop.name} ({options.workshop.source})")
        console.print(f"Roster:    {roster}")
        console.print()
    return watch(options, api, console, config)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "status",
        help="every attendee's cluster: ready, starting, failed and why, live",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 no cluster failed, 1 a cluster failed, none was found, or the "
        "workspace failed, 2 bad arguments",
    )
    add_workshop_file_option(parser, "its workshop_name is the Workshop tag of the clusters")
    add_roster_option(parser, "one row per attendee, those without a cluster included")
    add_workshop_name_option(parser)
    parser.add_argument("--once", action="store_true", help="one look, then exit")
    parser.add_argument(
        "--interval",
        type=positive_seconds,
        default=INTERVAL_SECONDS,
        metavar="SECONDS",
        help=f"between two refreshes (default: {INTERVAL_SECONDS:g}; doubled while the "
        "workspace asks to slow down)",
    )
    add_format_options(parser, "one look")
    add_workspace_options(parser, TIMEOUT_SECONDS, "per refresh")
    register(parser, StatusOptions, run)
