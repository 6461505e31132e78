"""``coding-assistants pool warm|cool``: how many VMs the workshop's pool keeps warm.

The stacks create the pool cold (``min_idle_instances`` 0) and tell Terraform to ignore later
changes of that one attribute, so this command owns it: ``warm`` the day before or half an
hour before the start (clusters then start in a minute or two instead of five to ten), and
``cool`` once the attendees' clusters run or the day is over. Idle pool VMs bill the VM
price (no DBUs) for as long as they are kept warm.

The pool is found by name, ``<workshop_name>-pool`` of the workshop file (``--workshop-file``),
in the instance-pool list. The edit sends the pool's other settings back as they are (name,
node type, capacity, idle termination, tags), and nothing else of the workspace is touched.
Every call, and ``warm --wait``, takes what is left of one deadline (``--timeout``); the wait
shows the VMs starting, and stops early, naming the cause, when VMs fail (a quota, a region
out of capacity) and none is starting any more.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import (
    add_workspace_options,
    connect_or_report,
    non_blank,
)
from coding_assistants.cli.services.pool_wait import (
    blocking_cause,
    describe_errors,
    look,
    wait_for_idle,
)
from coding_assistants.cli.services.pools import (
    PoolError,
    find_pool,
    idle_count,
    set_min_idle,
    whole,
)
from coding_assistants.cli.services.workshop import (
    Workshop,
    WorkshopInputError,
    add_workshop_file_option,
    workshop_from_args,
)

TIMEOUT_SECONDS = 60.0
WAIT_SECONDS = 900.0
"""Default deadline of ``warm --wait``: cloud VMs take five to ten minutes to start, more
when a hundred start at once."""
POLL_SECONDS = 5.0
"""Between two looks at the pool's idle VMs while ``warm --wait`` waits."""
LOOK_SECONDS = 1.0
"""Time kept for one more look at the pool: a poll that would leave less is not started, so
the wait ends with the count, not with a call cut off at the deadline."""
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True, kw_only=True)
class PoolOptions:
    """``pool warm`` or ``pool cool``, as parsed."""

    action: str
    """``warm`` or ``cool``."""
    workshop_file: Path | None = None
    workshop: str | None = None
    """The stacks' workshop_name instead of the file's."""
    pool: str | None = None
    """The pool's name, instead of ``<workshop_name>-pool``."""
    instances: int | None = None
    """``warm``: idle VMs to keep; None: the pool's max_capacity."""
    wait: bool = False
    """``warm``: wait until the VMs are idle."""
    profile: str | None = None
    timeout: float | None = None
    """None: the default of the action (longer with ``--wait``)."""


@dataclass(frozen=True)
class PoolRun:
    """``pool``'s options with the workshop they name and the deadline chosen: a new, frozen
    object."""

    action: str
    workshop: Workshop
    pool: str
    """The pool's name: ``--pool``, else the workshop's ``<workshop_name>-pool``."""
    instances: int | None
    wait: bool
    profile: str | None
    timeout: float

    @classmethod
    def of(cls, options: PoolOptions) -> PoolRun:
        workshop = workshop_from_args(options)
        timeout = options.timeout or (WAIT_SECONDS if options.wait else TIMEOUT_SECONDS)
        return cls(
            action=options.action,
            workshop=workshop,
            pool=options.pool or workshop.pool_name,
            instances=options.instances,
            wait=options.wait,
            profile=options.profile,
            timeout=timeout,
        )


def _warm_target(options: PoolRun, pool: dict[str, Any]) -> int:
    if options.action == "cool":
        return 0
    if options.instances is not None:
        return options.instances
    capacity = whole(pool.get("max_capacity"))
    if capacity < 1:
        raise PoolError("the pool has no max_capacity to warm up to: give --instances N")
    return capacity


def _describe(pool: dict[str, Any]) -> str:
    return (
        f"{pool.get('instance_pool_name')} ({pool.get('instance_pool_id')}): min_idle_instances "
        f"{pool.get('min_idle_instances') or 0}, max_capacity {pool.get('max_capacity')}, "
        f"idle now {idle_count(pool)}"
    )


def _find(options: PoolRun, api: WorkspaceApi, console: Console) -> dict[str, Any]:
    try:
        return find_pool(api, console, options.pool)
    except PoolError as error:
        if str(error).startswith("no instance pool named") and not options.workshop.given:
            raise PoolError(f"{error}; the name comes from {options.workshop.file_hint}") from None
        raise


def _wait(options: PoolRun, api: WorkspaceApi, console: Console, pool: dict, target: int) -> int:
    console.print(f"Waiting up to {options.timeout:g} s for {target} idle VMs:")
    result = wait_for_idle(
        api, console, str(pool.get("instance_pool_id")), target, POLL_SECONDS, LOOK_SECONDS
    )
    if result.last.idle >= target:
        console.print(f"Warm: {result.last.idle} idle VMs.")
        return EXIT_OK
    cause = blocking_cause(result)
    when = "and none is starting any more" if result.stopped_early else "after"
    elapsed = "" if result.stopped_early else f" {options.timeout:g} s"
    console.error(f"only {result.last.idle} of {target} VMs idle {when}{elapsed}")
    if cause is None:
        console.error("no VM reported an error: run pool warm --wait again to keep watching")
        return EXIT_FAILED
    kind, fix = cause
    console.error(f"stopped by {kind}: {describe_errors(result.last.errors[:1], console)[0]}")
    console.error(f"fix: {fix}")
    return EXIT_FAILED


def change(options: PoolRun, api: WorkspaceApi, console: Console) -> int:
    """Find the pool, set its warm VMs, and for ``warm --wait`` wait for them."""
    pool = _find(options, api, console)
    console.print(f"Pool: {_describe(pool)}")
    target = _warm_target(options, pool)
    if whole(pool.get("min_idle_instances")) == target:
        console.print(f"min_idle_instances is already {target}: nothing to change.")
    else:
        set_min_idle(api, console, pool, target)
        console.print(f"Set min_idle_instances to {target}.")
    for line in describe_errors(look(pool).errors, console) if target else []:
        console.print(f"  the pool reported before: {line}")
    if options.action == "cool" or not options.wait or target == 0:
        if target:
            console.print("The VMs start in the background; idle VMs bill the VM price.")
        return EXIT_OK
    return _wait(options, api, console, pool, target)


def run(args: PoolOptions, console: Console) -> int:
    try:
        options = PoolRun.of(args)
    except WorkshopInputError as error:
        console.error(str(error))
        return EXIT_USAGE
    if (connected := connect_or_report(options, console)) is None:
        return EXIT_FAILED
    config, api = connected
    console.print(f"Workspace: {config.host}")
    try:
        return change(options, api, console)
    except PoolError as error:
        console.error(str(error))
        return EXIT_FAILED


def _common(parser: argparse.ArgumentParser) -> None:
    add_workshop_file_option(parser, "its workshop_name names the pool, <workshop_name>-pool")
    parser.add_argument(
        "--workshop",
        type=non_blank,
        metavar="NAME",
        help="the stacks' workshop_name instead of the file's; the pool is NAME-pool",
    )
    parser.add_argument("--pool", type=non_blank, metavar="NAME", help="the pool's name instead")
    add_workspace_options(parser, TIMEOUT_SECONDS, "calls and --wait together")
    register(parser, PoolOptions, run)
    parser.set_defaults(timeout=None)


def _instances(text: str) -> int:
    if not text.isdigit() or int(text) > 100_000:
        raise argparse.ArgumentTypeError(f"must be a whole number from 0 to 100000, got {text!r}")
    return int(text)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pool",
        help="warm or cool the workshop's instance pool (its idle VMs)",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 done, 1 the pool or the workspace failed, 2 bad arguments",
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    warm = actions.add_parser("warm", help="keep VMs idle in the pool, ready for clusters")
    warm.add_argument(
        "--instances",
        type=_instances,
        metavar="N",
        help="idle VMs to keep (default: the pool's max_capacity, every VM it may hold)",
    )
    warm.add_argument(
        "--wait",
        action="store_true",
        help=f"wait until N VMs are idle, showing progress and the errors of VMs that fail to "
        f"start (default --timeout with --wait: {WAIT_SECONDS:g} s)",
    )
    _common(warm)
    cool = actions.add_parser("cool", help="keep no idle VMs (min_idle_instances 0)")
    _common(cool)
