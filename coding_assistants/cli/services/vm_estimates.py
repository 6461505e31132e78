"""The estimate of ``coding-assistants cost``: one row per (hours, VM type), each VM type priced
on the cloud whose table lists it, with the DBU price of that cloud and tier.

All arithmetic is in Decimal; the VM and the DBU total are each rounded half up to the cent
once, and their sum is the VM + DBU total, so every row adds up.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar

from coding_assistants import facts
from coding_assistants.cli.core.output import CENT
from coding_assistants.cli.services.prices import PriceError, PriceTable, resolve_vm_type
from coding_assistants.cli.services.workspace_cloud import CloudChoice, choose_cloud


class EstimateOptions(Protocol):
    """What the VM estimate reads of a command's options (``cost``'s)."""

    @property
    def attendees(self) -> int: ...
    @property
    def hours(self) -> Sequence[Decimal]: ...
    @property
    def vm_type(self) -> Sequence[str] | None: ...
    @property
    def cloud(self) -> str | None: ...
    @property
    def tier(self) -> str: ...
    @property
    def vm_price(self) -> Decimal | None: ...
    @property
    def dbu_rate(self) -> Decimal | None: ...
    @property
    def dbu_per_hour(self) -> Decimal | None: ...
    @property
    def workshop_node_type(self) -> str | None: ...
    @property
    def workshop_cloud(self) -> str | None: ...


@dataclass(frozen=True)
class Estimate:
    """The cost of ``clusters`` clusters of one VM type running for ``hours`` each."""

    vm_type: str
    clusters: int
    hours: Decimal
    vm_usd_per_hour: Decimal
    dbu_per_hour: Decimal | None
    dbu_usd: Decimal
    cloud: str = facts.DEFAULT_CLOUD
    """The cloud whose price table lists the VM type (or the estimate's cloud)."""

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


def _vm_types(args: EstimateOptions, table: PriceTable, cloud: str) -> list[tuple[str, str]]:
    """(cloud, VM type) of each --vm-type (default: the workshop's, else the cloud's workshop
    node type), as the price table spells it; a type of another cloud than --cloud is
    refused."""
    named = args.vm_type or [args.workshop_node_type or facts.WORKSHOP_NODE_TYPES[cloud]]
    vm_types = list(dict.fromkeys(named))
    if args.vm_price is not None and len(vm_types) > 1:
        raise PriceError("--vm-price applies to one VM type; give a single --vm-type with it")
    resolved = [resolve_vm_type(table, name, args.vm_price, cloud) for name in vm_types]
    for owner, name in resolved:
        if args.cloud and owner != args.cloud:
            raise PriceError(
                f"{name} is in the price table of {facts.CLOUD_LABELS[owner]}, but --cloud is "
                f"{args.cloud}: drop one of them"
            )
    return resolved


def build_estimates(args: EstimateOptions, table: PriceTable, cloud: str) -> list[Estimate]:
    """One estimate per (hours, VM type), in the order given; each VM type is priced on the
    cloud whose table lists it (``cloud`` for a type no table lists)."""
    estimates = []
    resolved = _vm_types(args, table, cloud)
    for hours in dict.fromkeys(args.hours):
        for owner, name in resolved:
            price = table.vm(owner, name)
            vm_usd = price.vm_usd_per_hour if args.vm_price is None else args.vm_price
            if vm_usd is None:
                raise PriceError(f"no VM price known for {name}: give one with --vm-price USD")
            dbu_usd = (
                args.dbu_rate if args.dbu_rate is not None else table.dbu_usd(owner, args.tier)
            )
            estimates.append(
                Estimate(
                    vm_type=name,
                    clusters=args.attendees,
                    hours=hours,
                    vm_usd_per_hour=vm_usd,
                    dbu_per_hour=_first(args.dbu_per_hour, price.dbu_per_hour),
                    dbu_usd=dbu_usd,
                    cloud=owner,
                )
            )
    return estimates


_Price = TypeVar("_Price", bound=Decimal | None)


def _first(given: _Price | None, default: _Price) -> _Price:
    return default if given is None else given


def estimate_cloud(args: EstimateOptions, table: PriceTable) -> CloudChoice:
    """The estimate's cloud: --cloud; else the cloud whose price table lists the first
    --vm-type (or the workshop file's node_type_id) it lists; else the workshop file's cloud,
    DATABRICKS_HOST's, or the default."""
    if args.cloud:
        return CloudChoice(args.cloud, "--cloud")
    named = args.vm_type or ([args.workshop_node_type] if args.workshop_node_type else [])
    for name in named:
        cloud = table.cloud_of(name)
        if cloud is not None:
            option = "--vm-type" if args.vm_type else "the workshop file's node_type_id"
            return CloudChoice(cloud, f"{option} {name}, in its price table")
    return choose_cloud(None, args.workshop_cloud, os.environ.get("DATABRICKS_HOST"))
