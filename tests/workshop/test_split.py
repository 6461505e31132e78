"""A large roster is spread over several fleet stacks by a hash of the attendee key: the
split is stable, bounded, and every share plans on the one pool and policy."""

from __future__ import annotations

import json

import pytest

from coding_assistants.app import build_app
from coding_assistants.facts import FLEET_STACK, SHARED_STACK
from coding_assistants.props import PropsError
from coding_assistants.settings import EXAMPLE_CLUSTER_SETTINGS, cluster_props
from coding_assistants.workshop import split
from coding_assistants.workshop.props import WorkshopProps
from tests.conftest import REPO, Synthesized
from tests.workshop.conftest import big_roster_text, expand, roster

ROSTER_400 = roster(big_roster_text(400), "roster-400.txt")


def test_split_keeps_up_to_150_attendees_in_the_one_fleet_stack():
    assert split.stack_count(1, None) == 1
    assert split.stack_count(150, None) == 1
    assert split.stack_count(151, None) == 2
    assert split.stack_count(1000, None) == 7
    assert split.stack_count(1000, 9) == 9
    props = WorkshopProps(attendees=ROSTER_400[:140])
    assert list(props.fleet_parts) == [FLEET_STACK]


def test_split_assigns_each_attendee_to_exactly_one_stack():
    parts = WorkshopProps(attendees=ROSTER_400).fleet_parts
    assert list(parts) == ["workshop-fleet-01", "workshop-fleet-02", "workshop-fleet-03"]
    keys = [a.key for part in parts.values() for a in part]
    assert sorted(keys) == sorted(a.key for a in ROSTER_400)
    assert all(100 <= len(part) <= 170 for part in parts.values())  # about 133 each


def test_adding_or_removing_an_attendee_moves_nobody_else():
    before = split.split(ROSTER_400, 3)
    after = split.split(ROSTER_400[1:] + roster("late.comer@example.com"), 3)
    moved = {a.key for name in before for a in set(before[name]) ^ set(after[name])}
    assert moved == {ROSTER_400[0].key, roster("late.comer@example.com")[0].key}


def test_fails_when_one_fleet_stack_would_hold_more_than_200():
    with pytest.raises(PropsError, match=r"fleet_stacks: a fleet stack would hold 400 attendees"):
        WorkshopProps(attendees=ROSTER_400, fleet_stacks=1)
    with pytest.raises(PropsError, match=r"fleet_stacks: out of range, got 0"):
        WorkshopProps(attendees=ROSTER_400, fleet_stacks=0)


@pytest.fixture(scope="module")
def split_synth(tmp_path_factory) -> Synthesized:
    """What `make synth` writes for 400 attendees: the pool stack and three shares."""
    outdir = tmp_path_factory.mktemp("split-synth")
    cluster = cluster_props(dict(EXAMPLE_CLUSTER_SETTINGS), "built-in example", REPO)
    build_app(outdir, cluster, WorkshopProps(attendees=ROSTER_400)).synth()
    return Synthesized(outdir)


def test_split_fleet_keeps_the_pool_in_workshop_fleet_and_clusters_in_the_shares(split_synth):
    pool_stack = split_synth.stack(FLEET_STACK)
    assert set(pool_stack["resource"]) == {"databricks_instance_pool"}
    assert pool_stack["resource"]["databricks_instance_pool"]["workshop"]["max_capacity"] == 405
    shares = [n for n in split_synth.names() if n.startswith(f"{FLEET_STACK}-")]
    assert len(shares) == 3
    clusters = {}
    for name in shares:
        stack = split_synth.stack(name)
        assert "databricks_instance_pool" not in stack.get("resource", {})
        assert stack["data"]["databricks_instance_pool"]["workshop"]["name"] == (
            "claude-code-workshop-pool"
        )
        found = expand(stack, "databricks_cluster", "attendee")
        for cluster in found.values():
            assert cluster["instance_pool_id"] == "${data.databricks_instance_pool.workshop.id}"
            assert cluster["driver_instance_pool_id"] == cluster["instance_pool_id"]
        clusters.update(found)
        assert set(expand(stack, "databricks_permissions", "attendee")) == set(found)
        assert stack["output"]["login_command"]["value"].endswith(" --profile workshop")
    assert sorted(clusters) == sorted(a.key for a in ROSTER_400)


def test_split_fleet_shares_deploy_after_the_pool_and_the_policy(split_synth):
    manifest = json.loads((split_synth.outdir / "manifest.json").read_text())
    for name in ("workshop-fleet-01", "workshop-fleet-02", "workshop-fleet-03"):
        assert sorted(manifest["stacks"][name]["dependencies"]) == [FLEET_STACK, SHARED_STACK]


@pytest.mark.terraform
def test_a_share_of_a_split_fleet_plans_on_the_pool_found_by_name(synth_app, tfcheck):
    attendees = roster("ada@example.com\ngrace@example.com\nalan@example.com\n")

    def build(app):
        from coding_assistants.workshop.stacks import WorkshopFleetPartStack, WorkshopFleetStack

        props = WorkshopProps(attendees=attendees, fleet_stacks=2)
        WorkshopFleetStack(app, FLEET_STACK, props)
        for name, share in props.fleet_parts.items():
            WorkshopFleetPartStack(app, name, props, share)

    synth = synth_app(build, "workshop-split-small")
    planned: dict[str, dict] = {}
    for name in ("workshop-fleet-01", "workshop-fleet-02"):
        result = tfcheck("plan", str(synth.stack_dir(name)), "--compact", check=True)
        planned.update(json.loads(result.stdout)["resources"])
    clusters = {k: v for k, v in planned.items() if k.startswith("databricks_cluster.")}
    assert {v["single_user_name"] for v in clusters.values()} == {a.email for a in attendees}
    for cluster in clusters.values():
        assert cluster["instance_pool_id"] == "stub-id"  # the data source's id
    pool = tfcheck("plan", str(synth.stack_dir(FLEET_STACK)), "--compact", check=True)
    assert "databricks_instance_pool.workshop" in json.loads(pool.stdout)["resources"]
