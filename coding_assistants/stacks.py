"""Stacks: the root stack (literal settings) and the reusable module stack (Terraform variables)."""

from __future__ import annotations

import shutil
import typing
from dataclasses import MISSING, fields
from pathlib import Path

from constructs import Construct

from coding_assistants.backend.blocks import backend_block
from coding_assistants.backend.settings import LOCAL_BACKEND, BackendSettings
from coding_assistants.cluster import CodingAssistantsCluster
from coding_assistants.engine import (
    DatabricksProvider,
    LocalBackend,
    Precondition,
    TerraformOutput,
    TerraformResourceLifecycle,
    TerraformStack,
    TerraformVariable,
    TerraformVariableValidationConfig,
    Token,
    provider_constraint,
)
from coding_assistants.facts import (
    MODULE_PROVIDER_FLOOR,
    MODULE_SCRIPT_PATH,
    MODULE_STACK,
    MODULE_TERRAFORM_VERSION,
    ROOT_PROVIDER_FLOOR,
    ROOT_STACK,
    ROOT_TERRAFORM_VERSION,
)
from coding_assistants.inputs import field_docs
from coding_assistants.module_tests import ship_module_tests
from coding_assistants.props import (
    BUNDLED_INIT_SCRIPT,
    CLUSTER_RULES,
    OUTPUTS,
    CodingAssistantsClusterProps,
    terraform_type,
)
from coding_assistants.props import prop_default as prop_default

__all__ = [
    "MODULE_STACK",
    "ROOT_STACK",
    "ClusterModuleStack",
    "ClusterStack",
    "ProjectStack",
    "ship_module_files",
]

MODULE_PROVIDER_VERSION = provider_constraint(MODULE_PROVIDER_FLOOR)
"""Databricks provider versions the module stack admits: the HCL module's floor, up to the next
major version of the provider the engine's bindings were generated from."""
ROOT_PROVIDER_VERSION = provider_constraint(ROOT_PROVIDER_FLOOR)
"""Databricks provider versions the root stacks require (their floor, the same upper bound)."""


class ProjectStack(TerraformStack):
    """A root stack: the Databricks provider (configured from the environment) and the state
    backend of ``backend``: by default a local state file kept in the project directory, not
    in the regenerated ``cdktf.out``.

    ``state_file`` names that local file; when left out, ``terraform.<id_>.tfstate``. With
    another backend, the stack's state is kept under ``state`` (when left out, ``id_``): its
    key, prefix, schema or workspace is derived from it (``coding_assistants.backend``)."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        state_file: str | None = None,
        backend: BackendSettings = LOCAL_BACKEND,
        state: str | None = None,
    ) -> None:
        super().__init__(scope, id_)
        DatabricksProvider(self, "databricks")
        block = backend_block(backend, state or id_)
        if block is None:
            LocalBackend(self, path=f"../../../{state_file or f'terraform.{id_}.tfstate'}")
        else:
            self._use_backend(*block)
        self.add_override("terraform.required_version", ROOT_TERRAFORM_VERSION)
        self.add_override("terraform.required_providers.databricks.version", ROOT_PROVIDER_VERSION)

    def _use_backend(self, key: str, value: dict[str, typing.Any]) -> None:
        """Put a backend (``key`` "backend") or cloud block in place of the local backend
        the engine adds to a stack that defines none."""
        if key == "backend":
            (kind,) = value
            self.add_override("terraform.backend.local", None)
            self.add_override(f"terraform.backend.{kind}", value[kind])
        else:
            kind = key
            self.add_override("terraform.backend", None)
            self.add_override(f"terraform.{key}", value)
        self.add_override("//.metadata.backend", kind)  # the engine's note says "local"


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

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: CodingAssistantsClusterProps,
        *,
        backend: BackendSettings = LOCAL_BACKEND,
    ) -> None:
        super().__init__(scope, id_, backend=backend)
        self.cluster = CodingAssistantsCluster(self, "cluster", props)
        publish_outputs(self, self.cluster)


class ClusterModuleStack(TerraformStack):
    """The same construct as a reusable Terraform module: every prop is a variable.

    No backend and no provider block, only ``required_providers``: the caller configures them.
    Rules over one input are validation blocks of its variable; rules across inputs are
    preconditions of the cluster, which Terraform 1.2 and later accept (a validation that
    refers to another variable needs 1.9).
    """

    def __init__(self, scope: Construct, id_: str) -> None:
        super().__init__(scope, id_)
        DatabricksProvider(self, "databricks")  # for required_providers; the block is removed
        self.variables = module_variables(self)
        props = CodingAssistantsClusterProps(**{n: _token(v) for n, v in self.variables.items()})
        self.cluster = CodingAssistantsCluster(self, "cluster", props)
        self.cluster.cluster.lifecycle = TerraformResourceLifecycle(
            precondition=module_preconditions()
        )
        publish_outputs(self, self.cluster)
        self.add_override("provider", None)
        self.add_override("terraform.backend", None)
        self.add_override("terraform.required_version", MODULE_TERRAFORM_VERSION)
        self.add_override(
            "terraform.required_providers.databricks.version", MODULE_PROVIDER_VERSION
        )


def ship_module_files(stack_dir: Path) -> list[Path]:
    """Write what a synthesized module stack's directory holds besides its JSON: the bundled
    init script at ``scripts/install-claude.sh``, where the module's default
    ``init_script_source_path`` points, and the module's Terraform tests (``module_tests``).

    cdktf assets always land under ``assets/<id>/<hash>/``; the HCL module keeps its script at
    ``scripts/``, so the script is placed there after synthesis to keep ``databricks_file.source``
    the same. Call it once the app is synthesized; returns the written files."""
    target = stack_dir / MODULE_SCRIPT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(BUNDLED_INIT_SCRIPT, target)
    target.chmod(0o755)
    return [target, ship_module_tests(stack_dir)]


def _module_refs() -> dict[str, str]:
    return {f.name: f"var.{f.name}" for f in fields(CodingAssistantsClusterProps)}


def module_preconditions() -> list[Precondition]:
    """One precondition per rule across inputs, with the rule's message."""
    refs = _module_refs()
    return [
        Precondition(condition=r.hcl(refs), error_message=r.message())
        for r in CLUSTER_RULES
        if r.crosses
    ]


def module_variables(scope: Construct) -> dict[str, TerraformVariable]:
    """A Terraform variable per props field: same name, type, default and description, with
    a validation block per rule of that field alone (rules across inputs are preconditions)."""
    docs = field_docs(CodingAssistantsClusterProps)
    hints = typing.get_type_hints(CodingAssistantsClusterProps)
    refs = _module_refs()
    variables = {}
    for f in fields(CodingAssistantsClusterProps):
        default = prop_default(f)
        kind = terraform_type(hints[f.name])
        variable = TerraformVariable(
            scope,
            f.name,
            type=kind,
            description=docs[f.name],
            nullable=False if kind in NOT_NULL_TYPES else None,
            validation=[
                TerraformVariableValidationConfig(condition=r.hcl(refs), error_message=r.message())
                for r in CLUSTER_RULES
                if r.field == f.name and not r.crosses and r.terraform
            ]
            or None,
        )
        if default is not MISSING:
            # An override, so that map keys reach Terraform exactly as written.
            variable.add_override("default", Token.null_value() if default is None else default)
        variables[f.name] = variable
    return variables


NOT_NULL_TYPES = ("bool", "list(string)")
"""Variable types whose null means their default (``nullable = false``, Terraform 1.1): a
switch is on or off, a list may be empty."""


def _token(variable: TerraformVariable) -> typing.Any:
    kind = variable.type
    if kind == "number":
        return variable.number_value
    if kind == "string":
        return variable.string_value
    if kind == "bool":
        return variable.boolean_value
    if kind == "list(string)":
        return variable.list_value
    return variable.value
