"""The Terraform engine (tfcheck: terraform and a stub provider with the real schema) accepts
both workshop stacks, expands the per-attendee resources by attendee key, and leaves the
deploying user out of every access list and grant."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from coding_assistants.facts import DEFAULT_CLAUDE_MODEL
from coding_assistants.roster import load_roster, parse_roster
from coding_assistants.workshop.stacks import FLEET_STACK, SHARED_STACK
from tests.conftest import EXAMPLES
from tests.workshop.conftest import build_workshop, serving_endpoints_data

pytestmark = pytest.mark.terraform

DEPLOYER = "deployer@example.com"
"""On the roster; the stub's current user is made ``Deployer@Example.com`` (case differs)."""
MODEL_ENDPOINT, MODEL_ENDPOINT_ID = DEFAULT_CLAUDE_MODEL, "ep-0123"
"""The workspace's endpoint of the default model, as the stub lists it."""


@pytest.mark.parametrize("stack", [SHARED_STACK, FLEET_STACK])
def test_140_attendee_stack_is_valid_terraform(stack, big_synth, tfcheck):
    result = tfcheck("validate", str(big_synth.stack_dir(stack)))
    assert result.returncode == 0, result.stderr
    assert "The configuration is valid" in result.stdout


@pytest.fixture(scope="module")
def deployer_plans(synth_app, tfcheck, tmp_path_factory) -> dict[str, dict]:
    """One plan of each workshop stack (run side by side) for the example roster plus the
    deploying user, with the stub's current user set to that user."""
    attendees = load_roster(EXAMPLES / "attendees.example.txt") + parse_roster(DEPLOYER)
    synth = synth_app(build_workshop(attendees), "workshop-with-deployer")
    values = tmp_path_factory.mktemp("tfcheck") / "data-values.json"
    values.write_text(
        json.dumps(
            {
                "databricks_current_user": {"user_name": "Deployer@Example.com"},
                **serving_endpoints_data(**{MODEL_ENDPOINT: MODEL_ENDPOINT_ID}),
            }
        )
    )
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TFCHECK_DATA_VALUES", str(values))
        with ThreadPoolExecutor(2) as pool:
            runs = {
                stack: pool.submit(
                    tfcheck, "plan", str(synth.stack_dir(stack)), "--compact", check=True
                )
                for stack in (SHARED_STACK, FLEET_STACK)
            }
            return {stack: json.loads(run.result().stdout) for stack, run in runs.items()}


def test_fleet_plan_has_one_cluster_per_attendee_keyed_by_attendee(deployer_plans):
    plan = deployer_plans[FLEET_STACK]
    attendees = load_roster(EXAMPLES / "attendees.example.txt")
    for attendee in attendees:
        cluster = plan["resources"][f'databricks_cluster.attendee["{attendee.key}"]']
        assert cluster["single_user_name"] == attendee.email
        acl = plan["resources"][f'databricks_permissions.attendee["{attendee.key}"]']
        assert {"permission_level": "CAN_RESTART", "user_name": attendee.email} in acl[
            "access_control"
        ]
    assert set(plan["outputs"]["attendee_clusters"]) == {a.email for a in attendees} | {DEPLOYER}


def test_plans_leave_the_deploying_user_out_of_access_lists_and_grants(deployer_plans):
    shared, fleet = (
        deployer_plans[SHARED_STACK]["resources"],
        deployer_plans[FLEET_STACK]["resources"],
    )
    key = parse_roster(DEPLOYER)[0].key
    others = {a.email for a in load_roster(EXAMPLES / "attendees.example.txt")}
    # The deployer keeps a cluster; its access list names the facilitators only.
    assert fleet[f'databricks_cluster.attendee["{key}"]']["single_user_name"] == DEPLOYER
    assert fleet[f'databricks_permissions.attendee["{key}"]']["access_control"] == [
        {"group_name": "workshop-facilitators", "permission_level": "CAN_MANAGE"}
    ]
    policy_users = {
        e.get("user_name") for e in shared["databricks_permissions.policy"]["access_control"]
    }
    assert policy_users == others | {None}  # None: the facilitators' group
    for grant in ("attendee_catalog", "attendee_schema", "attendee_volume"):
        principals = {
            v["principal"] for a, v in shared.items() if a.startswith(f"databricks_grant.{grant}[")
        }
        assert principals == others, grant


def test_plans_give_the_attendees_can_query_on_the_model_endpoint(deployer_plans):
    acl = deployer_plans[SHARED_STACK]["resources"]["databricks_permissions.model_endpoint"]
    assert acl["serving_endpoint_id"] == MODEL_ENDPOINT_ID  # found by name among the endpoints
    others = {a.email for a in load_roster(EXAMPLES / "attendees.example.txt")}
    assert {e.get("user_name") for e in acl["access_control"]} == others | {None}
    assert {e["permission_level"] for e in acl["access_control"]} == {"CAN_QUERY"}
    assert {"group_name": "workshop-facilitators", "permission_level": "CAN_QUERY"} in acl[
        "access_control"
    ]


def test_fleet_plan_takes_the_driver_from_the_pool_and_starts_it_cold(deployer_plans):
    plan = deployer_plans[FLEET_STACK]
    cluster = plan["resources"]['databricks_cluster.attendee["grace_hopper__example_com"]']
    assert cluster["driver_instance_pool_id"] == cluster["instance_pool_id"]
    pool = plan["resources"]["databricks_instance_pool.workshop"]
    assert pool["min_idle_instances"] == 0


def test_shared_plan_stops_when_the_workspace_lacks_the_model_endpoint(synth_app, tfcheck):
    synth = synth_app(build_workshop(parse_roster("ada@example.com")), "workshop-one")
    result = tfcheck("plan", str(synth.stack_dir(SHARED_STACK)), "--compact")
    assert result.returncode != 0
    assert "Resource precondition failed" in result.stderr
    assert f"No serving endpoint named {MODEL_ENDPOINT}" in " ".join(result.stderr.split())


HAIKU = "databricks-claude-haiku-4-5"


def test_attendees_can_query_the_endpoint_of_each_model_alias(synth_app, tfcheck, tmp_path):
    """Background work runs on the haiku alias's endpoint: the attendees need CAN_QUERY there
    too, with the same list; without that endpoint the plan stops, naming it."""
    roster = parse_roster("ada@example.com\ngrace@example.com")
    settings = {"claude_haiku_model": HAIKU, "claude_small_fast_model": HAIKU}
    synth = synth_app(build_workshop(roster, **settings), "workshop-aliases")
    values = tmp_path / "data-values.json"
    endpoints = {MODEL_ENDPOINT: MODEL_ENDPOINT_ID, HAIKU: "ep-haiku"}
    values.write_text(json.dumps(serving_endpoints_data(**endpoints)))
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TFCHECK_DATA_VALUES", str(values))
        plan = json.loads(tfcheck("plan", str(synth.stack_dir(SHARED_STACK)), check=True).stdout)
    found = plan["resources"]
    alias = found["databricks_permissions.alias_endpoint_databricks_claude_haiku_4_5"]
    main = found["databricks_permissions.model_endpoint"]
    assert (alias["serving_endpoint_id"], main["serving_endpoint_id"]) == ("ep-haiku", "ep-0123")
    assert alias["access_control"] == main["access_control"]
    assert {e.get("user_name") for e in alias["access_control"]} == {
        "ada@example.com",
        "grace@example.com",
        None,
    }
    values.write_text(json.dumps(serving_endpoints_data(**{MODEL_ENDPOINT: MODEL_ENDPOINT_ID})))
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TFCHECK_DATA_VALUES", str(values))
        result = tfcheck("plan", str(synth.stack_dir(SHARED_STACK)), "--compact")
    assert result.returncode != 0
    assert f"No serving endpoint named {HAIKU}" in " ".join(result.stderr.split())
