"""``preflight --attendees``: every attendee looked up in the workspace, a batch at a time."""

from __future__ import annotations

import csv
import io
import json
import math
import re

import pytest

from coding_assistants.cli.services import membership
from coding_assistants.roster import parse_roster

USERS = membership.USERS_PATH
TIMEOUT = "5"


def _row(out: str) -> tuple[str, str]:
    match = re.search(r"^attendees\s+(OK|FAIL|SKIP)\s+(.*)$", out, re.MULTILINE)
    assert match, out
    return match[1], match[2]


def _roster(tmp_path, emails: list[str], header: str = "# the workshop\n\n"):
    path = tmp_path / "roster.txt"
    path.write_text(header + "\n".join(emails) + "\n")
    return path


def test_hundreds_of_attendees_take_a_few_requests_and_absent_ones_are_listed_in_order(
    cli, workspace, databricks_cli, tmp_path
):
    databricks_cli()
    emails = [f"attendee{n:03d}@example.com" for n in range(320)]
    path = _roster(tmp_path, emails)  # two header lines: attendee N is on line N + 3
    workspace.users = {e: True for e in emails}
    for gone in (250, 7, 199):
        del workspace.users[emails[gone]]
    workspace.users[emails[42]] = False
    del workspace.users[emails[300]]
    workspace.users[emails[300].upper()] = True  # SCIM names compare without regard to case

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", TIMEOUT)

    assert code == 1
    assert _row(out) == ("FAIL", _row(out)[1])
    assert "3 missing, 1 inactive of 320: listed below" in _row(out)[1]
    listed = [
        line.strip()
        for line in out.splitlines()
        if " is not a user" in line or " is inactive" in line
    ]
    assert listed == [
        f"{path}: line 10: attendee007@example.com is not a user of the workspace",
        f"{path}: line 45: attendee042@example.com is inactive in the workspace",
        f"{path}: line 202: attendee199@example.com is not a user of the workspace",
        f"{path}: line 253: attendee250@example.com is not a user of the workspace",
    ]
    queries = workspace.queries(USERS)
    assert len(queries) == math.ceil(320 / membership.BATCH_USERS) < 320 / 30
    asked = [n for q in queries for n in re.findall(r'"([^"]+)"', q["filter"][0])]
    assert asked == emails  # each attendee once, in roster order
    assert all(q["attributes"] == ["userName,active"] for q in queries)


def test_all_present_is_ok(cli, workspace, databricks_cli, tmp_path):
    databricks_cli()
    path = _roster(tmp_path, ["Ada@Example.com", "bob@example.com"])
    workspace.users = {"ada@example.com": True, "BOB@example.com": True}

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", TIMEOUT)

    assert code == 0, out
    assert _row(out) == ("OK", "all 2 are active users of the workspace")


def test_long_emails_make_smaller_batches():
    emails = [f"{'x' * 200}{n}@example.com" for n in range(30)]
    attendees = parse_roster("\n".join(emails))

    groups = list(membership.batches(attendees))

    assert [a for g in groups for a in g] == list(attendees)
    assert len(groups) > 1
    assert all(len(membership._filter([a.email for a in g])) <= 3000 for g in groups)


def test_a_refused_lookup_fails_the_row_with_a_fix(cli, workspace, databricks_cli, tmp_path):
    databricks_cli()
    workspace.users_status = 403
    path = _roster(tmp_path, ["ada@example.com"])

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", TIMEOUT)

    assert code == 1
    status, detail = _row(out)
    assert status == "FAIL"
    assert "403: may not list the workspace's users (tested as facilitator@example.com)" in detail
    assert "looked up 0 of 1 attendees" in detail
    assert "workspace admin" in detail


def test_the_lookups_stop_at_the_deadline(cli, workspace, databricks_cli, tmp_path):
    databricks_cli()
    workspace.hang_seconds[USERS] = 5.0
    path = _roster(tmp_path, [f"a{n}@example.com" for n in range(100)])

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", "1")

    assert code == 1
    status, detail = _row(out)
    assert status == "FAIL"
    assert "--timeout 1 s" in detail and "looked up 0 of 100 attendees" in detail
    assert len(workspace.queries(USERS)) == 1


def test_skipped_without_a_valid_roster_or_workspace(cli, workspace, databricks_cli, tmp_path):
    databricks_cli()
    code, out, _ = cli("preflight", "--timeout", TIMEOUT)
    assert code == 0
    assert _row(out) == ("SKIP", "no --attendees FILE given")

    bad = _roster(tmp_path, ["bob@"])
    code, out, _ = cli("preflight", "--attendees", str(bad), "--timeout", TIMEOUT)
    assert code == 1
    assert _row(out) == ("SKIP", "skipped: the roster is invalid")

    workspace.me_status = 403
    good = _roster(tmp_path, ["bob@example.com"])
    code, out, _ = cli("preflight", "--attendees", str(good), "--timeout", TIMEOUT)
    assert code == 1
    assert _row(out) == ("SKIP", "skipped: the workspace did not answer")
    assert USERS not in workspace.paths()


def test_small_pages_are_followed_and_nobody_is_called_missing_for_them(
    cli, workspace, databricks_cli, tmp_path
):
    """A workspace that caps SCIM pages below the batch still has every attendee looked up:
    the pages are followed, not cut short and the rest reported missing."""
    databricks_cli()
    emails = [f"p{n:02d}@example.com" for n in range(60)]
    workspace.users = {e: True for e in emails if e != "p55@example.com"}
    workspace.users_page_size = 3
    path = _roster(tmp_path, emails)

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", TIMEOUT)

    assert code == 1
    assert "1 missing, 0 inactive of 60" in _row(out)[1]
    assert f"{path}: line 58: p55@example.com is not a user of the workspace" in out
    assert " is not a user" not in out.replace("p55@example.com is not a user", "")


def test_a_user_name_with_a_compatibility_character_is_not_the_attendee(
    cli, workspace, databricks_cli, tmp_path
):
    """The workspace holds U+212A KELVIN SIGN + 'im@example.com', which Unicode lower-cases to
    kim@example.com, and a SCIM that folds case that way answers it for kim's filter: it is
    another account, so kim is reported missing, never found."""
    databricks_cli()
    path = _roster(tmp_path, ["kim@example.com", "ada@example.com"])
    workspace.users = {"\u212aim@example.com": True, "ada@example.com": True}

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", TIMEOUT)

    assert code == 1
    assert "1 missing, 0 inactive of 2" in _row(out)[1]
    assert "kim@example.com is not a user of the workspace" in out


@pytest.mark.parametrize("bad", [{"userName": ["kim@example.com"]}, {"active": "yes"}])
def test_a_malformed_user_in_the_answer_counts_as_not_found(
    cli, workspace, databricks_cli, tmp_path, bad
):
    """One user of a SCIM answer whose fields are not of their type is read on its own: the
    others are still found, and the attendee behind the bad one is reported, the row kept."""
    databricks_cli()
    path = _roster(tmp_path, ["kim@example.com", "ada@example.com"])
    workspace.users = {"kim@example.com": True, "ada@example.com": True}
    workspace.user_rows["kim@example.com"] = bad

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", TIMEOUT)

    assert code == 1
    assert "1 missing, 0 inactive of 2" in _row(out)[1]
    assert "kim@example.com is not a user of the workspace" in out
    assert "unexpected" not in out and "internal error" not in out


def test_many_absent_attendees_are_counted_and_written_to_a_file(
    cli, workspace, databricks_cli, tmp_path
):
    databricks_cli()
    emails = [f"a{n:04d}@example.com" for n in range(1000)]
    path = _roster(tmp_path, emails, header="")
    workspace.users = {e: True for e in emails[876:]}
    missing = tmp_path / "missing.txt"

    code, out, _ = cli(
        "preflight", "--attendees", str(path), "--missing-users", str(missing), "--timeout", "20"
    )

    assert code == 1
    assert "Attendees who cannot log in (876):" in out
    assert len([line for line in out.splitlines() if " is not a user" in line]) == 10
    assert f"  ... and 866 more: all of them are in {missing} (or --json, --csv)" in out
    written = parse_roster(missing.read_text())  # the roster's own format
    assert [a.email for a in written] == emails[:876]

    code, out, _ = cli("preflight", "--attendees", str(path), "--json", "--timeout", "20")

    document = json.loads(out)
    assert [a["email"] for a in document["absent_attendees"]] == emails[:876]
    assert document["absent_attendees"][0] == {
        "email": "a0000@example.com",
        "line": 1,
        "reason": "not a user of the workspace",
    }
    assert {c["name"]: c["status"] for c in document["checks"]}["attendees"] == "FAIL"
    assert document["failed"] is True

    code, out, _ = cli("preflight", "--attendees", str(path), "--csv", "--timeout", "20")

    records = list(csv.DictReader(io.StringIO(out)))
    assert sum(r["kind"] == "absent attendee" for r in records) == 876
    assert next(r for r in records if r["name"] == "attendees")["status"] == "FAIL"


def test_the_missing_users_file_never_replaces_a_file_preflight_did_not_write(
    cli, workspace, databricks_cli, tmp_path
):
    databricks_cli()
    path = _roster(tmp_path, ["ada@example.com"])
    workspace.users = {}
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")

    code, _, err = cli("preflight", "--attendees", str(path), "--missing-users", str(notes))

    assert code == 2
    assert f"{notes}: exists and was not written by this command; not replaced" in err
    assert notes.read_text() == "my notes\n"
