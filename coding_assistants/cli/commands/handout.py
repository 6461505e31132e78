"""``coding-assistants handout``: every attendee's first steps, as files to send, and a CSV.

From the deployed fleet's outputs (every fleet stack's, read from its Terraform state; see
``services/fleet_outputs``), one file per attendee (Markdown, or HTML with ``--format html``)
holding their cluster's name, id and page, the login line and their ``databricks ssh setup``
line (both with the workshop's ``--profile``), and the quick start filled in with them; and
``handouts.csv`` with the same values, one row per attendee, for a mail merge. With
``--attendees`` the handouts follow the roster, and an attendee without a deployed cluster is
named. The output directory must be new, empty, or one handout wrote before: it replaces its
own files there (and removes those of attendees no longer on the roster), nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants import outdir
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import positive_seconds
from coding_assistants.cli.services import handout
from coding_assistants.cli.services.fleet_outputs import (
    AttendeeOutputs,
    FleetOutputs,
    OutputsError,
    read_fleet,
)
from coding_assistants.cli.services.workshop import (
    Workshop,
    WorkshopInputError,
    add_roster_option,
    add_workshop_file_option,
    workshop_from_args,
)

STACKS_DIR = Path("cdktf.out/stacks")
TIMEOUT_SECONDS = 120.0
SHOWN_PROBLEMS = 10
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True, kw_only=True)
class HandoutOptions:
    """``handout``, as parsed."""

    workshop_file: Path | None = None
    attendees: Path | None = None
    out: Path
    format: str
    """md or html."""
    stacks_dir: Path
    outputs: tuple[Path, ...] | None = None
    """Saved ``terraform output -json`` answers or state files, instead of the stacks'."""
    timeout: float


@dataclass(frozen=True)
class HandoutRun:
    """``handout``'s options with the workshop they name: a new, frozen object."""

    workshop: Workshop
    out: Path
    form: str
    stacks: Path
    outputs: tuple[Path, ...]
    timeout: float

    @classmethod
    def of(cls, args: HandoutOptions) -> HandoutRun:
        return cls(
            workshop=workshop_from_args(args, roster=True),
            out=args.out,
            form=args.format,
            stacks=args.stacks_dir,
            outputs=tuple(args.outputs or ()),
            timeout=args.timeout,
        )


def _chosen(options: HandoutRun, fleet: FleetOutputs) -> tuple[list[AttendeeOutputs], list[str]]:
    """The attendees to write for (roster order, or by email), and those without a cluster."""
    roster = [a.email for a in options.workshop.attendees]
    if not roster:
        return [fleet.attendees[e] for e in sorted(fleet.attendees)], []
    missing = [e for e in roster if e not in fleet.attendees]
    return [fleet.attendees[e] for e in roster if e in fleet.attendees], missing


def _problems(lines: list[str], console: Console) -> None:
    for line in lines[:SHOWN_PROBLEMS]:
        console.print(f"  {line}")
    if len(lines) > SHOWN_PROBLEMS:
        console.print(f"  ... and {len(lines) - SHOWN_PROBLEMS} more")


def _write_files(
    options: HandoutRun, fleet: FleetOutputs, chosen: list[AttendeeOutputs]
) -> list[str]:
    """Every handout and the CSV, through output ownership; the names an earlier run wrote
    that this one did not (removed with it)."""
    before = (
        outdir.listed(options.out, handout.HANDOUTS)
        if outdir.is_ours(options.out, handout.HANDOUTS)
        else frozenset()
    )
    names = [handout.file_name(e.email, options.form) for e in chosen] + [handout.CSV_NAME]
    name = options.workshop.name

    def build(staging: Path) -> None:
        for entry, file_name in zip(chosen, names, strict=False):
            text = handout.render(entry, fleet.login_command, name, options.form)
            (staging / file_name).write_text(text, encoding="utf-8")
        mail = handout.mail_merge(chosen, fleet.login_command, options.form)
        (staging / handout.CSV_NAME).write_text(mail, encoding="utf-8", newline="")

    outdir.replace_owned(options.out, handout.HANDOUTS, build, protected=(Path.cwd(),))
    return sorted(before - set(names))


def write(options: HandoutRun, fleet: FleetOutputs, console: Console) -> int:
    chosen, missing = _chosen(options, fleet)
    if not fleet.login_command:
        console.error(
            f"no login_command in {', '.join(fleet.sources)}: synthesize and deploy "
            "the fleet stacks again (every fleet stack publishes it)"
        )
        return EXIT_FAILED
    if not chosen:
        console.error(f"no attendee's cluster in {', '.join(fleet.sources) or 'the outputs'}")
        _problems(fleet.problems, console)
        return EXIT_FAILED
    removed = _write_files(options, fleet, chosen)
    kind = "HTML" if options.form == "html" else "Markdown"
    console.print(
        f"Read {len(fleet.sources)} fleet stacks' outputs: {len(fleet.attendees)} clusters."
    )
    note = f" (removed {len(removed)} of an earlier run)" if removed else ""
    console.print(
        f"Wrote {len(chosen)} handouts ({kind}) and {handout.CSV_NAME} to {options.out}{note}."
    )
    if fleet.problems:
        console.print(f"Outputs not used ({len(fleet.problems)}):")
        _problems(fleet.problems, console)
    if missing:
        console.print(f"On the roster without a deployed cluster ({len(missing)}):")
        _problems(missing, console)
    return EXIT_FAILED if missing or fleet.problems else EXIT_OK


def run(args: HandoutOptions, console: Console) -> int:
    try:
        options = HandoutRun.of(args)
    except WorkshopInputError as error:
        console.error(str(error))
        return EXIT_USAGE
    try:
        fleet = read_fleet(options.stacks, list(options.outputs), Deadline(options.timeout))
        return write(options, fleet, console)
    except OutputsError as error:
        console.error(str(error))
        return EXIT_FAILED
    except outdir.RefusedOutput as error:
        console.error(str(error))
        return EXIT_USAGE
    except outdir.OutputError as error:
        console.error(str(error))
        return EXIT_FAILED


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "handout",
        help="write each attendee's first steps (files and a mail-merge CSV) from the fleet",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 written, 1 outputs missing or unusable (the handouts of the "
        "others are written), 2 bad arguments or an output directory that is not handout's",
    )
    add_workshop_file_option(parser, "its workshop_name titles the handouts")
    add_roster_option(parser, "a handout per attendee on it, and those without a cluster named")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("handouts"),
        metavar="DIR",
        help="directory to write (new, empty, or written by handout before; default: handouts)",
    )
    parser.add_argument(
        "--format", choices=handout.FORMATS, default="md", help="md (default) or html"
    )
    parser.add_argument(
        "--stacks-dir",
        type=Path,
        default=STACKS_DIR,
        metavar="DIR",
        help=f"the synthesized stacks (default: {STACKS_DIR})",
    )
    parser.add_argument(
        "--outputs",
        type=Path,
        action="append",
        metavar="FILE",
        help="read saved `terraform output -json` answers or state files instead (repeatable)",
    )
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=TIMEOUT_SECONDS,
        metavar="SECONDS",
        help=f"deadline for running terraform output (default: {TIMEOUT_SECONDS:g})",
    )
    register(parser, HandoutOptions, run)
