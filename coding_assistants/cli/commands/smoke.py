"""``coding-assistants smoke``: run ``check-claude`` on workshop clusters and tabulate the result.

Through the command execution API (API 1.2: an execution context per cluster, one Python
command that runs ``/usr/local/bin/check-claude``, the context destroyed afterwards), on one
cluster (``--cluster ID``) or on every running cluster of the workshop (``--all``: clusters
tagged ``Workshop=<name>`` and carrying an ``Attendee`` tag). Clusters that are not running
are listed and skipped, never started. Everything shares one deadline (``--timeout``).

A dedicated (single-user) cluster runs commands for its assigned user only, so on an
attendee's cluster the API refuses a facilitator's command; that shows as ``refused``. Smoke
is therefore for the clusters a facilitator is the single user of (their own test clusters,
or a facilitator on the roster); see docs/facilitator-guide.md.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console, render_table
from coding_assistants.cli.core.workspace import (
    add_workspace_options,
    connect_or_report,
    non_blank,
)
from coding_assistants.cli.services.clusters import MAX_PAGES as MAX_PAGES  # the listing's bound
from coding_assistants.cli.services.clusters import ListingError, cluster_pages
from coding_assistants.untrusted import Node, UntrustedError, rows

CHECK = "/usr/local/bin/check-claude"
COMMAND = (
    "import subprocess\n"
    f"r = subprocess.run([{CHECK!r}], capture_output=True, text=True, timeout=50)\n"
    "print('exit=%d' % r.returncode)\n"
    "print((r.stdout + r.stderr)[-4000:])\n"
)
"""The Python command run on the driver; its first output line carries the exit code."""
DEFAULT_WORKSHOP = facts.WORKSHOP_NAME
TIMEOUT_SECONDS = 120.0
POLL_SECONDS = 2.0
PARALLEL = 8
GET_PATH = "/api/2.1/clusters/get"
CONTEXTS, COMMANDS = "/api/1.2/contexts", "/api/1.2/commands"
DESTROY_RESERVE_SECONDS, DESTROY_RESERVE_SHARE = 3.0, 0.25
"""Polling stops this long (at most this share of --timeout) before the deadline, so the
execution context can still be destroyed within it."""
FINISHED = ("Finished", "Error", "Cancelled")
RESULT_CHARS = 120
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True, kw_only=True)
class SmokeOptions:
    """``smoke``, as parsed."""

    cluster: str | None = None
    """One cluster, by id."""
    all: bool = False
    """Every attendee cluster of ``workshop``."""
    workshop: str
    profile: str | None = None
    timeout: float


class SmokeError(Exception):
    """A call failed: the clusters cannot be listed, or one check cannot go on."""


@dataclass(frozen=True)
class Cluster:
    cluster_id: str
    name: str
    state: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.cluster_id})" if self.name else self.cluster_id


@dataclass(frozen=True)
class Outcome:
    """One row of the table."""

    cluster: str
    state: str
    result: str
    failed: bool


def _call(
    api: WorkspaceApi, console: Console, method: str, path: str, body: Any = None, **query: str
) -> dict[str, Any]:
    """The JSON body of a successful call; SmokeError (masked, plain words) otherwise."""
    try:
        reply = api.call(method, path, body, **query)
    except CallError as error:
        raise SmokeError(error.reason) from None
    if not reply.ok:
        raise SmokeError(f"HTTP {reply.status}: {console.shorten(reply.message)}")
    if reply.unreadable:
        raise SmokeError(console.shorten(f"{reply.source}: {reply.unreadable}"))
    return reply.body


def _cluster(entry: Node) -> Cluster:
    """A cluster's row, each field checked (UntrustedError names the row and the field)."""
    return Cluster(
        entry["cluster_id"].text(),
        entry["cluster_name"].text(optional=True),
        entry["state"].text(optional=True) or "UNKNOWN",
    )


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


def _poll(fetch: Callable[[], dict], done: Callable[[dict], bool], deadline: Deadline) -> Any:
    """Call ``fetch()`` until ``done(answer)``; None when the deadline, less the reserve for
    destroying the context, is too near for another look."""
    reserve = min(DESTROY_RESERVE_SECONDS, deadline.seconds * DESTROY_RESERVE_SHARE)
    while True:
        answer = fetch()
        if done(answer):
            return answer
        if deadline.remaining() <= reserve + POLL_SECONDS:
            return None
        time.sleep(POLL_SECONDS)


def _verdict(status: dict[str, Any], console: Console) -> tuple[str, bool]:
    """The row's result from a finished command: the check's exit code and last line (or its
    line about a rate-limited model), masked before it is cut."""
    results = status.get("results")
    if not isinstance(results, dict) or results.get("resultType") == "error":
        cause = "no result"
        if isinstance(results, dict):
            cause = str(results.get("cause") or results.get("summary") or "error")
        if status.get("status") == "Cancelled":
            cause = "cancelled"
        return f"error: {console.secrets.shorten(cause, RESULT_CHARS)}", True
    lines = [line for line in str(results.get("data") or "").splitlines() if line.strip()]
    code = lines[0].removeprefix("exit=") if lines and lines[0].startswith("exit=") else "?"
    # A rate-limited model (check-claude's "(429)" line) says more than the closing count.
    shown = next((x for x in lines[1:] if "(429)" in x), lines[-1]) if len(lines) > 1 else ""
    last = console.secrets.shorten(shown, RESULT_CHARS * 2 if "(429)" in shown else RESULT_CHARS)
    ready = code == "0"
    return f"{'ready' if ready else f'not ready (exit {code})'}: {last}".rstrip(": "), not ready


def _run_command(api: WorkspaceApi, console: Console, context: dict[str, str]) -> tuple[str, bool]:
    """Wait for the context, run check-claude in it and wait for the result."""
    ready = _poll(
        lambda: _call(api, console, "GET", f"{CONTEXTS}/status", **context),
        lambda s: s.get("status") != "Pending",
        api.deadline,
    )
    if ready is None:
        return f"timed out waiting for an execution context ({api.deadline})", True
    if ready.get("status") != "Running":
        return f"the execution context is {ready.get('status') or 'unknown'}", True
    body = {**context, "language": "python", "command": COMMAND}
    started = _call(api, console, "POST", f"{COMMANDS}/execute", body)
    command = {**context, "commandId": str(started.get("id") or "")}
    status = _poll(
        lambda: _call(api, console, "GET", f"{COMMANDS}/status", **command),
        lambda s: s.get("status") in FINISHED,
        api.deadline,
    )
    if status is None:
        return f"timed out running check-claude ({api.deadline})", True
    return _verdict(status, console)


def _check(api: WorkspaceApi, console: Console, cluster_id: str) -> tuple[str, bool]:
    """Run check-claude on ``cluster_id`` in a new execution context, destroyed afterwards."""
    ids = {"clusterId": cluster_id}
    created = _call(api, console, "POST", f"{CONTEXTS}/create", {**ids, "language": "python"})
    context = {**ids, "contextId": str(created.get("id") or "")}
    try:
        return _run_command(api, console, context)
    finally:
        # A context that cannot be destroyed (the deadline passed) ends with the cluster.
        with contextlib.suppress(SmokeError):
            _call(api, console, "POST", f"{CONTEXTS}/destroy", context)


def smoke_one(api: WorkspaceApi, console: Console, cluster: Cluster) -> Outcome:
    if cluster.state != "RUNNING":
        result = "skipped: not running (smoke never starts a cluster)"
        return Outcome(cluster.label, cluster.state, result, False)
    try:
        result, failed = _check(api, console, cluster.cluster_id)
    except SmokeError as error:
        text = str(error)
        if "single user" in text.lower() or "single-user" in text.lower():
            text = f"refused: dedicated to another user ({text})"
        return Outcome(cluster.label, cluster.state, text, True)
    return Outcome(cluster.label, cluster.state, result, failed)


def _clusters(
    args: SmokeOptions, api: WorkspaceApi, console: Console
) -> tuple[list[Cluster], list[UntrustedError]]:
    if not args.cluster:
        return workshop_clusters(api, console, args.workshop)
    try:
        body = _call(api, console, "GET", GET_PATH, cluster_id=args.cluster)
        return [_cluster(Node(body, f"{api.host}{GET_PATH}"))], []
    except (SmokeError, UntrustedError) as error:
        raise SmokeError(f"cannot read the cluster {args.cluster!r}: {error}") from None


def run_smoke(args: SmokeOptions, api: WorkspaceApi, console: Console) -> int:
    try:
        clusters, unreadable = _clusters(args, api, console)
    except SmokeError as error:
        console.error(str(error) if args.cluster else f"cannot list the clusters: {error}")
        return EXIT_FAILED
    if unreadable:
        console.print(
            f"{len(unreadable)} row(s) of the cluster listing are malformed and were not "
            f"checked: {console.shorten(str(unreadable[0]))}"
        )
    if not clusters:
        console.print(
            f"No cluster tagged {facts.TAG_WORKSHOP}={args.workshop} "
            f"with an {facts.TAG_ATTENDEE} tag."
        )
        return EXIT_OK
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        outcomes = list(pool.map(lambda c: smoke_one(api, console, c), clusters))
    rows = [[o.cluster, o.state, o.result] for o in outcomes]
    console.print(render_table(["CLUSTER", "STATE", "RESULT"], rows))
    failed = sum(o.failed for o in outcomes)
    skipped = sum(o.state != "RUNNING" for o in outcomes)
    console.print()
    console.print(f"{len(outcomes) - failed - skipped} ready, {failed} failed, {skipped} skipped.")
    return EXIT_FAILED if failed else EXIT_OK


def run(args: SmokeOptions, console: Console) -> int:
    if not args.cluster and not args.all:
        console.error("give --cluster ID or --all")
        return EXIT_USAGE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    console.print(f"Workspace: {config.host}")
    return run_smoke(args, api, console)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "smoke",
        help="run check-claude on one or every running workshop cluster",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 every checked cluster ready, 1 a check failed or timed out, "
        "2 bad arguments",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--cluster", type=non_blank, metavar="ID", help="one cluster, by id")
    which.add_argument("--all", action="store_true", help="every attendee cluster of --workshop")
    parser.add_argument(
        "--workshop",
        type=non_blank,
        default=DEFAULT_WORKSHOP,
        metavar="NAME",
        help=f"the workshop_name of the stacks, for --all (default: {DEFAULT_WORKSHOP})",
    )
    add_workspace_options(parser, TIMEOUT_SECONDS, "the whole run")
    register(parser, SmokeOptions, run)
