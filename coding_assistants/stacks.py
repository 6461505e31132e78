"""Stacks: the root stack (literal settings) and the reusable module stack (Terraform variables)."""

from __future__ import annotations

import typing
from dataclasses import MISSING, fields
from typing import Any

from constructs import Construct

from coding_assistants.cluster import OUTPUTS, CodingAssistantsCluster
from coding_assistants.docs import field_docs
from coding_assistants.engine import (
    DatabricksProvider,
    LocalBackend,
    TerraformOutput,
    TerraformStack,
    TerraformVariable,
    TerraformVariableValidationConfig,
    Token,
    provider_constraint,
)
from coding_assistants.facts import PROVIDER_FLOOR
from coding_assistants.props import (
    CLUSTER_RULES,
    CodingAssistantsClusterProps,
    terraform_type,
)

ROOT_STACK = "coding-assistants-cluster"
MODULE_STACK = "coding-assistants-cluster-module"

PROVIDER_SOURCE = "databricks/databricks"
PROVIDER_VERSION = provider_constraint(PROVIDER_FLOOR)
"""Provider versions the synthesized configuration supports: the floor, up to the next major
version of the provider the engine's bindings were generated from."""
TERRAFORM_VERSION = ">= 1.9.0"
"""Cross-variable validation (min_workers <= max_workers) needs Terraform 1.9."""


class ProjectStack(TerraformStack):
    """A root stack: the Databricks provider (configured from the environment) and a local
    state file kept in the project directory, not in the regenerated ``cdktf.out``.

    ``state_file`` names that file; when left out, ``terraform.<id_>.tfstate``."""

    def __init__(self, scope: Construct, id_: str, *, state_file: str | None = None) -> None:
        super().__init__(scope, id_)
        DatabricksProvider(self, "databricks")
        LocalBackend(self, path=f"../../../{state_file or f'terraform.{id_}.tfstate'}")
        self.add_override("terraform.required_version", TERRAFORM_VERSION)
        self.add_override("terraform.required_providers.databricks.version", PROVIDER_VERSION)


def publish_outputs(stack: TerraformStack, cluster: CodingAssistantsCluster) -> None:
    """The module's seven outputs, under their own names, with descriptions.

    They live in a construct of their own, beside the module's same-named variables."""
    holder = Construct(stack, "outputs")
    for name, description in OUTPUTS.items():
        TerraformOutput(
            holder, name, value=getattr(cluster, name), description=description, static_id=True
        )


class ClusterStack(ProjectStack):
    """Root stack: one coding-assistants cluster from literal props."""

    def __init__(self, scope: Construct, id_: str, props: CodingAssistantsClusterProps) -> None:
        super().__init__(scope, id_)
        self.cluster = CodingAssistantsCluster(self, "cluster", props)
        publish_outputs(self, self.cluster)


class ClusterModuleStack(TerraformStack):
    """The same construct as a reusable Terraform module: every prop is a variable.

    No backend and no provider block, only ``required_providers``: the caller configures them.
    """

    def __init__(self, scope: Construct, id_: str) -> None:
        super().__init__(scope, id_)
        DatabricksProvider(self, "databricks")  # for required_providers; the block is removed
        self.variables = module_variables(self)
        props = CodingAssistantsClusterProps(**{n: _token(v) for n, v in self.variables.items()})
        self.cluster = CodingAssistantsCluster(self, "cluster", props)
        publish_outputs(self, self.cluster)
        self.add_override("provider", None)
        self.add_override("terraform.backend", None)
        self.add_override("terraform.required_version", TERRAFORM_VERSION)
        self.add_override("terraform.required_providers.databricks.version", PROVIDER_VERSION)


def module_variables(scope: Construct) -> dict[str, TerraformVariable]:
    """A Terraform variable per props field: same name, type, default and description, with
    a validation block per rule of that field."""
    docs = field_docs(CodingAssistantsClusterProps)
    hints = typing.get_type_hints(CodingAssistantsClusterProps)
    refs = {f.name: f"var.{f.name}" for f in fields(CodingAssistantsClusterProps)}
    variables = {}
    for f in fields(CodingAssistantsClusterProps):
        default = prop_default(f)
        variable = TerraformVariable(
            scope,
            f.name,
            type=terraform_type(hints[f.name]),
            description=docs[f.name],
            validation=[
                TerraformVariableValidationConfig(condition=r.hcl(refs), error_message=r.message())
                for r in CLUSTER_RULES
                if r.field == f.name
            ]
            or None,
        )
        if default is not MISSING:
            # An override, so that map keys reach Terraform exactly as written.
            variable.add_override("default", Token.null_value() if default is None else default)
        variables[f.name] = variable
    return variables


def prop_default(f: Any) -> Any:
    """A dataclass field's default as a plain value (enums as strings), or MISSING."""
    if f.default_factory is not MISSING:
        return dict(f.default_factory())
    default = f.default
    return getattr(default, "value", default)


def _token(variable: TerraformVariable) -> Any:
    kind = variable.type
    if kind == "number":
        return variable.number_value
    if kind == "string":
        return variable.string_value
    return variable.value
