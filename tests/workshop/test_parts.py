"""Each workshop construct takes the props it uses, derived from the workshop's settings."""

from __future__ import annotations

import dataclasses
import json
import typing

import pytest

from coding_assistants import engine
from coding_assistants.node_settings import NodeSettings
from coding_assistants.roster import parse_roster
from coding_assistants.workshop import parts
from coding_assistants.workshop.endpoint import ModelEndpointAccess
from coding_assistants.workshop.fleet import WorkshopFleet, WorkshopPool
from coding_assistants.workshop.grants import WorkshopGrants, define_grants
from coding_assistants.workshop.policy import policy_parts
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.shared import WorkshopShared

ROSTER = parse_roster("ada@example.com\nbob@example.com\ncy@example.com\n")

NARROW = {
    WorkshopShared.__init__: parts.SharedProps,
    WorkshopFleet.__init__: parts.FleetProps,
    WorkshopPool.__init__: parts.PoolProps,
    WorkshopGrants.__init__: parts.GrantProps,
    ModelEndpointAccess.__init__: parts.EndpointAccessProps,
    define_grants: parts.GrantProps,
    policy_parts: parts.PolicyProps,
}


@pytest.mark.parametrize("function", list(NARROW), ids=lambda f: f.__qualname__)
def test_each_workshop_construct_takes_its_own_props(function):
    assert typing.get_type_hints(function)["props"] is NARROW[function]


def test_no_narrow_props_carries_the_whole_workshop():
    whole = {f.name for f in dataclasses.fields(WorkshopProps)}
    for name in dir(parts):
        cls = getattr(parts, name)
        if isinstance(cls, type) and cls.__module__ == parts.__name__:
            assert len(dataclasses.fields(cls)) < len(whole) / 2, name


def test_fleet_props_of_a_share_find_the_pool_and_hold_its_attendees_only():
    workshop = WorkshopProps(attendees=ROSTER, claude_model="team-model")
    share = parts.fleet_props(workshop, ROSTER[:2], own_pool=False)
    assert share.pool is None and share.pool_name == workshop.pool_name
    assert set(share.clusters) == {a.key for a in ROSTER[:2]}
    assert share.clusters[ROSTER[0].key] == {
        "email": ROSTER[0].email,
        "cluster_name": workshop.cluster_name(ROSTER[0]),
    }
    assert type(share.node) is NodeSettings and share.node.claude_model == "team-model"
    whole = parts.fleet_props(workshop)
    assert whole.pool == parts.pool_props(workshop) and len(whole.clusters) == len(ROSTER)


def test_shared_props_leave_out_what_the_workshop_does_not_have():
    split = WorkshopProps(attendees=ROSTER, fleet_stacks=2, serving_endpoint_query="none")
    props = parts.shared_props(split)
    assert props.grants is None and props.endpoint_access is None
    one = parts.shared_props(WorkshopProps(attendees=ROSTER, serving_endpoint_query="group:g"))
    assert one.grants == parts.grant_props(WorkshopProps(attendees=ROSTER))
    assert one.endpoint_access is not None and one.endpoint_access.query_group == "g"


def test_a_pool_is_built_from_its_props_alone():
    """A construct needs no roster or settings file: a few values make it."""
    stack = engine.TerraformStack(engine.Testing.app(), "pool")
    pool = parts.PoolProps(
        pool_name="p",
        node_type_id="Standard_DS3_v2",
        spark_version="17.3.x-cpu-ml-scala2.13",
        min_idle_instances=0,
        max_capacity=4,
        idle_instance_autotermination_minutes=30,
        tags={"Team": "x"},
    )
    WorkshopPool(stack, "pool", pool)
    synthesized = json.loads(engine.Testing.synth(stack))
    (built,) = synthesized["resource"]["databricks_instance_pool"].values()
    assert (built["instance_pool_name"], built["max_capacity"]) == ("p", 4)
    assert built["custom_tags"] == {"Team": "x"}
