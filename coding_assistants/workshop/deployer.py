"""The deploying identity, which every workshop access list and grant leaves out.

The provider refuses a ``databricks_permissions`` list that names the current user ("it is
not possible to decrease administrative permissions for the current user"), and a
``databricks_grant`` for the deployer would replace the deployer's own privileges on the
catalog and schema (the MANAGE or CREATE_VOLUME they deploy with). So when the deployer is
on the roster, they keep their cluster (they own it) and get no entry and no grant.

``data.databricks_current_user`` has no dependencies, so Terraform reads it while planning:
``for_each`` keys filtered by it are known at plan time.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from coding_assistants.engine import DataDatabricksCurrentUser, Fn, TerraformLocal


class Deployer(Construct):
    """``data.databricks_current_user.me`` and ``local.deployer``: its user name in lower
    case, as roster emails are (for a service principal its application id, which no email
    matches).

    Exposes ``fqn`` (``local.deployer``, for HCL expressions), ``workspace_url`` (the
    workspace the deployer is signed in to), ``others()`` and ``unless_deployer()``.
    """

    def __init__(self, scope: Construct, id_: str) -> None:
        super().__init__(scope, id_)
        self._me = DataDatabricksCurrentUser(self, "me")
        self._me.override_logical_id("me")
        self._local = TerraformLocal(self, "deployer", Fn.lower(self._me.user_name))
        self._local.override_logical_id("deployer")

    @property
    def workspace_url(self) -> str:
        """``data.databricks_current_user.me.workspace_url``: ``https://<host>``."""
        return self._me.workspace_url

    @property
    def fqn(self) -> str:
        return self._local.fqn

    def others(self, attendees: str) -> str:
        """HCL: the ``key => email`` map ``attendees`` (HCL) without the deployer."""
        return f"{{for key, email in {attendees} : key => email if email != {self.fqn}}}"

    def unless_deployer(self, user_name: str) -> str:
        """HCL: ``[user_name]``, or ``[]`` when ``user_name`` (HCL) is the deployer."""
        return f"{user_name} == {self.fqn} ? [] : [{user_name}]"


def dynamic_user_acl(for_each: str, permission_level: str) -> dict[str, Any]:
    """A ``dynamic "access_control"`` block, for ``add_override("dynamic.access_control",
    ...)``: a ``user_name`` entry per value of the HCL collection ``for_each``."""
    return {
        "for_each": f"${{{for_each}}}",
        "content": {"user_name": "${access_control.value}", "permission_level": permission_level},
    }
