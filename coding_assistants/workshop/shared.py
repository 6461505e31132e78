"""What every attendee's cluster shares and what outlives the fleet: the init script, the
cluster policy, the policy's permissions and the Unity Catalog grants the attendees need.
The deploying identity, if on the roster, is left out of both (see ``deployer``)."""

from __future__ import annotations

from constructs import Construct

from coding_assistants.cluster import InitScriptVolume
from coding_assistants.engine import (
    ClusterPolicy,
    Permissions,
    PermissionsAccessControl,
)
from coding_assistants.workshop.deployer import dynamic_user_acl
from coding_assistants.workshop.endpoint import ModelEndpointAccess
from coding_assistants.workshop.grants import define_grants, define_roster
from coding_assistants.workshop.parts import SharedProps
from coding_assistants.workshop.policy import policy_definition

POLICY_DESCRIPTION = (
    "Workshop clusters: dedicated to one attendee, single node, from the workshop pool, "
    "with the workshop init script. Managed by Terraform."
)


class WorkshopShared(Construct):
    """The workshop's shared resources.

    Defines ``databricks_volume.init_scripts`` and ``databricks_file.init_script`` (the init
    script), ``databricks_cluster_policy.workshop``, ``databricks_permissions.policy`` (CAN_USE
    for the facilitators and every attendee), unless ``serving_endpoint_query`` is none,
    CAN_QUERY on the model's serving endpoint (``databricks_permissions.model_endpoint``, see
    ``endpoint``) and the Unity Catalog grants (``databricks_grant.attendee_*["<key>"]``, see
    ``grants``) of the attendees whose clusters ``workshop-fleet`` holds (``local.home_grantees``
    when that is not everyone; each ``workshop-shared-NN`` holds those of
    ``workshop-fleet-NN``). The roster is ``local.attendees`` (key -> email);
    ``local.grantees`` is the same map without the deploying user
    (``data.databricks_current_user.me``, ``local.deployer``), who gets neither a policy entry
    nor grants.

    Exposes ``policy``, ``policy_id``, ``volume_path`` and ``init_script_path``.
    """

    def __init__(self, scope: Construct, id_: str, props: SharedProps) -> None:
        super().__init__(scope, id_)
        self._props = props
        script = props.script
        self._script = InitScriptVolume(
            self,
            "init_script_volume",
            catalog_name=script.catalog_name,
            schema_name=script.schema_name,
            volume_name=script.volume_name,
            source_path=script.init_script_source_path,
        )
        self._grantees = define_roster(self, props.attendees)
        self._policy = self._define_policy()
        self._define_policy_permissions()
        self._define_grants()
        if props.endpoint_access is not None:
            ModelEndpointAccess(self, "model_endpoint", props.endpoint_access, self._grantees.fqn)

    def _define_policy(self) -> ClusterPolicy:
        p = self._props
        policy = ClusterPolicy(
            self,
            "policy",
            name=p.policy_name,
            description=POLICY_DESCRIPTION,
            definition=policy_definition(p.policy),
            max_clusters_per_user=p.max_clusters_per_user,
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
        """The grants (see ``grants``) of the attendees whose clusters ``workshop-fleet`` holds
        (``props.home``); ``workshop-shared-NN`` hold those of ``workshop-fleet-NN``'s. The
        volume's id (its full name) also orders the grants after the volume."""
        if self._props.grants is None:
            return
        grantees = self._grantees
        if self._props.home != self._props.attendees:  # grown past one stack: these stay here
            grantees = define_roster(self, self._props.home, "home_attendees", "home_grantees")
        define_grants(self, self._props.grants, grantees, self._script.volume.id)

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
