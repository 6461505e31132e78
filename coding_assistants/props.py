"""Inputs of the coding-assistants cluster: the mirrored module's variables, typed and validated."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from coding_assistants import rules
from coding_assistants.expr import is_token

INIT_SCRIPT_NAME = "install-claude.sh"
"""File name of the init script inside the volume, whatever the local file is called."""

BUNDLED_INIT_SCRIPT = Path(__file__).resolve().parent.parent / "init_scripts" / INIT_SCRIPT_NAME
"""The init script shipped with the project, uploaded when no other is given."""

MAX_INIT_SCRIPT_BYTES = 64 * 1024


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
    """Opt-in: model (serving endpoint name) Claude Code uses; when null, the script default."""
    claude_code_version: str | None = None
    """Opt-in: Claude Code version, or channel stable/latest; when null, the stable channel."""

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
        "an endpoint name of 1-63 letters, digits, '-' or '_'",
        nullable=True,
    ),
    rules.non_blank("claude_model", nullable=True),
    rules.matches(
        "claude_code_version",
        rules.CLAUDE_VERSION_PATTERN,
        '"stable", "latest" or a version such as 2.0.14',
        nullable=True,
    ),
)
"""Every rule on the cluster inputs; the module stack turns the same list into validations."""


def validate(props: Any, rule_list: tuple[rules.Rule, ...]) -> list[str]:
    """All problems of ``props``: types first, then rules on the well-typed literal values."""
    values = props.values
    hints = typing.get_type_hints(type(props))
    problems: list[str] = []
    typed: set[str] = set()
    for name, value in values.items():
        if is_token(value):
            continue
        expected = _type_problem(value, hints[name])
        if expected:
            problems.append(f"{name}: wrong type, got {value!r}; expected {expected}")
        else:
            typed.add(name)
    problems.extend(_template_problems(values, typed))
    any_token = any(is_token(v) for v in values.values())
    for rule in rule_list:
        value = values[rule.field]
        needs_all = "{var[" in rule.condition
        if rule.field not in typed or (needs_all and (any_token or len(typed) < len(values))):
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


def _type_problem(value: Any, hint: Any) -> str | None:
    """None when ``value`` fits the annotation, else the expected type in Terraform's words."""
    expected = terraform_type(hint)
    if value is None:
        return None if _is_optional(hint) else expected
    if expected == "number":
        fits = isinstance(value, int) and not isinstance(value, bool)
    elif expected == "string":
        fits = isinstance(value, str)
    else:
        fits = isinstance(value, Mapping) and all(
            isinstance(k, str) and isinstance(x, str) for k, x in value.items()
        )
    return None if fits else expected


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
