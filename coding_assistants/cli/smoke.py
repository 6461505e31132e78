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

import argparse
import contextlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coding_assistants.cli.output import Console, render_table
from coding_assistants.cli.workspace import (
    LOGIN_FIX,
    CredentialsError,
    non_blank,
    positive_seconds,
    short_error,
    workspace_config,
)

if TYPE_CHECKING:
    from databricks.sdk import WorkspaceClient

CHECK = "/usr/local/bin/check-claude"
COMMAND = (
    "import subprocess\n"
    f"r = subprocess.run([{CHECK!r}], capture_output=True, text=True, timeout=50)\n"
    "print('exit=%d' % r.returncode)\n"
    "print((r.stdout + r.stderr)[-4000:])\n"
)
"""The Python command run on the driver; its first output line carries the exit code."""
DEFAULT_WORKSHOP = "claude-code-workshop"
TIMEOUT_SECONDS = 120.0
POLL_SECONDS = 2.0
PARALLEL = 8
MAX_CLUSTERS = 10_000
"""Most clusters read from the listing (a bound on the loop)."""
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Outcome:
    """One row of the table."""

    cluster: str
    state: str
    result: str
    failed: bool


def _workshop_clusters(client: WorkspaceClient, workshop: str) -> list[tuple[str, str, str]]:
    """(cluster id, name, state) of every attendee cluster of ``workshop``, by name."""
    found = []
    for seen, cluster in enumerate(client.clusters.list()):
        if seen >= MAX_CLUSTERS:
            break
        tags = cluster.custom_tags or {}
        if tags.get("Workshop") == workshop and "Attendee" in tags:
            state = cluster.state.value if cluster.state else "UNKNOWN"
            found.append((cluster.cluster_id or "", cluster.cluster_name or "", state))
    return sorted(found, key=lambda c: (c[1], c[0]))


def _one_cluster(client: WorkspaceClient, cluster_id: str) -> list[tuple[str, str, str]]:
    cluster = client.clusters.get(cluster_id)
    state = cluster.state.value if cluster.state else "UNKNOWN"
    return [(cluster_id, cluster.cluster_name or "", state)]


def _poll(fetch: Any, done: Any, deadline: float) -> Any:
    """Call ``fetch()`` until ``done(answer)`` or the deadline; None when it passed."""
    while True:
        answer = fetch()
        if done(answer):
            return answer
        if time.monotonic() + POLL_SECONDS > deadline:
            return None
        time.sleep(POLL_SECONDS)


def _verdict(status: Any) -> tuple[str, bool]:
    """The row's result from a finished command: the check's exit code and last line."""
    results = status.results
    if results is None or (results.result_type and results.result_type.value == "error"):
        cause = (results.cause or results.summary or "error") if results else "no result"
        return f"error: {' '.join(str(cause).split())[:120]}", True
    lines = [line for line in str(results.data or "").splitlines() if line.strip()]
    code = lines[0].removeprefix("exit=") if lines and lines[0].startswith("exit=") else "?"
    last = lines[-1].strip()[:120] if len(lines) > 1 else ""
    ready = code == "0"
    return f"{'ready' if ready else f'not ready (exit {code})'}: {last}".rstrip(": "), not ready


def _check(client: WorkspaceClient, cluster_id: str, deadline: float) -> tuple[str, bool]:
    from databricks.sdk.service.compute import CommandStatus, ContextStatus, Language

    api = client.command_execution
    context = api.create(cluster_id=cluster_id, language=Language.PYTHON).context_id
    try:
        ready = _poll(
            lambda: api.context_status(cluster_id, context),
            lambda s: s.status != ContextStatus.PENDING,
            deadline,
        )
        if ready is None or ready.status != ContextStatus.RUNNING:
            return "timed out waiting for an execution context", True
        command = api.execute(
            cluster_id=cluster_id, context_id=context, language=Language.PYTHON, command=COMMAND
        ).command_id
        finished = {CommandStatus.FINISHED, CommandStatus.ERROR, CommandStatus.CANCELLED}
        status = _poll(
            lambda: api.command_status(cluster_id, context, command),
            lambda s: s.status in finished,
            deadline,
        )
        return ("timed out running check-claude", True) if status is None else _verdict(status)
    finally:
        # A context that cannot be destroyed dies with the cluster; the row says the rest.
        with contextlib.suppress(Exception):
            api.destroy(cluster_id, context)


def smoke_one(client: WorkspaceClient, cluster: tuple[str, str, str], deadline: float) -> Outcome:
    cluster_id, name, state = cluster
    label = f"{name} ({cluster_id})" if name else cluster_id
    if state != "RUNNING":
        return Outcome(label, state, "skipped: not running (smoke never starts a cluster)", False)
    try:
        result, failed = _check(client, cluster_id, deadline)
    except Exception as error:
        text = short_error(error)
        if "single user" in text.lower() or "single-user" in text.lower():
            text = f"refused: dedicated to another user ({text})"
        return Outcome(label, state, text, True)
    return Outcome(label, state, result, failed)


def run_smoke(args: argparse.Namespace, client: WorkspaceClient, console: Console) -> int:
    deadline = time.monotonic() + args.timeout
    if args.cluster:
        clusters = _one_cluster(client, args.cluster)
    else:
        clusters = _workshop_clusters(client, args.workshop)
    if not clusters:
        console.print(f"No cluster tagged Workshop={args.workshop} with an Attendee tag.")
        return EXIT_OK
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        outcomes = list(pool.map(lambda c: smoke_one(client, c, deadline), clusters))
    rows = [[o.cluster, o.state, o.result] for o in outcomes]
    console.print(render_table(["CLUSTER", "STATE", "RESULT"], rows))
    failed = sum(o.failed for o in outcomes)
    skipped = sum(o.state != "RUNNING" for o in outcomes)
    console.print()
    console.print(f"{len(outcomes) - failed - skipped} ready, {failed} failed, {skipped} skipped.")
    return EXIT_FAILED if failed else EXIT_OK


def run(args: argparse.Namespace, console: Console) -> int:
    if not args.cluster and not args.all:
        console.error("give --cluster ID or --all")
        return EXIT_USAGE
    try:
        config = workspace_config(
            args.profile, console, http_timeout=min(args.timeout, 30.0), retry_timeout=args.timeout
        )
    except CredentialsError as error:
        console.error(f"{error}\n  fix: {LOGIN_FIX}")
        return EXIT_FAILED
    from databricks.sdk import WorkspaceClient

    console.print(f"Workspace: {config.host}")
    try:
        return run_smoke(args, WorkspaceClient(config=config), console)
    except Exception as error:
        console.error(f"cannot list the clusters: {short_error(error)}")
        return EXIT_FAILED


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
    parser.add_argument("--profile", metavar="P", help="profile in ~/.databrickscfg")
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=TIMEOUT_SECONDS,
        metavar="SECONDS",
        help=f"deadline of the whole run (default: {TIMEOUT_SECONDS:g})",
    )
    parser.set_defaults(run=run)
