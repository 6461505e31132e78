"""The workshop fleet: the instance pool and a dedicated single-node cluster per attendee."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from coding_assistants import expr, facts
from coding_assistants.cluster import cluster_shape, spark_env_vars
from coding_assistants.engine import (
    Cluster,
    ClusterInitScripts,
    ClusterInitScriptsVolumes,
    ClusterWorkloadType,
    ClusterWorkloadTypeClients,
    DataDatabricksClusterPolicy,
    DataDatabricksInstancePool,
    InstancePool,
    Permissions,
    PermissionsAccessControl,
    TerraformIterator,
    TerraformResourceLifecycle,
)
from coding_assistants.props import ClusterMode
from coding_assistants.rules import hcl_string
from coding_assistants.workshop.deployer import Deployer, dynamic_user_acl
from coding_assistants.workshop.parts import FleetProps, PoolProps
from coding_assistants.workshop.policy import DATA_SECURITY_MODE, WORKLOAD_CLIENTS

SSH_SETUP = "databricks ssh setup --name %s --cluster %s --profile %s"
"""The line an attendee runs once; then ``ssh <cluster name>`` (or an IDE's Remote-SSH)."""
LOGIN = "databricks auth login --host {host} --profile {profile}"
"""The quick start's login, before the ``databricks ssh setup`` line: the same profile."""

POOL_IGNORED_CHANGES = ["min_idle_instances"]
"""Pool attributes Terraform sets at creation only: ``coding-assistants pool warm`` and
``pool cool`` change the warm VMs on the day, and the next plan must not undo them."""

FACILITATORS_CLUSTER_PERMISSION = "CAN_MANAGE"
"""What the facilitators' group may do on every attendee's cluster."""


def login_command(deployer: Deployer, profile: str) -> str:
    """``databricks auth login --host <workspace> --profile <profile>``: the quick start's
    login, with the profile every ``databricks ssh setup`` line of the handout passes."""
    return LOGIN.format(host=deployer.workspace_url, profile=profile)


class WorkshopPool(Construct):
    """``databricks_instance_pool.workshop``: node type, preloaded runtime, capacity (one VM
    per attendee plus headroom), idle termination and ``min_idle_instances``, which Terraform
    sets at creation and then leaves to ``coding-assistants pool warm``/``cool``; with a cloud,
    that cloud's attributes block (on-demand or spot VMs, zone, bid), which every cluster of
    the pool inherits (the provider sends no cloud attributes for a cluster on a pool).

    Exposes ``pool`` and ``pool_id``.
    """

    def __init__(self, scope: Construct, id_: str, props: PoolProps) -> None:
        super().__init__(scope, id_)
        self._pool = InstancePool(
            self,
            "pool",
            instance_pool_name=props.pool_name,
            node_type_id=props.node_type_id,
            preloaded_spark_versions=[props.spark_version],
            min_idle_instances=props.min_idle_instances,
            max_capacity=props.max_capacity,
            idle_instance_autotermination_minutes=props.idle_instance_autotermination_minutes,
            custom_tags=dict(props.tags) or None,
            lifecycle=TerraformResourceLifecycle(ignore_changes=POOL_IGNORED_CHANGES),
        )
        self._pool.override_logical_id("workshop")
        if props.attributes is not None:
            name, attributes = props.attributes
            self._pool.add_override(name, dict(attributes))

    @property
    def pool(self) -> InstancePool:
        return self._pool

    @property
    def pool_id(self) -> str:
        return self._pool.id


class WorkshopFleet(Construct):
    """The pool (or, in a stack of a split fleet, ``data.databricks_instance_pool.workshop``,
    found by name) and, per attendee, a cluster and its permissions.

    Defines ``databricks_instance_pool.workshop``, ``data.databricks_cluster_policy.workshop``
    (the policy of the shared stack, found by name), ``databricks_cluster.attendee["<key>"]``
    and ``databricks_permissions.attendee["<key>"]`` (the attendee and the facilitators'
    group: the ACL is authoritative, so it names every grantee). Both per-attendee resources
    are one ``for_each`` over a map keyed by the attendee key: adding or removing an attendee
    touches that attendee's instances only, and synthesis does not grow with the roster.
    The deploying user (``data.databricks_current_user.me``, ``local.deployer``) keeps their
    cluster, if on the roster, but is left out of its access list.

    ``props.clusters`` are the attendees of this stack; without ``props.pool`` the pool is
    looked up by its name instead of defined.

    Exposes ``pool_id``, ``clusters`` (the ``for_each`` resource), ``cluster_map``
    (attendee email -> cluster_name, cluster_id, cluster_url), ``ssh_setup_commands``
    (attendee email -> the ``databricks ssh setup`` line) and ``login_command`` (the
    ``databricks auth login`` line of the quick start, with the same profile).
    """

    def __init__(self, scope: Construct, id_: str, props: FleetProps) -> None:
        super().__init__(scope, id_)
        self._props = props
        self._pool_id = self._define_pool()
        self._policy = DataDatabricksClusterPolicy(self, "policy", name=props.policy_name)
        self._policy.override_logical_id("workshop")
        self._deployer = Deployer(self, "deployer")
        self._clusters = self._define_clusters()
        self._each_cluster = TerraformIterator.from_resources(self._clusters)
        self._define_permissions()

    def _define_pool(self) -> str:
        if self._props.pool is not None:
            return WorkshopPool(self, "workshop_pool", self._props.pool).pool_id
        found = DataDatabricksInstancePool(self, "pool", name=self._props.pool_name)
        found.override_logical_id("workshop")
        return found.id

    def _define_clusters(self) -> Cluster:
        """Every value a policy rule fixes is set on the cluster too: the provider cannot see
        values that only a policy supplies."""
        p = self._props
        each = TerraformIterator.from_map(dict(p.clusters))
        email = each.get_string("email")
        shape = cluster_shape(
            ClusterMode.SINGLE_NODE.value, None, 0, 0, {facts.TAG_WORKSHOP: p.workshop_name}
        )
        cluster = Cluster(
            self,
            "attendee",
            for_each=each,
            cluster_name=each.get_string("cluster_name"),
            single_user_name=email,
            data_security_mode=DATA_SECURITY_MODE,
            spark_version=p.spark_version,
            instance_pool_id=self._pool_id,
            driver_instance_pool_id=self._pool_id,
            policy_id=self._policy.id,
            autotermination_minutes=p.autotermination_minutes,
            num_workers=shape["num_workers"],
            spark_conf=shape["spark_conf"],
            custom_tags={**shape["custom_tags"], facts.TAG_ATTENDEE: email},
            spark_env_vars=expr.merge(
                spark_env_vars(p.node, self._deployer.workspace_url, email),
                {facts.ENV_WORKSHOP: p.workshop_name, facts.ENV_ATTENDEE: each.key},
            ),
            init_scripts=[
                ClusterInitScripts(volumes=ClusterInitScriptsVolumes(destination=p.script_path))
            ],
            workload_type=ClusterWorkloadType(
                clients=ClusterWorkloadTypeClients(**WORKLOAD_CLIENTS)
            ),
            no_wait=True,
        )
        cluster.override_logical_id("attendee")
        return cluster

    def _define_permissions(self) -> None:
        """The facilitators' group, and the attendee as a ``dynamic`` entry that is empty on
        the deployer's own cluster (the provider refuses to lower the current user's rights)."""
        p = self._props
        each = self._each_cluster
        acl = Permissions(
            self,
            "permissions",
            for_each=each,
            cluster_id=each.get_string("cluster_id"),
            access_control=[
                PermissionsAccessControl(
                    group_name=p.facilitators_group,
                    permission_level=FACILITATORS_CLUSTER_PERMISSION,
                ),
            ],
        )
        attendee = self._deployer.unless_deployer("each.value.single_user_name")
        acl.add_override(
            "dynamic.access_control", dynamic_user_acl(attendee, p.attendee_permission_level)
        )
        acl.override_logical_id("attendee")

    @property
    def pool_id(self) -> str:
        return self._pool_id

    @property
    def clusters(self) -> Cluster:
        """The per-attendee ``databricks_cluster`` (one ``for_each`` resource)."""
        return self._clusters

    @property
    def cluster_map(self) -> Any:
        """Attendee email -> ``{cluster_name, cluster_id, cluster_url}``, as an expression."""
        return self._each_cluster.for_expression_for_map(
            "val.single_user_name",
            "{cluster_name = val.cluster_name, cluster_id = val.cluster_id, cluster_url = val.url}",
        )

    @property
    def login_command(self) -> str:
        """``databricks auth login --host <workspace> --profile <cli_profile>``."""
        return login_command(self._deployer, self._props.cli_profile)

    @property
    def ssh_setup_commands(self) -> Any:
        """Attendee email -> the ``databricks ssh setup`` line, as an expression."""
        profile = hcl_string(self._props.cli_profile)
        return self._each_cluster.for_expression_for_map(
            "val.single_user_name",
            f'format("{SSH_SETUP}", val.cluster_name, val.cluster_id, {profile})',
        )
