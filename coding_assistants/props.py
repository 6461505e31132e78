"""Inputs of the coding-assistants cluster: the mirrored module's variables, typed and validated.

This floor imports no framework: unresolved values are recognised by
:mod:`coding_assistants.tokens`."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

from coding_assistants import facts, rules
from coding_assistants.facts import INIT_SCRIPT_NAME, MAX_INIT_SCRIPT_BYTES, MAX_SAFE_INTEGER
from coding_assistants.tokens import is_token

BUNDLED_INIT_SCRIPT = Path(__file__).resolve().parent.parent / "init_scripts" / INIT_SCRIPT_NAME
"""The init script shipped with the project, uploaded when no other is given."""

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
    """Local init script to upload; when null, the bundled init_scripts/install-claude.sh."""
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
    """Opt-in: serving endpoint Claude Code calls; when null, the init script uses anthropic."""
    claude_model: str | None = None
    """Opt-in: model Claude Code uses (an endpoint name, or system.ai.<name> for the AI
    Gateway); when null, databricks-claude-sonnet-4-5."""
    claude_code_version: str | None = None
    """Opt-in: Claude Code version, or channel stable/latest; when null, the stable channel."""
    claude_api_route: str | None = None
    """Opt-in: serving-endpoints (the endpoint's route) or ai-gateway
    (<workspace>/ai-gateway/anthropic); when null, serving-endpoints."""

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
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}


CLUSTER_RULES: tuple[rules.Rule, ...] = (
    rules.non_blank("cluster_name"),
    rules.matches("catalog_name", rules.UC_NAME_PATTERN, rules.UC_NAME_EXPECTED),
    rules.matches("schema_name", rules.UC_NAME_PATTERN, rules.UC_NAME_EXPECTED),
    rules.matches("volume_name", rules.UC_NAME_PATTERN, rules.UC_NAME_EXPECTED),
    rules.non_blank("spark_version"),
    rules.non_blank("node_type_id"),
    rules.autotermination("autotermination_minutes"),
    rules.whole_number_at_least("num_workers", 0, nullable=True),
    rules.whole_number_at_least("min_workers", 0),
    rules.whole_number_at_least("max_workers", 0),
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
)
"""Every rule on the cluster inputs; the module stack turns the same list into validations."""


def validate(props: Any, rule_list: tuple[rules.Rule, ...]) -> list[str]:
    """All problems of ``props``: types first, then rules on the well-typed literal values."""
    return problems_of(type(props), props.values, rule_list)


def problems_of(
    cls: type, values: Mapping[str, Any], rule_list: tuple[rules.Rule, ...]
) -> list[str]:
    """All problems of the inputs ``values`` of the props class ``cls``, which may be partial
    (a settings file that misses a required input): absent inputs are not checked, nor the
    rules across inputs that need them. Names that are not fields of ``cls`` are ignored."""
    hints = typing.get_type_hints(cls)
    values = {n: _plain(v) for n, v in values.items() if n in hints}
    problems: list[str] = []
    typed: set[str] = set()
    for name, value in values.items():
        if is_token(value):
            continue
        problem = _type_problem(value, hints[name])
        if problem:
            problems.append(f"{name}: {problem}")
        else:
            typed.add(name)
    problems.extend(_template_problems(values, typed))
    any_token = any(is_token(v) for v in values.values())
    complete = typed == {f.name for f in fields(cls)} - _not_inputs(cls)
    for rule in rule_list:
        value = values.get(rule.field)
        needs_all = "{var[" in rule.condition
        if rule.field not in typed or (needs_all and (any_token or not complete)):
            continue
        if not rule.check(value, values):
            problems.append(
                f"{rule.field}: {rule.problem}, got {value!r}; expected {rule.expected}"
            )
    problems.extend(_init_script_problems(values.get("init_script_source_path")))
    return problems


def _template_problems(values: dict[str, Any], typed: set[str]) -> list[str]:
    """Literal text that Terraform would read as an expression or a directive."""
    problems = []
    for name in sorted(typed, key=list(values).index):
        value = values[name]
        texts = [*value.keys(), *value.values()] if isinstance(value, Mapping) else [value]
        if any(isinstance(t, str) and ("${" in t or "%{" in t) for t in texts):
            problems.append(
                f"{name}: contains a Terraform template sequence, got {value!r}; "
                "expected plain text without '${' or '%{'"
            )
    return problems


def _init_script_problems(path: Any) -> list[str]:
    if path is None or is_token(path) or not isinstance(path, str):
        return []
    source = Path(path)
    if not source.is_file():
        return [f"init_script_source_path: file not found, got {path!r}; expected an existing file"]
    size = source.stat().st_size
    if size >= MAX_INIT_SCRIPT_BYTES:
        return [
            f"init_script_source_path: file too large ({size} bytes), got {path!r}; "
            f"expected a script under {MAX_INIT_SCRIPT_BYTES // 1024} KB"
        ]
    return []


def _not_inputs(cls: type) -> set[str]:
    """Fields that are not settings (the workshop's roster)."""
    return {f.name for f in fields(cls) if f.metadata.get("setting") is False}


def _type_problem(value: Any, hint: Any) -> str | None:
    """None when ``value`` fits the annotation, else what is wrong, in Terraform's words."""
    expected = terraform_type(hint)
    if value is None:
        return None if _is_optional(hint) else f"wrong type, got None; expected {expected}"
    if expected == "number":
        fits = isinstance(value, int) and not isinstance(value, bool)
        if fits and abs(value) > MAX_SAFE_INTEGER:
            return (
                f"number too large, got {_short_number(value)}; expected a whole number from "
                f"-{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER} (2**53 - 1)"
            )
    elif expected == "string":
        fits = isinstance(value, str)
    else:
        fits = isinstance(value, Mapping) and all(
            isinstance(k, str) and isinstance(x, str) for k, x in value.items()
        )
    return None if fits else f"wrong type, got {value!r}; expected {expected}"


def _short_number(value: int) -> str:
    digits = str(abs(value))
    if len(digits) <= 20:
        return str(value)
    return f"{'-' if value < 0 else ''}{digits[:8]}... ({len(digits)} digits)"


def prop_default(f: Any) -> Any:
    """A dataclass field's default as a plain value (enums as strings), or MISSING."""
    if f.default_factory is not MISSING:
        return dict(f.default_factory())
    default = f.default
    return getattr(default, "value", default)


def _is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (types.UnionType, typing.Union)


def terraform_type(hint: Any) -> str:
    """The Terraform type of a props annotation: string, number or map(string)."""
    optional = _is_optional(hint)
    base = next(a for a in typing.get_args(hint) if a is not type(None)) if optional else hint
    if base is int:
        return "number"
    if base is str or (isinstance(base, type) and issubclass(base, str)):
        return "string"
    return "map(string)"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, types.MappingProxyType):
        return dict(value)
    return value
