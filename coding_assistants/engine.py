"""The engine seam: the one module that imports the CDK engine and the provider bindings.

Two engines synthesize the same Terraform JSON from the same constructs:

- ``cdktf`` (default): CDK for Terraform 0.21 with ``cdktf-cdktf-provider-databricks``;
- ``cdktn``: CDK Terrain, the community continuation of cdktf after its archival, with
  ``cdktn-provider-databricks``.

Importing this module loads no engine and fixes none. The engine's classes are looked up when
they are first asked for (``from coding_assistants.engine import App``): :func:`load` then
imports the engine ``ENGINE`` names at that moment (the Makefile passes its ``ENGINE``
variable on, and each engine has its own virtual environment), and that engine answers every
later lookup of this process. ``load(name)`` imports a named engine without making it the
process's. Every other module imports the engine's classes from here, never from
``cdktf``/``cdktn`` or the bindings, so a third engine is one more entry in this file.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import os
import tarfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING, Any

from coding_assistants.boundary import UsageError
from coding_assistants.facts import DEFAULT_ENGINE, ENGINE_ENV, ENGINE_VENVS, ENGINES


class EngineError(UsageError, ImportError):
    """The selected engine is unknown or not installed in this Python environment: a problem
    of what the user gave, which the error boundary reports in one line (exit 2)."""


def selected_engine(environ: Mapping[str, str] | None = None) -> str:
    """The engine named by ``$ENGINE`` (empty or unset: the default engine; surrounding blanks
    dropped, as make drops them). The refusal is make's own line, word for word."""
    value = (os.environ if environ is None else environ).get(ENGINE_ENV, "").strip()
    engine = value or DEFAULT_ENGINE
    if engine not in ENGINES:
        shown = " ".join(value.split())
        raise EngineError(f"{ENGINE_ENV} must be {' or '.join(ENGINES)}, got {shown!r}")
    return engine


PACKAGES = {
    "cdktf": ("cdktf", "cdktf_cdktf_provider_databricks"),
    "cdktn": ("cdktn", "cdktn_provider_databricks"),
}
"""Each engine's import names: its core library and its Databricks provider bindings."""

CORE_CLASSES = (
    "App",
    "AssetType",
    "Fn",
    "LocalBackend",
    "Op",
    "Precondition",
    "TerraformAsset",
    "TerraformIterator",
    "TerraformLocal",
    "TerraformOutput",
    "TerraformResourceLifecycle",
    "TerraformStack",
    "TerraformVariable",
    "TerraformVariableValidationConfig",
    "Testing",
    "Token",
    "VariableType",
)
"""The classes the project uses from the engine's core library."""

BINDING_CLASSES = {
    "Cluster": "cluster",
    "ClusterAutoscale": "cluster",
    "ClusterInitScripts": "cluster",
    "ClusterInitScriptsVolumes": "cluster",
    "ClusterWorkloadType": "cluster",
    "ClusterWorkloadTypeClients": "cluster",
    "ClusterPolicy": "cluster_policy",
    "DataDatabricksClusterPolicy": "data_databricks_cluster_policy",
    "DataDatabricksCurrentUser": "data_databricks_current_user",
    "DataDatabricksInstancePool": "data_databricks_instance_pool",
    "DataDatabricksServingEndpoints": "data_databricks_serving_endpoints",
    "DatabricksProvider": "provider",
    "File": "file",
    "Grant": "grant",
    "InstancePool": "instance_pool",
    "Permissions": "permissions",
    "PermissionsAccessControl": "permissions",
    "Volume": "volume",
}
"""The provider classes the project uses -> their module in the bindings (per-resource modules:
the package root loads slowly)."""

QUIET_NODE = {
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
}
"""jsii prints a Node.js end-of-life banner when its runtime starts; the project pins its own
toolchain, so the banner would only scroll past users. Set (unless set already) while the
engine loads, which starts that runtime, and taken away again."""


@dataclass(frozen=True)
class Engine:
    """One engine, loaded: its name, core library and classes by name."""

    name: str
    core: ModuleType
    bindings_package: str
    classes: Mapping[str, Any]


@contextlib.contextmanager
def _quiet_node() -> Iterator[None]:
    added = {k: v for k, v in QUIET_NODE.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


def _module(engine: str, name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        raise EngineError(
            f"{ENGINE_ENV}={engine} needs the Python package {name.split('.')[0]!r}, which is not "
            f"installed here; run `make install ENGINE={engine}` and use "
            f"{ENGINE_VENVS[engine]}/bin/python"
        ) from error


def load(name: str | None = None) -> Engine:
    """The engine ``name`` (None: the one ``$ENGINE`` names now), imported once per process."""
    return _load(selected_engine() if name is None else selected_engine({ENGINE_ENV: name}))


@functools.cache
def _load(engine: str) -> Engine:
    core_package, bindings_package = PACKAGES[engine]
    with _quiet_node():
        core = _module(engine, core_package)
        classes = {attr: getattr(core, attr) for attr in CORE_CLASSES}
        for attr, module in BINDING_CLASSES.items():
            classes[attr] = getattr(_module(engine, f"{bindings_package}.{module}"), attr)
    return Engine(engine, core, bindings_package, classes)


@functools.cache
def current() -> Engine:
    """The process's engine: the one ``$ENGINE`` named when a class was first asked for."""
    return load()


# --- the engine's classes, typed once --------------------------------------------------------
# The engine is picked at run time, so its classes are looked up by name below. A type checker
# reads them from cdktf's own annotations instead: cdktn keeps cdktf's API (the engines agree
# test synthesizes the same JSON with both), so one set of types serves both engines.
if TYPE_CHECKING:
    from cdktf import (
        App,
        AssetType,
        Fn,
        LocalBackend,
        Op,
        Precondition,
        TerraformAsset,
        TerraformIterator,
        TerraformLocal,
        TerraformOutput,
        TerraformResourceLifecycle,
        TerraformStack,
        TerraformVariable,
        TerraformVariableValidationConfig,
        Testing,
        Token,
        VariableType,
    )
    from cdktf_cdktf_provider_databricks.cluster import (
        Cluster,
        ClusterAutoscale,
        ClusterInitScripts,
        ClusterInitScriptsVolumes,
        ClusterWorkloadType,
        ClusterWorkloadTypeClients,
    )
    from cdktf_cdktf_provider_databricks.cluster_policy import (
        ClusterPolicy,
    )
    from cdktf_cdktf_provider_databricks.data_databricks_cluster_policy import (
        DataDatabricksClusterPolicy,
    )
    from cdktf_cdktf_provider_databricks.data_databricks_current_user import (
        DataDatabricksCurrentUser,
    )
    from cdktf_cdktf_provider_databricks.data_databricks_instance_pool import (
        DataDatabricksInstancePool,
    )
    from cdktf_cdktf_provider_databricks.data_databricks_serving_endpoints import (
        DataDatabricksServingEndpoints,
    )
    from cdktf_cdktf_provider_databricks.file import (
        File,
    )
    from cdktf_cdktf_provider_databricks.grant import (
        Grant,
    )
    from cdktf_cdktf_provider_databricks.instance_pool import (
        InstancePool,
    )
    from cdktf_cdktf_provider_databricks.permissions import (
        Permissions,
        PermissionsAccessControl,
    )
    from cdktf_cdktf_provider_databricks.provider import (
        DatabricksProvider,
    )
    from cdktf_cdktf_provider_databricks.volume import (
        Volume,
    )

else:

    def __getattr__(attr: str) -> Any:
        """The engine's classes, from :func:`current` (loaded on the first lookup)."""
        if attr in BINDING_CLASSES or attr in CORE_CLASSES:
            return current().classes[attr]
        raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


@functools.cache
def bindings_provider_version() -> str:
    """The Databricks provider version the bindings were generated from: the tested version.

    Read from the bindings' own jsii package (``cdktf.provider.version`` in its package.json),
    so it follows the pinned bindings instead of a copied string."""
    return _jsii_package_json(current().bindings_package)["cdktf"]["provider"]["version"]


def provider_constraint(floor: str) -> str:
    """``>= floor, < next major``: from the stack's floor up to the major version of the
    provider the bindings target (a new major may rename what the constructs set)."""
    major = int(bindings_provider_version().split(".")[0])
    return f">= {floor}, < {major + 1}.0.0"


def _jsii_package_json(package: str) -> dict:
    """package.json of the jsii assembly shipped in ``package`` (``<package>/_jsii/*.jsii.tgz``)."""
    folder = resources.files(f"{package}._jsii")
    tarballs = [entry for entry in folder.iterdir() if entry.name.endswith(".jsii.tgz")]
    if len(tarballs) != 1:
        raise EngineError(f"{package}: expected one jsii assembly, found {len(tarballs)}")
    with tarballs[0].open("rb") as raw, tarfile.open(fileobj=raw, mode="r|gz") as tar:
        for member in tar:  # streamed: stops at package.json, past the large .jsii
            file = tar.extractfile(member) if member.name == "package/package.json" else None
            if file is not None:
                return json.load(file)
    raise EngineError(f"{package}: the jsii assembly holds no package/package.json")
