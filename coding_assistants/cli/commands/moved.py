"""``coding-assistants moved``: move a configuration that inlines the HCL module's resources
at its root onto this project's module, without replacing anything.

    coding-assistants moved --module coding_cluster            # moved blocks (Terraform 1.1+)
    coding-assistants moved --module coding_cluster --state-mv # terraform state mv lines

Some revisions of the HCL module's examples declare its resources in the root module
(``databricks_cluster.coding_assistants``, ...) instead of calling the module. Calling this
project's module instead moves them to ``module.<name>.<address>``; without a move, Terraform
would destroy the old resources and create new ones (a new cluster, a new volume). The
``moved`` blocks go into any ``.tf`` file of the new configuration (Terraform moves the
state at the next apply and reports each move in the plan); the ``state mv`` lines move the
state at once, before the first plan. The data source ``data.databricks_current_user.me``
needs no move.

Exit codes: 0 printed; 2 invalid arguments.
"""

from __future__ import annotations

import argparse
import re
import shlex
from dataclasses import dataclass

from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.facts import MODULE_RESOURCES

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
"""A Terraform identifier: the name of a module call."""
EXIT_OK, EXIT_USAGE = 0, 2


@dataclass(frozen=True, kw_only=True)
class MovedOptions:
    """``moved``, as parsed."""

    module: str
    """The name of the new module call."""
    state_mv: bool = False
    """Print ``terraform state mv`` lines instead of ``moved`` blocks."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "moved",
        help="moved blocks (or state mv lines) from inlined HCL resources onto the module",
        description=__doc__.split("\n\n")[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n")[-1],
    )
    parser.add_argument("--module", required=True, metavar="NAME",
                        help='name of the new module call (module "NAME" { ... })')  # fmt: skip
    parser.add_argument("--state-mv", action="store_true",
                        help="print terraform state mv lines instead of moved blocks")  # fmt: skip
    register(parser, MovedOptions, run)


def moved_blocks(module: str) -> str:
    """HCL ``moved`` blocks from each inlined root address into ``module.<module>``."""
    header = (
        "# The HCL module's resources, inlined at the root of this configuration, now live in\n"
        f'# module "{module}". Keep these blocks until every state has been applied once.\n'
    )
    blocks = [
        f"moved {{\n  from = {address}\n  to   = module.{module}.{address}\n}}\n"
        for address in MODULE_RESOURCES
    ]
    return header + "\n".join(blocks)


def state_mv_lines(module: str) -> str:
    """``terraform state mv`` lines doing the same moves at once."""
    return "".join(
        f"terraform state mv {shlex.quote(a)} {shlex.quote(f'module.{module}.{a}')}\n"
        for a in MODULE_RESOURCES
    )


def run(args: MovedOptions, console: Console) -> int:
    if IDENTIFIER.fullmatch(args.module) is None:
        console.error(
            f"--module: invalid name, got {args.module!r}; expected a Terraform identifier "
            "(a letter or '_', then letters, digits, '_' or '-')"
        )
        return EXIT_USAGE
    text = state_mv_lines(args.module) if args.state_mv else moved_blocks(args.module)
    console.print(text.rstrip("\n"))
    return EXIT_OK
