"""``coding-assistants report``: what the day cost, from the fake warehouse's system tables."""

from __future__ import annotations

import csv
import io
import re

import pytest

from tests.cli.fake_statements import FakeWarehouse
from tests.cli.fake_workspace import CANARY_TOKEN, leaked
from tests.cli.report_day import DAY, ENDPOINT, ROSTER, WORKSHOP, day, report

STATEMENTS = "/api/2.0/sql/statements"
__all__ = ["day"]  # the fixture, shared with the browser test


@pytest.fixture(scope="module")
def server():
    fake = FakeWarehouse().start()
    yield fake
    fake.stop()


def _rows(out: str) -> dict[str, list[str]]:
    rows = {}
    for line in out.splitlines():
        cells = line.split()
        if cells and (cells[0].endswith("@example.com") or cells[0] == "TOTAL"):
            rows[cells[0]] = cells[1:]
    return rows


def test_report_gives_each_attendee_their_day(cli, day):
    code, out, err = report(cli, day)

    assert code == 0, err
    rows = _rows(out)
    # ada: 4 h, idle at 11; VM 4 x $0.20; DBU 3 billed hours + the late 12:00 one estimated,
    # 4 x 0.75 x $0.55 = $1.65; 90,000 input and 9,000 output tokens at $3 and $15 a million.
    assert rows["ada@example.com"] == [
        "4",
        "1",
        "120",
        "0",
        "90,000",
        "9,000",
        "$0.80",
        "$1.65*",
        "$0.41",
        "$2.86",
    ]
    assert rows["bob@example.com"] == [
        "2.5",
        "0.5",
        "120",
        "3",
        "100,000",
        "10,000",
        "$0.50",
        "$1.03",
        "$0.45",
        "$1.98",
    ]
    assert rows["cyd@example.com"][:2] == ["3", "0"]
    assert rows["dan@example.com"] == [
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
        "$0.00",
        "$0.00",
        "$0.00",
        "$0.00",
    ]
    assert rows["TOTAL"][-4:] == ["$1.90", "$3.92*", "$0.99", "$6.81"]
    assert "DBU partly estimated: 2 cluster-hours ran without a billing row yet" in out


def test_report_leaves_out_other_workshops_days_and_requesters(cli, day):
    _, out, _ = report(cli, day)

    assert "zed@example.com" not in out  # another workshop
    assert "fac@example.com" not in _rows(out)
    assert f"Left out: 1 requester(s) of {ENDPOINT} who are not attendees (9,900 tokens)" in out


def test_report_sets_the_day_against_the_estimate(cli, day):
    _, out, _ = report(cli, day)

    table = out.split("PART", 1)[1]
    # 4 attendees x 2.38 h (their average running time) of the typical profile ($0.75 an hour).
    assert re.search(r"model\s+\$7\.14\s+\$0\.99\s+-\$6\.15", table)
    assert re.search(r"total\s+\$12\.97\s+\$6\.81\s+-\$6\.16", table)
    assert "4 attendees x 2.38 h of Standard_DS3_v2, typical activity" in out

    _, planned, _ = report(cli, day, "--hours", "4")
    assert re.search(r"VM\s+\$3\.20\s+\$1\.90", planned)


def test_report_asks_with_parameters_and_bounded_waits(cli, day):
    report(cli, day)

    bodies = [b for b in day.bodies(STATEMENTS)]
    assert len(bodies) == 3
    for body in bodies:
        assert WORKSHOP not in body["statement"] and ENDPOINT not in body["statement"]
        assert body["warehouse_id"] == "wh-1"
        assert body["on_wait_timeout"] == "CONTINUE"
    params = {p["name"]: p for p in bodies[0]["parameters"]}
    assert params["workshop"]["value"] == WORKSHOP
    assert params["start"] == {"name": "start", "value": "2026-12-10 00:00:00", "type": "TIMESTAMP"}
    assert params["last_day"]["value"] == "2026-12-10"


def test_report_reads_every_chunk(cli, day):
    _, out, _ = report(cli, day)

    chunk_reads = [p for p in day.paths("GET") if "/result/chunks/" in p]
    assert len(chunk_reads) >= 3  # 10 cluster rows, 3 a chunk
    assert _rows(out)["cyd@example.com"][0] == "3"


def test_report_writes_csv_and_html(cli, day, tmp_path):
    sheet, page = tmp_path / "day.csv", tmp_path / "day.html"

    code, out, _ = report(cli, day, "--csv", str(sheet), "--html", str(page))

    assert code == 0
    rows = list(csv.DictReader(io.StringIO(sheet.read_text())))
    assert [r["attendee"] for r in rows] == list(ROSTER)
    assert rows[0]["dbu_usd"] == "1.24" and rows[0]["dbu_estimated_usd"] == "0.41"
    assert rows[1]["throttled"] == "3"
    text = page.read_text()
    assert text.count('<g class="bar"') == 4 + 4 + 4  # attendees; hours 9-12 twice
    assert not re.search(r"(src|href)=", text)
    assert "Content-Security-Policy" in text
    assert not leaked(CANARY_TOKEN, text)
    assert f"HTML: {page}" in out


def test_report_replaces_its_own_files_and_refuses_others(cli, day, tmp_path):
    page, notes = tmp_path / "day.html", tmp_path / "notes.html"
    notes.write_text("<p>my notes</p>")

    assert report(cli, day, "--html", str(page))[0] == 0
    assert report(cli, day, "--html", str(page))[0] == 0
    code, _, err = report(cli, day, "--html", str(notes))

    assert code == 1
    assert "exists and was not written by this command; not replaced" in err
    assert notes.read_text() == "<p>my notes</p>"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_report_cancels_a_statement_still_running_at_the_deadline(cli, day):
    day.never_finish.add("billing")

    code, _, err = cli("report", "--warehouse", "wh-1", "--day", DAY, "--timeout", "4")

    assert code == 1
    assert "billing: still RUNNING at --timeout 4 s; cancelled" in err
    assert day.cancelled == ["billing"]


def test_report_says_which_system_table_is_missing(cli, day):
    day.failures["tokens"] = "[TABLE_OR_VIEW_NOT_FOUND] system.serving.endpoint_usage"

    code, _, err = report(cli, day)

    assert code == 1
    assert "tokens: the statement ended FAILED: [TABLE_OR_VIEW_NOT_FOUND]" in err
    assert "an account admin enables those system schemas" in err


def test_report_stops_on_a_looping_chunk_index(cli, day):
    day.looping_chunks = True

    code, _, err = report(cli, day)

    assert code == 1
    assert "the result's chunks did not end" in err


def test_report_refuses_an_unknown_warehouse(cli, day):
    code, _, err = cli("report", "--warehouse", "wh-9", "--day", DAY, "--timeout", "5")

    assert code == 1
    assert "warehouse not found" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--day", "10/12/2026"), "expected a date such as 2026-12-10"),
        (("--days", "0"), "must be a whole number from 1 to 31"),
        (("--hours", "-1"), "must be a number of hours above 0"),
    ],
)
def test_fails_on_bad_options(cli, day, args, message):
    code, _, err = cli("report", "--warehouse", "wh-1", *args)

    assert code == 2
    assert message in err


def test_a_row_that_does_not_read_is_named_and_the_rest_still_counted(cli, day):
    """One bad value in the warehouse's answer never costs the report: the row is left out and
    named below the tables; every other row still counts."""
    first = day.tables["billing"][0]
    day.tables["billing"][0] = {**first, "dbus": "12 DBU"}

    code, out, err = report(cli, day)

    assert code == 0, err
    assert "1 row(s) of the warehouse's answer did not read and are left out" in out
    assert "billing row" in out and "not a number: '12 DBU'" in out
    assert "TOTAL" in out and "internal error" not in out + err
