"""What the day really cost, per attendee: assembled from the usage rows and the price file.

- **cluster hours**: minutes the attendee's cluster ran (its driver), over 60;
- **idle hours**: of those, the hours in which the attendee sent the model no request;
- **DBU**: the billed DBUs at their list price; for an hour the cluster ran but billing has no
  row yet (billing arrives hours late), the DBUs are estimated from the price file (VM type's
  DBUs per hour, price per DBU) and counted apart as ``estimated``;
- **VM**: not in Databricks' tables (the cloud bills it): running hours at the price file's
  hourly VM price, an estimate;
- **model**: the attendee's input and output tokens on the model's endpoint at the price file's
  prices (every input token at the input price: the usage table does not split cache reads).

Requesters of the endpoint who are not attendees (facilitators, other users of a shared
endpoint) are counted apart and left out of the totals.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from coding_assistants.cli.core.output import CENT
from coding_assistants.cli.services.model_prices import ModelPrice
from coding_assistants.cli.services.prices import CloudView, VmPrice
from coding_assistants.cli.services.usage_queries import Billed, Running, Used

MILLION = Decimal(10**6)
SIXTY = Decimal(60)


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class AttendeeDay:
    """One attendee's day."""

    email: str
    minutes: Decimal = Decimal(0)
    idle_minutes: Decimal = Decimal(0)
    dbus: Decimal = Decimal(0)
    dbu_usd: Decimal = Decimal(0)
    dbu_estimated_usd: Decimal = Decimal(0)
    unbilled_minutes: Decimal = Decimal(0)
    vm_usd: Decimal | None = Decimal(0)
    requests: Decimal = Decimal(0)
    input_tokens: Decimal = Decimal(0)
    output_tokens: Decimal = Decimal(0)
    throttled: Decimal = Decimal(0)
    model_usd: Decimal | None = Decimal(0)

    @property
    def cluster_hours(self) -> Decimal:
        return self.minutes / SIXTY

    @property
    def idle_hours(self) -> Decimal:
        return self.idle_minutes / SIXTY

    @property
    def dbu_total(self) -> Decimal:
        return cents(self.dbu_usd + self.dbu_estimated_usd)

    @property
    def total(self) -> Decimal | None:
        if self.vm_usd is None or self.model_usd is None:
            return None
        return cents(self.vm_usd) + self.dbu_total + cents(self.model_usd)


@dataclass
class DayReport:
    """Every attendee's day, the day's hours and what the room did in each."""

    attendees: list[AttendeeDay]
    hours: list[datetime]
    running_by_hour: dict[datetime, int] = field(default_factory=dict)
    """Clusters that ran in each hour (any minute)."""
    tokens_by_hour: dict[datetime, tuple[Decimal, Decimal]] = field(default_factory=dict)
    """Input and output tokens of the attendees in each hour."""
    others: dict[str, Decimal] = field(default_factory=dict)
    """Requesters who are not attendees -> their tokens (left out of the totals)."""
    unpriced_vm_types: set[str] = field(default_factory=set)

    @property
    def unbilled_hours(self) -> Decimal:
        return sum((a.unbilled_minutes for a in self.attendees), Decimal(0)) / SIXTY

    def total(self, part: str) -> Decimal | None:
        values = [getattr(a, part) for a in self.attendees]
        if any(v is None for v in values):
            return None
        return cents(sum(values, Decimal(0)))


def _vm(prices: CloudView, node_type: str) -> VmPrice:
    folded = {k.lower(): v for k, v in prices.vm_types.items()}
    return folded.get(node_type.lower(), VmPrice())


def _clusters(
    day: AttendeeDay, runs: list[Running], bills: dict, prices: CloudView, report: DayReport
) -> None:
    for run in runs:
        day.minutes += run.minutes
        price = _vm(prices, run.node_type)
        if price.vm_usd_per_hour is None:
            report.unpriced_vm_types.add(run.node_type or "unknown")
            day.vm_usd = None
        elif day.vm_usd is not None:
            day.vm_usd += run.minutes / SIXTY * price.vm_usd_per_hour
        if (day.email, run.hour) not in bills and price.dbu_per_hour is not None:
            day.unbilled_minutes += run.minutes
            day.dbu_estimated_usd += run.minutes / SIXTY * price.dbu_per_hour * prices.dbu_usd


def build(
    emails: list[str],
    window_hours: list[datetime],
    rows: tuple[list[Billed], list[Running], list[Used]],
    prices: CloudView,
    model: ModelPrice,
) -> DayReport:
    """The report of ``emails`` (the roster, or every attendee seen) from the three results."""
    bills_rows, runs, uses = rows
    seen = {b.attendee for b in bills_rows} | {r.attendee for r in runs}
    everyone = sorted(set(emails) | (seen - {""}))
    report = DayReport([AttendeeDay(e) for e in everyone], window_hours)
    by_email = {a.email: a for a in report.attendees}
    bills = {(b.attendee, b.hour): b for b in bills_rows}
    for b in bills_rows:
        if b.attendee in by_email:
            day = by_email[b.attendee]
            day.dbus += b.dbus
            day.dbu_usd += b.list_usd if b.list_usd is not None else b.dbus * prices.dbu_usd
    runs_of: dict[str, list[Running]] = defaultdict(list)
    running_in: dict[datetime, set[str]] = defaultdict(set)
    for run in runs:
        runs_of[run.attendee].append(run)
        if run.minutes:
            running_in[run.hour].add(run.cluster_id)
    for email, day in by_email.items():
        _clusters(day, runs_of[email], bills, prices, report)
    report.running_by_hour = {h: len(running_in.get(h, ())) for h in window_hours}
    _tokens(report, by_email, uses, runs, model)
    return report


def _tokens(
    report: DayReport,
    by_email: dict[str, AttendeeDay],
    uses: list[Used],
    runs: list[Running],
    model: ModelPrice,
) -> None:
    asked: set[tuple[str, datetime]] = set()
    hourly: dict[datetime, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for use in uses:
        day = by_email.get(use.requester)
        if day is None:
            report.others[use.requester] = (
                report.others.get(use.requester, Decimal(0)) + use.input_tokens + use.output_tokens
            )
            continue
        day.requests += use.requests
        day.input_tokens += use.input_tokens
        day.output_tokens += use.output_tokens
        day.throttled += use.throttled
        hourly[use.hour][0] += use.input_tokens
        hourly[use.hour][1] += use.output_tokens
        if use.requests:
            asked.add((use.requester, use.hour))
    report.tokens_by_hour = {h: (hourly[h][0], hourly[h][1]) for h in report.hours}
    for run in runs:
        if run.attendee in by_email and (run.attendee, run.hour) not in asked:
            by_email[run.attendee].idle_minutes += run.minutes
    for day in report.attendees:
        if model.input is None or model.output is None:
            day.model_usd = None
        else:
            day.model_usd = (
                day.input_tokens * model.input + day.output_tokens * model.output
            ) / MILLION
