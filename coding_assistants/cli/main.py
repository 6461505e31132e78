"""``coding-assistants``: the facilitator's command line for a Claude Code workshop.

    coding-assistants cost --workshop-file workshop.json --attendees 140 --hours 4
    coding-assistants preflight --workshop-file workshop.json --attendees roster.txt
    coding-assistants users add --attendees missing.txt [--execute]
    coding-assistants handout --workshop-file workshop.json --attendees roster.txt
    coding-assistants pool warm --workshop-file workshop.json --wait
    coding-assistants status --workshop-file workshop.json --attendees roster.txt
    coding-assistants cleanup --workshop-file workshop.json --attendees roster.txt [--execute]
    coding-assistants stage-offline --claude-version X.Y.Z --out DIR [--upload /Volumes/...]
    coding-assistants deploy 'workshop-*' [--jobs 4] [--parallelism 10]
    coding-assistants moved --module NAME [--state-mv]

Exit codes: 0 success; 1 a check or an action failed; 2 invalid arguments or input files.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata

from coding_assistants import boundary, facts
from coding_assistants.cli.commands import (
    cleanup,
    cost,
    deploy,
    gateway,
    handout,
    moved,
    offline,
    pool,
    preflight,
    report,
    smoke,
    status,
    users,
)
from coding_assistants.cli.core.options import options_from
from coding_assistants.cli.core.output import Console

PROG = "coding-assistants"


def _version() -> str:
    try:
        return metadata.version(facts.PROJECT_NAME)
    except metadata.PackageNotFoundError:
        return "unknown"


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the command list in two columns: argparse measures the list of commands before
    any command is added, so it would otherwise wrap the longer names. The help column is
    fixed after ``preflight``; a longer name (``stage-offline``) puts its help on the next line
    instead of pushing every other help text to the right."""

    def __init__(self, prog: str) -> None:
        column = len("    preflight") + 2
        super().__init__(prog, max_help_position=column)
        self._action_max_length = column - 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The facilitator's command line for a Claude Code workshop on Databricks.",
        epilog=(
            "exit codes: 0 success, 1 a check or an action failed, 2 invalid arguments\n"
            "help on one command: coding-assistants COMMAND --help"
        ),
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    cost.add_parser(subparsers)
    preflight.add_parser(subparsers)
    cleanup.add_parser(subparsers)
    pool.add_parser(subparsers)
    smoke.add_parser(subparsers)
    status.add_parser(subparsers)
    handout.add_parser(subparsers)
    users.add_parser(subparsers)
    offline.add_parser(subparsers)
    deploy.add_parser(subparsers)
    moved.add_parser(subparsers)
    gateway.add_parser(subparsers)
    report.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand with its options object, inside the error boundary; returns the exit
    code. Every line the boundary writes is masked like the command's own."""
    args = build_parser().parse_args(argv)
    console = Console()

    def run() -> int:
        command, options = options_from(args)
        return command.run(options, console)

    return boundary.run(run, say=console.error_line)


if __name__ == "__main__":
    sys.exit(main())
