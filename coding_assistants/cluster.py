"""The coding-assistants cluster: a volume with the init script, and a single-user cluster."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct

from coding_assistants import clouds, expr, facts, node_settings
from coding_assistants.engine import (
    Cluster,
    ClusterAutoscale,
    ClusterInitScripts,
    ClusterInitScriptsVolumes,
    DataDatabricksCurrentUser,
    File,
    TerraformAsset,
    TerraformLocal,
    TerraformResourceLifecycle,
    Volume,
)
from coding_assistants.facts import (
    ENV_CLUSTER_USER,
    ENV_DATABRICKS_HOST,
    INIT_SCRIPT_NAME,
    MODULE_SCRIPT_PATH,
)
from coding_assistants.node_settings import NodeSettings, always_set
from coding_assistants.props import BUNDLED_INIT_SCRIPT, ClusterMode, CodingAssistantsClusterProps
from coding_assistants.props import OUTPUTS as OUTPUTS  # re-exported for release.py

VOLUME_COMMENT = "Volume for Claude Code CLI init scripts"
MANAGED_BY_TAGS = {facts.TAG_MANAGED_BY: facts.MANAGED_BY_VALUE}
SINGLE_NODE_TAGS = {facts.TAG_RESOURCE_CLASS: facts.SINGLE_NODE_RESOURCE_CLASS}
SINGLE_NODE_SPARK_CONF = {
    "spark.databricks.cluster.profile": "singleNode",
    "spark.master": "local[*]",
}


def cluster_shape(
    mode: Any, num_workers: Any, min_workers: Any, max_workers: Any, tags: Any
) -> dict[str, Any]:
    """Size, Spark conf and tags of a cluster in the given mode (literals or tokens).

    Returns ``num_workers``, ``autoscale`` (the block, or None), ``autoscale_when`` (the
    condition under which the block exists, for a dynamic block), ``spark_conf``, ``custom_tags``.
    """
    single = expr.eq(mode, ClusterMode.SINGLE_NODE.value)
    autoscaling = expr.and_(expr.not_(single), expr.is_null(num_workers))
    return {
        "num_workers": expr.choose(single, 0, num_workers),
        "autoscale_when": autoscaling,
        "autoscale": {"min_workers": min_workers, "max_workers": max_workers},
        "spark_conf": expr.choose(single, SINGLE_NODE_SPARK_CONF, {}),
        "custom_tags": expr.merge(tags, MANAGED_BY_TAGS, expr.choose(single, SINGLE_NODE_TAGS, {})),
    }


def node_type(cloud: Any, node_type_id: Any, defaults: Mapping[str, str]) -> Any:
    """``node_type_id``, else the node type ``defaults`` names for the cloud (Azure's when the
    cloud is null)."""
    by_cloud = expr.lookup(defaults, expr.coalesce(cloud, facts.DEFAULT_CLOUD))
    return expr.coalesce(node_type_id, by_cloud)


def _translate(mapping: Mapping[str, str], value: Any) -> Any:
    """An input's value as the cloud spells it; other values pass as given."""
    return expr.lookup(mapping, value, value)


def add_cloud_block(resource: Any, cloud: Any, attributes: Any, values: Mapping[str, Any]) -> None:
    """The attributes block of ``cloud`` on ``resource`` (``attributes``: cloud -> its
    attribute table, :mod:`coding_assistants.clouds`): none when the cloud is null, only that
    cloud's when it is known, and when only Terraform knows it, each cloud's block as a dynamic
    block that exists for that cloud alone."""
    if not expr.is_token(cloud):
        if cloud is not None:
            resource.add_override(clouds.BLOCKS[cloud], clouds.block(attributes[cloud], values))
        return
    for name in facts.CLOUDS:
        content = clouds.block(attributes[name], values, _translate)
        _add_optional_block(resource, clouds.BLOCKS[name], expr.eq(cloud, name), content)


def spark_env_vars(settings: NodeSettings, workspace_url: Any, user: Any) -> Any:
    """The init script's environment, from the node settings' declarations: those always
    passed, the workspace URL (Databricks does not give init scripts the workspace's address,
    and Claude Code must be pointed at it) and the cluster's user (whose workspace folder keeps
    the Claude Code state), then each opt-in setting that is set, as the text the node reads."""
    declared = node_settings.declared()
    always = {s.env: getattr(settings, n) for n, s in declared.items() if always_set(n)}
    optional = [
        _env_entry(n, s.env, getattr(settings, n)) for n, s in declared.items() if not always_set(n)
    ]
    return expr.merge(
        {**always, ENV_DATABRICKS_HOST: workspace_url, ENV_CLUSTER_USER: user}, *optional
    )


def _env_entry(name: str, env: str, value: Any) -> Any:
    """``{env = <what the node receives>}`` for an opt-in setting, or ``{}`` (its kind says
    when: ``node_settings``); computed in Python for a literal, in Terraform otherwise."""
    if not expr.is_token(value):
        encoded = node_settings.env_value(name, value)
        return {} if encoded is None else {env: encoded}
    kind = node_settings.kind(name)
    if kind == node_settings.FLAG:
        return expr.choose(value, {env: "true"}, {})
    if kind == node_settings.LIST:
        return expr.choose(expr.at_least(expr.length(value), 1), {env: expr.join(",", value)}, {})
    if kind == node_settings.JSON:
        return expr.choose(expr.is_null(value), {}, {env: expr.json_base64(value)})
    return expr.optional_entry(env, value)


class InitScriptVolume(Construct):
    """A managed Unity Catalog volume and the init script uploaded into it.

    Defines ``databricks_volume.init_scripts`` and ``databricks_file.init_script``.
    Exposes ``volume``, ``file``, ``volume_path`` and ``script_path``.
    """

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        catalog_name: Any,
        schema_name: Any,
        volume_name: Any,
        source_path: Any = None,
    ) -> None:
        super().__init__(scope, id_)
        self.volume = Volume(
            self,
            "init_scripts",
            name=volume_name,
            catalog_name=catalog_name,
            schema_name=schema_name,
            volume_type="MANAGED",
            comment=VOLUME_COMMENT,
            lifecycle=TerraformResourceLifecycle(ignore_changes=["owner"]),
        )
        self.volume.override_logical_id("init_scripts")
        self.volume_path: str = self.volume.volume_path
        self.script_path = f"{self.volume_path}/{INIT_SCRIPT_NAME}"
        self.file = File(
            self, "init_script", source=self._source(source_path), path=self.script_path
        )
        self.file.override_logical_id("init_script")

    def _source(self, source_path: Any) -> str:
        """The local file to upload: an asset copied into the stack output.

        A literal path (or none: the bundled script) becomes the asset. An unresolved one (a
        module variable) falls back to the bundled script at ``scripts/install-claude.sh`` in
        the module directory, as in the HCL module; the module stack ships it there.
        """
        if not expr.is_token(source_path):
            return TerraformAsset(self, "script", path=str(source_path or BUNDLED_INIT_SCRIPT)).path
        default = TerraformLocal(
            self, "bundled_init_script", "${path.module}/" + MODULE_SCRIPT_PATH
        )
        default.override_logical_id("bundled_init_script")
        chosen = expr.choose(expr.is_null(source_path), default.as_string, source_path)
        return expr.as_string(chosen)


class CodingAssistantsCluster(Construct):
    """The coding-assistants cluster, as the Terraform module defines it.

    Defines, at the module's Terraform addresses: ``data.databricks_current_user.me``,
    ``databricks_volume.init_scripts``, ``databricks_file.init_script`` and
    ``databricks_cluster.coding_assistants``. One per stack, like one module call.

    Exposes the module's outputs as read-only properties: ``cluster_id``, ``cluster_name``,
    ``cluster_url``, ``volume_path``, ``volume_full_name``, ``init_script_path``,
    ``mlflow_experiment_name``.
    """

    def __init__(self, scope: Construct, id_: str, props: CodingAssistantsClusterProps) -> None:
        super().__init__(scope, id_)
        self._props = props
        self._me = DataDatabricksCurrentUser(self, "me")
        self._me.override_logical_id("me")
        self._script = InitScriptVolume(
            self,
            "init_script_volume",
            catalog_name=props.catalog_name,
            schema_name=props.schema_name,
            volume_name=props.volume_name,
            source_path=props.init_script_source_path,
        )
        self._cluster = self._define_cluster()

    def _define_cluster(self) -> Cluster:
        p = self._props
        values = p.values
        shape = cluster_shape(
            values["cluster_mode"], p.num_workers, p.min_workers, p.max_workers, p.tags
        )
        cluster = Cluster(
            self,
            "coding_assistants",
            cluster_name=p.cluster_name,
            spark_version=p.spark_version,
            node_type_id=expr.as_string(
                node_type(p.cloud, p.node_type_id, facts.DEVELOPER_NODE_TYPES)
            ),
            autotermination_minutes=expr.as_number(p.autotermination_minutes),
            data_security_mode="SINGLE_USER",
            single_user_name=self._me.user_name,
            num_workers=_optional_number(shape["num_workers"]),
            autoscale=(
                ClusterAutoscale(**{k: expr.as_number(v) for k, v in shape["autoscale"].items()})
                if shape["autoscale_when"] is True
                else None
            ),
            spark_conf=expr.as_string_map(shape["spark_conf"]),
            custom_tags=expr.as_string_map(shape["custom_tags"]),
            spark_env_vars=expr.as_string_map(
                spark_env_vars(p, self._me.workspace_url, self._me.user_name)
            ),
            init_scripts=[
                ClusterInitScripts(
                    volumes=ClusterInitScriptsVolumes(destination=self._script.script_path)
                )
            ],
            depends_on=[self._script.file],
        )
        cluster.override_logical_id("coding_assistants")
        _add_optional_block(cluster, "autoscale", shape["autoscale_when"], shape["autoscale"])
        add_cloud_block(cluster, p.cloud, clouds.CLUSTER_ATTRIBUTES, values)
        return cluster

    @property
    def cluster(self) -> Cluster:
        """The ``databricks_cluster`` resource, for further wiring."""
        return self._cluster

    @property
    def cluster_id(self) -> str:
        return self._cluster.id

    @property
    def cluster_name(self) -> str:
        return self._cluster.cluster_name

    @property
    def cluster_url(self) -> str:
        return self._cluster.url

    @property
    def volume_path(self) -> str:
        return self._script.volume_path

    @property
    def volume_full_name(self) -> str:
        p = self._props
        return f"{p.catalog_name}.{p.schema_name}.{p.volume_name}"

    @property
    def init_script_path(self) -> str:
        return self._script.file.path

    @property
    def mlflow_experiment_name(self) -> str:
        return self._props.mlflow_experiment_name


def _optional_number(value: Any) -> Any:
    return None if value is None else expr.as_number(value)


def _add_optional_block(resource: Any, name: str, present: Any, content: dict[str, Any]) -> None:
    """A nested block that exists only when ``present``: set in the constructor when known,
    a dynamic block when only Terraform knows."""
    if not expr.is_token(present):
        return
    resource.add_override(
        f"dynamic.{name}",
        {"for_each": expr.choose(present, [1], []), "content": content},
    )
