"""Inputs of the coding-assistants cluster: the mirrored module's variables, typed and validated.

This floor imports no framework: unresolved values are recognised by
:mod:`coding_assistants.tokens`."""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from coding_assistants import facts, rules
from coding_assistants.facts import INIT_SCRIPT_NAME, MAX_INIT_SCRIPT_BYTES
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


@dataclass(frozen=True, kw_only=True)
class CodingAssistantsClusterProps:
    """Inputs of :class:`CodingAssistantsCluster`, named like the Terraform module's variables.

    Any value may be an unresolved token (a Terraform variable or reference); Python then skips
    its checks and Terraform's variable validation applies instead.
    """

    cluster_name: str
    """Name of the Databricks cluster. Required."""
    catalog_name: str
    """Unity Catalog catalog that holds the init-script volume. Required."""
    schema_name: str = "default"
    """Schema, inside the catalog, that holds the init-script volume."""
    volume_name: str = "coding_assistants"
    """Name of the managed volume created for the init script."""
    init_script_source_path: str | None = None
    """Local init script to upload; when null, the bundled init_scripts/{INIT_SCRIPT_NAME}."""
    spark_version: str = "17.3.x-cpu-ml-scala2.13"
    """Databricks Runtime version key (13.3 LTS or newer; an ML runtime brings MLflow)."""
    node_type_id: str = "Standard_D8pds_v6"
    """Cloud VM type for the driver and the workers."""
    autotermination_minutes: int = 30
    """Minutes of inactivity before the cluster stops; 0 never stops it."""
    num_workers: int | None = None
    """Fixed number of workers for a STANDARD cluster; when null, the cluster autoscales."""
    min_workers: int = 1
    """Fewest workers when autoscaling."""
    max_workers: int = 3
    """Most workers when autoscaling."""
    mlflow_experiment_name: str = "/Workspace/Shared/claude-code-tracing"
    """Workspace path of the MLflow experiment that receives Claude Code traces."""
    cluster_mode: ClusterMode = ClusterMode.STANDARD
    """STANDARD (driver and workers) or SINGLE_NODE (driver only; worker inputs are ignored)."""
    tags: Mapping[str, str] = field(default_factory=_default_tags)
    """Custom tags on the cluster; ManagedBy (and ResourceClass for single node) are added."""
    claude_serving_endpoint: str | None = None
    """Opt-in: serving endpoint Claude Code calls; when null, the init script uses
    {DEFAULT_SERVING_ENDPOINT}."""
    claude_model: str | None = None
    """Opt-in: model Claude Code uses (an endpoint name, or system.ai.<name> for the AI
    Gateway); when null, {DEFAULT_CLAUDE_MODEL}."""
    claude_code_version: str | None = None
    """Opt-in: Claude Code version, or channel stable/latest; when null, the
    {DEFAULT_CLAUDE_CODE_VERSION} channel."""
    claude_api_route: str | None = None
    """Opt-in: serving-endpoints (the endpoint's route) or ai-gateway
    (<workspace>/ai-gateway/anthropic); when null, {DEFAULT_API_ROUTE}."""
    offline_bundle_path: str | None = None
    """Opt-in: /Volumes/<catalog>/<schema>/<volume>/<dir> of an offline bundle (coding-assistants
    stage-offline) to install from, with no network; when null, the online install."""
    offline_bundle_sha256: str | None = None
    """SHA-256 of the bundle's manifest.json, required with offline_bundle_path; when null, no
    bundle."""

    def __post_init__(self) -> None:
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
    rules.non_blank("node_type_id"),
    rules.autotermination("autotermination_minutes"),
    rules.whole_number_within(
        "num_workers", 0, facts.MAX_API_COUNT, rules.WORKERS_WHY, nullable=True
    ),
    rules.whole_number_within("min_workers", 0, facts.MAX_API_COUNT, rules.WORKERS_WHY),
    rules.whole_number_within("max_workers", 0, facts.MAX_API_COUNT, rules.WORKERS_WHY),
    rules.autoscale_max_at_least_one(),
    rules.autoscale_min_not_above_max(),
    rules.matches(
        "mlflow_experiment_name",
        rules.WORKSPACE_PATH_PATTERN,
        "an absolute workspace path such as /Users/<you>/claude-traces or /Workspace/Shared/x",
    ),
    rules.one_of("cluster_mode", [m.value for m in ClusterMode]),
    *rules.tags_rules("tags"),
    rules.matches(
        "claude_serving_endpoint",
        rules.ENDPOINT_NAME_PATTERN,
        rules.ENDPOINT_NAME_EXPECTED,
        nullable=True,
    ),
    rules.matches(
        "claude_model", rules.MODEL_NAME_PATTERN, rules.MODEL_NAME_EXPECTED, nullable=True
    ),
    rules.matches(
        "claude_code_version",
        rules.CLAUDE_VERSION_PATTERN,
        rules.CLAUDE_VERSION_EXPECTED,
        nullable=True,
    ),
    rules.one_of_nullable("claude_api_route", facts.API_ROUTES),
    *rules.offline_bundle_rules(),
)
"""Every rule on the cluster inputs; the module stack turns the same list into validations."""
