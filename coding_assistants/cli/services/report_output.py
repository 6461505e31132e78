"""The day's report as a terminal table, as CSV, and against the ``cost`` estimate."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from coding_assistants.cli.core.output import plain_number, render_table, usd
from coding_assistants.cli.services.day_report import AttendeeDay, DayReport, cents
from coding_assistants.cli.services.model_cost import TokenEstimate, count
from coding_assistants.cli.services.model_prices import Activity, ModelPrice
from coding_assistants.cli.services.prices import CloudView, VmPrice

HEADERS = [
    "ATTENDEE",
    "CLUSTER H",
    "IDLE H",
    "REQUESTS",
    "429S",
    "INPUT TOKENS",
    "OUTPUT TOKENS",
    "VM",
    "DBU",
    "MODEL",
    "TOTAL",
]
CSV_FIELDS = [
    "attendee",
    "cluster_hours",
    "idle_hours",
    "requests",
    "throttled",
    "input_tokens",
    "output_tokens",
    "vm_usd",
    "dbu_usd",
    "dbu_estimated_usd",
    "model_usd",
    "total_usd",
]
"""The CSV's header, also what marks a CSV file as this command's own."""


def hours(value: Decimal) -> str:
    return plain_number(value.quantize(Decimal("0.01")))


def _money(value: Decimal | None) -> str:
    return "n/a" if value is None else usd(value)


def _row(day: AttendeeDay) -> list[str]:
    dbu = usd(day.dbu_total) + ("*" if day.unbilled_minutes else "")
    return [
        day.email,
        hours(day.cluster_hours),
        hours(day.idle_hours),
        count(day.requests),
        count(day.throttled),
        count(day.input_tokens),
        count(day.output_tokens),
        _money(day.vm_usd),
        dbu,
        _money(day.model_usd),
        _money(day.total),
    ]


def table(report: DayReport) -> str:
    rows = [_row(day) for day in report.attendees]
    total = AttendeeDay("TOTAL")
    for day in report.attendees:
        for name in (
            "minutes",
            "idle_minutes",
            "requests",
            "throttled",
            "input_tokens",
            "output_tokens",
            "dbu_usd",
            "dbu_estimated_usd",
            "unbilled_minutes",
        ):
            setattr(total, name, getattr(total, name) + getattr(day, name))
    total.vm_usd, total.model_usd = report.total("vm_usd"), report.total("model_usd")
    rows.append(_row(total))
    return render_table(HEADERS, rows, right=range(1, len(HEADERS)))


def _csv_number(value: Decimal | None, places: str = "0.01") -> str:
    return "" if value is None else str(value.quantize(Decimal(places)))


def csv_text(report: DayReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for d in report.attendees:
        writer.writerow(
            [
                d.email,
                _csv_number(d.cluster_hours),
                _csv_number(d.idle_hours),
                _csv_number(d.requests, "1"),
                _csv_number(d.throttled, "1"),
                _csv_number(d.input_tokens, "1"),
                _csv_number(d.output_tokens, "1"),
                _csv_number(d.vm_usd),
                _csv_number(d.dbu_usd),
                _csv_number(d.dbu_estimated_usd),
                _csv_number(d.model_usd),
                _csv_number(d.total),
            ]
        )
    return out.getvalue()


@dataclass(frozen=True)
class Plan:
    """What the ``cost`` estimate is made of, for the comparison."""

    hours: Decimal
    vm: VmPrice
    node_type: str
    activity_name: str
    activity: Activity
    model: str
    model_price: ModelPrice


def comparison(
    report: DayReport, prices: CloudView, plan: Plan
) -> list[tuple[str, Decimal | None, Decimal | None]]:
    """(part, estimate, actual) for VM, DBU, the model and the total."""
    n = len(report.attendees)
    cluster_hours = n * plan.hours
    vm = None if plan.vm.vm_usd_per_hour is None else cents(cluster_hours * plan.vm.vm_usd_per_hour)
    rate = plan.vm.dbu_per_hour
    dbu = None if rate is None else cents(cluster_hours * rate * prices.dbu_usd)
    model = TokenEstimate(
        plan.model, plan.activity_name, plan.activity, n, plan.hours, plan.model_price
    ).total
    parts = [
        ("VM", vm, report.total("vm_usd")),
        ("DBU", dbu, cents(sum((a.dbu_total for a in report.attendees), Decimal(0)))),
        ("model", model, report.total("model_usd")),
    ]
    return [*parts, ("total", _sum([p[1] for p in parts]), _sum([p[2] for p in parts]))]


def _sum(values: list[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, Decimal(0)) if len(known) == len(values) else None


def comparison_table(rows: list[tuple[str, Decimal | None, Decimal | None]]) -> str:
    lines = []
    for part, estimate, actual in rows:
        if estimate is None or actual is None:
            diff = "n/a"
        else:
            sign = "+" if actual >= estimate else "-"
            diff = f"{sign}{usd(abs(actual - estimate))}"
        lines.append([part, _money(estimate), _money(actual), diff])
    return render_table(["PART", "ESTIMATE", "ACTUAL", "DIFFERENCE"], lines, right=(1, 2, 3))
