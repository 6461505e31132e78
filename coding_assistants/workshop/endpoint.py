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
    of key -> email, the roster without the deployer).

    The access list is authoritative: it replaces the endpoint's list, so anyone else given
    access to it by hand loses it at the next apply (admins keep theirs).
    """

    def __init__(
        self, scope: Construct, id_: str, props: EndpointAccessProps, grantees: str
    ) -> None:
        super().__init__(scope, id_)
        endpoints = DataDatabricksServingEndpoints(self, "endpoints")
        endpoints.override_logical_id("all")
        name = hcl_string(props.model_endpoint)
        found = TerraformLocal(
            self,
            "model_endpoint_id",
            f"${{one([for e in {endpoints.fqn}.endpoints : e.id if e.name == {name}])}}",
        )
        found.override_logical_id("model_endpoint_id")
        group = props.query_group
        groups = [props.facilitators_group] + ([group] if group else [])
        acl = Permissions(
            self,
            "permissions",
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
                            f"No serving endpoint named {props.model_endpoint} in this "
                            "workspace: set claude_model to an endpoint it serves, or "
                            "serving_endpoint_query to none."
                        ),
                    )
                ]
            ),
        )
        if not group:
            acl.add_override("dynamic.access_control", dynamic_user_acl(grantees, QUERY))
        acl.override_logical_id("model_endpoint")
