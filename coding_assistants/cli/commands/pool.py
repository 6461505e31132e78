"""``coding-assistants pool warm|cool``: how many VMs the workshop's pool keeps warm.

The stacks create the pool cold (``min_idle_instances`` 0) and tell Terraform to ignore later
changes of that one attribute, so this command owns it: ``warm`` the day before or half an
hour before the start (clusters then start in a minute or two instead of five to ten), and
``cool`` once the attendees' clusters run or the day is over. Idle pool VMs bill the VM
price (no DBUs) for as long as they are kept warm.

The pool is found by name (``<workshop>-pool``) in the instance-pool list. The edit sends the
pool's other settings back as they are (name, node type, capacity, idle termination, tags),
and nothing else of the workspace is touched. Every call, and ``warm --wait``, takes what is
left of one deadline (``--timeout``).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import (
    add_workspace_options,
    connect_or_report,
    non_blank,
)
from coding_assistants.cli.services.pools import (
    GET_PATH,
    PoolError,
    find_pool,
    idle_count,
    pool_call,
    set_min_idle,
    whole,
)

DEFAULT_WORKSHOP = facts.WORKSHOP_NAME
TIMEOUT_SECONDS = 60.0
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
    workshop: str
    pool: str | None = None
    """The pool's name, instead of ``<workshop>-pool``."""
    instances: int | None = None
    """``warm``: idle VMs to keep; None: the pool's max_capacity."""
    wait: bool = False
    """``warm``: wait until the VMs are idle."""
    profile: str | None = None
    timeout: float


def pool_name(args: PoolOptions) -> str:
    return args.pool or f"{args.workshop}-pool"


def wait_for_idle(api: WorkspaceApi, console: Console, pool_id: str, wanted: int) -> int:
    """Poll until the pool holds ``wanted`` idle VMs or the deadline is too near for another
    look; the last count."""
    what = "cannot read the pool's idle VMs"
    while True:
        pool = pool_call(api, console, what, "GET", GET_PATH, instance_pool_id=pool_id).body
        idle = idle_count(pool)
        if idle >= wanted or api.deadline.remaining() <= POLL_SECONDS + LOOK_SECONDS:
            return idle
        time.sleep(POLL_SECONDS)


def _warm_target(args: PoolOptions, pool: dict[str, Any]) -> int:
    if args.action == "cool":
        return 0
    if args.instances is not None:
        return int(args.instances)
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


def change(args: PoolOptions, api: WorkspaceApi, console: Console) -> int:
    """Find the pool, set its warm VMs, and for ``warm --wait`` wait for them."""
    pool = find_pool(api, console, pool_name(args))
    console.print(f"Pool: {_describe(pool)}")
    target = _warm_target(args, pool)
    if whole(pool.get("min_idle_instances")) == target:
        console.print(f"min_idle_instances is already {target}: nothing to change.")
    else:
        set_min_idle(api, console, pool, target)
        console.print(f"Set min_idle_instances to {target}.")
    if args.action == "cool" or not args.wait or target == 0:
        if target:
            console.print("The VMs start in the background; idle VMs bill the VM price.")
        return EXIT_OK
    idle = wait_for_idle(api, console, str(pool.get("instance_pool_id")), target)
    if idle >= target:
        console.print(f"Warm: {idle} idle VMs.")
        return EXIT_OK
    console.error(f"only {idle} of {target} VMs idle after {args.timeout:g} s; they keep starting")
    return EXIT_FAILED


def run(args: PoolOptions, console: Console) -> int:
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    config, api = connected
    console.print(f"Workspace: {config.host}")
    try:
        return change(args, api, console)
    except PoolError as error:
        console.error(str(error))
        return EXIT_FAILED


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workshop",
        type=non_blank,
        default=DEFAULT_WORKSHOP,
        metavar="NAME",
        help=f"the stacks' workshop_name; the pool is NAME-pool (default: {DEFAULT_WORKSHOP})",
    )
    parser.add_argument("--pool", type=non_blank, metavar="NAME", help="the pool's name instead")
    add_workspace_options(parser, TIMEOUT_SECONDS, "calls and --wait together")
    register(parser, PoolOptions, run)


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
        "--wait", action="store_true", help="wait, up to --timeout, until N VMs are idle"
    )
    _common(warm)
    cool = actions.add_parser("cool", help="keep no idle VMs (min_idle_instances 0)")
    _common(cool)
