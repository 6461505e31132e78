"""``coding-assistants cleanup``: remove the workshop's leftover clusters, by name prefix.

The normal clean-up is Terraform (``cdktf destroy workshop-fleet``); this command is for
clusters created outside it or left over. It lists clusters whose names start with the
prefix (and, with ``--workshop``, whose ``Workshop`` tag names that workshop), and with
``--execute`` removes them: a permanent delete by default, or with ``--terminate`` only a stop.
It calls the clusters API and nothing else, so the cluster policy, the volume and the
attendees' files are never touched.

Clusters tagged ``ManagedBy=Terraform`` are skipped unless ``--include-managed`` is given:
every cluster the stacks create carries that tag, so a prefix match alone could otherwise
delete a live workshop's clusters, which the next deploy would then create again, empty.

Why permanent delete: a terminated cluster keeps its configuration and stays in the list for
30 days, where it can be started again (``databricks ssh`` may start it on connect) and bill
again. After the workshop the clusters have no further use; the attendees' work lives in
the workspace and volumes, not on the cluster, whose local disk is wiped on every stop anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console, render_table
from coding_assistants.cli.core.workspace import (
    add_workspace_options,
    connect_or_report,
    non_blank,
)
from coding_assistants.cli.services.cleanup_pool import delete_pool, describe, plan_pool, pool_name
from coding_assistants.cli.services.clusters import (
    MANAGED,
    PERMANENT_DELETE,
    TERMINATE,
    TERRAFORM_CLEANUP,
    WORKSHOP_TAG,
    Action,
    ListingError,
    Selection,
    count,
    execute,
    select,
)
from coding_assistants.cli.services.pools import PoolError
from coding_assistants.facts import WORKSHOP_CLUSTER_PREFIX

DEFAULT_PREFIX = f"{WORKSHOP_CLUSTER_PREFIX}-"
MIN_PREFIX_LENGTH = 8
"""Shorter prefixes are refused, so that a slip cannot match unrelated clusters."""
TIMEOUT_SECONDS = 120.0
"""Default deadline of the whole command: listing, and removing every cluster."""
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SKIP_PLAN = f"skip: {MANAGED}"


@dataclass(frozen=True, kw_only=True)
class CleanupOptions:
    """``cleanup``, as parsed."""

    prefix: str
    workshop: str | None = None
    """Only clusters whose Workshop tag is this; None: any."""
    include_managed: bool = False
    execute: bool = False
    """False: a dry run."""
    include_pool: bool = False
    verbose: bool = False
    terminate: bool = False
    """Stop the clusters instead of deleting them."""
    profile: str | None = None
    timeout: float


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


def _table(selection: Selection, action: Action, dry_run: bool, verbose: bool) -> str:
    """The clusters acted on; with ``verbose`` the skipped ones too."""
    headers = ["CLUSTER ID", "NAME", "STATE", "MANAGED BY", "WORKSHOP", "CREATOR", "PLAN"]
    rows = [
        [
            t.cluster_id,
            t.name,
            t.state,
            "Terraform" if t.terraform else "-",
            t.workshop or "-",
            t.creator,
            SKIP_PLAN if selection.skips(t) else action.planned if dry_run else action.verb,
        ]
        for t in selection.matched
        if verbose or not selection.skips(t)
    ]
    return render_table(headers, rows)


def _counts(args: CleanupOptions, selection: Selection, action: Action, pool: Any) -> str:
    """The first line: what would be (or is being) done, what is skipped, by reason."""
    doing = "Dry run: would " + action.verb if not args.execute else "Execute: " + action.verb
    what = [count(len(selection.targets))]
    if pool is not None and pool.deletes:
        what.append(f"the pool {pool.name!r}")
    line = f"{doing} {' and '.join(what)}"
    skipped = len(selection.skipped)
    reasons = [f"{count(skipped)} tagged {MANAGED}"] if skipped else []
    if pool is not None and not pool.deletes:
        reasons.append(f"the pool ({pool.skip})")
    alone = selection.without_prefix + selection.other_workshop
    return (
        f"{line}; skip {', '.join(reasons) or 'nothing'}; {count(alone)} not matching left alone."
    )


def _print_plan(args: CleanupOptions, host: str, action: Action, console: Console) -> None:
    mode = "dry run (nothing is changed)" if not args.execute else "execute"
    workshop = "any (no --workshop)"
    if args.workshop is not None:
        workshop = f"{args.workshop!r} (only clusters tagged {WORKSHOP_TAG}={args.workshop})"
    managed = f"skipped (clusters tagged {MANAGED} are left to Terraform)"
    if args.include_managed:
        managed = f"included (--include-managed): clusters tagged {MANAGED} too"
    console.print(f"Workspace: {host}")
    console.print(f"Prefix:    {args.prefix!r}")
    console.print(f"Workshop:  {workshop}")
    console.print(f"Managed:   {managed}")
    console.print(f"Mode:      {mode}")
    console.print(f"Action:    {action.name}: {action.explanation}")
    console.print()


def _matched_line(args: CleanupOptions, selection: Selection) -> str:
    """``3 clusters start with 'p' (2 clusters without the prefix left alone):``, or the line
    that says none does."""
    alone = [f"{count(selection.without_prefix)} without the prefix"]
    tag = ""
    if args.workshop is not None:
        alone.append(f"{selection.other_workshop} of another or no workshop")
        tag = f" tagged {WORKSHOP_TAG}={args.workshop}"
    left_alone = f"{' and '.join(alone)} left alone"
    matched = len(selection.matched)
    if not matched:
        return f"No cluster{tag} starts with {args.prefix!r} ({left_alone})."
    verb = "starts" if matched == 1 else "start"
    return f"{count(matched)}{tag} {verb} with {args.prefix!r} ({left_alone}):"


def _print_managed(selection: Selection, console: Console) -> None:
    """Why the Terraform-managed clusters are skipped, or a warning when they are included."""
    skipped = len(selection.skipped)
    if skipped:
        it = "it" if skipped == 1 else "them"
        console.print(
            f"Skipped {count(skipped)} tagged {MANAGED}: the stacks created {it}, and "
            f"their next deploy\n  would create {it} again. Remove {it} with {TERRAFORM_CLEANUP},"
            f"\n  or run again with --include-managed to remove {it} here anyway."
        )
    managed = sum(t.terraform for t in selection.targets)
    if managed:
        console.print(
            f"Warning: {count(managed)} tagged {MANAGED} included (--include-managed)."
            f"\n  The normal clean-up is {TERRAFORM_CLEANUP};\n  a cluster removed here is "
            "created again by the next deploy of that stack."
        )


def _list(args: CleanupOptions, api: Any, console: Console) -> tuple[Selection, Any]:
    selection = select(api, console, args.prefix, args.workshop, args.include_managed)
    pool = None
    if args.include_pool:
        pool = plan_pool(api, console, pool_name(args.workshop), selection)
    return selection, pool


def _report(
    args: CleanupOptions, selection: Selection, action: Action, pool: Any, console: Console
) -> None:
    """Counts first, then the clusters acted on, the skipped summarised, the pool."""
    console.print(_counts(args, selection, action, pool))
    console.print(_matched_line(args, selection))
    if selection.targets or (args.verbose and selection.matched):
        console.print()
        console.print(_table(selection, action, not args.execute, args.verbose))
    console.print()
    _print_managed(selection, console)
    if selection.skipped and not args.verbose:
        console.print("  (--verbose lists the skipped clusters one per line)")
    if selection.unreadable:
        first = console.shorten(str(selection.unreadable[0]))
        console.print(
            f"Left alone {count(len(selection.unreadable))} whose row in the workspace's "
            f"listing is malformed (never acted on): {first}"
        )
    if pool is not None:
        console.print(describe(pool, dry_run=not args.execute))


def _execute(
    args: CleanupOptions, api: Any, selection: Selection, action: Action, pool: Any, console
) -> int:
    targets, skipped = len(selection.targets), len(selection.skipped)
    console.print(f"{action.progress} {count(targets)}:")
    failures = execute(api, action, selection, console, verbose=args.verbose)
    if pool is not None and pool.deletes:
        if failures:
            console.print(f"  SKIP  pool {pool.name}: kept, a cluster deletion failed")
        else:
            failures += not delete_pool(api, console, pool)
    console.print()
    console.print(f"{targets - failures} done, {failures} failed, {skipped} skipped.")
    return EXIT_FAILED if failures else EXIT_OK


def run(args: CleanupOptions, console: Console) -> int:
    problem = prefix_problem(args.prefix)
    if args.include_pool and args.terminate:
        problem = "--include-pool with --terminate: a stopped cluster still needs its pool"
    if problem:
        console.error(problem)
        return EXIT_USAGE
    action = TERMINATE if args.terminate else PERMANENT_DELETE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    try:
        selection, pool = _list(args, api, console)
    except ListingError as error:
        console.error(f"cannot list the clusters: {error} ({config.host})")
        return EXIT_FAILED
    except PoolError as error:
        console.error(f"{error} ({config.host}); nothing was changed")
        return EXIT_FAILED
    _report(args, selection, action, pool, console)
    console.print()
    _print_plan(args, config.host, action, console)
    if not selection.targets and not (pool is not None and pool.deletes):
        console.print(f"Nothing to {action.verb}: every listed cluster is skipped.")
        return EXIT_OK
    if not args.execute:
        console.print(
            f"Dry run: nothing was changed. To {action.verb} {count(len(selection.targets))}, "
            "run again with --execute."
        )
        return EXIT_OK
    return _execute(args, api, selection, action, pool, console)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cleanup",
        help="list, then remove, the clusters whose names start with a prefix",
        description=(
            "List the clusters whose names start with --prefix (created outside Terraform, or "
            "left over), optionally only those of one --workshop, and, with --execute, "
            "permanently delete them (or only stop them, with --terminate). Dry run by default. "
            f"Clusters tagged {MANAGED} (every cluster the stacks create) are listed "
            "but skipped unless --include-managed is given: remove them with "
            f"{TERRAFORM_CLEANUP}. Clusters without the prefix, the cluster policy, the volume "
            "and the attendees' files are never touched."
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
    parser.add_argument(
        "--workshop",
        type=non_blank,
        metavar="NAME",
        help=f"only clusters whose {WORKSHOP_TAG} tag is NAME, the workshop_name of the stacks "
        f"(e.g. {facts.WORKSHOP_NAME}); default: any",
    )
    parser.add_argument(
        "--include-managed",
        action="store_true",
        help=f"also remove clusters tagged {MANAGED} (skipped by default: Terraform "
        "removes them, and its next deploy would create them again)",
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
        "--include-pool",
        action="store_true",
        help="also delete the workshop's instance pool (<workshop>-pool), after its clusters "
        "and only when no remaining cluster uses it; never the policy or the scripts",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="list the skipped clusters one per line too (by default they are counted)",
    )
    parser.add_argument(
        "--terminate",
        action="store_true",
        help="stop the clusters instead of deleting them permanently (they can be restarted)",
    )
    add_workspace_options(parser, TIMEOUT_SECONDS, "listing and removals together")
    parser.set_defaults(execute=False)
    register(parser, CleanupOptions, run)
