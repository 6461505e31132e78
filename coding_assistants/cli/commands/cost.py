"""``coding-assistants cost``: what a workshop costs: the clusters' VMs and DBUs, and the model.

All arithmetic is in Decimal. Every number given is bounded (MAX_ATTENDEES, MAX_HOURS,
prices.MIN_NUMBER and prices.MAX_RATE), so every total fits Decimal's precision exactly. The VM
and the DBU total are each rounded half up to the cent once, at the end; their sum is the
VM + DBU total, so every row adds up.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, TypeVar

from coding_assistants import facts
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import (
    CENT,
    Console,
    plain_number,
    rate_places,
    render_table,
    usd,
    usd_rate,
)
from coding_assistants.cli.services.cost_day import Day, add_day_arguments, day_notes, day_table
from coding_assistants.cli.services.model_cost import (
    add_model_arguments,
    headline,
    share_table,
    token_estimates,
    token_table,
)
from coding_assistants.cli.services.model_cost import (
    assumption_lines as model_assumption_lines,
)
from coding_assistants.cli.services.model_prices import (
    TokenTable,
    apply_token_prices,
    builtin_token_prices,
)
from coding_assistants.cli.services.prices import (
    MAX_RATE,
    PriceError,
    PriceTable,
    VmPrice,
    apply_prices,
    builtin_prices,
    parse_positive,
    read_price_data,
    resolve_vm_type,
)
from coding_assistants.cli.services.workshop_file import workshop_defaults, workshop_file
from coding_assistants.settings import SettingsError

EXIT_OK, EXIT_USAGE = 0, 2


@dataclass(frozen=True, kw_only=True)
class CostOptions:
    """What ``cost`` was asked, as parsed; the workshop file fills the ``None`` ones
    (:func:`with_workshop_defaults`)."""

    attendees: int
    """Clusters estimated (one per attendee)."""
    hours: tuple[Decimal, ...]
    """Hours each cluster runs; one row per value."""
    vm_type: tuple[str, ...] | None = None
    """VM types compared; None: the workshop's node type."""
    workshop_file: Path | None = None
    """The workshop settings whose node type, idle time, pool and model are the defaults."""
    dbu_rate: Decimal | None = None
    dbu_per_hour: Decimal | None = None
    vm_price: Decimal | None = None
    prices: Path | None = None
    first_start_hours: Decimal | None = None
    """Hours each cluster runs at deploy; None: the workshop's idle time."""
    warm_hours: Decimal
    warm_vms: int | None = None
    """Idle pool VMs kept warm; None: what ``pool warm`` fills, the pool's max_capacity."""
    model: str | None = None
    """The model Claude Code uses; None: the workshop file's, else the init script's."""
    activity: str
    """Each attendee's use of the model: a profile of the price file."""
    input_tokens_per_hour: Decimal | None = None
    cache_read_tokens_per_hour: Decimal | None = None
    output_tokens_per_hour: Decimal | None = None
    """Token figures per attendee and session hour over the profile's; None: the profile's."""


@dataclass(frozen=True)
class CostRun:
    """``cost``'s options with the workshop file's defaults filled in: a new, frozen object."""

    options: CostOptions
    """The options, with the model resolved."""
    vm_types: tuple[str, ...]
    """The VM types estimated: ``--vm-type``, else the workshop's node type."""
    first_start_hours: Decimal
    """``--first-start-hours``, else the workshop's idle time."""
    warm_vms: int
    """``--warm-vms``, else what ``pool warm`` fills by default: the pool's max_capacity."""


@dataclass(frozen=True)
class Estimate:
    """The cost of ``clusters`` clusters of one VM type running for ``hours`` each."""

    vm_type: str
    clusters: int
    hours: Decimal
    vm_usd_per_hour: Decimal
    dbu_per_hour: Decimal | None
    dbu_usd: Decimal

    @property
    def cluster_hours(self) -> Decimal:
        return self.clusters * self.hours

    @property
    def dbu_usd_per_hour(self) -> Decimal | None:
        return None if self.dbu_per_hour is None else self.dbu_per_hour * self.dbu_usd

    @property
    def vm_total(self) -> Decimal:
        return _cents(self.cluster_hours * self.vm_usd_per_hour)

    @property
    def dbu_total(self) -> Decimal | None:
        rate = self.dbu_usd_per_hour
        return None if rate is None else _cents(self.cluster_hours * rate)

    @property
    def total(self) -> Decimal | None:
        """VM plus DBU, the sum of the two rounded totals, so the table adds up."""
        dbu = self.dbu_total
        return None if dbu is None else self.vm_total + dbu


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


MAX_ATTENDEES = 100_000
"""The most clusters estimated at once; far above any workshop."""
MAX_HOURS = Decimal(8760)
"""A year: the longest run estimated."""


def _number_arg(maximum: Decimal, unit: str = "") -> Callable[[str], Decimal]:
    """An argparse type: a number from MIN_NUMBER to ``maximum``, so every total stays exact."""

    def parse(text: str) -> Decimal:
        try:
            return parse_positive(text, maximum, unit)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def _count_arg(text: str) -> int:
    try:
        count = int(text.strip())
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_ATTENDEES:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_ATTENDEES}, got {text!r}"
        )
    return count


def build_estimates(
    args: CostOptions, table: PriceTable, vm_type: tuple[str, ...] = ()
) -> list[Estimate]:
    """One estimate per (hours, VM type), in the order given (``vm_type``: the resolved VM
    types, else ``--vm-type``, else the workshop default)."""
    vm_types = list(dict.fromkeys(vm_type or args.vm_type or [facts.WORKSHOP_NODE_TYPE]))
    if args.vm_price is not None and len(vm_types) > 1:
        raise PriceError("--vm-price applies to one VM type; give a single --vm-type with it")
    names = [resolve_vm_type(table, name, args.vm_price) for name in vm_types]
    estimates = []
    for hours in dict.fromkeys(args.hours):
        for name in names:
            price = table.vm_types.get(name, VmPrice())
            vm_usd = price.vm_usd_per_hour if args.vm_price is None else args.vm_price
            if vm_usd is None:
                raise PriceError(f"no VM price known for {name}: give one with --vm-price USD")
            estimates.append(
                Estimate(
                    vm_type=name,
                    clusters=args.attendees,
                    hours=hours,
                    vm_usd_per_hour=vm_usd,
                    dbu_per_hour=_first(args.dbu_per_hour, price.dbu_per_hour),
                    dbu_usd=_first(args.dbu_rate, table.dbu_usd),
                )
            )
    return estimates


_Price = TypeVar("_Price", bound=Decimal | None)


def _first(given: _Price | None, default: _Price) -> _Price:
    return default if given is None else given


def _maybe(value: Decimal | None, fmt: Callable[[Decimal], str]) -> str:
    return "n/a" if value is None else fmt(value)


def estimate_table(estimates: list[Estimate]) -> str:
    """One row per estimate; each rate column shares one number of decimals, so it aligns."""
    vm_places = max(rate_places(e.vm_usd_per_hour) for e in estimates)
    dbu_rates = [e.dbu_usd_per_hour for e in estimates if e.dbu_usd_per_hour is not None]
    dbu_places = max((rate_places(r) for r in dbu_rates), default=2)
    headers = ["VM TYPE", "HOURS", "VM/CLUSTER-H", "DBU/CLUSTER-H", "VM TOTAL", "DBU TOTAL"]
    rows = [
        [
            e.vm_type,
            plain_number(e.hours),
            usd_rate(e.vm_usd_per_hour, vm_places),
            _maybe(e.dbu_usd_per_hour, lambda r: usd_rate(r, dbu_places)),
            usd(e.vm_total),
            _maybe(e.dbu_total, usd),
            _maybe(e.total, usd),
        ]
        for e in estimates
    ]
    return render_table([*headers, "VM + DBU TOTAL"], rows, right=range(1, 7))


def _span(values: list[Decimal]) -> str:
    low, high = min(values), max(values)
    return usd(low) if low == high else f"{usd(low)} to {usd(high)}"


def summary_lines(estimates: list[Estimate]) -> list[str]:
    """The VM range per duration, then the plain statement that DBUs come on top."""
    lines = []
    for hours in dict.fromkeys(e.hours for e in estimates):
        group = [e for e in estimates if e.hours == hours]
        clusters = group[0].clusters
        vm = _span([e.vm_total for e in group])
        lines.append(f"VM cost, {clusters} clusters x {plain_number(hours)} h: {vm}")
        totals = [e.total for e in group if e.total is not None]
        if totals:
            lines.append(f"  with DBUs: {_span(totals)}")
    lines.append("")
    lines.append("DBU charges come on top of the VM cost: Databricks bills DBUs for every")
    lines.append("running cluster, in addition to the cloud provider's price for the VM.")
    unknown = sorted({e.vm_type for e in estimates if e.dbu_per_hour is None})
    if unknown:
        lines.append(
            f"DBU cost not estimated for {', '.join(unknown)}: no DBU rate is known; "
            "give one with --dbu-per-hour."
        )
    return lines


def assumption_lines(args: CostOptions, table: PriceTable, est: list[Estimate]) -> list[str]:
    vm_source = "--vm-price" if args.vm_price else " + ".join(table.sources)
    per_vm = dict.fromkeys((e.vm_type, e.vm_usd_per_hour, e.dbu_per_hour) for e in est)
    vm_prices = ", ".join(f"{name} {usd_rate(price)}/h" for name, price, _ in per_vm)
    dbus = ", ".join(
        f"{name} {plain_number(dbu)} DBU/h" for name, _, dbu in per_vm if dbu is not None
    )
    dbu_source = "--dbu-per-hour" if args.dbu_per_hour else " + ".join(table.sources)
    rate_note = "--dbu-rate" if args.dbu_rate else table.dbu_usd_note
    return [
        "Assumptions (indicative list prices in USD; check your region, tier and agreement):",
        f"  VM prices ({vm_source}): {vm_prices}.",
        f"  DBU rates ({dbu_source}): {dbus or 'none'};",
        f"  {usd_rate(est[0].dbu_usd)} per DBU ({rate_note}).",
        "  Every cluster runs for the whole time. Auto-termination lowers the cost; Photon "
        "raises the DBU rate.",
        "  The E4ds_v4 rate of 1 DBU/h is an unconfirmed assumption from its size: check it.",
        "  Not included: storage, networking; the day below adds the clusters' first start",
        "  at deploy and a warm pool's idle VMs, then the model's tokens.",
    ]


def with_workshop_defaults(args: CostOptions) -> CostRun:
    """``args`` with the workshop's node type, idle time, pool size and model where the command
    line gave none (SettingsError when the workshop file is one synthesis would refuse)."""
    defaults = workshop_defaults(workshop_file(args.workshop_file))
    first = args.first_start_hours
    return CostRun(
        options=replace(args, model=args.model or defaults.model),
        vm_types=args.vm_type or (defaults.node_type,),
        first_start_hours=defaults.first_start_hours if first is None else first,
        warm_vms=defaults.warm_vms(args.attendees) if args.warm_vms is None else args.warm_vms,
    )


def load_tables(args: CostOptions) -> tuple[PriceTable, TokenTable]:
    """The built-in prices, with ``--prices FILE`` merged over them."""
    table, tokens = builtin_prices(), builtin_token_prices()
    if args.prices:
        data = read_price_data(args.prices)
        table = apply_prices(table, data, str(args.prices))
        tokens = apply_token_prices(tokens, data, str(args.prices))
    return table, tokens


def run(given: CostOptions, console: Console) -> int:
    try:
        plan = with_workshop_defaults(given)
    except SettingsError as error:
        console.error(str(error))
        return EXIT_USAGE
    args = plan.options
    try:
        table, tokens = load_tables(args)
        estimates = build_estimates(args, table, plan.vm_types)
    except PriceError as error:
        console.error(str(error))
        return EXIT_USAGE
    console.print(f"Cost estimate for {args.attendees} clusters (one per attendee)")
    console.print()
    console.print(estimate_table(estimates))
    console.print("(per cluster-hour rates, then totals for all clusters)")
    console.print()
    for line in [*summary_lines(estimates), "", *assumption_lines(args, table, estimates)]:
        console.print(line)
    console.print()
    days = _days(plan, estimates)
    console.print(day_table(days))
    for line in day_notes(plan.first_start_hours, args.warm_hours, plan.warm_vms):
        console.print(line)
    model = token_estimates(args, tokens, [e.hours for e in estimates])
    console.print()
    console.print(headline(model[0]))
    console.print(token_table(model))
    console.print()
    console.print("The day with the model: each part and its share of the total")
    console.print(share_table(days, model))
    console.print()
    for line in model_assumption_lines(model[0], tokens):
        console.print(line)
    return EXIT_OK


def _days(plan: CostRun, estimates: list[Estimate]) -> list[Day]:
    """The day of every row of the table: its session plus first start and warm pool."""
    return [
        Day(
            vm_type=e.vm_type,
            clusters=e.clusters,
            session_hours=e.hours,
            first_start_hours=plan.first_start_hours,
            warm_vms=plan.warm_vms,
            warm_hours=plan.options.warm_hours,
            vm_usd_per_hour=e.vm_usd_per_hour,
            dbu_per_hour=e.dbu_per_hour,
            dbu_usd=e.dbu_usd,
        )
        for e in estimates
    ]


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cost",
        help="estimate the VM, DBU and model cost of a workshop",
        description=(
            "Estimate what the workshop costs: the clusters' VM price and DBU charge, per "
            "cluster-hour and in total, then the model's tokens under an activity profile and "
            "each part's share of the day. Repeat --hours or --vm-type to compare in one table."
        ),
        epilog=(
            "example: coding-assistants cost --attendees 140 --hours 4 --hours 8 "
            "--vm-type Standard_DS3_v2 --vm-type Standard_DS4_v2\n"
            "exit codes: 0 estimate printed, 2 invalid arguments or price file"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--attendees", type=_count_arg, required=True, metavar="N", help="number of clusters"
    )
    parser.add_argument(
        "--hours",
        type=_number_arg(MAX_HOURS, " (a year)"),
        action="append",
        required=True,
        metavar="H",
        help="hours each cluster runs (repeatable)",
    )
    parser.add_argument(
        "--vm-type",
        action="append",
        metavar="T",
        help="VM type (repeatable; default: the workshop's node_type_id, from --workshop-file, "
        f"else {facts.WORKSHOP_NODE_TYPE})",
    )
    parser.add_argument(
        "--workshop-file",
        type=Path,
        metavar="FILE",
        help="the workshop stacks' settings (default: $CODING_ASSISTANTS_WORKSHOP_FILE): its "
        "node_type_id and autotermination_minutes are the defaults of --vm-type and "
        "--first-start-hours",
    )
    parser.add_argument(
        "--dbu-rate",
        type=_number_arg(MAX_RATE, " (USD per DBU)"),
        metavar="USD",
        help="price of one DBU (default: the table's, $0.55: Premium all-purpose)",
    )
    parser.add_argument(
        "--dbu-per-hour",
        type=_number_arg(MAX_RATE, " (DBUs per hour)"),
        metavar="X",
        help="DBUs per cluster-hour (default: the table's figure for the VM type)",
    )
    parser.add_argument(
        "--vm-price",
        type=_number_arg(MAX_RATE, " (USD per hour)"),
        metavar="USD",
        help="hourly VM price, overriding the table (one --vm-type only)",
    )
    parser.add_argument(
        "--prices",
        type=Path,
        metavar="FILE",
        help="JSON price file merged over the built-in table (see examples/prices.example.json)",
    )
    add_day_arguments(parser)
    add_model_arguments(parser)
    register(parser, CostOptions, run)
