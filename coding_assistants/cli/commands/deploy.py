"""``coding-assistants deploy``: apply every stack of a workshop, in dependency order.

    coding-assistants deploy ['workshop-*' ...] [--outdir cdktf.out] [--jobs 4]
                             [--parallelism 10] [--backend-config FILE] [--restart]

Runs ``terraform init`` and ``terraform apply`` on the synthesized stacks that match the
patterns (default: every workshop stack): ``workshop-shared`` first, then the fleet's pool,
then the fleet shards and the grant shards side by side, at most ``--jobs`` at once, with
Terraform's ``-parallelism`` inside each. It prints a line as each stack starts and ends, with
the count of stacks done, running, failed and waiting. A stack that fails stops the stacks that
need it; the others go on. Each stack applied is recorded in ``<outdir>/deploy/record.json``,
so running the same command again after a failure applies only what is left (a stack whose
synthesized JSON changed since is applied again). Every wait is bounded by ``--timeout``.

Exit codes: 0 every stack applied (now or earlier); 1 a stack failed (the stacks that need it
were not started); 2 invalid arguments, a missing synthesis, or another deploy running from the
same output directory; 3 the deadline passed (running stacks were interrupted cleanly);
130 interrupted.
"""

from __future__ import annotations

import argparse
import fcntl
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import positive_seconds
from coding_assistants.cli.services.deploy_run import (
    Deployment,
    StackRunner,
    Tally,
    TerraformOptions,
)
from coding_assistants.cli.services.deploy_stacks import (
    DEPLOY_DIR,
    DeployInputError,
    RunRecord,
    Stack,
    load_stacks,
    select,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DEADLINE = 0, 1, 2, 3
DEFAULT_STACKS = ("workshop-*",)
TIMEOUT_SECONDS = 4 * 3600.0
"""The whole deploy's deadline by default: a 1,000-attendee workshop takes well under it."""
SECRET_VARIABLES = (
    "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "ARM_ACCESS_KEY", "ARM_CLIENT_SECRET",
    "ARM_SAS_TOKEN", "GOOGLE_OAUTH_ACCESS_TOKEN", "PGPASSWORD", "DATABRICKS_TOKEN",
    "DATABRICKS_CLIENT_SECRET",
)  # fmt: skip
"""Credentials a backend or the provider reads from the environment: masked in every line."""


@dataclass(frozen=True, kw_only=True)
class DeployOptions:
    """``deploy``, as parsed."""

    stacks: tuple[str, ...]
    """Stack names or patterns."""
    outdir: Path
    jobs: int
    parallelism: int
    backend_config: Path | None = None
    lock_timeout: str
    timeout: float
    restart: bool = False
    terraform: str


@dataclass(frozen=True)
class DeployRequest:
    """The parsed command line."""

    patterns: tuple[str, ...]
    outdir: Path
    jobs: int
    timeout: float
    restart: bool
    terraform: TerraformOptions


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "deploy",
        help="apply every stack of a workshop in dependency order (resumable)",
        description=__doc__.split("\n\n")[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n")[-1],
    )
    parser.add_argument("stacks", nargs="*", metavar="STACK", default=list(DEFAULT_STACKS),
                        help="stack names or patterns (default: 'workshop-*')")  # fmt: skip
    parser.add_argument("--outdir", type=Path, default=Path("cdktf.out"),
                        help="the synthesis to deploy (default: cdktf.out)")  # fmt: skip
    parser.add_argument("--jobs", type=_count(64), default=4,
                        help="stacks applied at once (default: 4; at most 64)")  # fmt: skip
    parser.add_argument("--parallelism", type=_count(256), default=10,
                        help="Terraform's -parallelism in each stack (default: 10)")  # fmt: skip
    parser.add_argument("--backend-config", type=Path, metavar="FILE",
                        help="partial backend configuration for every terraform init")  # fmt: skip
    parser.add_argument("--lock-timeout", default="0s", metavar="DURATION",
                        help="wait for a state lock held elsewhere (default: 0s)")  # fmt: skip
    parser.add_argument("--timeout", type=positive_seconds, default=TIMEOUT_SECONDS,
                        metavar="SECONDS",
                        help="deadline of the whole deploy (default: 14400)")  # fmt: skip
    parser.add_argument("--restart", action="store_true",
                        help="forget the run record: apply every selected stack again")  # fmt: skip
    parser.add_argument("--terraform", default="terraform", help=argparse.SUPPRESS)
    register(parser, DeployOptions, run)


def _count(most: int) -> Callable[[str], int]:
    """An argparse type: a whole number from 1 to ``most``."""

    def parse(text: str) -> int:
        if not text.isdigit() or not 1 <= int(text) <= most:
            raise argparse.ArgumentTypeError(f"expected a whole number from 1 to {most}")
        return int(text)

    return parse


def request(args: DeployOptions) -> DeployRequest:
    options = TerraformOptions(
        terraform=args.terraform,
        parallelism=args.parallelism,
        lock_timeout=args.lock_timeout,
        backend_config=args.backend_config,
    )
    return DeployRequest(
        tuple(args.stacks), args.outdir, args.jobs, args.timeout, args.restart, options
    )


def run(args: DeployOptions, console: Console) -> int:
    wanted = request(args)
    for name in SECRET_VARIABLES:
        console.add_secret(os.environ.get(name))
    config = wanted.terraform.backend_config
    if config is not None and not config.is_file():
        console.error(f"--backend-config {config}: file not found")
        return EXIT_USAGE
    try:
        order = select(load_stacks(wanted.outdir, config), wanted.patterns)
    except DeployInputError as error:
        console.error(str(error))
        return EXIT_USAGE
    lock_dir = wanted.outdir / DEPLOY_DIR
    lock_dir.mkdir(parents=True, exist_ok=True)
    with open(lock_dir / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            console.error(f"another deploy runs from {wanted.outdir}; wait for it to end")
            return EXIT_USAGE
        return _deploy(wanted, order, console)


def _deploy(wanted: DeployRequest, order: list[Stack], console: Console) -> int:
    record = RunRecord(wanted.outdir)
    if wanted.restart:
        record.forget()
    deadline = Deadline(wanted.timeout)
    earlier = [s.name for s in order if record.is_done(s)]
    console.print(
        f"deploying {len(order)} stacks from {wanted.outdir}, {wanted.jobs} at a time, "
        f"terraform -parallelism={wanted.terraform.parallelism}"
        + (f"; done earlier: {', '.join(earlier)}" if earlier else "")
    )
    runner = StackRunner(wanted.terraform, wanted.outdir)
    tally = Deployment(order, record, runner, console).run(wanted.jobs, deadline)
    return _summary(tally, wanted.outdir, console, deadline)


def _summary(tally: Tally, outdir: Path, console: Console, deadline: Deadline) -> int:
    console.print(
        f"applied {len(tally.applied)}, done earlier {len(tally.earlier)}, failed "
        f"{len(tally.failed)}, blocked {len(tally.blocked)}, stopped {len(tally.stopped)} "
        f"(of {tally.total} stacks)"
    )
    finished = len(tally.applied) + len(tally.earlier)
    if finished == tally.total:
        return EXIT_OK
    if tally.failed:
        logs = ", ".join(str(outdir / DEPLOY_DIR / f"{n}.log") for n in tally.failed)
        console.print(f"failed: {', '.join(tally.failed)} (logs: {logs})")
    console.print(
        f"fix what stopped it, then run the same command again: the {finished} finished "
        "stacks are not applied again"
    )
    return EXIT_DEADLINE if deadline.passed and not tally.failed else EXIT_FAILED
