"""``coding-assistants cleanup``: remove what a workshop left, chosen by its tags and settings.

The normal clean-up is Terraform (``cdktf destroy 'workshop-fleet*'``); this command is for what
outlives it or was never in a state. Everything is chosen from the workshop file
(``--workshop-file``), never by a name alone:

- clusters tagged ``Workshop=<workshop_name>`` (the stacks tag every attendee cluster, and the
  workshop's policy fixes the tag on any cluster made with it), optionally narrowed by
  ``--prefix``; a cluster without the tag is never touched, whatever its name. ``--execute``
  deletes them permanently (``--terminate``: only stops them). Clusters tagged
  ``ManagedBy=Terraform`` are skipped unless ``--include-managed``: a deployed fleet's, which
  its destroy removes and its next deploy would create again;
- the pool's warm VMs (``pool warm`` sets them outside Terraform): set back to 0, or with
  ``--include-pool`` the pool deleted; only the pool that carries the file's tags;
- with the roster (``--attendees``), the attendees' access that outlives the fleet: their
  grants on the script's catalog, schema and volume, ``CAN_USE`` on the policy and
  ``CAN_QUERY`` on the model's endpoint; exactly what the workshop grants, to roster members
  only, never the caller's own (see ``services/access_cleanup``).

A dry run by default: it lists what it would remove and what it keeps, and why.

Why permanent delete: a terminated cluster keeps its configuration and stays in the list for
30 days, where it can be started again (``databricks ssh`` may start it on connect) and bill
again. After the workshop the clusters have no further use; the attendees' work lives in
the workspace and volumes, not on the cluster, whose local disk is wiped on every stop anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants.cli.core.api import ME_PATH, CallError, WorkspaceApi
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import (
    add_workspace_options,
    connect_or_report,
    non_blank,
)
from coding_assistants.cli.services import access_cleanup as access
from coding_assistants.cli.services.cleanup_pool import (
    cool_pool,
    delete_pool,
    plan_pool,
)
from coding_assistants.cli.services.cleanup_report import CleanupRun, Found, report
from coding_assistants.cli.services.clusters import (
    MANAGED,
    PERMANENT_DELETE,
    TERMINATE,
    ListingError,
    count,
    execute,
    select,
)
from coding_assistants.cli.services.pools import PoolError
from coding_assistants.cli.services.workshop import (
    WorkshopInputError,
    add_roster_option,
    add_workshop_file_option,
    add_workshop_name_option,
    workshop_from_args,
)

TIMEOUT_SECONDS = 120.0
"""Default deadline of the whole command: listing, and removing everything."""
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SKIP_PLAN = f"skip: {MANAGED}"


@dataclass(frozen=True, kw_only=True)
class CleanupOptions:
    """``cleanup``, as parsed."""

    workshop_file: Path | None = None
    attendees: Path | None = None
    """The roster: its attendees' access is removed too."""
    workshop: str | None = None
    """The workshop_name instead of the file's."""
    prefix: str | None = None
    """Only the workshop's clusters whose names start with it; None: all of them."""
    include_managed: bool = False
    execute: bool = False
    """False: a dry run."""
    include_pool: bool = False
    verbose: bool = False
    terminate: bool = False
    """Stop the clusters instead of deleting them."""
    profile: str | None = None
    timeout: float


def _me(api: WorkspaceApi) -> str:
    try:
        reply = api.call("GET", ME_PATH)
    except CallError as error:
        raise access.AccessError(f"who am I: {error.reason}") from None
    return str(reply.body.get("userName") or "").lower() if reply.ok else ""


def _find(options: CleanupRun, api: WorkspaceApi, console: Console) -> Found:
    workshop = options.workshop
    selection = select(
        api,
        console,
        workshop.name,
        options.include_managed,
        options.prefix,
        f"{workshop.cluster_prefix}-",
    )
    pool = plan_pool(
        api, console, workshop.pool_name, workshop.tags, selection, options.include_pool
    )
    review = access.review(api, workshop, _me(api)) if workshop.attendees else None
    return Found(selection, pool, review)


def _execute(options: CleanupRun, api: WorkspaceApi, found: Found, console: Console) -> int:
    selection, pool = found.selection, found.pool
    console.print(f"{options.action.progress} {count(len(selection.targets))}:")
    failed = execute(api, options.action, selection, console, verbose=options.verbose)
    others = 0
    if pool is not None and pool.deletes:
        if failed:
            console.print(f"  SKIP  pool {pool.name}: kept, a cluster deletion failed")
        else:
            others += not delete_pool(api, console, pool)
    elif pool is not None and pool.cools:
        others += not cool_pool(api, console, pool)
    for plan in found.access.plans if found.access else ():
        if plan.remove:
            problem = access.remove(api, plan)
            removed = f"removed for {count(len(plan.remove), 'attendee')}"
            console.print(
                f"  {'FAIL' if problem else 'OK  '}  {plan.target.label}: {problem or removed}"
            )
            others += bool(problem)
    console.print()
    done, skipped = len(selection.targets) - failed, len(selection.skipped)
    console.print(f"{done} done, {failed} failed, {skipped} skipped.")
    return EXIT_FAILED if failed or others else EXIT_OK


def _options(args: CleanupOptions) -> CleanupRun:
    return CleanupRun(
        workshop=workshop_from_args(args, roster=True),
        prefix=args.prefix,
        include_managed=args.include_managed,
        include_pool=args.include_pool,
        execute=args.execute,
        verbose=args.verbose,
        action=TERMINATE if args.terminate else PERMANENT_DELETE,
    )


def run(args: CleanupOptions, console: Console) -> int:
    if args.include_pool and args.terminate:
        console.error("--include-pool with --terminate: a stopped cluster still needs its pool")
        return EXIT_USAGE
    try:
        options = _options(args)
    except WorkshopInputError as error:
        console.error(str(error))
        return EXIT_USAGE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    try:
        found = _find(options, api, console)
    except ListingError as error:
        console.error(f"cannot list the clusters: {error} ({config.host})")
        return EXIT_FAILED
    except (PoolError, access.AccessError) as error:
        console.error(f"{error} ({config.host}); nothing was changed")
        return EXIT_FAILED
    report(options, config.host, found, console)
    console.print()
    if found.nothing():
        console.error(
            f"nothing of workshop {options.workshop.name!r} was found; the name "
            f"comes from {options.workshop.file_hint}"
        )
        return EXIT_FAILED
    if not found.work():
        console.print("Nothing to do: everything found is skipped or already clean.")
        return EXIT_OK
    if not options.execute:
        console.print("Dry run: nothing was changed. To do the above, run again with --execute.")
        return EXIT_OK
    return _execute(options, api, found, console)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cleanup",
        help="list, then remove, what a workshop left: clusters, warm VMs, attendees' access",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 listed or all removed, 1 a removal or the workspace failed, or "
        "nothing of the workshop was found, 2 bad arguments",
    )
    add_workshop_file_option(parser, "its names and tags choose what is removed")
    add_roster_option(parser, "its attendees' grants and access entries are removed too")
    add_workshop_name_option(parser)
    parser.add_argument(
        "--prefix",
        type=non_blank,
        metavar="P",
        help="only the workshop's clusters whose names start with P (default: all of them)",
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
        "--execute", dest="execute", action="store_true", help="remove what is listed"
    )
    parser.add_argument(
        "--include-pool",
        action="store_true",
        help="delete the workshop's instance pool after its clusters, when no remaining "
        "cluster uses it (by default only its warm VMs are released); never the policy",
    )
    parser.add_argument("--verbose", action="store_true", help="list the skipped clusters too")
    parser.add_argument(
        "--terminate",
        action="store_true",
        help="stop the clusters instead of deleting them permanently (they can be restarted)",
    )
    add_workspace_options(parser, TIMEOUT_SECONDS, "listing and removals together")
    parser.set_defaults(execute=False)
    register(parser, CleanupOptions, run)
