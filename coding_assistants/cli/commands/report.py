"""``coding-assistants report``: what the workshop's day really cost, per attendee.

Run during or after the day, on a SQL warehouse (``--warehouse ID``) through the Statement
Execution API: the DBUs billed for the attendees' clusters (``system.billing.usage``, by their
Workshop and Attendee tags), the minutes each cluster ran (``system.compute.node_timeline``) and
each attendee's requests and tokens on the model's endpoint (``system.serving.endpoint_usage``,
kept by the AI Gateway's usage tracking). Per attendee: cluster and idle hours, VM, DBU and
model cost; the totals against the ``cost`` estimate. A terminal table, and on request a CSV
file and one self-contained HTML page with charts. Everything shares one deadline, ``--timeout``.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console, plain_number
from coding_assistants.cli.core.output_file import OutputError, write_own_file
from coding_assistants.cli.core.workspace import add_workspace_options, connect_or_report, non_blank
from coding_assistants.cli.services import report_html, usage_queries
from coding_assistants.cli.services.day_report import DayReport, build
from coding_assistants.cli.services.model_prices import (
    ACTIVITIES,
    DEFAULT_ACTIVITY,
    Activity,
    apply_token_prices,
    builtin_token_prices,
    model_price,
)
from coding_assistants.cli.services.prices import (
    PriceError,
    VmPrice,
    apply_prices,
    builtin_prices,
    cloud_view,
    read_price_data,
)
from coding_assistants.cli.services.report_output import (
    CSV_FIELDS,
    Plan,
    comparison,
    comparison_table,
    csv_text,
    hours,
    table,
)
from coding_assistants.cli.services.serving import DEFAULT_MODEL
from coding_assistants.cli.services.statements import Param, StatementError, Statements
from coding_assistants.cli.services.workshop_file import read_workshop_file, workshop_file
from coding_assistants.cli.services.workspace_cloud import choose_cloud
from coding_assistants.roster import RosterError, load_roster
from coding_assistants.settings import SettingsError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
TIMEOUT_SECONDS = 300.0
"""A stopped serverless or classic warehouse takes seconds to minutes to start."""
MAX_DAYS = 31
TABLES_FIX = (
    "the report reads system.billing, system.compute and system.serving: an account admin "
    "enables those system schemas, and the caller needs SELECT on them and CAN USE on the "
    "warehouse"
)


@dataclass(frozen=True, kw_only=True)
class ReportOptions:
    """``report``, as parsed."""

    warehouse: str
    """The SQL warehouse that runs the queries."""
    workshop_file: Path | None = None
    workshop: str | None = None
    endpoint: str | None = None
    day: date
    """The first day, UTC."""
    days: int
    attendees: Path | None = None
    hours: Decimal | None = None
    """The planned session; None: the average running time."""
    activity: str
    prices: Path | None = None
    csv: Path | None = None
    html: Path | None = None
    profile: str | None = None
    timeout: float


def _inputs(args: ReportOptions) -> dict[str, Any]:
    """Settings, prices and roster, read before anything is asked of the workspace."""
    settings, _ = read_workshop_file(workshop_file(args.workshop_file))
    cloud = choose_cloud(None, _text(settings.get("cloud")), os.environ.get("DATABRICKS_HOST"))
    prices, tokens = builtin_prices(), builtin_token_prices()
    if args.prices:
        data = read_price_data(args.prices)
        prices = apply_prices(prices, data, str(args.prices), cloud.cloud)
        tokens = apply_token_prices(tokens, data, str(args.prices))
    roster = [a.email for a in load_roster(args.attendees)] if args.attendees else []
    node_type = settings.get("node_type_id") or facts.WORKSHOP_NODE_TYPES[cloud.cloud]
    return {
        "workshop": args.workshop or str(settings.get("workshop_name") or facts.WORKSHOP_NAME),
        "endpoint": args.endpoint or str(settings.get("claude_model") or DEFAULT_MODEL),
        "node_type": str(node_type),
        "prices": cloud_view(prices, cloud.cloud),
        "tokens": tokens,
        "roster": roster,
    }


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def collect(
    api: WorkspaceApi,
    console: Console,
    args: ReportOptions,
    inputs: dict,
    bad: list[str] | None = None,
) -> DayReport:
    """The day's report from the warehouse's rows; a row that does not read is named in
    ``bad`` and left out (the others still count)."""
    bad = [] if bad is None else bad
    window = usage_queries.Window(args.day, args.days)
    runner = Statements(api, console, args.warehouse)
    common = window.params()
    workshop = [Param("workshop", inputs["workshop"]), *common]
    tokens = [Param("endpoint", inputs["endpoint"]), *common]
    rows = (
        usage_queries.billed(runner.rows("billing", usage_queries.BILLING, workshop), bad),
        usage_queries.running(runner.rows("clusters", usage_queries.CLUSTERS, workshop), bad),
        usage_queries.used(runner.rows("tokens", usage_queries.TOKENS, tokens), bad),
    )
    model = model_price(inputs["tokens"], inputs["endpoint"])
    return build(inputs["roster"], window.hours, rows, inputs["prices"], model)


def _plan(args: ReportOptions, inputs: dict, report: DayReport) -> Plan:
    """The estimate's figures: ``--hours`` (else each attendee's average running time), the
    workshop's VM type and the activity profile."""
    n = max(len(report.attendees), 1)
    average = sum((a.cluster_hours for a in report.attendees), Decimal(0)) / n
    planned = args.hours if args.hours is not None else average.quantize(Decimal("0.01"))
    node = inputs["node_type"]
    folded = {k.lower(): v for k, v in inputs["prices"].vm_types.items()}
    table_ = inputs["tokens"]
    return Plan(
        hours=planned or Decimal("0.01"),
        vm=folded.get(node.lower(), VmPrice()),
        node_type=node,
        activity_name=args.activity,
        activity=table_.activity.get(args.activity, Activity()),
        model=inputs["endpoint"],
        model_price=model_price(table_, inputs["endpoint"]),
    )


def notes(report: DayReport, plan: Plan, args: ReportOptions, inputs: dict) -> list[str]:
    lines = [
        f"Estimate: coding-assistants cost for {len(report.attendees)} attendees x "
        f"{plain_number(plan.hours)} h of {plan.node_type}, {plan.activity_name} activity"
        + (
            " (--hours)"
            if args.hours is not None
            else " (each attendee's average running time; --hours for your plan)"
        ),
        "VM: running hours at the price file's hourly price (the cloud bills it, not Databricks). "
        "Model: input and output tokens at the price file's list prices.",
    ]
    if report.unbilled_hours:
        lines.append(
            f"* DBU partly estimated: {hours(report.unbilled_hours)} cluster-hours ran without a "
            "billing row yet (billing arrives hours late): run the report again tomorrow."
        )
    if report.others:
        total = sum(report.others.values(), Decimal(0))
        lines.append(
            f"Left out: {len(report.others)} requester(s) of {inputs['endpoint']} who are not "
            f"attendees ({total:,} tokens): facilitators, or other users of the endpoint."
        )
    if report.unpriced_vm_types:
        lines.append(f"No VM price for {', '.join(sorted(report.unpriced_vm_types))}: --prices.")
    return lines


def _write(console: Console, path: Path | None, text: str, mark: str, what: str) -> bool:
    if path is None:
        return True
    try:
        write_own_file(path, console.redact(text), mark)
    except OutputError as error:
        console.error(str(error))
        return False
    console.print(f"{what}: {path}")
    return True


def run_report(args: ReportOptions, api: WorkspaceApi, console: Console, inputs: dict) -> int:
    unread: list[str] = []
    try:
        report = collect(api, console, args, inputs, unread)
    except StatementError as error:
        console.error(f"{error}\n  note: {TABLES_FIX}")
        return EXIT_FAILED
    title = f"{inputs['workshop']}: what the day cost"
    span = args.day.isoformat() + (f", {args.days} days" if args.days > 1 else "")
    console.print(f"{title} ({span}, UTC; model endpoint {inputs['endpoint']})")
    console.print()
    console.print(table(report))
    plan = _plan(args, inputs, report)
    rows = comparison(report, inputs["prices"], plan)
    console.print()
    console.print(comparison_table(rows))
    console.print()
    lines = notes(report, plan, args, inputs)
    if unread:
        lines.append(
            f"{len(unread)} row(s) of the warehouse's answer did not read and are left out "
            f"of the figures: {console.shorten(unread[0])}"
        )
    for line in lines:
        console.print(line)
    page = report_html.page(
        report,
        title,
        f"{span} (UTC), model endpoint {inputs['endpoint']}",
        report_html.summary(rows),
        lines,
    )
    wrote = _write(console, args.csv, csv_text(report), ",".join(CSV_FIELDS), "CSV")
    wrote &= _write(console, args.html, page, report_html.GENERATOR, "HTML")
    return EXIT_OK if wrote else EXIT_FAILED


def run(args: ReportOptions, console: Console) -> int:
    try:
        inputs = _inputs(args)
    except (SettingsError, PriceError) as error:
        console.error(str(error))
        return EXIT_USAGE
    except RosterError as error:
        console.error("\n".join([f"{args.attendees}: invalid roster", *error.problems]))
        return EXIT_USAGE
    if (connected := connect_or_report(args, console)) is None:
        return EXIT_FAILED
    _, api = connected
    return run_report(args, api, console, inputs)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2026-12-10, got {text!r}"
        ) from None


def _days(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_DAYS}, got {text!r}"
        )
    return int(text)


def _hours(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except ArithmeticError:
        value = Decimal(0)
    if not value.is_finite() or not 0 < value <= 24 * MAX_DAYS:
        raise argparse.ArgumentTypeError(f"must be a number of hours above 0, got {text!r}")
    return value


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="what the day really cost, per attendee (SQL warehouse; table, CSV, HTML)",
        description=__doc__.split("\n\n")[1],
        epilog="exit codes: 0 report made, 1 the workspace or a file failed, 2 bad arguments",
    )
    parser.add_argument(
        "--warehouse",
        type=non_blank,
        required=True,
        metavar="ID",
        help="the SQL warehouse that runs the queries (its id)",
    )
    parser.add_argument(
        "--workshop-file",
        type=Path,
        metavar="FILE",
        help="the workshop's settings: workshop_name, claude_model, node_type_id",
    )
    parser.add_argument(
        "--workshop",
        type=non_blank,
        metavar="NAME",
        help=f"the Workshop tag (default: the file's, else {facts.WORKSHOP_NAME})",
    )
    parser.add_argument(
        "--endpoint",
        type=non_blank,
        metavar="NAME",
        help=f"the model's endpoint (default: claude_model, else {DEFAULT_MODEL})",
    )
    parser.add_argument(
        "--day",
        type=_day,
        default=datetime.now(UTC).date(),
        metavar="DATE",
        help="the first day, UTC (default: today)",
    )
    parser.add_argument(
        "--days", type=_days, default=1, metavar="N", help="days covered (default: 1)"
    )
    parser.add_argument(
        "--attendees",
        type=Path,
        metavar="FILE",
        help="the roster: attendees without any usage are listed too",
    )
    parser.add_argument(
        "--hours",
        type=_hours,
        metavar="H",
        help="the planned session, for the estimate (default: the average running time)",
    )
    parser.add_argument(
        "--activity",
        choices=ACTIVITIES,
        default=DEFAULT_ACTIVITY,
        help=f"the activity profile of the estimate (default: {DEFAULT_ACTIVITY})",
    )
    parser.add_argument(
        "--prices", type=Path, metavar="FILE", help="JSON price file over the built-in one"
    )
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")
    parser.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="also write one self-contained HTML page with charts",
    )
    add_workspace_options(parser, TIMEOUT_SECONDS, "every statement together")
    register(parser, ReportOptions, run)
