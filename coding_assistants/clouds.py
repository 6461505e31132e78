"""The clouds Databricks runs on: the cloud inputs, their rules, and each cloud's attributes block.

A cluster, an instance pool and a cluster policy each take the block of their workspace's
cloud, ``aws_attributes``, ``azure_attributes`` or ``gcp_attributes``, whose attributes and
values differ per cloud, and between a cluster and a pool. The inputs are the same for every
cloud: ``cloud``, ``availability`` (``ON_DEMAND``, ``SPOT`` or ``SPOT_WITH_FALLBACK``),
``first_on_demand``, ``zone_id`` and the spot bid of the cloud that has one. The tables below
spell each cloud's block from them (attribute -> input, and how the input's value is written
there); the cluster construct renders them as literals or Terraform expressions, the pool and
the policy as literals. Value names are the provider's (the Databricks SDK's ``AwsAvailability``,
``AzureAvailability``, ``GcpAvailability`` and the instance pools' own enums); attribute names
are those of provider 1.40.0 for a cluster (the module's floor: its ``gcp_attributes`` has no
``first_on_demand``) and of provider 1.99.0 for a pool.

Imports no framework.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import field
from typing import Any

from coding_assistants import facts, rules
from coding_assistants.inputs import doc
from coding_assistants.rules import Rule, hcl_string

AZURE, AWS, GCP = facts.CLOUDS


class Availability(enum.StrEnum):
    """Which VMs a cluster's nodes (after the first ``first_on_demand``) or a pool's VMs are."""

    ON_DEMAND = "ON_DEMAND"
    """On-demand VMs only."""
    SPOT = "SPOT"
    """Spot (AWS, Azure) or preemptible (GCP) VMs: cheapest, evicted when the cloud needs them."""
    SPOT_WITH_FALLBACK = "SPOT_WITH_FALLBACK"
    """Spot VMs, and on-demand ones when no spot capacity is left."""


BLOCKS = {AZURE: "azure_attributes", AWS: "aws_attributes", GCP: "gcp_attributes"}
"""Cloud -> the name of its attributes block (cluster, pool and policy paths alike)."""

AVAILABILITY = {
    AWS: {a.value: a.value for a in Availability},
    AZURE: {a.value: f"{a.value}_AZURE" for a in Availability},
    GCP: {
        "ON_DEMAND": "ON_DEMAND_GCP",
        "SPOT": "PREEMPTIBLE_GCP",
        "SPOT_WITH_FALLBACK": "PREEMPTIBLE_WITH_FALLBACK_GCP",
    },
}
"""``availability`` -> the cloud's value on a cluster (SDK: AwsAvailability, AzureAvailability,
GcpAvailability)."""

POOL_AVAILABILITY = {
    AWS: {"ON_DEMAND": "ON_DEMAND", "SPOT": "SPOT"},
    AZURE: {"ON_DEMAND": "ON_DEMAND_AZURE", "SPOT": "SPOT_AZURE"},
    GCP: AVAILABILITY[GCP],
}
"""``availability`` -> the cloud's value on an instance pool: AWS and Azure pools take on-demand
or spot only (SDK: InstancePoolAwsAttributesAvailability, InstancePoolAzureAttributesAvailability),
GCP pools all three (``gcp_availability``: GcpAvailability)."""

GCP_CLUSTER_ZONES = {"auto": "AUTO"}
"""A GCP cluster spells Databricks' zone choice ``AUTO``; its pool, AWS clusters and pools
``auto``. Other zones (``HA``, ``us-central1-a``) pass as given."""

Attributes = Mapping[str, tuple[str, Mapping[str, str] | None]]
"""Block attribute -> (the input it takes, the translation of the input's value, if any)."""

CLUSTER_ATTRIBUTES: Mapping[str, Attributes] = {
    AZURE: {
        "availability": ("availability", AVAILABILITY[AZURE]),
        "first_on_demand": ("first_on_demand", None),
        "spot_bid_max_price": ("spot_bid_max_price", None),
    },
    AWS: {
        "availability": ("availability", AVAILABILITY[AWS]),
        "first_on_demand": ("first_on_demand", None),
        "zone_id": ("zone_id", None),
        "spot_bid_price_percent": ("spot_bid_price_percent", None),
    },
    GCP: {
        "availability": ("availability", AVAILABILITY[GCP]),
        "zone_id": ("zone_id", GCP_CLUSTER_ZONES),
    },
}
"""Each cloud's cluster block. On GCP the availability applies to the executors (the driver is
on-demand), so there is no ``first_on_demand``."""

POOL_ATTRIBUTES: Mapping[str, Attributes] = {
    AZURE: {
        "availability": ("availability", POOL_AVAILABILITY[AZURE]),
        "spot_bid_max_price": ("spot_bid_max_price", None),
    },
    AWS: {
        "availability": ("availability", POOL_AVAILABILITY[AWS]),
        "zone_id": ("zone_id", None),
        "spot_bid_price_percent": ("spot_bid_price_percent", None),
    },
    GCP: {
        "gcp_availability": ("availability", POOL_AVAILABILITY[GCP]),
        "zone_id": ("zone_id", None),
    },
}
"""Each cloud's instance pool block (a pool has no ``first_on_demand``)."""

Translate = Callable[[Mapping[str, str], Any], Any]


def passthrough(mapping: Mapping[str, str], value: Any) -> Any:
    """``value`` as the mapping spells it, else as given (the literal translation)."""
    return mapping.get(value, value)


def block(
    attributes: Attributes, values: Mapping[str, Any], translate: Translate = passthrough
) -> dict[str, Any]:
    """One cloud's block from the inputs ``values``; ``translate`` spells a value that the
    cloud writes differently (a Terraform ``lookup`` when the value is a variable)."""
    return {
        name: value if mapping is None else translate(mapping, value)
        for name, (input_name, mapping) in attributes.items()
        for value in [values[input_name]]
    }


def cluster_block(cloud: str | None, values: Mapping[str, Any]) -> tuple[str, dict] | None:
    """The cluster's block of ``cloud`` from literal inputs: (block name, attributes); None
    without a cloud (Databricks' own defaults, as the HCL module)."""
    if cloud is None:
        return None
    return BLOCKS[cloud], block(CLUSTER_ATTRIBUTES[cloud], values)


def pool_block(cloud: str | None, values: Mapping[str, Any]) -> tuple[str, dict] | None:
    """The instance pool's block of ``cloud`` from literal inputs; None without a cloud."""
    if cloud is None:
        return None
    return BLOCKS[cloud], block(POOL_ATTRIBUTES[cloud], values)


def cluster_paths(cloud: str | None) -> tuple[str, ...]:
    """The policy paths of the cluster's block of ``cloud`` (``aws_attributes.availability``,
    ...); none without a cloud."""
    if cloud is None:
        return ()
    return tuple(f"{BLOCKS[cloud]}.{name}" for name in CLUSTER_ATTRIBUTES[cloud])


def developer_node_type(cloud: str | None) -> str:
    """The cluster's node type when ``node_type_id`` is null."""
    return facts.DEVELOPER_NODE_TYPES[cloud or facts.DEFAULT_CLOUD]


def workshop_node_type(cloud: str | None) -> str:
    """The workshop's node type when ``node_type_id`` is null."""
    return facts.WORKSHOP_NODE_TYPES[cloud or facts.DEFAULT_CLOUD]


# --- the inputs -------------------------------------------------------------------------------

SPOT_BID_PERCENT_DEFAULT = 100
"""AWS: bid the on-demand price (Databricks' default)."""
SPOT_BID_MAX_PRICE_DEFAULT = -1
"""Azure: never evicted on price, only when capacity runs out (Databricks' default)."""
ZONE_AUTO = "auto"
ZONE_PATTERN = r"[A-Za-z0-9-]{1,64}"
ZONE_EXPECTED = (
    "auto, HA (GCP), or a zone of the workspace's region such as us-west-2a or us-central1-a"
)


def _named(table: Mapping[str, str]) -> str:
    return ", ".join(f"{value} ({facts.CLOUD_LABELS[cloud]})" for cloud, value in table.items())


def cloud_field(defaults: Mapping[str, str], what: str) -> Any:
    """``cloud``: the workspace's cloud; ``defaults`` are the node types it picks."""
    return field(
        default=None,
        metadata=doc(
            "Cloud of the workspace: azure, aws or gcp; picks the default node type and adds "
            f"that cloud's attributes block to the {what}; when null, no block and Azure's "
            f"default node type ({defaults[facts.DEFAULT_CLOUD]})."
        ),
    )


def node_type_field(defaults: Mapping[str, str], what: str) -> Any:
    """``node_type_id``, null meaning the cloud's default of ``defaults``."""
    return field(
        default=None,
        metadata=doc(f"{what}; when null, the cloud's: {_named(defaults)}."),
    )


def availability_field(default: Availability, text: str) -> Any:
    """``availability``, documented by ``text`` (which VMs it chooses, for what)."""
    return field(default=default.value, metadata=doc(text))


def first_on_demand_field() -> Any:
    return field(
        default=1,
        metadata=doc(
            "With cloud aws or azure: nodes, driver first, that are on-demand whatever the "
            "availability (1 keeps the driver, where Claude Code runs, on-demand)."
        ),
    )


def zone_field(what: str) -> Any:
    return field(
        default=ZONE_AUTO,
        metadata=doc(
            f"With cloud aws or gcp: availability zone of the {what}; auto lets Databricks pick "
            "one with capacity, HA (GCP) spreads it."
        ),
    )


def spot_bid_price_percent_field() -> Any:
    return field(
        default=SPOT_BID_PERCENT_DEFAULT,
        metadata=doc(
            "With cloud aws: spot bid as a percentage of the on-demand price (1 to 10000)."
        ),
    )


def spot_bid_max_price_field() -> Any:
    return field(
        default=SPOT_BID_MAX_PRICE_DEFAULT,
        metadata=doc(
            "With cloud azure: highest spot price in USD per hour, or -1 to be evicted for "
            "capacity only, never for price."
        ),
    )


# --- the rules ----------------------------------------------------------------------------------


def _range(field_name: str, low: int, high: int) -> Rule:
    return Rule(
        field_name,
        "out of range",
        f"a whole number from {low} to {high}",
        lambda v, _: low <= v <= high,
        f"floor({{v}}) == {{v}} && {{v}} >= {low} && {{v}} <= {high}",
    )


def _max_price(field_name: str) -> Rule:
    return Rule(
        field_name,
        "out of range",
        "-1 (never evicted for price) or a price above 0 in USD per hour",
        lambda v, _: v == -1 or v > 0,
        "{v} == -1 || {v} > 0",
    )


def needs_cloud(field_name: str, default: Any, clouds: tuple[str, ...]) -> Rule:
    """An input only the blocks of ``clouds`` take keeps its default under any other cloud (or
    none): there it would be ignored."""
    every = tuple(clouds) == facts.CLOUDS
    which = "set" if every else " or ".join(clouds)
    listed = "[" + ", ".join(hcl_string(c) for c in clouds) + "]"
    literal = hcl_string(default) if isinstance(default, str) else str(default)
    return Rule(
        field_name,
        "only with cloud set" if every else f"only for cloud {which}",
        f"the default {default!r} unless cloud is {which}",
        lambda v, values: v == default or values.get("cloud") in clouds,
        f'{{v}} == {literal} || contains({listed}, coalesce({{var[cloud]}}, "none"))',
        reads=("cloud",),
    )


def pool_availability() -> Rule:
    """AWS and Azure pools take on-demand or spot VMs only."""
    fallback = Availability.SPOT_WITH_FALLBACK.value
    return Rule(
        "availability",
        "not available for a pool on this cloud",
        f"ON_DEMAND or SPOT when cloud is aws or azure (their pools have no {fallback}; "
        "GCP's have)",
        lambda v, values: v != fallback or values.get("cloud") not in (AWS, AZURE),
        f'{{v}} != "{fallback}" || '
        f'!contains(["{AWS}", "{AZURE}"], coalesce({{var[cloud]}}, "none"))',
        reads=("cloud",),
    )


def cloud_rules(*, first_on_demand: bool, default_availability: Availability) -> list[Rule]:
    """The rules of the cloud inputs: the cluster's (with ``first_on_demand``) or the pool's."""
    found = [
        rules.one_of_nullable("cloud", facts.CLOUDS),
        rules.one_of("availability", [a.value for a in Availability]),
        rules.matches("zone_id", ZONE_PATTERN, ZONE_EXPECTED),
        _range("spot_bid_price_percent", 1, 10000),
        _max_price("spot_bid_max_price"),
        needs_cloud("availability", default_availability.value, facts.CLOUDS),
        needs_cloud("zone_id", ZONE_AUTO, (AWS, GCP)),
        needs_cloud("spot_bid_price_percent", SPOT_BID_PERCENT_DEFAULT, (AWS,)),
        needs_cloud("spot_bid_max_price", SPOT_BID_MAX_PRICE_DEFAULT, (AZURE,)),
    ]
    if first_on_demand:
        found += [
            rules.whole_number_within("first_on_demand", 0, facts.MAX_API_COUNT, rules.WORKERS_WHY),
            needs_cloud("first_on_demand", 1, (AWS, AZURE)),
        ]
    else:
        found.append(pool_availability())
    return found
