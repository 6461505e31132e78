"""A split fleet's Unity Catalog grants leave ``workshop-shared`` for ``workshop-shared-NN``,
one per share of the fleet with the same attendees, deployed after ``workshop-shared``."""

from __future__ import annotations

import json

import pytest

from coding_assistants.app import build_app
from coding_assistants.facts import SHARED_STACK
from coding_assistants.settings import EXAMPLE_CLUSTER_SETTINGS, cluster_props
from coding_assistants.workshop import split
from coding_assistants.workshop.props import WorkshopProps
from tests.conftest import REPO, Synthesized
from tests.workshop.conftest import big_roster_text, expand, roster

ROSTER_400 = roster(big_roster_text(400), "roster-400.txt")
GRANTS = ("attendee_catalog", "attendee_schema", "attendee_volume")
BUNDLE = "/Volumes/tools/offline/bundles/claude-bundle.tar.gz"
"""An offline bundle outside the script's catalog: three more grants per attendee."""
SPLIT_PROPS = {
    "attendees": ROSTER_400,
    "offline_bundle_path": BUNDLE,
    "offline_bundle_sha256": "ab" * 32,
    "claude_code_version": "2.1.332",
}


def test_up_to_150_attendees_keep_their_grants_in_workshop_shared():
    assert WorkshopProps(attendees=ROSTER_400[:150]).grant_parts == {}


def test_grant_stacks_hold_the_attendees_of_the_fleet_stack_with_the_same_number():
    props = WorkshopProps(attendees=ROSTER_400)
    grants, fleet = props.grant_parts, props.fleet_parts
    assert list(grants) == ["workshop-shared-01", "workshop-shared-02", "workshop-shared-03"]
    assert list(grants.values()) == list(fleet.values())
    keys = [a.key for share in grants.values() for a in share]
    assert sorted(keys) == sorted(a.key for a in ROSTER_400)  # each attendee exactly once


def test_adding_an_attendee_changes_one_grant_stack_only():
    late = roster("late.comer@example.com")
    before = split.split_grants(ROSTER_400, 3)
    after = split.split_grants(ROSTER_400 + late, 3)
    changed = [name for name in before if before[name] != after[name]]
    assert len(changed) == 1
    assert set(after[changed[0]]) - set(before[changed[0]]) == set(late)
    assert changed[0][-2:] == f"{split.part_of(late[0].key, 3) + 1:02d}"


@pytest.fixture(scope="module")
def split_synth(tmp_path_factory) -> Synthesized:
    """What `make synth` writes for 400 attendees with an offline bundle."""
    outdir = tmp_path_factory.mktemp("shared-split-synth")
    cluster = cluster_props(dict(EXAMPLE_CLUSTER_SETTINGS), "built-in example", REPO)
    props = WorkshopProps(**SPLIT_PROPS)
    build_app(outdir, cluster, props).synth()
    return Synthesized(outdir)


def test_split_shared_stack_keeps_script_policy_and_acls_but_no_grants(split_synth):
    shared = split_synth.stack(SHARED_STACK)
    assert "databricks_grant" not in shared["resource"]
    assert set(shared["resource"]) == {
        "databricks_volume", "databricks_file", "databricks_cluster_policy",
        "databricks_permissions",
    }  # fmt: skip
    assert len(shared["locals"]["attendees"]) == 400  # the policy ACL still names everyone


def test_each_grant_stack_grants_its_share_on_the_script_and_bundle(split_synth):
    props = WorkshopProps(**SPLIT_PROPS)
    for name, share in props.grant_parts.items():
        grants = split_synth.stack(name)["resource"]["databricks_grant"]
        assert set(grants) == set(GRANTS) | {
            f"attendee_bundle_{s}" for s in props.bundle_securables
        }
        stack = split_synth.stack(name)
        volume = expand(stack, "databricks_grant", "attendee_volume")
        assert set(volume) == {a.key for a in share}
        assert {g["volume"] for g in volume.values()} == {props.volume_full_name}
        bundle = expand(stack, "databricks_grant", "attendee_bundle_volume")
        assert {g["volume"] for g in bundle.values()} == {"tools.offline.bundles"}
        assert {g["principal"] for g in bundle.values()} == {a.email for a in share}


def test_grant_stacks_deploy_after_workshop_shared(split_synth):
    manifest = json.loads((split_synth.outdir / "manifest.json").read_text())
    for name in ("workshop-shared-01", "workshop-shared-02", "workshop-shared-03"):
        assert manifest["stacks"][name]["dependencies"] == [SHARED_STACK]


@pytest.mark.terraform
def test_grant_stacks_validate_and_plan_leaving_out_the_deployer(
    synth_app, tfcheck, tmp_path, monkeypatch
):
    from coding_assistants.workshop.stacks import WorkshopSharedPartStack

    attendees = roster("ada@example.com\ngrace@example.com\nalan@example.com\nme@example.com\n")
    props = WorkshopProps(attendees=attendees, fleet_stacks=2)

    def build(app):
        for name, share in props.grant_parts.items():
            WorkshopSharedPartStack(app, name, props, share)

    synth = synth_app(build, "workshop-grants-small")
    values = tmp_path / "data-values.json"
    values.write_text(json.dumps({"databricks_current_user": {"user_name": "Me@Example.com"}}))
    monkeypatch.setenv("TFCHECK_DATA_VALUES", str(values))
    planned: dict[str, dict] = {}
    for name in props.grant_parts:
        result = tfcheck("validate", str(synth.stack_dir(name)))
        assert "The configuration is valid" in result.stdout, result.stderr
        plan = tfcheck("plan", str(synth.stack_dir(name)), "--compact", check=True)
        planned.update(json.loads(plan.stdout)["resources"])
    for grant, privilege in zip(GRANTS, ("USE_CATALOG", "USE_SCHEMA", "READ_VOLUME"), strict=True):
        found = {a: v for a, v in planned.items() if a.startswith(f"databricks_grant.{grant}[")}
        assert {v["principal"] for v in found.values()} == {
            "ada@example.com", "grace@example.com", "alan@example.com"
        }  # fmt: skip
        assert {tuple(v["privileges"]) for v in found.values()} == {(privilege,)}
