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


@pytest.mark.parametrize("stacks", [2, 3, 6])
def test_one_more_stack_moves_only_the_attendees_it_takes(stacks):
    before = split.split(ROSTER_400, stacks)
    after = split.split(ROSTER_400, stacks + 1)
    new = split.FLEET_PART_STACK.format(stacks + 1)
    moved = {a.key for name in before for a in set(before[name]) - set(after[name])}
    assert moved == {a.key for a in after[new]}  # all who moved went to the new stack
    share = len(ROSTER_400) / (stacks + 1)
    assert 0.7 * share <= len(moved) <= 1.3 * share  # about one in stacks + 1, not most


def test_one_stack_less_moves_only_the_attendees_of_the_last():
    before, after = split.split(ROSTER_400, 4), split.split(ROSTER_400, 3)
    stayed = {name: set(after[name]) & set(before[name]) for name in after}
    assert all(stayed[name] == set(before[name]) for name in after)


def test_the_jump_hash_is_uniform_and_fixed():
    counts = [0] * 7
    for seed in range(0, 7000 * 7919, 7919):
        counts[split.jump_bucket(seed * 0x9E3779B97F4A7C15 & (2**64 - 1), 7)] += 1
    assert all(850 <= c <= 1150 for c in counts), counts
    assert [split.jump_bucket(s, 1) for s in (0, 1, 2**64 - 1)] == [0, 0, 0]
    for seed, buckets, bucket in REFERENCE_JUMPS:
        assert split.jump_bucket(seed, buckets) == bucket, (seed, buckets)


REFERENCE_JUMPS = [
    (1, 1000, 549), (1, 7, 6), (1, 150, 55), (1, 3, 0),
    (2**32, 1000, 937), (2**32, 7, 2), (2**32, 150, 62), (2**32, 3, 2),
    (2**64 - 1, 1000, 313), (2**64 - 1, 7, 2), (2**64 - 1, 150, 92), (2**64 - 1, 3, 2),
    (0xDEADBEEF, 1000, 285), (0xDEADBEEF, 7, 5), (0xDEADBEEF, 150, 87),
    (12345678901234567, 1000, 368), (12345678901234567, 150, 5), (12345678901234567, 3, 0),
]  # fmt: skip
"""(seed, buckets, bucket) as the C++ function of Lamping and Veach's paper answers them
(compiled with gcc): a rewrite of ``jump_bucket`` that drifts from the published algorithm
would move attendees of deployed fleets."""


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
    # Every fleet stack has the quick start's login line, the pool's too.
    assert set(pool_stack["output"]) == {"instance_pool_id", "login_command"}
    assert pool_stack["output"]["login_command"]["value"] == (
        "databricks auth login --host ${data.databricks_current_user.me.workspace_url} "
        "--profile workshop"
    )
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
