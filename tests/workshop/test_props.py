"""Workshop props, settings and policy parts: no synthesis, milliseconds."""

from __future__ import annotations

import inspect
import json

import pytest

from coding_assistants.engine import ClusterInitScripts
from coding_assistants.props import PropsError
from coding_assistants.roster import Attendee, attendee_key, parse_roster
from coding_assistants.settings import SettingsError
from coding_assistants.workshop.parts import policy_props
from coding_assistants.workshop.policy import policy_definition, policy_parts, policy_rules
from coding_assistants.workshop.props import MAX_CLUSTER_NAME, WorkshopProps
from coding_assistants.workshop.settings import (
    load_workshop,
    uses_example_roster,
    workshop_props,
)
from tests.conftest import EXAMPLES, REPO
from tests.workshop.conftest import LOOK_ALIKES, big_roster_text

FIVE = parse_roster("\n".join(f"user{i}@example.com" for i in range(5)))


def test_workshop_props_defaults_are_the_documented_ones():
    props = WorkshopProps(attendees=FIVE)
    assert props.cluster_name_prefix == "claude-code-workshop"
    assert props.node_type_id is None
    assert props.pool_node_type == "Standard_DS3_v2"  # Azure's, with cloud null
    assert props.spark_version == "17.3.x-cpu-ml-scala2.13"
    assert props.autotermination_minutes == 60
    assert props.facilitators_group == "workshop-facilitators"
    assert (props.catalog_name, props.schema_name) == ("main", "default")
    # One identity creates every attendee's cluster: the fleet policy sets no per-user limit.
    assert props.policy_max_clusters_per_user is None
    assert props.pool_min_idle_instances == 0
    assert (props.pool_capacity_headroom, props.cli_profile) == (5, "workshop")
    assert props.serving_endpoint_query == "attendees"


def test_workshop_props_pool_follows_the_roster_when_not_set():
    props = WorkshopProps(attendees=FIVE)
    assert (props.pool_capacity, props.pool_min_idle) == (5 + 5, 0)  # 5 VMs of headroom, cold
    warm = WorkshopProps(attendees=FIVE, pool_min_idle_instances=None, pool_capacity_headroom=0)
    assert (warm.pool_capacity, warm.pool_min_idle) == (5, 5)
    sized = WorkshopProps(attendees=FIVE, pool_max_capacity=8, pool_min_idle_instances=2)
    assert (sized.pool_capacity, sized.pool_min_idle) == (8, 2)


def test_fails_when_pool_max_capacity_is_below_the_roster():
    with pytest.raises(
        PropsError,
        match=r"pool_max_capacity: smaller than the roster, got 4; expected null \(one per "
        r"attendee plus the headroom\) or at least 5, the number of attendees",
    ):
        WorkshopProps(attendees=FIVE, pool_max_capacity=4)


def test_fails_when_pool_min_idle_exceeds_the_roster():
    with pytest.raises(PropsError, match=r"pool_min_idle_instances: more warm VMs .* got 6; "):
        WorkshopProps(attendees=FIVE, pool_max_capacity=10, pool_min_idle_instances=6)


def test_fails_with_every_problem_at_once():
    with pytest.raises(PropsError) as raised:
        WorkshopProps(
            attendees=FIVE,
            autotermination_minutes=0,
            catalog_name="Main",
            tags={"Workshop": "x"},
            attendee_permission_level="OWNER",
            pool_max_capacity=1,
        )
    fields = [p.split(":")[0] for p in raised.value.problems]
    assert fields == [
        "catalog_name",
        "autotermination_minutes",
        "attendee_permission_level",
        "tags",
        "pool_max_capacity",
    ]
    assert "tags: reserved tag key, got {'Workshop': 'x'}; expected none of Attendee" in str(
        raised.value
    )


@pytest.mark.parametrize(
    ("attendees", "message"),
    [
        ((), r"attendees: empty roster, got \(\); expected at least one attendee"),
        (FIVE + FIVE[:1], r"attendees: duplicate email, got 'user0@example.com'"),
        (["user0@example.com"], r"attendees: wrong type"),
    ],
)
def test_fails_when_the_roster_is_not_usable(attendees, message):
    with pytest.raises(PropsError, match=message):
        WorkshopProps(attendees=attendees)


@pytest.mark.parametrize("key", ["workshop", "ATTENDEE", "managedby", "resourceClass"])
def test_fails_when_tags_hold_a_reserved_key_in_any_case(key):
    with pytest.raises(PropsError, match=rf"tags: reserved tag key, got {{'{key}': 'x'}}"):
        WorkshopProps(attendees=FIVE, tags={key: "x"})


@pytest.mark.parametrize(
    ("attendee", "message"),
    [
        (
            Attendee(email="${x}@example.com", key="x", line=1),
            r"attendees: invalid email \(the part before '@' may hold only .*\), "
            r"got '\$\{x\}@example.com'",
        ),
        (
            Attendee(email="Ada@example.com", key="ada__example_com", line=1),
            r"attendees: invalid email \(it has upper case\), got 'Ada@example.com'",
        ),
        (
            Attendee(email="ada@example.com", key="ada", line=1),
            r"attendees: key does not match the email, got 'ada'; expected 'ada__example_com'",
        ),
    ],
)
def test_fails_when_an_attendee_was_not_made_by_the_roster_parser(attendee, message):
    with pytest.raises(PropsError, match=message):
        WorkshopProps(attendees=(attendee,))


def test_workshop_props_ignore_roster_order():
    assert WorkshopProps(attendees=FIVE) == WorkshopProps(attendees=tuple(reversed(FIVE)))


def test_look_alike_emails_get_distinct_keys_and_cluster_names():
    attendees = parse_roster(big_roster_text())
    props = WorkshopProps(attendees=attendees)
    keys = {a.key for a in attendees}
    names = {props.cluster_name(a) for a in attendees}
    assert len(keys) == len(names) == len(attendees)
    assert len({attendee_key(e) for e in LOOK_ALIKES}) == 2


def test_cluster_names_stay_within_the_limit():
    long_email = f"{'a' * 60}-{'b' * 3}@{'sub.' * 20}example.com"
    props = WorkshopProps(attendees=parse_roster(long_email))
    name = props.cluster_name(props.attendees[0])
    assert len(name) == MAX_CLUSTER_NAME
    assert name.startswith("claude-code-workshop-aaaa")


def test_workshop_settings_file_unknown_key_gets_a_suggestion():
    with pytest.raises(SettingsError, match=r"pool_max_capacty: unknown input; did you mean"):
        workshop_props({"pool_max_capacty": 3}, "ws.json", REPO, FIVE)


def test_fails_when_settings_file_names_the_attendees():
    with pytest.raises(SettingsError, match=r"attendees: not a setting; the roster comes from"):
        workshop_props({"attendees": ["a@b.c"]}, "ws.json", REPO, FIVE)


def test_workshop_settings_errors_name_the_file_and_field(tmp_path):
    path = tmp_path / "ws.json"
    path.write_text(json.dumps({"pool_max_capacity": 2}))
    with pytest.raises(SettingsError) as raised:
        load_workshop(EXAMPLES / "attendees.example.txt", path)
    assert str(raised.value).startswith(f"{path}:\n  pool_max_capacity: smaller than the roster")


def test_example_workshop_settings_file_is_valid():
    props = load_workshop(None, EXAMPLES / "workshop.json")
    assert props.workshop_name == "claude-code-workshop-spring"
    assert props.pool_capacity == 150


def test_the_example_roster_is_recognised_however_it_is_given():
    assert uses_example_roster(load_workshop())
    assert uses_example_roster(load_workshop(EXAMPLES / "attendees.example.txt"))
    assert not uses_example_roster(WorkshopProps(attendees=FIVE))


def test_relative_init_script_path_is_taken_from_the_base_dir():
    props = workshop_props(
        {"init_script_source_path": "init_scripts/install-claude.sh"}, "ws.json", REPO, FIVE
    )
    assert props.init_script_source_path == str(REPO / "init_scripts" / "install-claude.sh")


def test_policy_parts_never_share_an_attribute():
    props = policy_props(WorkshopProps(attendees=FIVE))
    parts = policy_parts(props)
    assert sum(len(p) for p in parts.values()) == len(policy_rules(props))


def test_policy_definition_is_compact_json_with_sorted_keys():
    definition = policy_definition(policy_props(WorkshopProps(attendees=FIVE)))
    parsed = json.loads(definition)
    assert definition == json.dumps(parsed, sort_keys=True, separators=(",", ":"))
    assert parsed["data_security_mode"] == {"type": "fixed", "value": "SINGLE_USER"}
    assert parsed["autotermination_minutes"] == {"type": "fixed", "value": 60, "hidden": True}
    assert parsed["workload_type.clients.jobs"] == {"type": "fixed", "value": True}
    assert parsed["init_scripts.0.volumes.destination"]["value"] == (
        "/Volumes/main/default/coding_assistants_workshop/install-claude.sh"
    )


def test_policy_forbids_a_further_init_script_of_every_provider_type():
    rules = policy_rules(policy_props(WorkshopProps(attendees=FIVE)))
    provider_types = set(inspect.signature(ClusterInitScripts.__init__).parameters) - {"self"}
    wildcards = {path: rule for path, rule in rules.items() if path.startswith("init_scripts.*")}
    assert wildcards == {
        f"init_scripts.*.{kind}.destination": {"type": "forbidden"} for kind in provider_types
    }
    indexed = {path for path in rules if path.startswith("init_scripts.") and path not in wildcards}
    assert indexed == {"init_scripts.0.volumes.destination"}
    assert rules["init_scripts.0.volumes.destination"]["type"] == "fixed"


def test_fails_when_the_runtime_is_too_old_for_databricks_ssh():
    with pytest.raises(
        PropsError,
        match=r"spark_version: runtime too old for databricks ssh, got '16.4.x-scala2.12'; "
        r"expected Databricks Runtime 17.0 or newer",
    ):
        WorkshopProps(attendees=FIVE, spark_version="16.4.x-scala2.12")
