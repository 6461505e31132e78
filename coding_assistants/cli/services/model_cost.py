"""The model's share of a workshop: tokens per attendee-hour, priced per million tokens.

``coding-assistants cost`` adds it to the VM and DBU figures: every attendee sends, in each hour
of the session, what the activity profile says (input, cache-read and output tokens); each kind
is priced per million tokens from the price file's ``models``. The first start at deploy and
the warm pool use no tokens. Arithmetic is Decimal, each total rounded half up to the cent once.
"""

from __future__ import annotations

import argparse
import textwrap
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any, Protocol

from coding_assistants.cli.core.output import CENT, plain_number, render_table, usd
from coding_assistants.cli.services.cost_day import Day
from coding_assistants.cli.services.model_prices import (
    ACTIVITIES,
    DEFAULT_ACTIVITY,
    MAX_TOKENS_PER_HOUR,
    Activity,
    ModelPrice,
    TokenTable,
    model_price,
)
from coding_assistants.cli.services.prices import parse_positive

MILLION = Decimal(10**6)
WIDTH = 96
"""Columns of the wrapped assumption lines."""
KINDS = (
    ("input", "input_tokens_per_hour", "INPUT TOKENS"),
    ("cache_read", "cache_read_tokens_per_hour", "CACHE-READ TOKENS"),
    ("output", "output_tokens_per_hour", "OUTPUT TOKENS"),
)
"""(price field, activity field, column) of each kind of token."""


@dataclass(frozen=True)
class TokenEstimate:
    """The tokens of ``attendees`` attendees, each active for ``hours``, and their price."""

    model: str
    activity_name: str
    activity: Activity
    attendees: int
    hours: Decimal
    price: ModelPrice

    @property
    def attendee_hours(self) -> Decimal:
        return self.attendees * self.hours

    def tokens(self, activity_field: str) -> Decimal:
        with localcontext(prec=60):
            return self.attendee_hours * getattr(self.activity, activity_field)

    @property
    def total(self) -> Decimal | None:
        """USD of every token, rounded once; None when a needed price is unknown."""
        amount = Decimal(0)
        for price_field, activity_field, _ in KINDS:
            tokens = self.tokens(activity_field)
            price = getattr(self.price, price_field)
            if tokens and price is None:
                return None
            with localcontext(prec=60):
                amount += tokens * (price or 0) / MILLION
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def per_attendee_hour(self) -> Decimal | None:
        """USD one attendee's hour costs, to the tenth of a cent."""
        one = replace(self, attendees=1, hours=Decimal(1))
        amount = Decimal(0)
        for price_field, activity_field, _ in KINDS:
            price = getattr(one.price, price_field)
            if price is None:
                return None
            amount += getattr(one.activity, activity_field) * price / MILLION
        return amount


def count(value: Decimal) -> str:
    """``56,000,000``: a whole number of tokens with thousands separators."""
    return f"{value.quantize(Decimal(1), rounding=ROUND_HALF_UP):,}"


class ModelOptions(Protocol):
    """What the model's estimate reads of a command's options (``cost``'s)."""

    @property
    def model(self) -> str | None: ...

    @property
    def activity(self) -> str: ...

    @property
    def attendees(self) -> int: ...


def activity_of(args: ModelOptions, table: TokenTable) -> Activity:
    """The chosen profile with the command line's figures over it."""
    chosen = table.activity.get(args.activity, Activity())
    given = {
        name: getattr(args, name) for _, name, _ in KINDS if getattr(args, name, None) is not None
    }
    return replace(chosen, **given)


def token_table(estimates: list[TokenEstimate]) -> str:
    headers = ["SESSION H", "ATTENDEE-HOURS", *(column for *_, column in KINDS), "MODEL TOTAL"]
    rows = [
        [
            plain_number(e.hours),
            plain_number(e.attendee_hours),
            *(count(e.tokens(name)) for _, name, _ in KINDS),
            "n/a" if e.total is None else usd(e.total),
        ]
        for e in estimates
    ]
    return render_table(headers, rows, right=range(1, len(headers)))


def shares(amounts: list[Decimal]) -> list[int]:
    """Whole percents of each amount in their sum, adding up to 100 (largest remainders
    rounded up); zeros when the sum is zero."""
    total = sum(amounts, Decimal(0))
    if not total:
        return [0] * len(amounts)
    exact = [a * 100 / total for a in amounts]
    whole = [int(e) for e in exact]
    order = sorted(range(len(exact)), key=lambda i: exact[i] - whole[i], reverse=True)
    for i in order[: 100 - sum(whole)]:
        whole[i] += 1
    return whole


def headline(estimate: TokenEstimate) -> str:
    a = estimate.activity
    figures = ", ".join(
        f"{count(getattr(a, name))} {label}"
        for label, name in (
            ("input", "input_tokens_per_hour"),
            ("cache-read", "cache_read_tokens_per_hour"),
            ("output", "output_tokens_per_hour"),
        )
    )
    return (
        f"The model, {estimate.model}, {estimate.activity_name} activity: per attendee and "
        f"session hour {figures} tokens ({count(a.queries_per_hour)} queries)"
    )


def assumption_lines(estimate: TokenEstimate, table: TokenTable) -> list[str]:
    p = estimate.price
    if p.input is None or p.cache_read is None or p.output is None:
        priced = (
            f"no token price known for {estimate.model}: add it to a --prices file's "
            "models (input_usd_per_mtok, cache_read_usd_per_mtok, output_usd_per_mtok)"
        )
    else:
        hourly = estimate.per_attendee_hour or Decimal(0)
        priced = (
            f"{usd(p.input)} input, {usd(p.cache_read)} cache read, {usd(p.output)} output per "
            f"million tokens: {usd(hourly, 3)} per attendee-hour"
        )
    paragraphs = [
        f"Prices ({' + '.join(table.sources)}): {priced}; "
        f"{table.notes.get('models', 'no source given')}.",
        f"Activity: {table.notes.get('activity', 'no source given')}.",
        "The model's tokens are counted for the session only: the first start and the warm "
        "pool use none. --activity light|typical|heavy, or --input-tokens-per-hour and the "
        "like, change them.",
    ]
    lines = ["Model assumptions (labelled; check your agreement):"]
    for text in paragraphs:
        lines += textwrap.wrap(
            text, WIDTH, initial_indent="  ", subsequent_indent="    ", break_on_hyphens=False
        )
    return lines


def _tokens_arg(text: str) -> Decimal:
    if text.strip() in ("0", "0.0"):
        return Decimal(0)
    try:
        return parse_positive(text, MAX_TOKENS_PER_HOUR, " (tokens per hour)")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_model_arguments(parser: Any) -> None:
    parser.add_argument(
        "--model",
        metavar="NAME",
        help="the model Claude Code uses, priced from the price file's models (default: the "
        "workshop file's claude_model, else the init script's)",
    )
    parser.add_argument(
        "--activity",
        choices=ACTIVITIES,
        default=DEFAULT_ACTIVITY,
        help="each attendee's use of the model, a profile of the price file "
        f"(default: {DEFAULT_ACTIVITY})",
    )
    for _, name, column in KINDS:
        parser.add_argument(
            f"--{name.replace('_', '-')}",
            dest=name,
            type=_tokens_arg,
            metavar="N",
            help=f"{column.lower()} per attendee and session hour, over the profile's",
        )


def token_estimates(
    args: ModelOptions, table: TokenTable, hours: list[Decimal]
) -> list[TokenEstimate]:
    """One estimate per session length, in the order given (the model resolved already: the
    workshop file's, else the init script's, when the command line named none)."""
    if args.model is None:
        raise TypeError("token_estimates needs the model resolved (cost's workshop defaults)")
    activity = activity_of(args, table)
    price = model_price(table, args.model)
    return [
        TokenEstimate(args.model, args.activity, activity, args.attendees, h, price)
        for h in dict.fromkeys(hours)
    ]


def share_table(days: list[Day], estimates: list[TokenEstimate]) -> str:
    """The day's every part, per session length and VM type: VM, DBU, the model, the total
    and each part's share of it."""
    by_hours = {e.hours: e for e in estimates}
    headers = ["SESSION H", "VM TYPE", "VM", "DBU", "MODEL", "DAY TOTAL", "VM %", "DBU %"]
    rows = []
    for day in days:
        model = by_hours[day.session_hours].total
        parts = [day.vm_total, day.dbu_total, model]
        known = [p for p in parts if p is not None]
        percents = iter(shares(known))
        rows.append(
            [
                plain_number(day.session_hours),
                day.vm_type,
                *("n/a" if p is None else usd(p) for p in parts),
                usd(sum(known, Decimal(0))) if len(known) == len(parts) else "n/a",
                *("n/a" if p is None else f"{next(percents)}%" for p in parts),
            ]
        )
    return render_table([*headers, "MODEL %"], rows, right=range(2, len(headers) + 1))
