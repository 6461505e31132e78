"""The workshop stacks: snapshots for the example roster, and the intent behind them, at the
example's size and at 140 attendees."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coding_assistants import policy
from coding_assistants.roster import load_roster
from coding_assistants.workshop.parts import policy_props
from coding_assistants.workshop.policy import policy_rules
from coding_assistants.workshop.props import WorkshopProps
from coding_assistants.workshop.settings import load_workshop
from coding_assistants.workshop.stacks import FLEET_STACK, SHARED_STACK
from tests.conftest import EXAMPLES, REPO, mask_machine_values
from tests.workshop.conftest import FIXED_POOL, build_workshop, expand, local_value

EXAMPLE_ROSTER = load_roster(EXAMPLES / "attendees.example.txt")
CLUSTER = ("databricks_cluster", "attendee")
CLUSTER_ACL = ("databricks_permissions", "attendee")
GRANTS = ("attendee_catalog", "attendee_schema", "attendee_volume")
DEPLOYER_ENTRY = {  # the attendee's entry of a cluster's access list, empty for the deployer
    "for_each": "${each.value.single_user_name == local.deployer ? [] : "
    "[each.value.single_user_name]}",
    "content": {"permission_level": "CAN_RESTART", "user_name": "${access_control.value}"},
}


def resources(stack: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every resource and data source by address, without cdktf's metadata."""
    found = {}
    for kind, prefix in (("resource", ""), ("data", "data.")):
        for rtype, blocks in stack.get(kind, {}).items():
            for name, block in blocks.items():
                found[f"{prefix}{rtype}.{name}"] = {k: v for k, v in block.items() if k != "//"}
    return found


# -- the example roster (what `make synth` writes) ------------------------------------------


def test_make_synth_writes_both_workshop_stacks(default_synth):
    assert {SHARED_STACK, FLEET_STACK} <= set(default_synth.names())


def test_shared_stack_matches_snapshot(default_synth, snapshot_json):
    assert mask_machine_values(default_synth.stack(SHARED_STACK)) == snapshot_json


def test_fleet_stack_matches_snapshot(default_synth, snapshot_json):
    assert mask_machine_values(default_synth.stack(FLEET_STACK)) == snapshot_json


def test_example_roster_gets_one_of_everything_per_attendee(default_synth):
    keys = {a.key for a in EXAMPLE_ROSTER}
    shared, fleet = default_synth.stack(SHARED_STACK), default_synth.stack(FLEET_STACK)
    assert set(expand(fleet, *CLUSTER)) == keys
    assert set(expand(fleet, *CLUSTER_ACL)) == keys
    for grant in GRANTS:
        assert set(expand(shared, "databricks_grant", grant)) == keys


def test_example_roster_keeps_its_own_state_files(default_synth):
    for name in (SHARED_STACK, FLEET_STACK):
        backend = default_synth.stack(name)["terraform"]["backend"]["local"]
        assert backend == {"path": f"../../../terraform.{name}.example.tfstate"}, name


def test_stacks_refer_to_each_other_by_name_and_path_only(default_synth):
    shared, fleet = default_synth.stack(SHARED_STACK), default_synth.stack(FLEET_STACK)
    policy = shared["resource"]["databricks_cluster_policy"]["workshop"]
    assert fleet["data"]["databricks_cluster_policy"]["workshop"]["name"] == policy["name"]
    destination = json.loads(policy["definition"])["init_scripts.0.volumes.destination"]["value"]
    volume = shared["resource"]["databricks_volume"]["init_scripts"]
    script = "install-claude.sh"
    assert destination == (
        f"/Volumes/{volume['catalog_name']}/{volume['schema_name']}/{volume['name']}/{script}"
    )
    text = json.dumps(fleet) + json.dumps(shared)
    assert "terraform_remote_state" not in text
    assert str(REPO) not in text and "/tmp/" not in text


def test_example_settings_file_reaches_the_stacks(synth_app):
    props = load_workshop(None, EXAMPLES / "workshop.json", REPO)
    synth = synth_app(build_workshop(props.attendees, **props.values), "workshop-example-file")
    fleet = synth.stack(FLEET_STACK)
    pool = fleet["resource"]["databricks_instance_pool"]["workshop"]
    assert pool["node_type_id"] == "Standard_DS4_v2"
    assert (pool["max_capacity"], pool["min_idle_instances"]) == (150, 0)
    assert pool["custom_tags"] == {"Purpose": "training", "CostCenter": "enablement"}
    assert "--profile %s" in fleet["output"]["ssh_setup_commands"]["value"]
    assert '"claude-spring")' in fleet["output"]["ssh_setup_commands"]["value"]
    assert fleet["output"]["login_command"]["value"] == (
        "databricks auth login --host ${data.databricks_current_user.me.workspace_url} "
        "--profile claude-spring"
    )
    for instance in expand(fleet, *CLUSTER).values():
        assert instance["cluster_name"].startswith("ccw-")
        assert instance["spark_env_vars"]["CLAUDE_MODEL"] == "databricks-claude-sonnet-4-6"
        assert "CLAUDE_SERVING_ENDPOINT" not in instance["spark_env_vars"]  # the default route
        assert "CLAUDE_API_ROUTE" not in instance["spark_env_vars"]
        env = instance["spark_env_vars"]
        assert (
            policy.decode(env["CLAUDE_POLICY"])
            == json.loads((EXAMPLES / "workshop.json").read_text())["claude_policy"]
        )
        assert (env["CLAUDE_MCP_SQL"], env["CLAUDE_MCP_LOCKED"]) == ("true", "true")
    grants = synth.stack(SHARED_STACK)["resource"]["databricks_grant"]
    assert grants["attendee_schema"]["schema"] == "workshops.claude_code"
    endpoint = synth.stack(SHARED_STACK)["resource"]["databricks_permissions"]["model_endpoint"]
    assert endpoint["access_control"] == [
        {"group_name": "claude-workshop-attendees", "permission_level": "CAN_QUERY"},
        {"group_name": "claude-workshop-facilitators", "permission_level": "CAN_QUERY"},
    ]
    assert "dynamic" not in endpoint  # the group, not each attendee


# -- 140 attendees ------------------------------------------------------------------------


def test_140_attendees_get_140_dedicated_clusters_on_the_pool_and_policy(big_synth, big_roster):
    clusters = expand(big_synth.stack(FLEET_STACK), *CLUSTER)
    assert len(clusters) == 140
    emails = {a.key: a.email for a in big_roster}
    for key, cluster in clusters.items():
        assert cluster["single_user_name"] == emails[key]
        assert cluster["data_security_mode"] == "SINGLE_USER"
        assert cluster["instance_pool_id"] == "${databricks_instance_pool.workshop.id}"
        assert cluster["policy_id"] == "${data.databricks_cluster_policy.workshop.id}"
        assert cluster["custom_tags"]["Attendee"] == emails[key]
        assert "node_type_id" not in cluster  # conflicts with the pool
    assert {c["single_user_name"] for c in clusters.values()} == set(emails.values())


def test_every_attendee_cluster_tells_the_node_its_workspace_url(big_synth):
    clusters = expand(big_synth.stack(FLEET_STACK), *CLUSTER)
    assert clusters
    for instance in clusters.values():
        host = instance["spark_env_vars"]["DATABRICKS_HOST"]
        assert host == "${data.databricks_current_user.me.workspace_url}"


def test_140_clusters_each_have_permissions_for_the_attendee_and_facilitators(big_synth):
    fleet = big_synth.stack(FLEET_STACK)
    clusters = expand(fleet, *CLUSTER)
    acls = expand(fleet, *CLUSTER_ACL)
    assert set(acls) == set(clusters)
    for key, acl in acls.items():
        assert acl["cluster_id"] == f"(cluster_id of {key})"
        assert acl["access_control"] == [
            {"group_name": "workshop-facilitators", "permission_level": "CAN_MANAGE"},
        ]
        assert acl["dynamic"] == {"access_control": DEPLOYER_ENTRY}


def test_140_attendees_get_the_grants_and_the_policy(big_synth, big_roster):
    shared = big_synth.stack(SHARED_STACK)
    emails = {a.email for a in big_roster}
    privileges = {}
    for grant in GRANTS:
        instances = expand(shared, "databricks_grant", grant)
        assert {g["principal"] for g in instances.values()} == emails
        privileges[grant] = {p for g in instances.values() for p in g["privileges"]}
    assert privileges == {
        "attendee_catalog": {"USE_CATALOG"},
        "attendee_schema": {"USE_SCHEMA"},
        "attendee_volume": {"READ_VOLUME"},
    }
    acl = shared["resource"]["databricks_permissions"]["policy"]
    assert acl["access_control"] == [
        {"group_name": "workshop-facilitators", "permission_level": "CAN_USE"}
    ]
    assert acl["dynamic"]["access_control"] == {
        "for_each": "${local.grantees}",
        "content": {"permission_level": "CAN_USE", "user_name": "${access_control.value}"},
    }
    assert set(local_value(shared, "grantees").values()) == emails


def test_the_deployer_on_the_roster_keeps_a_cluster_but_gets_no_grant_or_entry(
    big_synth, big_roster
):
    """Terraform's own filtering is shown by the plan in test_terraform.py; this pins the
    expressions and what they leave out."""
    shared, fleet = big_synth.stack(SHARED_STACK), big_synth.stack(FLEET_STACK)
    deployer = big_roster[7]
    assert (
        shared["locals"]["deployer"]
        == fleet["locals"]["deployer"]
        == ("${lower(data.databricks_current_user.me.user_name)}")
    )
    assert set(shared["data"]["databricks_current_user"]) == {"me"}
    assert set(fleet["data"]["databricks_current_user"]) == {"me"}
    others = {a.key for a in big_roster} - {deployer.key}
    for grant in GRANTS:
        assert set(expand(shared, "databricks_grant", grant, deployer.email)) == others
    assert set(local_value(shared, "grantees", deployer.email)) == others
    assert deployer.key in expand(fleet, *CLUSTER, deployer.email)
    assert set(expand(fleet, *CLUSTER_ACL, deployer.email)) == others | {deployer.key}


def test_140_attendees_get_a_cold_pool_with_room_for_facilitators(big_synth):
    pool = big_synth.stack(FLEET_STACK)["resource"]["databricks_instance_pool"]["workshop"]
    # 140 attendees and 5 VMs of headroom; no warm VM until `coding-assistants pool warm`.
    assert (pool["max_capacity"], pool["min_idle_instances"]) == (145, 0)
    assert pool["lifecycle"] == {"ignore_changes": ["min_idle_instances"]}
    assert pool["preloaded_spark_versions"] == ["17.3.x-cpu-ml-scala2.13"]


def test_every_cluster_takes_driver_and_worker_from_the_pool(big_synth):
    clusters = expand(big_synth.stack(FLEET_STACK), *CLUSTER)
    for cluster in clusters.values():
        assert cluster["driver_instance_pool_id"] == cluster["instance_pool_id"]
        assert cluster["instance_pool_id"] == "${databricks_instance_pool.workshop.id}"


def _policy_value(cluster: dict[str, Any], path: str) -> Any:
    """The cluster's value at a policy attribute path (maps take the rest as one key)."""
    head, _, rest = path.partition(".")
    if head in ("spark_conf", "custom_tags", "spark_env_vars"):
        return cluster.get(head, {}).get(rest, KeyError(path))
    value: Any = cluster
    for part in path.split("."):
        if isinstance(value, list):
            value = value[int(part)] if int(part) < len(value) else KeyError(path)
        elif isinstance(value, dict):
            value = value.get(part, KeyError(path))
    return value


def test_every_cluster_obeys_every_policy_rule(big_synth, big_roster):
    rules = policy_rules(policy_props(WorkshopProps(attendees=big_roster)))
    clusters = expand(big_synth.stack(FLEET_STACK), *CLUSTER)
    for key, cluster in clusters.items():
        assert len(cluster["init_scripts"]) == 1, key  # nothing beside the fixed script
        for path, rule in rules.items():
            if path == "cluster_type" or "*" in path:
                continue  # virtual, and checked above
            value = _policy_value(cluster, path)
            if rule["type"] == "fixed":
                assert value == rule["value"], (key, path)
            elif rule["type"] == "forbidden":
                assert isinstance(value, KeyError), (key, path)
            else:  # required, any value
                assert not isinstance(value, KeyError), (key, path)


# -- one attendee fewer ---------------------------------------------------------------------


def test_removing_one_attendee_changes_no_other_resource(removal_pair):
    before, after, removed = removal_pair
    pool = resources(before.stack(FLEET_STACK))["databricks_instance_pool.workshop"]
    sizes = {"max_capacity": FIXED_POOL["pool_max_capacity"]}
    sizes["min_idle_instances"] = FIXED_POOL["pool_min_idle_instances"]
    assert {k: pool[k] for k in sizes} == sizes  # the pool does not follow the roster here
    old_locals, new_locals = (
        before.stack(SHARED_STACK)["locals"],
        after.stack(SHARED_STACK)["locals"],
    )
    roster = {k: v for k, v in old_locals["attendees"].items() if k != removed.key}
    assert removed.key in old_locals["attendees"]
    assert new_locals == {**old_locals, "attendees": roster}  # the roster is the only change
    for name in (SHARED_STACK, FLEET_STACK):
        old, new = resources(before.stack(name)), resources(after.stack(name))
        assert old.keys() == new.keys(), name
        for address, block in old.items():
            if "for_each" in block and isinstance(block["for_each"], dict):
                kept = {k: v for k, v in block["for_each"].items() if k != removed.key}
                assert removed.key in block["for_each"], address
                assert new[address]["for_each"] == kept, address
                assert {**new[address], "for_each": None} == {**block, "for_each": None}, address
            else:  # policy permissions and grants iterate over local.grantees: unchanged
                assert new[address] == block, address


@pytest.mark.parametrize("stack", [SHARED_STACK, FLEET_STACK])
def test_addresses_never_depend_on_list_position(big_synth, stack):
    for block in resources(big_synth.stack(stack)).values():
        for_each = block.get("for_each")
        assert "count" not in block
        assert for_each is None or isinstance(for_each, dict | str)


def test_ai_gateway_route_reaches_every_attendee_cluster(synth_app):
    attendees = load_roster(EXAMPLES / "attendees.example.txt")
    synth = synth_app(
        build_workshop(attendees, claude_api_route="ai-gateway", serving_endpoint_query="none"),
        "workshop-ai-gateway",
    )
    for instance in expand(synth.stack(FLEET_STACK), *CLUSTER).values():
        assert instance["spark_env_vars"]["CLAUDE_API_ROUTE"] == "ai-gateway"


def test_offline_bundle_reaches_every_cluster_and_attendees_may_read_it(synth_app):
    attendees = load_roster(EXAMPLES / "attendees.example.txt")
    bundle = "/Volumes/main/tools/offline/claude-2.1.332"
    props = build_workshop(
        attendees,
        offline_bundle_path=bundle,
        offline_bundle_sha256="ab" * 32,
        claude_code_version="2.1.332",
    )
    synth = synth_app(props, "workshop-offline")
    for instance in expand(synth.stack(FLEET_STACK), *CLUSTER).values():
        assert instance["spark_env_vars"]["OFFLINE_BUNDLE_PATH"] == bundle
        assert instance["spark_env_vars"]["OFFLINE_BUNDLE_SHA256"] == "ab" * 32
    shared = synth.stack(SHARED_STACK)
    grants = shared["resource"]["databricks_grant"]
    # The script's volume is in main.default: the catalog grant is shared, schema and volume not.
    assert "attendee_bundle_catalog" not in grants
    schema = expand(shared, "databricks_grant", "attendee_bundle_schema")
    volume = expand(shared, "databricks_grant", "attendee_bundle_volume")
    emails = {a.email for a in attendees}
    assert {g["principal"] for g in volume.values()} <= emails and volume
    assert {g["schema"] for g in schema.values()} == {"main.tools"}
    assert {tuple(g["privileges"]) for g in schema.values()} == {("USE_SCHEMA",)}
    assert {g["volume"] for g in volume.values()} == {"main.tools.offline"}
    assert {tuple(g["privileges"]) for g in volume.values()} == {("READ_VOLUME",)}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/Volumes/MAIN/Default/Coding_Assistants_Workshop/bundle", {}),
        ("/Volumes/Main/Tools/Offline/b", {"schema": "main.tools", "volume": "main.tools.offline"}),
        (
            "/Volumes/Tools/Offline/B/claude",
            {"catalog": "tools", "schema": "tools.offline", "volume": "tools.offline.b"},
        ),
    ],
)
def test_bundle_grants_name_securables_as_unity_catalog_stores_them(path, expected):
    """Unity Catalog names are case-insensitive and stored lowercase: a path spelt in capitals
    gets no second grant on what the script's grants cover, and no name Terraform would see
    change on every plan."""
    attendees = load_roster(EXAMPLES / "attendees.example.txt")
    props = WorkshopProps(
        attendees=attendees,
        offline_bundle_path=path,
        offline_bundle_sha256="ab" * 32,
        claude_code_version="2.1.332",
    )
    assert (props.catalog_name, props.schema_name) == ("main", "default")
    assert props.volume_name == "coding_assistants_workshop"
    assert props.bundle_securables == expected


def test_no_bundle_grants_without_a_bundle(default_synth):
    grants = default_synth.stack(SHARED_STACK)["resource"]["databricks_grant"]
    assert not any(name.startswith("attendee_bundle_") for name in grants)
