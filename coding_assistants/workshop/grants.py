"""The Unity Catalog grants the attendees need, three (or, with an offline bundle, up to six)
``databricks_grant`` per attendee.

Up to ``FLEET_STACK_ATTENDEES`` attendees they sit in ``workshop-shared``. A split fleet puts
them in ``workshop-shared-01``, ``-02``, ... instead, one per share of the fleet with the same
attendees as ``workshop-fleet-NN`` (see ``split``): Terraform's plan of one stack grows faster
than the instances in it, so hundreds of attendees' grants in ``workshop-shared`` would undo
what splitting the fleet gained. Each grant manages one principal's privileges on one
securable, never the whole list (``databricks_grants`` would remove what others granted on a
shared catalog such as ``main``), so the grants may be spread over stacks freely.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from coding_assistants.engine import Grant, TerraformIterator, TerraformLocal, Token
from coding_assistants.roster import Attendee
from coding_assistants.workshop.deployer import Deployer
from coding_assistants.workshop.parts import GrantProps

ATTENDEE_GRANTS = (
    ("catalog", "USE_CATALOG"),
    ("schema", "USE_SCHEMA"),
    ("volume", "READ_VOLUME"),
)
"""Securable and privilege of each grant an attendee needs to fetch the init script as the
single user of their cluster: ``databricks_grant.attendee_<securable>["<key>"]``."""


def define_roster(
    scope: Construct,
    attendees: tuple[Attendee, ...],
    roster_id: str = "attendees",
    grantees_id: str = "grantees",
) -> TerraformLocal:
    """``local.<roster_id>`` (key -> email), ``local.<grantees_id>``, the attendees but the
    deploying user, and (once per scope) ``local.deployer``, in ``scope``; returns
    ``local.<grantees_id>``."""
    found = scope.node.try_find_child("deployer")
    deployer = found if isinstance(found, Deployer) else Deployer(scope, "deployer")
    roster = TerraformLocal(scope, roster_id, {a.key: a.email for a in attendees})
    roster.override_logical_id(roster_id)
    grantees = TerraformLocal(scope, grantees_id, f"${{{deployer.others(roster.fqn)}}}")
    grantees.override_logical_id(grantees_id)
    return grantees


def define_grants(
    scope: Construct, props: GrantProps, grantees: TerraformLocal, volume: str
) -> None:
    """Per grantee and securable a ``databricks_grant`` in ``scope``: it manages that
    principal's privileges only, so the grants of others on a shared catalog such as ``main``
    stay. The same for the offline bundle's volume, its schema and catalog, where they differ
    from the script's (one grant per principal and securable, never two). ``volume`` is the
    script volume's full name, or a reference to it that orders the grant after the volume."""
    securables: dict[str, str] = {
        "catalog": props.catalog_name,
        "schema": f"{props.catalog_name}.{props.schema_name}",
        "volume": volume,
    }
    bundle = props.bundle_securables
    for securable, privilege in ATTENDEE_GRANTS:
        _grant_each(
            scope, grantees, f"attendee_{securable}", securable, securables[securable], privilege
        )
        if securable in bundle:
            name = f"attendee_bundle_{securable}"
            _grant_each(scope, grantees, name, securable, bundle[securable], privilege)


def _grant_each(
    scope: Construct, grantees: TerraformLocal, id_: str, securable: str, name: str, privilege: str
) -> None:
    """``databricks_grant.<id_>``: ``privilege`` on ``name`` for each grantee."""
    each = TerraformIterator.from_map(grantees.as_string_map)
    target: dict[str, Any] = {securable: name}  # catalog=, schema= or volume=
    grant = Grant(
        scope,
        id_,
        for_each=each,
        principal=Token.as_string(each.value),
        privileges=[privilege],
        **target,
    )
    grant.override_logical_id(id_)


class WorkshopGrants(Construct):
    """The grants of one share of a split fleet's attendees, in a stack of their own.

    Defines ``data.databricks_current_user.me``, ``local.deployer``, ``local.attendees`` (this
    share's key -> email), ``local.grantees`` (the same without the deploying user) and, per
    grantee, ``databricks_grant.attendee_{catalog,schema,volume}["<key>"]`` (and the offline
    bundle's ``attendee_bundle_*``), at the same addresses as in ``workshop-shared``. The
    volume is named, not referred to: the stack deploys after ``workshop-shared``.
    """

    def __init__(
        self, scope: Construct, id_: str, props: GrantProps, attendees: tuple[Attendee, ...]
    ) -> None:
        super().__init__(scope, id_)
        grantees = define_roster(self, attendees)
        define_grants(self, props, grantees, props.volume_full_name)
