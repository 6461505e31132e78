"""``coding-assistants users add``: the roster's missing users created and inactive ones
activated through SCIM; a dry run by default, every change listed first, a bound on how many."""

from __future__ import annotations

import pytest

USERS = "/api/2.0/preview/scim/v2/Users"


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.txt"
    path.write_text("ada@example.com\nbob@example.com\ncy@example.com  # late\ndee@example.com\n")
    return path


@pytest.fixture
def some_missing(workspace):
    workspace.users = {"ada@example.com": True, "cy@example.com": False}
    return workspace


def _writes(state) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in state.requests if r.method in ("POST", "PATCH")]


def test_users_add_is_a_dry_run_that_lists_every_change(cli, some_missing, roster):
    code, out, _ = cli("users", "add", "--attendees", str(roster))

    assert code == 0
    assert f"Roster:    {roster}: 4 attendees, 2 missing, 1 inactive" in out
    assert "Changes (dry run: nothing is changed):" in out
    changes = [line.strip() for line in out.splitlines() if line.startswith("  ") and "@" in line]
    assert changes == [
        "create    bob@example.com",
        "activate  cy@example.com",
        "create    dee@example.com",
    ]
    assert "To create 2 and activate 1 users, run again with --execute." in out
    assert _writes(some_missing) == []


def test_users_add_execute_creates_and_activates(cli, some_missing, roster):
    code, out, err = cli("users", "add", "--attendees", str(roster), "--execute")

    assert code == 0, err
    assert some_missing.users == {
        "ada@example.com": True,
        "cy@example.com": True,
        "bob@example.com": True,
        "dee@example.com": True,
    }
    created = [b for b in some_missing.bodies(USERS) if b]
    assert sorted(b["userName"] for b in created) == ["bob@example.com", "dee@example.com"]
    assert all(b["schemas"] == ["urn:ietf:params:scim:schemas:core:2.0:User"] for b in created)
    assert some_missing.bodies(f"{USERS}/u-cy@example.com")[0]["Operations"] == [
        {"op": "replace", "path": "active", "value": True}
    ]
    assert "  OK    cy@example.com: activated" in out
    assert "3 done, 0 failed." in out

    code, out, _ = cli("users", "add", "--attendees", str(roster))  # a second run: nothing

    assert "nothing to change" in out


def test_users_add_reads_the_file_preflight_wrote(
    cli, some_missing, roster, tmp_path, databricks_cli
):
    databricks_cli()
    missing = tmp_path / "missing.txt"
    cli("preflight", "--attendees", str(roster), "--missing-users", str(missing))

    code, out, _ = cli("users", "add", "--attendees", str(missing), "--execute")

    assert code == 0
    assert "3 done, 0 failed." in out


def test_users_add_stops_at_the_bound(cli, some_missing, roster):
    code, out, err = cli("users", "add", "--attendees", str(roster), "--max", "2", "--execute")

    assert code == 2
    assert "3 changes, more than --max 2" in err
    assert "create    dee@example.com" in out  # still shown
    assert _writes(some_missing) == []


def test_users_add_reports_a_refusal_per_user(cli, some_missing, roster):
    some_missing.users_create_status = 403

    code, out, _ = cli("users", "add", "--attendees", str(roster), "--execute")

    assert code == 1
    assert "  FAIL  bob@example.com: HTTP 403: PERMISSION_DENIED: only admins" in out
    assert "1 done, 2 failed." in out


def test_users_add_needs_a_roster(cli, workspace):
    code, _, err = cli("users", "add")

    assert code == 2
    assert "give --attendees FILE" in err
    assert workspace.requests == []
