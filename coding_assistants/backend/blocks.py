"""The backend block of one root stack, as Terraform JSON, from the backend settings.

Each stack's state lives apart from every other's: its key (``s3``, ``azurerm``), prefix
(``gcs``), schema (``pg``) or workspace (``cloud``) is derived from the stack's state name,
which is the stack's name (``<stack>-example`` for the workshop stacks built on the example
roster). Options left out are left out of the JSON, so Terraform's defaults, the environment
and a partial configuration file (``terraform init -backend-config=FILE``) fill them.

Imports nothing of the framework: the stacks put the block in place.
"""

from __future__ import annotations

from typing import Any

from coding_assistants.backend.options import BackendKind, options_of
from coding_assistants.backend.settings import BackendSettings

EXAMPLE_SUFFIX = "-example"


def state_name(stack: str, example: bool = False) -> str:
    """The name a stack's state is kept under in a shared backend."""
    return f"{stack}{EXAMPLE_SUFFIX}" if example else stack


def backend_block(settings: BackendSettings, state: str) -> tuple[str, dict[str, Any]] | None:
    """``("backend", {kind: {...}})`` or ``("cloud", {...})``: the key of the stack's
    ``terraform`` block and its value; None for the local backend (the stacks keep theirs)."""
    kind = settings.kind
    if kind is BackendKind.LOCAL:
        return None
    if kind is BackendKind.CLOUD:
        return "cloud", cloud_block(settings, state)
    known = options_of(kind)
    given = {
        name: value
        for name, value in settings.options.items()
        if value is not None and known[name].rendered
    }
    return "backend", {kind.value: {**given, **_derived(settings, state)}}


def _derived(settings: BackendSettings, state: str) -> dict[str, str]:
    options = settings.options
    if settings.kind is BackendKind.PG:
        return {"schema_name": pg_schema(options["schema_prefix"], state)}
    if settings.kind is BackendKind.GCS:
        return {"prefix": f"{options['key_prefix']}{state}"}
    return {"key": f"{options['key_prefix']}{state}.tfstate"}


def pg_schema(prefix: str, state: str) -> str:
    """``<prefix>_<state>`` in lower_snake, a plain PostgreSQL identifier (at most 63 bytes
    for every stack name the project writes)."""
    return f"{prefix}_{state.replace('-', '_')}"


def workspace_name(settings: BackendSettings, state: str) -> str:
    """The HCP Terraform workspace of a stack: ``<workspace_prefix><state>``."""
    return f"{settings.options['workspace_prefix']}{state}"


def cloud_block(settings: BackendSettings, state: str) -> dict[str, Any]:
    """The ``cloud`` block: one workspace per stack, chosen by name, or by the tags
    ``workspace_tags`` plus the workspace's name (the stack's own tag, listed last)."""
    options = settings.options
    name = workspace_name(settings, state)
    tags = options["workspace_tags"]
    workspaces: dict[str, Any] = {"tags": [*tags, name]} if tags else {"name": name}
    if options["project"] is not None:
        workspaces["project"] = options["project"]
    block: dict[str, Any] = {"organization": options["organization"]}
    if options["hostname"] is not None:
        block["hostname"] = options["hostname"]
    return {**block, "workspaces": workspaces}


def tags_workspace(cloud: dict[str, Any]) -> str | None:
    """The workspace a ``cloud`` block that selects by tags is for (its last tag, the
    workspace's name), to give Terraform as ``TF_WORKSPACE``; None when it selects by name."""
    tags = cloud.get("workspaces", {}).get("tags")
    return tags[-1] if tags else None
