"""``coding-assistants cost``: what a workshop costs: the clusters' VMs and DBUs, and the model.

All arithmetic is in Decimal (``vm_estimates``). Every number given is bounded (MAX_ATTENDEES,
MAX_HOURS, prices.MIN_NUMBER and prices.MAX_RATE), so every total fits Decimal's precision
exactly. The VM and the DBU total are each rounded half up to the cent once, at the end; their
sum is the VM + DBU total, so every row adds up.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import (
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
    DEFAULT_TIER,
    MAX_RATE,
    TIERS,
    PriceError,
    PriceTable,
    apply_prices,
    builtin_prices,
    parse_positive,
    read_price_data,
)
from coding_assistants.cli.services.vm_estimates import Estimate, build_estimates, estimate_cloud
from coding_assistants.cli.services.workshop_file import workshop_defaults, workshop_file
from coding_assistants.cli.services.workspace_cloud import CloudChoice
from coding_assistants.settings import SettingsError

EXIT_OK, EXIT_USAGE = 0, 2


@dataclass(frozen=True, kw_only=True)
class CostOptions:
    """What ``cost`` was asked, as parsed; :func:`with_workshop_defaults` makes a new object with
    the workshop file's defaults filled in (the fields after ``output_tokens_per_hour``)."""

    attendees: int
    """Clusters estimated (one per attendee)."""
    hours: tuple[Decimal, ...]
    """Hours each cluster runs; one row per value."""
    vm_type: tuple[str, ...] | None = None
    """VM types compared; None: the workshop's node type."""
    cloud: str | None = None
    """The workspace's cloud; None: the workshop file's, the host's, the VM type's."""
    tier: str = DEFAULT_TIER
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
    pool_warm_vms: int = 0
    """What ``pool warm`` fills by default: the workshop pool's max_capacity."""
    workshop_node_type: str | None = None
    """The workshop file's node type (or its cloud's default)."""
    workshop_cloud: str | None = None
    """The workshop file's cloud, when it names one."""


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


def assumption_lines(
    args: CostOptions, table: PriceTable, est: list[Estimate], choice: CloudChoice
) -> list[str]:
    vm_source = "--vm-price" if args.vm_price else " + ".join(table.sources)
    per_vm = dict.fromkeys((e.vm_type, e.vm_usd_per_hour, e.dbu_per_hour) for e in est)
    vm_prices = ", ".join(f"{name} {usd_rate(price)}/h" for name, price, _ in per_vm)
    dbus = ", ".join(
        f"{name} {plain_number(dbu)} DBU/h" for name, _, dbu in per_vm if dbu is not None
    )
    dbu_source = "--dbu-per-hour" if args.dbu_per_hour else " + ".join(table.sources)
    return [
        "Assumptions (indicative list prices in USD; check your region, tier and agreement):",
        _cloud_line(choice, est),
        f"  VM prices ({vm_source}): {vm_prices}.",
        f"  DBU rates ({dbu_source}): {dbus or 'none'};",
        *_dbu_price_lines(args, table, est),
        "  Every cluster runs for the whole time. Auto-termination lowers the cost; Photon "
        "raises the DBU rate.",
        *_source_lines(args, table, est),
        "  Not included: storage, networking; the day below adds the clusters' first start",
        "  at deploy and a warm pool's idle VMs, then the model's tokens.",
    ]


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(
        text, 92, initial_indent="  ", subsequent_indent="    ", break_on_hyphens=False
    )


def _cloud_line(choice: CloudChoice, est: list[Estimate]) -> str:
    """Which cloud's prices apply, and why."""
    clouds = list(dict.fromkeys(e.cloud for e in est))
    if len(clouds) > 1:
        return f"  Clouds: {clouds_named(clouds)} (each VM type's, from its price table)."
    if choice.source == "--cloud":
        return f"  Cloud: {choice.label} (--cloud)."
    return f"  Cloud: {facts.CLOUD_LABELS[clouds[0]]} (from {choice.source}; --cloud names it)."


def clouds_named(clouds: list[str]) -> str:
    """``AWS``, ``AWS and GCP``, ``AWS, GCP and Azure``."""
    labels = [facts.CLOUD_LABELS[c] for c in clouds]
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"


def _dbu_price_lines(args: CostOptions, table: PriceTable, est: list[Estimate]) -> list[str]:
    """The price of a DBU per cloud estimated, with its tier and note."""
    if args.dbu_rate:
        return [f"  {usd_rate(args.dbu_rate)} per DBU (--dbu-rate)."]
    lines = []
    for cloud in dict.fromkeys(e.cloud for e in est):
        note = table.clouds[cloud].dbu_usd_note
        where = f"{facts.CLOUD_LABELS[cloud]}: " if len({e.cloud for e in est}) > 1 else ""
        price = usd_rate(table.dbu_usd(cloud, args.tier))
        lines.append(f"  {where}{price} per DBU ({args.tier.capitalize()} tier, {note}).")
    return lines


def _source_lines(args: CostOptions, table: PriceTable, est: list[Estimate]) -> list[str]:
    """Where the built-in figures of each cloud estimated come from, and each VM type's note."""
    lines = []
    for cloud in dict.fromkeys(e.cloud for e in est):
        source = table.clouds[cloud].source
        if source and not (args.vm_price and args.dbu_per_hour and args.dbu_rate):
            text = f"{facts.CLOUD_LABELS[cloud]} figures: {source}."
            lines += _wrapped(text)
    for name, cloud in dict.fromkeys((e.vm_type, e.cloud) for e in est):
        note = table.vm(cloud, name).note
        if note:
            text = f"About {name}: {note}."
            lines += _wrapped(text)
    return lines


def with_workshop_defaults(args: CostOptions) -> CostOptions:
    """A new object: ``args`` with the workshop's node type, cloud, pool size, idle time and
    model where the command line gave none (SettingsError when the workshop file is one
    synthesis would refuse)."""
    defaults = workshop_defaults(workshop_file(args.workshop_file))
    first = args.first_start_hours
    return replace(
        args,
        pool_warm_vms=defaults.warm_vms(args.attendees),
        workshop_node_type=defaults.node_type,
        workshop_cloud=defaults.cloud,
        first_start_hours=defaults.first_start_hours if first is None else first,
        model=args.model or defaults.model,
    )


def load_tables(args: CostOptions, cloud: str) -> tuple[PriceTable, TokenTable]:
    """The built-in prices, with ``--prices FILE`` merged over them (its top-level VM and DBU
    prices are ``cloud``'s)."""
    table, tokens = builtin_prices(), builtin_token_prices()
    if args.prices:
        data = read_price_data(args.prices)
        table = apply_prices(table, data, str(args.prices), cloud)
        tokens = apply_token_prices(tokens, data, str(args.prices))
    return table, tokens


def run(given: CostOptions, console: Console) -> int:
    try:
        args = with_workshop_defaults(given)
    except SettingsError as error:
        console.error(str(error))
        return EXIT_USAGE
    try:
        choice = estimate_cloud(args, builtin_prices())
        table, tokens = load_tables(args, choice.cloud)
        estimates = build_estimates(args, table, choice.cloud)
    except PriceError as error:
        console.error(str(error))
        return EXIT_USAGE
    on = clouds_named(list(dict.fromkeys(e.cloud for e in estimates)))
    console.print(f"Cost estimate for {args.attendees} clusters (one per attendee) on {on}")
    console.print()
    console.print(estimate_table(estimates))
    console.print("(per cluster-hour rates, then totals for all clusters)")
    console.print()
    assumptions = assumption_lines(args, table, estimates, choice)
    for line in [*summary_lines(estimates), "", *assumptions]:
        console.print(line)
    console.print()
    days = _days(args, estimates)
    console.print(day_table(days))
    for line in day_notes(_first_start(args), args.warm_hours, _warm_vms(args)):
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


def _first_start(args: CostOptions) -> Decimal:
    """``--first-start-hours``, else the workshop's idle time (filled in by then)."""
    return args.first_start_hours if args.first_start_hours is not None else Decimal(0)


def _warm_vms(args: CostOptions) -> int:
    """``--warm-vms``, else what ``pool warm`` fills by default: the pool's max_capacity."""
    return args.pool_warm_vms if args.warm_vms is None else args.warm_vms


def _days(args: CostOptions, estimates: list[Estimate]) -> list[Day]:
    """The day of every row of the table: its session plus first start and warm pool."""
    return [
        Day(
            vm_type=e.vm_type,
            clusters=e.clusters,
            session_hours=e.hours,
            first_start_hours=_first_start(args),
            warm_vms=_warm_vms(args),
            warm_hours=args.warm_hours,
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
        "else the cloud's workshop node type: "
        + ", ".join(f"{t} ({facts.CLOUD_LABELS[c]})" for c, t in facts.WORKSHOP_NODE_TYPES.items())
        + ")",
    )
    parser.add_argument(
        "--cloud",
        choices=facts.CLOUDS,
        help="the workspace's cloud, whose VM and DBU prices apply (default: the workshop "
        "file's cloud, else the one DATABRICKS_HOST names, else the cloud of --vm-type, else "
        f"{facts.DEFAULT_CLOUD})",
    )
    parser.add_argument(
        "--tier",
        choices=TIERS,
        default=DEFAULT_TIER,
        help=f"the workspace's pricing tier, whose DBU price applies (default: {DEFAULT_TIER})",
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
        help="price of one DBU (default: the table's for the cloud and --tier: $0.55, Premium "
        "all-purpose, on every cloud)",
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
