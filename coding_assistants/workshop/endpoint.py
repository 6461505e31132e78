"""CAN_QUERY on the serving endpoint of the model Claude Code asks for.

``databricks_permissions`` needs the endpoint's id, not its name, so the endpoint is found in
``data.databricks_serving_endpoints`` by name; a precondition stops the plan, naming the
endpoint, when the workspace has none of that name.
"""

from __future__ import annotations

from constructs import Construct

from coding_assistants.engine import (
    DataDatabricksServingEndpoints,
    Permissions,
    PermissionsAccessControl,
    Precondition,
    TerraformLocal,
    TerraformResourceLifecycle,
)
from coding_assistants.rules import hcl_string
from coding_assistants.workshop.deployer import dynamic_user_acl
from coding_assistants.workshop.parts import EndpointAccessProps

QUERY = "CAN_QUERY"


class ModelEndpointAccess(Construct):
    """``data.databricks_serving_endpoints.all``, ``local.model_endpoint_id`` and
    ``databricks_permissions.model_endpoint``: CAN_QUERY for the facilitators' group and
    either the group of ``serving_endpoint_query`` or every attendee in ``grantees`` (an HCL map
    of key -> email, the roster without the deployer). Each other endpoint a model alias names
    (``claude_haiku_model``, ...) gets the same list, as ``local.alias_endpoint_<name>_id`` and
    ``databricks_permissions.alias_endpoint_<name>`` (the name's ``-`` as ``_``).

    The access list is authoritative: it replaces the endpoint's list, so anyone else given
    access to it by hand loses it at the next apply (admins keep theirs).
    """

    def __init__(
        self, scope: Construct, id_: str, props: EndpointAccessProps, grantees: str
    ) -> None:
        super().__init__(scope, id_)
        endpoints = DataDatabricksServingEndpoints(self, "endpoints")
        endpoints.override_logical_id("all")
        self._endpoints, self._props, self._grantees = endpoints, props, grantees
        self._grant(props.model_endpoint, "model_endpoint", "claude_model", "permissions")
        for alias in props.alias_endpoints:
            key = alias.replace("-", "_")
            self._grant(alias, f"alias_endpoint_{key}", "the model aliases", f"alias_{key}")

    def _grant(self, name: str, address: str, setting: str, id_: str) -> None:
        """CAN_QUERY on the endpoint ``name``: ``local.<address>_id`` (its id, found by name)
        and ``databricks_permissions.<address>`` (construct ``id_``)."""
        props = self._props
        found = TerraformLocal(
            self,
            f"{address}_id",
            f"${{one([for e in {self._endpoints.fqn}.endpoints : e.id if e.name == "
            f"{hcl_string(name)}])}}",
        )
        found.override_logical_id(f"{address}_id")
        group = props.query_group
        groups = [props.facilitators_group] + ([group] if group else [])
        acl = Permissions(
            self,
            id_,
            serving_endpoint_id=found.as_string,
            access_control=[
                PermissionsAccessControl(group_name=g, permission_level=QUERY)
                for g in sorted(set(groups))
            ],
            lifecycle=TerraformResourceLifecycle(
                precondition=[
                    Precondition(
                        condition=f"${{{found.fqn} != null}}",
                        error_message=(
                            f"No serving endpoint named {name} in this workspace: set "
                            f"{setting} to an endpoint it serves, or serving_endpoint_query "
                            "to none."
                        ),
                    )
                ]
            ),
        )
        if not group:
            acl.add_override("dynamic.access_control", dynamic_user_acl(self._grantees, QUERY))
        acl.override_logical_id(address)
