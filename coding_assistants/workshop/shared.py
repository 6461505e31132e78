"""What every attendee's cluster shares and what outlives the fleet: the init script, the
cluster policy, the policy's permissions and the Unity Catalog grants the attendees need.
The deploying identity, if on the roster, is left out of both (see ``deployer``)."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from coding_assistants.cluster import InitScriptVolume
from coding_assistants.engine import (
    ClusterPolicy,
    Grant,
    Permissions,
    PermissionsAccessControl,
    TerraformIterator,
    TerraformLocal,
    Token,
)
from coding_assistants.workshop.deployer import Deployer, dynamic_user_acl
from coding_assistants.workshop.endpoint import ModelEndpointAccess
from coding_assistants.workshop.policy import policy_definition
from coding_assistants.workshop.props import WorkshopProps

POLICY_DESCRIPTION = (
    "Workshop clusters: dedicated to one attendee, single node, from the workshop pool, "
    "with the workshop init script. Managed by Terraform."
)

ATTENDEE_GRANTS = (
    ("catalog", "USE_CATALOG"),
    ("schema", "USE_SCHEMA"),
    ("volume", "READ_VOLUME"),
)
"""Securable and privilege of each grant an attendee needs to fetch the init script as the
single user of their cluster: ``databricks_grant.attendee_<securable>["<key>"]``."""


class WorkshopShared(Construct):
    """The workshop's shared resources.

        Defines ``databricks_volume.init_scripts`` and ``databricks_file.init_script`` (the init
        script), ``databricks_cluster_policy.workshop``, ``databricks_permissions.policy`` (CAN_USE
        for the facilitators and every attendee) and, per attendee,
        ``databricks_grant.attendee_{catalog,schema,volume}["<key>"]``, with an offline bundle
    ``databricks_grant.attendee_bundle_{catalog,schema,volume}["<key>"]`` for those of the
    bundle's securables the script's grants do not cover, and, unless
        ``serving_endpoint_query`` is none, CAN_QUERY on the model's serving endpoint
        (``databricks_permissions.model_endpoint``, see ``endpoint``). The roster is
        ``local.attendees`` (key -> email); ``local.grantees`` is the same map without the
        deploying user (``data.databricks_current_user.me``, ``local.deployer``), who gets neither
        a policy entry nor grants.

        Exposes ``policy``, ``policy_id``, ``volume_path`` and ``init_script_path``.
    """

    def __init__(self, scope: Construct, id_: str, props: WorkshopProps) -> None:
        super().__init__(scope, id_)
        self._props = props
        self._script = InitScriptVolume(
            self,
            "init_script_volume",
            catalog_name=props.catalog_name,
            schema_name=props.schema_name,
            volume_name=props.volume_name,
            source_path=props.init_script_source_path,
        )
        self._grantees = self._define_roster()
        self._policy = self._define_policy()
        self._define_policy_permissions()
        self._define_grants()
        if props.serving_endpoint_query != "none":
            ModelEndpointAccess(self, "model_endpoint", props, self._grantees.fqn)

    def _define_roster(self) -> TerraformLocal:
        """``local.attendees`` and ``local.grantees``, the attendees but the deployer."""
        deployer = Deployer(self, "deployer")
        attendees = TerraformLocal(
            self, "attendees", {a.key: a.email for a in self._props.attendees}
        )
        attendees.override_logical_id("attendees")
        grantees = TerraformLocal(self, "grantees", f"${{{deployer.others(attendees.fqn)}}}")
        grantees.override_logical_id("grantees")
        return grantees

    def _define_policy(self) -> ClusterPolicy:
        p = self._props
        policy = ClusterPolicy(
            self,
            "policy",
            name=p.policy_name,
            description=POLICY_DESCRIPTION,
            definition=policy_definition(p),
            max_clusters_per_user=p.policy_max_clusters_per_user,
        )
        policy.override_logical_id("workshop")
        return policy

    def _define_policy_permissions(self) -> None:
        """One authoritative ACL on the policy: it lists every grantee, and removes others.
        The attendees are a ``dynamic`` block over ``local.grantees``."""
        p = self._props
        acl = Permissions(
            self,
            "policy_permissions",
            cluster_policy_id=self._policy.id,
            access_control=[
                PermissionsAccessControl(
                    group_name=p.facilitators_group, permission_level="CAN_USE"
                )
            ],
        )
        acl.add_override("dynamic.access_control", dynamic_user_acl(self._grantees.fqn, "CAN_USE"))
        acl.override_logical_id("policy")

    def _define_grants(self) -> None:
        """Per attendee and securable a ``databricks_grant``: it manages that principal's
        privileges only, so the grants of others on a shared catalog such as ``main`` stay.
        The same for the offline bundle's volume, its schema and catalog, where they differ
        from the script's (one grant per principal and securable, never two)."""
        p = self._props
        securables: dict[str, Any] = {
            "catalog": p.catalog_name,
            "schema": f"{p.catalog_name}.{p.schema_name}",
            "volume": self._script.volume.id,  # also orders the grant after the volume
        }
        bundle = p.bundle_securables
        for securable, privilege in ATTENDEE_GRANTS:
            self._grant_each(f"attendee_{securable}", securable, securables[securable], privilege)
            if securable in bundle:
                name = f"attendee_bundle_{securable}"
                self._grant_each(name, securable, bundle[securable], privilege)

    def _grant_each(self, id_: str, securable: str, name: str, privilege: str) -> None:
        """``databricks_grant.<id_>``: ``privilege`` on ``name`` for each grantee."""
        each = TerraformIterator.from_map(self._grantees.as_string_map)
        target: dict[str, Any] = {securable: name}  # catalog=, schema= or volume=
        grant = Grant(
            self,
            id_,
            for_each=each,
            principal=Token.as_string(each.value),
            privileges=[privilege],
            **target,
        )
        grant.override_logical_id(id_)

    @property
    def policy(self) -> ClusterPolicy:
        return self._policy

    @property
    def policy_id(self) -> str:
        return self._policy.id

    @property
    def policy_name(self) -> str:
        return self._props.policy_name

    @property
    def volume_path(self) -> str:
        return self._script.volume_path

    @property
    def init_script_path(self) -> str:
        return self._script.file.path
