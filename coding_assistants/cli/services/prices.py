"""VM and DBU prices: the built-in table (coding_assistants/data/vm_prices.json) and overrides.

A price file has the built-in table's shape: ``dbu_usd`` and ``vm_types`` mapping a VM type to
``vm_usd_per_hour`` and ``dbu_per_hour``. Its entries merge over the table field by field.
Numbers are read as Decimal, never float, and must lie between MIN_NUMBER and MAX_RATE. The
file's model sections (token prices, activity, limits) are read by ``model_prices``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from coding_assistants import untrusted

PRICE_FIELDS = ("vm_usd_per_hour", "dbu_per_hour")
TOKEN_SECTIONS = (
    "models",
    "models_note",
    "activity",
    "activity_note",
    "peak_factor",
    "pay_per_token_limits",
    "pay_per_token_limits_note",
)
"""The price file's model sections, read by ``model_prices``."""


class PriceError(ValueError):
    """Prices that cannot be used; the message is meant for people."""


@dataclass(frozen=True)
class VmPrice:
    """Hourly figures of one VM type."""

    vm_usd_per_hour: Decimal | None = None
    """Price of the VM itself; None when unknown."""
    dbu_per_hour: Decimal | None = None
    """DBUs the VM consumes per hour; None when unknown (the DBU cost is then not estimated)."""


@dataclass(frozen=True)
class PriceTable:
    """VM prices by type and the price of a DBU, with where they came from."""

    vm_types: Mapping[str, VmPrice]
    dbu_usd: Decimal
    dbu_usd_note: str
    sources: tuple[str, ...]


MIN_NUMBER = Decimal("0.0001")
"""The smallest hours, price or DBU figure taken: smaller ones round to nothing."""
MAX_RATE = Decimal(1000)
"""The largest hourly VM price, DBU price or DBUs per hour taken: far above any real figure,
and small enough that every total stays exact to the cent."""


def parse_positive(value: Any, maximum: Decimal = MAX_RATE, unit: str = "") -> Decimal:
    """A finite number from MIN_NUMBER to ``maximum`` (in ``unit``, shown in the message), from
    a string or a JSON number; ValueError otherwise, with a message for people."""
    shown = repr(value) if isinstance(value, str) else str(value)
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValueError(f"must be a positive number, got {shown}") from None
    if not number.is_finite() or number <= 0:
        raise ValueError(f"must be a positive number, got {shown}")
    if number < MIN_NUMBER:
        raise ValueError(f"must be at least {MIN_NUMBER}, got {shown}")
    if number > maximum:
        raise ValueError(f"must be at most {maximum}{unit}, got {shown}")
    return number


def _price_entries(raw: Any, source: str, problems: list[str]) -> dict[str, dict[str, Any]]:
    if not isinstance(raw, dict):
        problems.append(f"{source}: vm_types: expected an object of VM type to prices")
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for vm_type, fields in raw.items():
        where = f"{source}: vm_types.{vm_type}"
        if not isinstance(fields, dict):
            problems.append(f"{where}: expected an object with {' and/or '.join(PRICE_FIELDS)}")
            continue
        entries[vm_type] = {}
        for name, value in fields.items():
            if name not in PRICE_FIELDS:
                problems.append(
                    f"{where}.{name}: unknown field; expected {', '.join(PRICE_FIELDS)}"
                )
            elif value is None and name == "dbu_per_hour":
                entries[vm_type][name] = None
            else:
                try:
                    entries[vm_type][name] = parse_positive(value)
                except ValueError as error:
                    problems.append(f"{where}.{name}: {error}")
    return entries


def apply_prices(table: PriceTable, data: Any, source: str) -> PriceTable:
    """``table`` with the prices of a price file's object merged over it, field by field."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise PriceError(f"{source}: expected a JSON object with vm_types and/or dbu_usd")
    known = {"description", "currency", "dbu_usd", "dbu_usd_note", "vm_types", *TOKEN_SECTIONS}
    problems += [f"{source}: {key}: unknown field" for key in data if key not in known]
    if data.get("currency", "USD") != "USD":
        problems.append(f"{source}: currency: only USD is supported, got {data['currency']!r}")
    dbu_usd, note = table.dbu_usd, table.dbu_usd_note
    if "dbu_usd" in data:
        try:
            dbu_usd = parse_positive(data["dbu_usd"])
            note = str(data.get("dbu_usd_note", f"from {source}"))
        except ValueError as error:
            problems.append(f"{source}: dbu_usd: {error}")
    entries = _price_entries(data.get("vm_types", {}), source, problems)
    if problems:
        raise PriceError("\n".join(problems))
    vm_types = dict(table.vm_types)
    for vm_type, fields in entries.items():
        name = _known_name(vm_types, vm_type) or vm_type
        vm_types[name] = replace(vm_types.get(name, VmPrice()), **fields)
    return PriceTable(vm_types, dbu_usd, note, (*table.sources, source))


def builtin_price_data() -> Any:
    """The package's price table (coding_assistants/data/vm_prices.json), as parsed JSON."""
    text = resources.files("coding_assistants").joinpath("data/vm_prices.json").read_text("utf-8")
    return json.loads(text, parse_float=Decimal)


def builtin_prices() -> PriceTable:
    """The VM and DBU prices of the package's price table."""
    empty = PriceTable({}, Decimal(1), "", ())
    return apply_prices(empty, builtin_price_data(), "built-in table")


def read_price_data(path: Path) -> Any:
    """The price file at ``path`` as parsed JSON, read through the bounded reader; PriceError
    when it cannot be read, naming the file."""
    try:
        return untrusted.read_json(path, untrusted.PRICES, parse_float=Decimal).value
    except untrusted.UntrustedError as error:
        raise PriceError(str(error)) from None


def load_price_file(table: PriceTable, path: Path) -> PriceTable:
    """``table`` overridden by the price file at ``path``; PriceError names every problem."""
    return apply_prices(table, read_price_data(path), str(path))


def _known_name(vm_types: Mapping[str, VmPrice], name: str) -> str | None:
    folded = {known.lower(): known for known in vm_types}
    return folded.get(name.strip().lower())


def resolve_vm_type(table: PriceTable, name: str, vm_price: Decimal | None) -> str:
    """The table's spelling of ``name``; unknown names are refused with the close ones."""
    known = _known_name(table.vm_types, name)
    if known or vm_price is not None:
        return known or name.strip()
    choices = sorted(table.vm_types)
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]}?" if close else ""
    raise PriceError(
        f"unknown VM type {name!r}.{hint} Known types: {', '.join(choices)}. "
        "Give its hourly price with --vm-price USD, or add it to a --prices FILE."
    )
