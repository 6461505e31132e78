"""The Terraform engine (tfcheck: terraform and a stub provider with the real schema) accepts
both workshop stacks, and expands the per-attendee resources by attendee key."""

from __future__ import annotations

import json

import pytest

from coding_assistants.roster import load_roster
from coding_assistants.workshop.stacks import FLEET_STACK, SHARED_STACK
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.terraform


@pytest.mark.parametrize("stack", [SHARED_STACK, FLEET_STACK])
def test_140_attendee_stack_is_valid_terraform(stack, big_synth, tfcheck):
    result = tfcheck("validate", str(big_synth.stack_dir(stack)))
    assert result.returncode == 0, result.stderr
    assert "The configuration is valid" in result.stdout


def test_fleet_plan_has_one_cluster_per_attendee_keyed_by_attendee(default_synth, tfcheck):
    result = tfcheck("plan", str(default_synth.stack_dir(FLEET_STACK)), "--compact", check=True)
    plan = json.loads(result.stdout)
    attendees = load_roster(EXAMPLES / "attendees.example.txt")
    for attendee in attendees:
        cluster = plan["resources"][f'databricks_cluster.attendee["{attendee.key}"]']
        assert cluster["single_user_name"] == attendee.email
        acl = plan["resources"][f'databricks_permissions.attendee["{attendee.key}"]']
        assert {"permission_level": "CAN_RESTART", "user_name": attendee.email} in acl[
            "access_control"
        ]
    assert set(plan["outputs"]["attendee_clusters"]) == {a.email for a in attendees}
