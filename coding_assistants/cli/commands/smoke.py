"""``coding-assistants smoke``: run ``check-claude`` on workshop clusters and tabulate the result.

Through the command execution API (see ``services/check_run``), on one cluster (``--cluster
ID``) or on every cluster of the workshop you may run commands on (``--all``: clusters tagged
``Workshop=<workshop_name>`` of the workshop file, with an ``Attendee`` tag). A dedicated
cluster runs commands for its single user only, so a facilitator's check of an attendee's
cluster would be refused: those clusters are counted as not checkable, never tried and never
failed (``status`` shows how they stand). Clusters that are not running are listed and
skipped with the reason they stopped, never started. Everything shares one deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import ME_PATH, WorkspaceApi
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console, render_table, terminal_width
from coding_assistants.cli.core.workspace import (
    add_workspace_options,
    connect_or_report,
    non_blank,
)
from coding_assistants.cli.services.check_run import SmokeError, call, run_check
from coding_assistants.cli.services.clusters import MAX_PAGES as MAX_PAGES  # the listing's bound
from coding_assistants.cli.services.clusters import ListingError, cluster_pages, count
from coding_assistants.cli.services.fleet_status import Phase, cluster_facts, standing
from coding_assistants.cli.services.workshop import (
    Workshop,
    WorkshopInputError,
    add_workshop_file_option,
    add_workshop_name_option,
    workshop_from_args,
)
from coding_assistants.untrusted import Node, UntrustedError, rows

TIMEOUT_SECONDS = 120.0
PARALLEL = 8
GET_PATH = "/api/2.1/clusters/get"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
NOT_YOURS = "not checked: dedicated to {user}, who alone can run commands on it"


@dataclass(frozen=True, kw_only=True)
class SmokeOptions:
    """``smoke``, as parsed."""

    cluster: str | None = None
    """One cluster, by id."""
    all: bool = False
    """Every attendee cluster of the workshop."""
    workshop_file: Path | None = None
    workshop: str | None = None
    """The workshop_name instead of the file's."""
    verbose: bool = False
    profile: str | None = None
    timeout: float


@dataclass(frozen=True)
class SmokeRun:
    """``smoke``'s options with the workshop they name: a new, frozen object."""

    cluster: str | None
    workshop: Workshop
    verbose: bool

    @classmethod
    def of(cls, options: SmokeOptions) -> SmokeRun:
        return cls(options.cluster, workshop_from_args(options), options.verbose)


@dataclass(frozen=True)
class Cluster:
    cluster_id: str
    name: str
    state: str
    user: str
    """The single user of a dedicated cluster (lower case); empty otherwise."""
    stopped: str = ""
    """Why a cluster that is not running stopped, in plain words."""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.cluster_id})" if self.name else self.cluster_id


@dataclass(frozen=True)
class Outcome:
    """One row of the table."""

    cluster: Cluster
    result: str
    failed: bool = False
    checkable: bool = True


def _cluster(entry: Node) -> Cluster:
    """A cluster's row: its id checked (UntrustedError names the row and the field), how it
    stands read as ``status`` reads it."""
    cluster_id = entry["cluster_id"].text()
    facts_ = cluster_facts(entry.value, "")
    row = standing(facts_, None)
    stopped = "" if facts_.state == "RUNNING" else row.why or facts_.state.lower()
    if row.phase == Phase.FAILED and row.cause:
        stopped = f"{row.cause}: {stopped}"
    user = entry["single_user_name"].text(optional=True).lower()
    return Cluster(cluster_id, facts_.name, facts_.state, user, stopped)


def _attendee_cluster(workshop: str) -> Callable[[Node], Cluster | None]:
    def read(entry: Node) -> Cluster | None:
        tags = entry["custom_tags"].text_map(optional=True)
        if tags.get(facts.TAG_WORKSHOP) == workshop and facts.TAG_ATTENDEE in tags:
            return _cluster(entry)
        return None

    return read


def workshop_clusters(
    api: WorkspaceApi, console: Console, workshop: str
) -> tuple[list[Cluster], list[UntrustedError]]:
    """Every attendee cluster of ``workshop`` (its Workshop tag, and an Attendee tag), by name,
    and the rows of the listing that could not be read (each on its own)."""
    try:
        listing = list(cluster_pages(api, console))
    except ListingError as error:
        raise SmokeError(str(error).split("\n  fix:")[0]) from None
    found, bad = rows(listing, _attendee_cluster(workshop))
    clusters = [c for c in found if c is not None]
    return sorted(clusters, key=lambda c: (c.name, c.cluster_id)), bad


def smoke_one(api: WorkspaceApi, console: Console, cluster: Cluster, me: str) -> Outcome:
    if cluster.user and me and cluster.user != me:
        return Outcome(cluster, NOT_YOURS.format(user=cluster.user), checkable=False)
    if cluster.state != "RUNNING":
        why = f" ({cluster.stopped})" if cluster.stopped else ""
        return Outcome(cluster, f"skipped: not running{why}; smoke never starts a cluster")
    try:
        result, failed = run_check(api, console, cluster.cluster_id)
    except SmokeError as error:
        text = str(error)
        if "single user" in text.lower() or "single-user" in text.lower():
            return Outcome(
                cluster, f"not checked: dedicated to another user ({text})", False, False
            )
        return Outcome(cluster, text, True)
    return Outcome(cluster, result, failed)


def _me(api: WorkspaceApi, console: Console) -> str:
    """Who the credentials belong to (lower case): commands run as them."""
    body = call(api, console, "GET", ME_PATH)
    return str(body.get("userName") or "").lower()


def _clusters(
    options: SmokeRun, api: WorkspaceApi, console: Console
) -> tuple[list[Cluster], list[UntrustedError]]:
    if not options.cluster:
        return workshop_clusters(api, console, options.workshop.name)
    try:
        body = call(api, console, "GET", GET_PATH, cluster_id=options.cluster)
        return [_cluster(Node(body, f"{api.host}{GET_PATH}"))], []
    except (SmokeError, UntrustedError) as error:
        raise SmokeError(f"cannot read the cluster {options.cluster!r}: {error}") from None


def _report(options: SmokeRun, outcomes: list[Outcome], console: Console) -> int:
    shown = [o for o in outcomes if o.checkable or options.verbose]
    rows = [[o.cluster.label, o.cluster.state, o.result] for o in shown]
    if rows:
        console.print(render_table(["CLUSTER", "STATE", "RESULT"], rows, width=terminal_width()))
        console.print()
    checked = [o for o in outcomes if o.checkable and o.cluster.state == "RUNNING"]
    failed = sum(o.failed for o in checked)
    skipped = sum(o.checkable and o.cluster.state != "RUNNING" for o in outcomes)
    others = sum(not o.checkable for o in outcomes)
    console.print(
        f"{len(checked) - failed} ready, {failed} failed, {skipped} skipped (not running), "
        f"{others} not checkable (dedicated to their attendee)."
    )
    if others and not options.verbose:
        console.print(
            f"  A dedicated cluster runs commands for its attendee only: {count(others)} "
            "were not tried. `coding-assistants status` shows how they stand; --verbose lists "
            "them."
        )
    if not checked:
        console.error("no cluster was checked: none is running and yours to run commands on")
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK


def run_smoke(options: SmokeRun, api: WorkspaceApi, console: Console) -> int:
    try:
        me = _me(api, console)
        clusters, unreadable = _clusters(options, api, console)
    except SmokeError as error:
        console.error(str(error) if options.cluster else f"cannot list the clusters: {error}")
        return EXIT_FAILED
    if unreadable:
        console.print(
            f"{len(unreadable)} row(s) of the cluster listing are malformed and were not "
            f"checked: {console.shorten(str(unreadable[0]))}"
        )
    if not clusters:
        console.error(
            f"no cluster tagged {facts.TAG_WORKSHOP}={options.workshop.name} with an "
            f"{facts.TAG_ATTENDEE} tag; the name comes from {options.workshop.file_hint}"
        )
        return EXIT_FAILED
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        outcomes = list(pool.map(lambda c: smoke_one(api, console, c, me), clusters))
    return _report(options, outcomes, console)


def run(args: SmokeOptions, console: Console) -> int:
    if not args.cluster and not args.all:
        console.error("give --cluster ID or --all")
        return EXIT_USAGE
    try:
        options = SmokeRun.of(args)
    except WorkshopInputError as error:
        console.error(str(error))
        return EXIT_USAGE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    console.print(f"Workspace: {config.host}")
    return run_smoke(options, api, console)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "smoke",
        help="run check-claude on your workshop clusters (attendees' are counted, not tried)",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 every checked cluster ready, 1 a check failed or timed out, or no "
        "cluster could be checked, 2 bad arguments",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--cluster", type=non_blank, metavar="ID", help="one cluster, by id")
    which.add_argument("--all", action="store_true", help="every attendee cluster of the workshop")
    add_workshop_file_option(parser, "its workshop_name is the Workshop tag --all looks for")
    add_workshop_name_option(parser)
    parser.add_argument(
        "--verbose", action="store_true", help="list the attendees' clusters not checked too"
    )
    add_workspace_options(parser, TIMEOUT_SECONDS, "the whole run")
    register(parser, SmokeOptions, run)
