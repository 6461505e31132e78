"""VM and DBU prices per cloud: the built-in table (coding_assistants/data/vm_prices.json) and
overrides.

The table has one section per cloud under ``clouds``: ``vm_types`` mapping a VM type to
``vm_usd_per_hour``, ``dbu_per_hour`` and an optional ``note``; ``dbu_usd``, the price of a DBU
per tier (or one number for every tier); ``dbu_usd_note`` and ``source``, what the figures are
and where they come from. A price file has the same shape and merges over the table field by
field; its top-level ``vm_types``, ``dbu_usd`` and ``dbu_usd_note`` are those of the cloud being
estimated (a VM type another cloud's section already lists stays in that section). Numbers are
read as Decimal, never float, and must lie between MIN_NUMBER and MAX_RATE. The file's model
sections (token prices, activity, limits) are read by ``model_prices``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from coding_assistants import facts, untrusted

PRICE_FIELDS = ("vm_usd_per_hour", "dbu_per_hour", "note")
TIERS = ("standard", "premium", "enterprise")
"""Databricks' pricing tiers (which a cloud offers varies)."""
DEFAULT_TIER = "premium"
"""The tier every cloud offers."""
SECTION_FIELDS = ("dbu_usd", "dbu_usd_note", "source", "vm_types")
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
TOP_FIELDS = {
    "description", "currency", "clouds", "dbu_usd", "dbu_usd_note", "vm_types", *TOKEN_SECTIONS
}  # fmt: skip


class PriceError(ValueError):
    """Prices that cannot be used; the message is meant for people."""


@dataclass(frozen=True)
class VmPrice:
    """Hourly figures of one VM type."""

    vm_usd_per_hour: Decimal | None = None
    """Price of the VM itself; None when unknown."""
    dbu_per_hour: Decimal | None = None
    """DBUs the VM consumes per hour; None when unknown (the DBU cost is then not estimated)."""
    note: str | None = None
    """What to know about these figures (an unconfirmed rate, say); printed with the estimate."""


@dataclass(frozen=True)
class CloudPrices:
    """One cloud's VM types, its DBU price per tier, and where the figures come from."""

    vm_types: Mapping[str, VmPrice] = field(default_factory=dict)
    dbu_usd: Mapping[str, Decimal] = field(default_factory=dict)
    """Tier -> USD per DBU (all-purpose compute)."""
    dbu_usd_note: str = ""
    source: str = ""


@dataclass(frozen=True)
class PriceTable:
    """Every cloud's prices, and the files they came from."""

    clouds: Mapping[str, CloudPrices]
    sources: tuple[str, ...]

    def cloud_of(self, vm_type: str) -> str | None:
        """The cloud whose section lists ``vm_type`` (any case), or None."""
        return next((c for c, p in self.clouds.items() if _known_name(p.vm_types, vm_type)), None)

    def vm(self, cloud: str, vm_type: str) -> VmPrice:
        """The figures of ``vm_type`` on ``cloud`` (empty when not listed)."""
        return self.clouds[cloud].vm_types.get(vm_type, VmPrice())

    def dbu_usd(self, cloud: str, tier: str) -> Decimal:
        """The price of a DBU on ``cloud`` at ``tier``; PriceError when the table has none."""
        prices = self.clouds[cloud].dbu_usd
        if tier not in prices:
            offered = ", ".join(t for t in TIERS if t in prices) or "no tier"
            raise PriceError(
                f"no {tier} tier DBU price for {facts.CLOUD_LABELS[cloud]} in the price table "
                f"(it has {offered}): choose another --tier, give --dbu-rate USD, or add it to "
                "a --prices FILE"
            )
        return prices[tier]


@dataclass(frozen=True)
class CloudView:
    """The prices of one workspace's day, as ``report`` reads them: every VM type the table
    lists (the cloud's own first) and the cloud's price of a DBU at one tier."""

    vm_types: Mapping[str, VmPrice]
    dbu_usd: Decimal


def cloud_view(table: PriceTable, cloud: str, tier: str = DEFAULT_TIER) -> CloudView:
    """``table`` seen from ``cloud`` at ``tier``; PriceError when it has no such DBU price."""
    merged: dict[str, VmPrice] = {}
    for name in (*(c for c in table.clouds if c != cloud), cloud):
        merged.update(table.clouds[name].vm_types if name in table.clouds else {})
    return CloudView(merged, table.dbu_usd(cloud, tier))


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


def _price_fields(fields: dict[str, Any], where: str, problems: list[str]) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in PRICE_FIELDS:
            problems.append(f"{where}.{name}: unknown field; expected {', '.join(PRICE_FIELDS)}")
        elif name == "note":
            entry[name] = None if value is None else str(value)
        elif value is None and name == "dbu_per_hour":
            entry[name] = None
        else:
            try:
                entry[name] = parse_positive(value)
            except ValueError as error:
                problems.append(f"{where}.{name}: {error}")
    return entry


def _price_entries(raw: Any, where: str, problems: list[str]) -> dict[str, dict[str, Any]]:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object of VM type to prices")
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for vm_type, fields in raw.items():
        if not isinstance(fields, dict):
            problems.append(f"{where}.{vm_type}: expected an object with {', '.join(PRICE_FIELDS)}")
            continue
        entries[vm_type] = _price_fields(fields, f"{where}.{vm_type}", problems)
    return entries


def _dbu_prices(raw: Any, where: str, problems: list[str]) -> dict[str, Decimal]:
    """``dbu_usd``: one number for every tier, or an object of tier -> number."""
    tiers = raw if isinstance(raw, dict) else dict.fromkeys(TIERS, raw)
    prices = {}
    for tier, value in tiers.items():
        name = f"{where}.{tier}" if isinstance(raw, dict) else where
        if tier not in TIERS:
            problems.append(f"{name}: unknown tier; expected {', '.join(TIERS)}")
            continue
        try:
            prices[tier] = parse_positive(value)
        except ValueError as error:
            problems.append(f"{name}: {error}")
            break
    return prices


def _merge_section(
    current: CloudPrices, data: dict[str, Any], where: str, problems: list[str], source: str
) -> CloudPrices:
    """``current`` with a section's fields merged over it."""
    prefix = f"{where}." if where else ""
    dbu_usd, note = dict(current.dbu_usd), current.dbu_usd_note
    if "dbu_usd" in data:
        dbu_usd.update(_dbu_prices(data["dbu_usd"], f"{source}: {prefix}dbu_usd", problems))
        note = str(data.get("dbu_usd_note", f"from {source}"))
    merged = CloudPrices(current.vm_types, dbu_usd, note, str(data.get("source", current.source)))
    entries = _price_entries(data.get("vm_types", {}), f"{source}: {prefix}vm_types", problems)
    for vm_type, fields in entries.items():
        merged = _merge_vm(merged, vm_type, fields)
    return merged


def _merge_vm(prices: CloudPrices, vm_type: str, fields: dict[str, Any]) -> CloudPrices:
    """``prices`` with one VM type's fields merged over the entry it lists (in any case)."""
    vm_types = dict(prices.vm_types)
    name = _known_name(vm_types, vm_type) or vm_type
    vm_types[name] = replace(vm_types.get(name, VmPrice()), **fields)
    return replace(prices, vm_types=vm_types)


def _sections(data: dict[str, Any], source: str, problems: list[str]) -> dict[str, dict]:
    clouds = data.get("clouds", {})
    if not isinstance(clouds, dict):
        problems.append(f"{source}: clouds: expected an object of cloud to prices")
        return {}
    sections = {}
    for cloud, section in clouds.items():
        if cloud not in facts.CLOUDS:
            problems.append(f"{source}: clouds.{cloud}: unknown cloud; expected {facts.CLOUDS}")
        elif not isinstance(section, dict):
            problems.append(f"{source}: clouds.{cloud}: expected an object")
        else:
            unknown = [k for k in section if k not in SECTION_FIELDS]
            problems += [f"{source}: clouds.{cloud}.{k}: unknown field" for k in unknown]
            sections[cloud] = section
    return sections


def apply_prices(
    table: PriceTable, data: Any, source: str, cloud: str = facts.DEFAULT_CLOUD
) -> PriceTable:
    """``table`` with a price file's object merged over it, field by field; its top-level
    ``vm_types``, ``dbu_usd`` and ``dbu_usd_note`` apply to ``cloud``."""
    if not isinstance(data, dict):
        raise PriceError(f"{source}: expected a JSON object with clouds, vm_types or dbu_usd")
    problems = [f"{source}: {key}: unknown field" for key in data if key not in TOP_FIELDS]
    if data.get("currency", "USD") != "USD":
        problems.append(f"{source}: currency: only USD is supported, got {data['currency']!r}")
    merged = dict(table.clouds)
    for name, section in _sections(data, source, problems).items():
        merged[name] = _merge_section(
            merged.get(name, CloudPrices()), section, f"clouds.{name}", problems, source
        )
    top = {k: data[k] for k in ("dbu_usd", "dbu_usd_note") if k in data}
    merged[cloud] = _merge_section(merged.get(cloud, CloudPrices()), top, "", problems, source)
    entries = _price_entries(data.get("vm_types", {}), f"{source}: vm_types", problems)
    for vm_type, fields in entries.items():
        owner = PriceTable(merged, ()).cloud_of(vm_type) or cloud
        merged[owner] = _merge_vm(merged[owner], vm_type, fields)
    if problems:
        raise PriceError("\n".join(problems))
    return PriceTable(merged, (*table.sources, source))


def builtin_price_data() -> Any:
    """The package's price table (coding_assistants/data/vm_prices.json), as parsed JSON."""
    text = resources.files("coding_assistants").joinpath("data/vm_prices.json").read_text("utf-8")
    return json.loads(text, parse_float=Decimal)


def builtin_prices() -> PriceTable:
    """The VM and DBU prices of the package's price table."""
    return apply_prices(PriceTable({}, ()), builtin_price_data(), "built-in table")


def read_price_data(path: Path) -> Any:
    """The price file at ``path`` as parsed JSON, read through the bounded reader; PriceError
    when it cannot be read, naming the file."""
    try:
        return untrusted.read_json(path, untrusted.PRICES, parse_float=Decimal).value
    except untrusted.UntrustedError as error:
        raise PriceError(str(error)) from None


def load_price_file(table: PriceTable, path: Path, cloud: str = facts.DEFAULT_CLOUD) -> PriceTable:
    """``table`` overridden by the price file at ``path`` (its top-level prices are
    ``cloud``'s); PriceError names every problem."""
    return apply_prices(table, read_price_data(path), str(path), cloud)


def _known_name(vm_types: Mapping[str, VmPrice], name: str) -> str | None:
    folded = {known.lower(): known for known in vm_types}
    return folded.get(name.strip().lower())


def resolve_vm_type(
    table: PriceTable, name: str, vm_price: Decimal | None, cloud: str
) -> tuple[str, str]:
    """(the cloud that lists ``name``, its spelling there); a type no cloud lists is ``cloud``'s
    when its price is given, else refused with the close ones of ``cloud``."""
    owner = table.cloud_of(name)
    if owner is not None:
        return owner, _known_name(table.clouds[owner].vm_types, name) or name
    if vm_price is not None:
        return cloud, name.strip()
    choices = sorted(table.clouds[cloud].vm_types)
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]}?" if close else ""
    raise PriceError(
        f"unknown VM type {name!r}.{hint} Known {facts.CLOUD_LABELS[cloud]} types: "
        f"{', '.join(choices)}. Give its hourly price with --vm-price USD, or add it to a "
        "--prices FILE."
    )
