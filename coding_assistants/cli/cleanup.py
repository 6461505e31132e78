"""``coding-assistants cleanup``: remove the workshop's leftover clusters, by name prefix.

The normal clean-up is Terraform (``cdktf destroy workshop-fleet``); this command is for
clusters created outside it or left over. It lists clusters whose names start with the
prefix, and with ``--execute`` removes them: a permanent delete by default, or with
``--terminate`` only a stop. It calls the clusters API and nothing else, so the cluster
policy, the volume and the attendees' files are never touched.

Why permanent delete: a terminated cluster keeps its configuration and stays in the list for
30 days, where it can be started again (``databricks ssh`` may start it on connect) and bill
again. After the workshop the clusters have no further use; the attendees' work lives in
the workspace and volumes, not on the cluster, whose local disk is wiped on every stop anyway.
"""

from __future__ import annotations

import argparse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coding_assistants.cli.output import Console, render_table
from coding_assistants.cli.workspace import (
    LOGIN_FIX,
    CredentialsError,
    positive_seconds,
    short_error,
    workspace_config,
)

if TYPE_CHECKING:
    from databricks.sdk import WorkspaceClient

DEFAULT_PREFIX = "claude-code-workshop-"
MIN_PREFIX_LENGTH = 8
"""Shorter prefixes are refused, so that a slip cannot match unrelated clusters."""
PARALLEL_REQUESTS = 8
HTTP_TIMEOUT_SECONDS = 30.0
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
TERRAFORM_TAG = ("ManagedBy", "Terraform")


@dataclass(frozen=True)
class Action:
    """What ``--execute`` does to each cluster, in the words of the output."""

    name: str
    """Short name, shown as the action."""
    verb: str
    """What is done to a cluster, as in "would <verb>"."""
    progress: str
    """The heading while it runs."""
    done: str
    """The result of one cluster when it worked."""
    explanation: str
    """What it means for the cluster, shown before anything happens."""

    @property
    def planned(self) -> str:
        return f"would {self.verb}"


PERMANENT_DELETE = Action(
    name="permanent delete",
    verb="permanently delete",
    progress="Permanently deleting",
    done="deleted",
    explanation="the cluster and its configuration are removed for good; this cannot be undone",
)
TERMINATE = Action(
    name="terminate",
    verb="terminate",
    progress="Terminating",
    done="terminated",
    explanation="the cluster stops but stays in the cluster list, and can be started again",
)


def _clusters(count: int) -> str:
    return f"{count} cluster{'s' if count != 1 else ''}"


@dataclass(frozen=True)
class Target:
    """A cluster whose name starts with the prefix."""

    cluster_id: str
    name: str
    state: str
    """The cluster's state when listed (RUNNING, TERMINATED, ...)."""
    creator: str
    terraform: bool
    """True when the cluster carries the tag ManagedBy=Terraform."""


def prefix_problem(prefix: str) -> str | None:
    """Why ``prefix`` is refused, or None."""
    if not prefix.strip():
        return "--prefix is empty: it would match every cluster"
    if len(prefix) < MIN_PREFIX_LENGTH:
        return (
            f"--prefix {prefix!r} is too short: give at least {MIN_PREFIX_LENGTH} characters "
            f"(the workshop default is {DEFAULT_PREFIX}), so it cannot match unrelated clusters"
        )
    return None


def find_targets(client: WorkspaceClient, prefix: str) -> tuple[list[Target], int]:
    """The clusters whose names start with ``prefix``, by name, and how many others there are."""
    targets, others = [], 0
    for cluster in client.clusters.list():
        name = cluster.cluster_name or ""
        if not name.startswith(prefix):
            others += 1
            continue
        tags = cluster.custom_tags or {}
        state = cluster.state.value if cluster.state else "UNKNOWN"
        targets.append(
            Target(
                cluster_id=cluster.cluster_id or "",
                name=name,
                state=state,
                creator=cluster.creator_user_name or "",
                terraform=tags.get(TERRAFORM_TAG[0]) == TERRAFORM_TAG[1],
            )
        )
    return sorted(targets, key=lambda t: (t.name, t.cluster_id)), others


def _apply(client: WorkspaceClient, action: Action, target: Target) -> tuple[bool, str]:
    if action is TERMINATE and target.state == "TERMINATED":
        return True, "already terminated, left as is"
    try:
        if action is TERMINATE:
            client.clusters.delete(cluster_id=target.cluster_id)
        else:
            client.clusters.permanent_delete(cluster_id=target.cluster_id)
    except Exception as error:
        code = getattr(error, "error_code", None)
        return False, f"{code}: {short_error(error)}" if code else short_error(error)
    return True, action.done


def execute(
    client: WorkspaceClient, action: Action, targets: list[Target], console: Console
) -> int:
    """Apply ``action`` to every target, a few at a time; one failure never stops the rest.
    Prints one line per cluster, in table order; returns the number of failures."""
    failures = 0
    with ThreadPoolExecutor(max_workers=PARALLEL_REQUESTS) as pool:
        results = pool.map(lambda t: _apply(client, action, t), targets)
        for target, (ok, message) in zip(targets, results, strict=True):
            failures += not ok
            status = "OK  " if ok else "FAIL"
            console.print(f"  {status}  {target.cluster_id}  {target.name}: {message}")
    return failures


def _target_table(targets: list[Target], action: Action, dry_run: bool) -> str:
    headers = ["CLUSTER ID", "NAME", "STATE", "MANAGED BY", "CREATOR"]
    rows = [
        [t.cluster_id, t.name, t.state, "Terraform" if t.terraform else "-", t.creator]
        for t in targets
    ]
    if dry_run:
        headers.append("PLAN")
        rows = [[*row, action.planned] for row in rows]
    return render_table(headers, rows)


def _print_plan(args: argparse.Namespace, host: str, action: Action, console: Console) -> None:
    mode = "dry run (nothing is changed)" if not args.execute else "execute"
    console.print(f"Workspace: {host}")
    console.print(f"Prefix:    {args.prefix!r}")
    console.print(f"Mode:      {mode}")
    console.print(f"Action:    {action.name}: {action.explanation}")
    console.print()


def _print_terraform_note(targets: list[Target], console: Console) -> None:
    managed = sum(t.terraform for t in targets)
    if managed:
        console.print(
            f"Note: {_clusters(managed)} of these carry the tag ManagedBy=Terraform. The normal "
            "clean-up is\n  `cdktf destroy workshop-fleet --skip-synth`; a cluster removed here "
            "is created again\n  by the next deploy of that stack."
        )


def run(args: argparse.Namespace, console: Console) -> int:
    problem = prefix_problem(args.prefix)
    if problem:
        console.error(problem)
        return EXIT_USAGE
    action = TERMINATE if args.terminate else PERMANENT_DELETE
    try:
        config = workspace_config(args.profile, console, http_timeout=args.timeout)
    except CredentialsError as error:
        console.error(f"{error}\n  fix: {LOGIN_FIX}")
        return EXIT_FAILED
    from databricks.sdk import WorkspaceClient

    client = WorkspaceClient(config=config)
    _print_plan(args, config.host, action, console)
    try:
        targets, others = find_targets(client, args.prefix)
    except Exception as error:
        console.error(f"cannot list the clusters: {short_error(error)}")
        return EXIT_FAILED
    left_alone = f"{_clusters(others)} without the prefix left alone"
    if not targets:
        console.print(f"No cluster name starts with {args.prefix!r} ({left_alone}).")
        return EXIT_OK
    console.print(f"{_clusters(len(targets))} start with {args.prefix!r} ({left_alone}):")
    console.print()
    console.print(_target_table(targets, action, dry_run=not args.execute))
    console.print()
    _print_terraform_note(targets, console)
    if not args.execute:
        console.print(
            f"Dry run: nothing was changed. To {action.verb} {_clusters(len(targets))}, "
            "run again with --execute."
        )
        return EXIT_OK
    console.print(f"{action.progress} {_clusters(len(targets))}:")
    failures = execute(client, action, targets, console)
    console.print()
    console.print(f"{len(targets) - failures} done, {failures} failed.")
    return EXIT_FAILED if failures else EXIT_OK


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cleanup",
        help="list, then remove, the clusters whose names start with a prefix",
        description=(
            "List the clusters whose names start with --prefix (created outside Terraform, or "
            "left over) and, with --execute, permanently delete them (or only stop them, with "
            "--terminate). Dry run by default. Clusters without the prefix, the cluster policy, "
            "the volume and the attendees' files are never touched. The normal clean-up is "
            "`cdktf destroy workshop-fleet --skip-synth` (or `terraform destroy` in that stack)."
        ),
        epilog="exit codes: 0 listed or all removed, 1 a removal or the workspace failed, "
        "2 bad arguments",
    )
    parser.add_argument(
        "--prefix",
        default=DEFAULT_PREFIX,
        help=f"cluster name prefix, at least {MIN_PREFIX_LENGTH} characters "
        f"(default: {DEFAULT_PREFIX})",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--dry-run",
        dest="execute",
        action="store_false",
        help="only list what would be removed (the default)",
    )
    mode.add_argument(
        "--execute", dest="execute", action="store_true", help="remove the listed clusters"
    )
    parser.add_argument(
        "--terminate",
        action="store_true",
        help="stop the clusters instead of deleting them permanently (they can be restarted)",
    )
    parser.add_argument("--profile", metavar="P", help="profile in ~/.databrickscfg")
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=HTTP_TIMEOUT_SECONDS,
        metavar="SECONDS",
        help=f"HTTP timeout of each request (default: {HTTP_TIMEOUT_SECONDS:g})",
    )
    parser.set_defaults(run=run, execute=False)
