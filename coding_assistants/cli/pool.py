"""``coding-assistants pool warm|cool``: how many VMs the workshop's pool keeps warm.

The stacks create the pool cold (``min_idle_instances`` 0) and tell Terraform to ignore later
changes of that one attribute, so this command owns it: ``warm`` the day before or half an
hour before the start (clusters then start in a minute or two instead of five to ten), and
``cool`` once the attendees' clusters run or the day is over. Idle pool VMs bill the VM
price (no DBUs) for as long as they are kept warm.

The pool is found by name (``<workshop>-pool``) in the instance-pool list. The edit sends the
pool's other settings back as they are (name, node type, capacity, idle termination, tags),
and nothing else of the workspace is touched.
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from coding_assistants.cli.output import Console
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
    from databricks.sdk.service.compute import GetInstancePool

DEFAULT_WORKSHOP = "claude-code-workshop"
TIMEOUT_SECONDS = 60.0
POLL_SECONDS = 5.0
"""Between two looks at the pool's idle VMs while ``warm --wait`` waits."""
MAX_POOLS = 10_000
"""Most pools read from the listing before giving up (a bound on the loop)."""
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class PoolError(Exception):
    """The pool was not found, or the request is impossible for it."""


def pool_name(args: argparse.Namespace) -> str:
    return args.pool or f"{args.workshop}-pool"


def find_pool(client: WorkspaceClient, name: str) -> GetInstancePool:
    """The pool named ``name`` (its full settings), or PoolError."""
    for seen, pool in enumerate(client.instance_pools.list()):
        if seen >= MAX_POOLS:
            break
        if pool.instance_pool_name == name and pool.instance_pool_id:
            return client.instance_pools.get(pool.instance_pool_id)
    raise PoolError(f"no instance pool named {name!r} (deploy workshop-fleet, or pass --pool)")


def set_min_idle(client: WorkspaceClient, pool: GetInstancePool, instances: int) -> None:
    """Edit ``min_idle_instances`` and send every other editable setting back unchanged."""
    capacity = pool.max_capacity
    if capacity is not None and instances > capacity:
        raise PoolError(
            f"--instances {instances} is above the pool's max_capacity {capacity}: "
            "raise pool_max_capacity (or pool_capacity_headroom) and deploy, or warm fewer"
        )
    client.instance_pools.edit(
        instance_pool_id=pool.instance_pool_id or "",
        instance_pool_name=pool.instance_pool_name or "",
        node_type_id=pool.node_type_id or "",
        custom_tags=pool.custom_tags,
        idle_instance_autotermination_minutes=pool.idle_instance_autotermination_minutes,
        max_capacity=capacity,
        min_idle_instances=instances,
    )


def idle_count(pool: GetInstancePool) -> int:
    return (pool.stats.idle_count or 0) if pool.stats else 0


def wait_for_idle(client: WorkspaceClient, pool_id: str, wanted: int, deadline: float) -> int:
    """Poll until the pool holds ``wanted`` idle VMs or ``deadline`` passes; the last count."""
    while True:
        idle = idle_count(client.instance_pools.get(pool_id))
        if idle >= wanted or time.monotonic() + POLL_SECONDS > deadline:
            return idle
        time.sleep(POLL_SECONDS)


def _warm_target(args: argparse.Namespace, pool: GetInstancePool) -> int:
    if args.action == "cool":
        return 0
    if args.instances is not None:
        return args.instances
    return pool.max_capacity or 0


def _describe(pool: GetInstancePool) -> str:
    return (
        f"{pool.instance_pool_name} ({pool.instance_pool_id}): min_idle_instances "
        f"{pool.min_idle_instances or 0}, max_capacity {pool.max_capacity}, "
        f"idle now {idle_count(pool)}"
    )


def change(args: argparse.Namespace, client: WorkspaceClient, console: Console) -> int:
    """Find the pool, set its warm VMs, and for ``warm --wait`` wait for them."""
    deadline = time.monotonic() + args.timeout
    pool = find_pool(client, pool_name(args))
    console.print(f"Pool: {_describe(pool)}")
    target = _warm_target(args, pool)
    set_min_idle(client, pool, target)
    console.print(f"Set min_idle_instances to {target}.")
    if args.action == "cool" or not args.wait or target == 0:
        if target:
            console.print("The VMs start in the background; idle VMs bill the VM price.")
        return EXIT_OK
    idle = wait_for_idle(client, pool.instance_pool_id or "", target, deadline)
    if idle >= target:
        console.print(f"Warm: {idle} idle VMs.")
        return EXIT_OK
    console.error(f"only {idle} of {target} VMs idle after {args.timeout:g} s; they keep starting")
    return EXIT_FAILED


def run(args: argparse.Namespace, console: Console) -> int:
    try:
        config = workspace_config(
            args.profile, console, http_timeout=args.timeout, retry_timeout=args.timeout
        )
    except CredentialsError as error:
        console.error(f"{error}\n  fix: {LOGIN_FIX}")
        return EXIT_FAILED
    from databricks.sdk import WorkspaceClient

    console.print(f"Workspace: {config.host}")
    try:
        return change(args, WorkspaceClient(config=config), console)
    except PoolError as error:
        console.error(str(error))
        return EXIT_FAILED
    except Exception as error:
        console.error(f"the pool could not be changed: {short_error(error)}")
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
    parser.add_argument("--profile", metavar="P", help="profile in ~/.databrickscfg")
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=TIMEOUT_SECONDS,
        metavar="SECONDS",
        help=f"deadline of the whole command (default: {TIMEOUT_SECONDS:g})",
    )
    parser.set_defaults(run=run)


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
