"""The engine seam: the one module that imports the CDK engine and the provider bindings.

Two engines synthesize the same Terraform JSON from the same constructs:

- ``cdktf`` (default): CDK for Terraform 0.21 with ``cdktf-cdktf-provider-databricks``;
- ``cdktn``: CDK Terrain, the community continuation of cdktf after its archival, with
  ``cdktn-provider-databricks``.

The environment variable ``ENGINE`` picks one when the process starts (the Makefile passes its
``ENGINE`` variable on, and each engine has its own virtual environment). Every other module
imports the engine's classes from here, never from ``cdktf``/``cdktn`` or the bindings, so a
third engine is one more branch in this file.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import tarfile
from collections.abc import Mapping
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING

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


ENGINE = selected_engine()
"""The engine this process synthesizes with."""

CORE_PACKAGE, BINDINGS_PACKAGE = {
    "cdktf": ("cdktf", "cdktf_cdktf_provider_databricks"),
    "cdktn": ("cdktn", "cdktn_provider_databricks"),
}[ENGINE]
"""Import names of the engine's core library and of its Databricks provider bindings."""


def _load(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        raise EngineError(
            f"{ENGINE_ENV}={ENGINE} needs the Python package {name.split('.')[0]!r}, which is not "
            f"installed here; run `make install ENGINE={ENGINE}` and use "
            f"{ENGINE_VENVS[ENGINE]}/bin/python"
        ) from error


def _bindings(module: str) -> ModuleType:
    return _load(f"{BINDINGS_PACKAGE}.{module}")


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
    from cdktf_cdktf_provider_databricks.cluster_policy import ClusterPolicy
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
    from cdktf_cdktf_provider_databricks.file import File
    from cdktf_cdktf_provider_databricks.grant import Grant
    from cdktf_cdktf_provider_databricks.instance_pool import InstancePool
    from cdktf_cdktf_provider_databricks.permissions import Permissions, PermissionsAccessControl
    from cdktf_cdktf_provider_databricks.provider import DatabricksProvider
    from cdktf_cdktf_provider_databricks.volume import Volume

    core: ModuleType
else:
    # --- the engine's core ---------------------------------------------------------------------
    core = _load(CORE_PACKAGE)
    App = core.App
    AssetType = core.AssetType
    Fn = core.Fn
    LocalBackend = core.LocalBackend
    Op = core.Op
    Precondition = core.Precondition
    TerraformAsset = core.TerraformAsset
    TerraformIterator = core.TerraformIterator
    TerraformLocal = core.TerraformLocal
    TerraformOutput = core.TerraformOutput
    TerraformResourceLifecycle = core.TerraformResourceLifecycle
    TerraformStack = core.TerraformStack
    TerraformVariable = core.TerraformVariable
    TerraformVariableValidationConfig = core.TerraformVariableValidationConfig
    Testing = core.Testing
    Token = core.Token
    VariableType = core.VariableType

    # --- the Databricks provider bindings (per-resource modules: the package root loads slowly)
    _cluster = _bindings("cluster")
    Cluster = _cluster.Cluster
    ClusterAutoscale = _cluster.ClusterAutoscale
    ClusterInitScripts = _cluster.ClusterInitScripts
    ClusterInitScriptsVolumes = _cluster.ClusterInitScriptsVolumes
    ClusterWorkloadType = _cluster.ClusterWorkloadType
    ClusterWorkloadTypeClients = _cluster.ClusterWorkloadTypeClients
    ClusterPolicy = _bindings("cluster_policy").ClusterPolicy
    DataDatabricksClusterPolicy = _bindings(
        "data_databricks_cluster_policy"
    ).DataDatabricksClusterPolicy
    DataDatabricksCurrentUser = _bindings("data_databricks_current_user").DataDatabricksCurrentUser
    DataDatabricksInstancePool = _bindings(
        "data_databricks_instance_pool"
    ).DataDatabricksInstancePool
    DataDatabricksServingEndpoints = _bindings(
        "data_databricks_serving_endpoints"
    ).DataDatabricksServingEndpoints
    DatabricksProvider = _bindings("provider").DatabricksProvider
    File = _bindings("file").File
    Grant = _bindings("grant").Grant
    InstancePool = _bindings("instance_pool").InstancePool
    _permissions = _bindings("permissions")
    Permissions = _permissions.Permissions
    PermissionsAccessControl = _permissions.PermissionsAccessControl
    Volume = _bindings("volume").Volume


@functools.cache
def bindings_provider_version() -> str:
    """The Databricks provider version the bindings were generated from: the tested version.

    Read from the bindings' own jsii package (``cdktf.provider.version`` in its package.json),
    so it follows the pinned bindings instead of a copied string."""
    return _jsii_package_json(BINDINGS_PACKAGE)["cdktf"]["provider"]["version"]


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
