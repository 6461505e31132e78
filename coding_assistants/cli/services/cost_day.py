"""The workshop day beyond the session: what ``coding-assistants cost`` adds to the table.

Besides the session itself (every cluster running ``--hours``), a day bills two more things:

- the clusters' **first start when the fleet is deployed**: creating a cluster starts it, and
  it runs until its idle time ends (``autotermination_minutes``, 60 by default), VM and DBUs;
- the **warm pool**: between ``pool warm`` and the moment the clusters take its VMs (or
  ``pool cool``), every idle VM bills the VM price, without DBUs.

All in Decimal, rounded half up to the cent once per amount, as the table is.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.output import CENT, plain_number, render_table, usd
from coding_assistants.cli.services.prices import parse_positive

MAX_DAY_HOURS = Decimal(24 * 7)
DEFAULT_WARM_HOURS = Decimal("0.5")
"""``pool warm`` 30 minutes before the start, as the facilitator guide says."""
DEFAULT_FIRST_START_HOURS = Decimal(facts.WORKSHOP_AUTOTERMINATION_MINUTES) / 60


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Day:
    """One VM type's day: ``clusters`` clusters for ``session_hours`` plus their first start
    (``first_start_hours`` each) and ``warm_vms`` idle pool VMs for ``warm_hours``."""

    vm_type: str
    clusters: int
    session_hours: Decimal
    first_start_hours: Decimal
    warm_vms: int
    warm_hours: Decimal
    vm_usd_per_hour: Decimal
    dbu_per_hour: Decimal | None
    dbu_usd: Decimal

    @property
    def cluster_hours(self) -> Decimal:
        return self.clusters * (self.session_hours + self.first_start_hours)

    @property
    def dbus(self) -> Decimal | None:
        return None if self.dbu_per_hour is None else self.cluster_hours * self.dbu_per_hour

    @property
    def pool_idle_hours(self) -> Decimal:
        return self.warm_vms * self.warm_hours

    @property
    def vm_total(self) -> Decimal:
        hours = self.cluster_hours + self.pool_idle_hours
        return _cents(hours * self.vm_usd_per_hour)

    @property
    def dbu_total(self) -> Decimal | None:
        dbus = self.dbus
        return None if dbus is None else _cents(dbus * self.dbu_usd)


def day_table(days: list[Day]) -> str:
    headers = [
        "VM TYPE",
        "SESSION H",
        "CLUSTER-HOURS",
        "DBUS",
        "POOL IDLE VM-HOURS",
        "VM TOTAL",
        "DBU TOTAL",
        "DAY TOTAL",
    ]
    rows = []
    for day in days:
        dbus, dbu_total = day.dbus, day.dbu_total
        rows.append(
            [
                day.vm_type,
                plain_number(day.session_hours),
                plain_number(day.cluster_hours),
                "n/a" if dbus is None else plain_number(dbus),
                plain_number(day.pool_idle_hours),
                usd(day.vm_total),
                "n/a" if dbu_total is None else usd(dbu_total),
                "n/a" if dbu_total is None else usd(day.vm_total + dbu_total),
            ]
        )
    return render_table(headers, rows)


def shown_hours(hours: Decimal) -> str:
    """``0.75``, or ``about 0.83`` for 50 minutes: at most two decimals in the notes."""
    shown = hours.quantize(CENT, ROUND_HALF_UP)
    return plain_number(shown) if shown == hours else f"about {plain_number(shown)}"


def day_notes(first_start_hours: Decimal, warm_hours: Decimal, warm_vms: int) -> list[str]:
    first = shown_hours(first_start_hours)
    return [
        f"The day: the session, plus each cluster's first start at deploy ({first} h, until "
        "its idle time ends; --first-start-hours 0 when the fleet is deployed on the day),",
        f"plus {warm_vms} warm pool VMs for {shown_hours(warm_hours)} h (VM price only, "
        "no DBUs; --warm-hours, --warm-vms).",
    ]


def _hours_or_zero(text: str) -> Decimal:
    if text.strip() in ("0", "0.0"):
        return Decimal(0)
    try:
        return parse_positive(text, MAX_DAY_HOURS, " (hours)")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _vms(text: str) -> int:
    if not text.strip().isdigit() or int(text) > 100_000:
        raise argparse.ArgumentTypeError(f"must be a whole number from 0 to 100000, got {text!r}")
    return int(text)


def add_day_arguments(parser: Any) -> None:
    parser.add_argument(
        "--first-start-hours",
        type=_hours_or_zero,
        metavar="H",
        help="hours each cluster runs when the fleet is deployed (default: its idle time, the "
        f"workshop's autotermination_minutes, {plain_number(DEFAULT_FIRST_START_HOURS)} h "
        "unless set; 0 to leave out)",
    )
    parser.add_argument(
        "--warm-hours",
        type=_hours_or_zero,
        default=DEFAULT_WARM_HOURS,
        metavar="H",
        help="hours the pool is kept warm before the clusters take its VMs "
        f"(default: {plain_number(DEFAULT_WARM_HOURS)}; 0 to leave out)",
    )
    parser.add_argument(
        "--warm-vms",
        type=_vms,
        metavar="N",
        help="idle VMs kept warm (default: what `pool warm` fills, the pool's max_capacity: "
        "the workshop file's pool_max_capacity, else one per attendee plus "
        f"pool_capacity_headroom, {facts.WORKSHOP_POOL_HEADROOM} unless set)",
    )
