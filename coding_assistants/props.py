"""Inputs of the coding-assistants cluster: the mirrored module's variables, typed and validated.

This floor imports no framework: unresolved values are recognised by
:mod:`coding_assistants.tokens`."""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from coding_assistants import clouds, facts, rules
from coding_assistants.facts import INIT_SCRIPT_NAME, MAX_INIT_SCRIPT_BYTES
from coding_assistants.inputs import doc
from coding_assistants.node_settings import NodeSettings, node_rules
from coding_assistants.package_data import BUNDLED_INIT_SCRIPT
from coding_assistants.tokens import is_token
from coding_assistants.validation import plain, problems_of, prop_default, terraform_type, validate

OUTPUTS = {
    "cluster_id": "ID of the coding-assistants cluster.",
    "cluster_name": "Name of the coding-assistants cluster.",
    "cluster_url": "Link to the cluster's page in the Databricks workspace.",
    "volume_path": "Path of the Unity Catalog volume that holds the init script (/Volumes/...).",
    "volume_full_name": "Three-part name of the volume: catalog.schema.volume.",
    "init_script_path": "Path of the uploaded init script inside the volume.",
    "mlflow_experiment_name": "MLflow experiment that receives Claude Code traces.",
}
"""The module's outputs and their descriptions, in the module's order (the construct exposes
each as a property, the stacks publish them)."""

__all__ = [
    "BUNDLED_INIT_SCRIPT",
    "CLUSTER_RULES",
    "INIT_SCRIPT_NAME",
    "MAX_INIT_SCRIPT_BYTES",
    "OUTPUTS",
    "ClusterInputs",
    "ClusterMode",
    "CodingAssistantsClusterProps",
    "PropsError",
    "problems_of",
    "prop_default",
    "terraform_type",
    "validate",
]


class ClusterMode(enum.StrEnum):
    """Shape of the cluster."""

    STANDARD = "STANDARD"
    """A driver plus workers (autoscaling, or a fixed num_workers)."""
    SINGLE_NODE = "SINGLE_NODE"
    """Driver only: Spark runs locally on the driver."""


class PropsError(ValueError):
    """Invalid props. ``problems`` holds one line per problem, each naming the field."""

    def __init__(self, owner: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{owner} is invalid:\n" + "\n".join(f"  {p}" for p in problems))


def _default_tags() -> dict[str, str]:
    return {"Environment": "dev", "Purpose": "coding-assistants"}


def init_script_source_field() -> Any:
    """``init_script_source_path``, the same input of the cluster and the workshop."""
    return field(
        default=None,
        metadata=doc(
            "Local init script to upload; when null, the bundled init_scripts/{INIT_SCRIPT_NAME}."
        ),
    )


@dataclass(frozen=True, kw_only=True)
class ClusterInputs:
    """The cluster's own inputs: its name, volume, runtime, size, mode and tags. With the node
    settings (:class:`~coding_assistants.node_settings.NodeSettings`) they make the props."""

    cluster_name: str = field(metadata=doc("Name of the Databricks cluster. Required."))
    catalog_name: str = field(
        metadata=doc("Unity Catalog catalog that holds the init-script volume. Required.")
    )
    schema_name: str = field(
        default="default",
        metadata=doc("Schema, inside the catalog, that holds the init-script volume."),
    )
    volume_name: str = field(
        default="coding_assistants",
        metadata=doc("Name of the managed volume created for the init script."),
    )
    init_script_source_path: str | None = init_script_source_field()
    spark_version: str = field(
        default=facts.DEFAULT_SPARK_VERSION,
        metadata=doc(
            "Databricks Runtime version key (13.3 LTS or newer; an ML runtime brings MLflow)."
        ),
    )
    cloud: str | None = clouds.cloud_field(facts.DEVELOPER_NODE_TYPES, "cluster")
    node_type_id: str | None = clouds.node_type_field(
        facts.DEVELOPER_NODE_TYPES, "Cloud VM type for the driver and the workers"
    )
    availability: str = clouds.availability_field(
        clouds.Availability.SPOT_WITH_FALLBACK,
        "With cloud: ON_DEMAND, SPOT or SPOT_WITH_FALLBACK nodes after the first_on_demand "
        "ones, as the cloud spells it (SPOT_WITH_FALLBACK_AZURE, PREEMPTIBLE_WITH_FALLBACK_GCP).",
    )
    first_on_demand: int = clouds.first_on_demand_field()
    zone_id: str = clouds.zone_field("cluster")
    spot_bid_price_percent: int = clouds.spot_bid_price_percent_field()
    spot_bid_max_price: float = clouds.spot_bid_max_price_field()
    autotermination_minutes: int = field(
        default=30,
        metadata=doc("Minutes of inactivity before the cluster stops; 0 never stops it."),
    )
    num_workers: int | None = field(
        default=None,
        metadata=doc(
            "Fixed number of workers for a STANDARD cluster; when null, the cluster autoscales."
        ),
    )
    min_workers: int = field(default=1, metadata=doc("Fewest workers when autoscaling."))
    max_workers: int = field(default=3, metadata=doc("Most workers when autoscaling."))
    cluster_mode: ClusterMode = field(
        default=ClusterMode.STANDARD,
        metadata=doc(
            "STANDARD (driver and workers) or SINGLE_NODE (driver only; worker inputs are ignored)."
        ),
    )
    tags: Mapping[str, str] = field(
        default_factory=_default_tags,
        metadata=doc(
            "Custom tags on the cluster; ManagedBy (and ResourceClass for single node) are added."
        ),
    )


@dataclass(frozen=True, kw_only=True)
class CodingAssistantsClusterProps(NodeSettings, ClusterInputs):
    """Inputs of :class:`CodingAssistantsCluster`, named like the Terraform module's variables:
    the cluster's own (:class:`ClusterInputs`), then the settings that reach the node
    (:class:`~coding_assistants.node_settings.NodeSettings`).

    Any value may be an unresolved token (a Terraform variable or reference); Python then skips
    its checks and Terraform's variable validation applies instead.
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        mode = self.cluster_mode
        if isinstance(mode, str) and mode in ClusterMode.__members__.values():
            object.__setattr__(self, "cluster_mode", ClusterMode(mode))
        if isinstance(self.tags, Mapping) and not is_token(self.tags):
            object.__setattr__(self, "tags", types.MappingProxyType(dict(self.tags)))
        problems = validate(self, CLUSTER_RULES)
        if problems:
            raise PropsError(type(self).__name__, problems)

    @property
    def values(self) -> dict[str, Any]:
        """Every input by name, enums as their strings."""
        return {f.name: plain(getattr(self, f.name)) for f in fields(self)}


CLUSTER_RULES: tuple[rules.Rule, ...] = (
    rules.non_blank("cluster_name"),
    rules.matches("catalog_name", rules.UC_NAME_PATTERN, rules.UC_NAME_EXPECTED),
    rules.matches("schema_name", rules.UC_NAME_PATTERN, rules.UC_NAME_EXPECTED),
    rules.matches("volume_name", rules.UC_NAME_PATTERN, rules.UC_NAME_EXPECTED),
    rules.non_blank("spark_version"),
    rules.non_blank("node_type_id", nullable=True),
    *clouds.cloud_rules(
        first_on_demand=True, default_availability=clouds.Availability.SPOT_WITH_FALLBACK
    ),
    rules.autotermination("autotermination_minutes"),
    rules.whole_number_within(
        "num_workers", 0, facts.MAX_API_COUNT, rules.WORKERS_WHY, nullable=True
    ),
    rules.whole_number_within("min_workers", 0, facts.MAX_API_COUNT, rules.WORKERS_WHY),
    rules.whole_number_within("max_workers", 0, facts.MAX_API_COUNT, rules.WORKERS_WHY),
    rules.autoscale_max_at_least_one(),
    rules.autoscale_min_not_above_max(),
    rules.one_of("cluster_mode", [m.value for m in ClusterMode]),
    *rules.tags_rules("tags"),
    *node_rules(),
)
"""Every rule on the cluster inputs (the node settings' from their declaration); the module
stack turns the same list into validations and preconditions."""
