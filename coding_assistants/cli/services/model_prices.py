"""The model's side of the price file: token prices, activity profiles and endpoint limits.

The price file (``coding_assistants/data/vm_prices.json``, or ``--prices FILE`` over it) holds,
beside the VM and DBU prices that ``prices`` reads:

- ``models``: per model, USD per million ``input``, ``cache_read`` and ``output`` tokens;
  a model is named without its ``databricks-`` or ``system.ai.`` prefix, so
  ``databricks-claude-sonnet-4-6`` and ``system.ai.claude-sonnet-4-6`` share one entry;
- ``activity``: per profile (``light``, ``typical``, ``heavy``), what one attendee sends in an
  hour of the session: input, cache-read and output tokens, and queries;
- ``peak_factor``: how much busier the busiest minute is than the average one;
- ``pay_per_token_limits``: per model, the workspace's pay-per-token limits (input and output
  tokens per minute, queries per hour), when known.

Each section has a ``<section>_note`` saying where its figures come from. Entries merge over the
built-in ones field by field, as the VM prices do. Numbers are Decimal, never float.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any

from coding_assistants.cli.services.prices import PriceError, builtin_price_data, parse_positive

MAX_TOKEN_PRICE = Decimal(1000)
"""USD per million tokens: far above any model's price."""
MAX_TOKENS_PER_HOUR = Decimal(10**8)
"""Tokens one attendee sends or receives in an hour: far above any real session."""
MAX_PER_MINUTE = Decimal(10**10)
"""A limit per minute or per hour: far above any endpoint's."""
MAX_PEAK_FACTOR = Decimal(100)
ACTIVITIES = ("light", "typical", "heavy")
DEFAULT_ACTIVITY = "typical"
MODEL_PREFIXES = ("databricks-", "system.ai.")


@dataclass(frozen=True)
class ModelPrice:
    """USD per million tokens of one model; None where unknown."""

    input: Decimal | None = None
    """Uncached input tokens (cache writes are counted as input)."""
    cache_read: Decimal | None = None
    """Input tokens read from the prompt cache."""
    output: Decimal | None = None
    """Output tokens."""


@dataclass(frozen=True)
class Activity:
    """What one attendee sends to the model in an hour of the session."""

    input_tokens_per_hour: Decimal = Decimal(0)
    cache_read_tokens_per_hour: Decimal = Decimal(0)
    output_tokens_per_hour: Decimal = Decimal(0)
    queries_per_hour: Decimal = Decimal(0)


@dataclass(frozen=True)
class EndpointLimits:
    """A pay-per-token endpoint's limits for the whole workspace; None where unknown."""

    input_tokens_per_minute: Decimal | None = None
    output_tokens_per_minute: Decimal | None = None
    queries_per_hour: Decimal | None = None


@dataclass(frozen=True)
class TokenTable:
    """The model sections of the price file, with the notes saying where they came from."""

    models: Mapping[str, ModelPrice]
    activity: Mapping[str, Activity]
    peak_factor: Decimal
    limits: Mapping[str, EndpointLimits]
    notes: Mapping[str, str]
    """``models``, ``activity``, ``pay_per_token_limits``: the source of each section."""
    sources: tuple[str, ...]


SECTIONS: dict[str, tuple[type, Decimal]] = {
    "models": (ModelPrice, MAX_TOKEN_PRICE),
    "activity": (Activity, MAX_TOKENS_PER_HOUR),
    "pay_per_token_limits": (EndpointLimits, MAX_PER_MINUTE),
}
"""Section -> (the dataclass of its entries, the largest number an entry may hold)."""
_FIELD_NAMES: dict[type, dict[str, str]] = {
    ModelPrice: {
        "input": "input_usd_per_mtok",
        "cache_read": "cache_read_usd_per_mtok",
        "output": "output_usd_per_mtok",
    },
}
"""The JSON names of fields whose Python names are shorter (prices carry their unit)."""


def model_key(model: str) -> str:
    """``claude-sonnet-4-6`` for ``databricks-claude-sonnet-4-6`` or ``system.ai.claude-...``."""
    name = model.strip().lower()
    for prefix in MODEL_PREFIXES:
        name = name.removeprefix(prefix)
    return name


def _json_names(kind: type) -> dict[str, str]:
    """JSON name -> field name of an entry of ``kind``."""
    names = _FIELD_NAMES.get(kind, {})
    return {names.get(f.name, f.name): f.name for f in fields(kind)}


def _entries(
    raw: Any, section: str, source: str, problems: list[str]
) -> dict[str, dict[str, Decimal]]:
    kind, maximum = SECTIONS[section]
    if not isinstance(raw, dict):
        problems.append(f"{source}: {section}: expected an object of name to figures")
        return {}
    names = _json_names(kind)
    entries: dict[str, dict[str, Decimal]] = {}
    for name, figures in raw.items():
        where = f"{source}: {section}.{name}"
        if not isinstance(figures, dict):
            problems.append(f"{where}: expected an object with {', '.join(names)}")
            continue
        entries[name] = {}
        for field, value in figures.items():
            if field not in names:
                problems.append(f"{where}.{field}: unknown field; expected {', '.join(names)}")
                continue
            try:
                entries[name][names[field]] = parse_positive(value, maximum)
            except ValueError as error:
                problems.append(f"{where}.{field}: {error}")
    return entries


def _merged(
    old: Mapping[str, Any], entries: dict[str, dict[str, Decimal]], kind: type, key: Any
) -> dict[str, Any]:
    merged = dict(old)
    for name, figures in entries.items():
        merged[key(name)] = replace(merged.get(key(name), kind()), **figures)
    return merged


def apply_token_prices(table: TokenTable, data: Any, source: str) -> TokenTable:
    """``table`` with the model sections of a price file's object merged over it."""
    if not isinstance(data, dict):
        raise PriceError(f"{source}: expected a JSON object")
    problems: list[str] = []
    sections = {s: _entries(data[s], s, source, problems) for s in SECTIONS if s in data}
    peak = table.peak_factor
    if "peak_factor" in data:
        try:
            peak = parse_positive(data["peak_factor"], MAX_PEAK_FACTOR)
        except ValueError as error:
            problems.append(f"{source}: peak_factor: {error}")
    unknown = sorted(set(sections.get("activity", {})) - set(ACTIVITIES))
    problems += [
        f"{source}: activity.{n}: unknown profile; expected {', '.join(ACTIVITIES)}"
        for n in unknown
    ]
    if problems:
        raise PriceError("\n".join(problems))
    notes = dict(table.notes)
    notes.update({s: str(data[f"{s}_note"]) for s in SECTIONS if f"{s}_note" in data})
    notes.update({s: f"from {source}" for s in sections if f"{s}_note" not in data})
    return TokenTable(
        models=_merged(table.models, sections.get("models", {}), ModelPrice, model_key),
        activity=_merged(table.activity, sections.get("activity", {}), Activity, str),
        peak_factor=peak,
        limits=_merged(
            table.limits, sections.get("pay_per_token_limits", {}), EndpointLimits, model_key
        ),
        notes=notes,
        sources=(*table.sources, source),
    )


EMPTY = TokenTable({}, {}, Decimal(1), {}, {}, ())


def builtin_token_prices() -> TokenTable:
    """The model sections of the package's price table."""
    return apply_token_prices(EMPTY, builtin_price_data(), "built-in table")


def model_price(table: TokenTable, model: str) -> ModelPrice:
    """The prices of ``model`` (any prefix); every field None when the table has none."""
    return table.models.get(model_key(model), ModelPrice())


def endpoint_limits(table: TokenTable, model: str) -> EndpointLimits:
    """The pay-per-token limits of ``model``; every field None when the table has none."""
    return table.limits.get(model_key(model), EndpointLimits())
