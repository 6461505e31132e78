"""``cleanup --attendees``: the attendees' access that outlives the fleet (grants on the
script's catalog, schema and volume, CAN_USE on the policy, CAN_QUERY on the model's endpoint)
is removed, and only that: other principals, the caller, an attendee's other privileges and
every other securable are kept."""

from __future__ import annotations

import pytest

from tests.cli.fake_workspace import cluster

WORKSHOP = "claude-code-workshop"
ME = "facilitator@example.com"
VOLUME = ("volume", "main.default.coding_assistants_workshop")
POLICY = ("cluster-policies", "pol-1")
ENDPOINT = ("serving-endpoints", "ep-databricks-claude-sonnet-4-6")


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.txt"
    path.write_text(f"ada@example.com\nbob@example.com\n{ME}\n")
    return path


@pytest.fixture
def shared(workspace):
    """What workshop-shared granted, beside what others hold."""
    workspace.clusters = [cluster("c-1", f"{WORKSHOP}-x", Workshop=WORKSHOP)]
    workspace.grants = {
        ("catalog", "main"): {
            "ada@example.com": ["USE_CATALOG"],
            "bob@example.com": ["USE_CATALOG", "CREATE_SCHEMA"],
            ME: ["USE_CATALOG"],
            "data-team": ["USE_CATALOG"],
        },
        ("schema", "main.default"): {
            "ada@example.com": ["USE_SCHEMA"],
            "bob@example.com": ["USE_SCHEMA"],
        },
        VOLUME: {
            "ada@example.com": ["READ_VOLUME"],
            "bob@example.com": ["READ_VOLUME", "WRITE_VOLUME"],
        },
        ("volume", "main.default.other"): {"ada@example.com": ["READ_VOLUME"]},
    }
    workspace.policies = [
        {"policy_id": "pol-1", "name": f"{WORKSHOP}-policy"},
        {"policy_id": "pol-2", "name": "another-policy"},
    ]
    workspace.acls = {
        POLICY: {
            "group:workshop-facilitators": "CAN_USE",
            "ada@example.com": "CAN_USE",
            "bob@example.com": "CAN_USE",
            "carol@example.com": "CAN_USE",
        },
        ("cluster-policies", "pol-2"): {"ada@example.com": "CAN_USE"},
        ENDPOINT: {
            "group:workshop-facilitators": "CAN_QUERY",
            "ada@example.com": "CAN_QUERY",
            "bob@example.com": "CAN_MANAGE",
        },
    }
    return workspace


def test_cleanup_access_dry_run_lists_what_goes_and_what_stays(cli, shared, roster):
    code, out, _ = cli("cleanup", "--attendees", str(roster))

    assert code == 0, out
    assert "; remove 9 attendee access entries;" in out.splitlines()[0]
    assert f"Attendees' access ({roster}, 3):" in out
    assert "  USE_CATALOG on catalog main: would remove 2 attendees; keep 2 other entries" in out
    assert "  USE_SCHEMA on schema main.default: would remove 2 attendees; keep 0 other" in out
    assert (
        "  READ_VOLUME on volume main.default.coding_assistants_workshop: would remove 2 "
        "attendees; keep 0 other entries"
    ) in out
    assert f"  CAN_USE on policy {WORKSHOP}-policy: would remove 2 attendees; keep 2 other" in out
    assert (
        "  CAN_QUERY on serving endpoint databricks-claude-sonnet-4-6: would remove 1 attendee;"
    ) in out
    assert not [r for r in shared.requests if r.method in ("PUT", "PATCH")]


def test_cleanup_access_execute_removes_the_workshop_grants_only(cli, shared, roster):
    code, out, _ = cli("cleanup", "--attendees", str(roster), "--execute")

    assert code == 0, out
    assert shared.grants[("catalog", "main")] == {
        "ada@example.com": [],
        "bob@example.com": ["CREATE_SCHEMA"],  # not the workshop's: kept
        ME: ["USE_CATALOG"],  # the caller's own: kept
        "data-team": ["USE_CATALOG"],
    }
    assert shared.grants[VOLUME]["bob@example.com"] == ["WRITE_VOLUME"]
    assert shared.grants[("volume", "main.default.other")] == {"ada@example.com": ["READ_VOLUME"]}
    assert shared.acls[POLICY] == {
        "group:workshop-facilitators": "CAN_USE",
        "carol@example.com": "CAN_USE",
    }
    assert shared.acls[("cluster-policies", "pol-2")] == {"ada@example.com": "CAN_USE"}
    assert shared.acls[ENDPOINT] == {
        "group:workshop-facilitators": "CAN_QUERY",
        "bob@example.com": "CAN_MANAGE",  # more than the workshop grants: not its entry
    }
    assert f"  OK    CAN_USE on policy {WORKSHOP}-policy: removed for 2 attendees" in out
    # A second run finds the attendees' access gone.
    _, out, _ = cli("cleanup", "--attendees", str(roster))
    assert "remove" not in out.splitlines()[0]


def test_cleanup_access_batches_a_large_roster(cli, shared, tmp_path):
    emails = [f"a{i:04d}@example.com" for i in range(1000)]
    (tmp_path / "big.txt").write_text("\n".join(emails) + "\n")
    shared.grants[("catalog", "main")].update({e: ["USE_CATALOG"] for e in emails})

    code, _, _ = cli("cleanup", "--attendees", str(tmp_path / "big.txt"), "--execute")

    assert code == 0
    patches = shared.bodies("/api/2.1/unity-catalog/permissions/catalog/main")
    assert [len(b["changes"]) for b in patches if b] == [50] * 20
    assert not any(
        e in shared.grants[("catalog", "main")] and shared.grants[("catalog", "main")][e]
        for e in emails
    )


def test_cleanup_access_with_the_endpoint_left_to_a_group(cli, shared, roster, tmp_path):
    settings = tmp_path / "workshop.json"
    settings.write_text('{"serving_endpoint_query": "group:attendees"}')

    _, out, _ = cli("cleanup", "--attendees", str(roster), "--workshop-file", str(settings))

    assert "CAN_QUERY on serving endpoint" not in out


def test_cleanup_without_a_roster_says_the_access_was_not_checked(cli, shared):
    _, out, _ = cli("cleanup")

    assert "Attendees' access: not checked: give --attendees FILE" in out
    assert not [r for r in shared.requests if "permissions" in r.path]


def test_cleanup_access_reports_a_refused_read_and_changes_nothing(cli, shared, roster):
    shared.retry_after["/api/2.0/policies/clusters/list"] = ("", 1)  # a 429, not retried

    code, _, err = cli("cleanup", "--attendees", str(roster), "--execute")

    assert code == 1
    assert "cluster policies: HTTP 429" in err and "nothing was changed" in err
    assert not [r for r in shared.requests if r.method in ("PUT", "PATCH")]
