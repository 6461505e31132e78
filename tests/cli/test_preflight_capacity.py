"""``coding-assistants preflight``: the capacity row, the room's peak against the limits."""

from __future__ import annotations

import json
import re

import pytest

from coding_assistants.facts import DEFAULT_CLAUDE_MODEL
from tests.cli.fake_gateway import FakeGatewayWorkspace

TIMEOUT = "10"


@pytest.fixture(scope="module")
def server():
    fake = FakeGatewayWorkspace().start()
    yield fake
    fake.stop()


@pytest.fixture
def room(tmp_path, workspace, databricks_cli):
    """A roster of 140 attendees, and the CLI stub preflight asks for its version."""
    databricks_cli()
    path = tmp_path / "roster.txt"
    path.write_text("".join(f"attendee{i:03d}@example.com\n" for i in range(140)))
    return path


def _capacity(out: str) -> tuple[str, str]:
    match = re.search(r"^capacity\s+(OK|WARN|SKIP|FAIL)\s+(.*)$", out, re.MULTILINE)
    assert match, out
    return match[1], match[2]


def _workshop(tmp_path, **values) -> str:
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps(values))
    return str(path)


def test_preflight_warns_when_the_room_exceeds_the_planned_gateway_limit(cli, room, tmp_path):
    settings = _workshop(tmp_path, gateway_endpoint_queries_per_minute=200)

    code, out, _ = cli(
        "preflight", "--attendees", str(room), "--workshop-file", settings, "--timeout", TIMEOUT
    )

    assert code == 0
    status, detail = _capacity(out)
    assert status == "WARN"
    # Typical: 60 queries an hour, 3 times that in the busiest minute: 3 per attendee, 420 for
    # 140; the endpoint takes 200: 2.1 times too many, 1 - 200/420 = 52% refused.
    assert "140 attendees, typical activity: peak 420 queries" in detail
    assert "throttled: AI Gateway, queries per minute, whole endpoint 200, needed 420" in detail
    assert "(2.1 times): about 52% of the peak minute's requests refused with 429" in detail
    assert "planned: not applied yet, run coding-assistants gateway apply" in detail
    assert "raise gateway_endpoint_queries_per_minute to 420 or more" in detail
    assert out.rstrip().endswith("ready, but read the WARN row.")


def test_preflight_reads_the_limits_the_endpoint_has(cli, room, workspace):
    workspace.gateways[DEFAULT_CLAUDE_MODEL] = {
        "rate_limits": [{"key": "user", "tokens": 60000, "renewal_period": "minute"}]
    }

    code, out, _ = cli("preflight", "--attendees", str(room), "--timeout", TIMEOUT)

    status, detail = _capacity(out)
    assert (code, status) == (0, "OK")
    # One attendee's peak: (100,000 input + 10,000 output) / 60 x 3 = 5,500 tokens a minute.
    assert "fits: the tightest limit, AI Gateway, tokens per minute, per user, is at 9%" in detail
    assert f"the AI Gateway of {DEFAULT_CLAUDE_MODEL} as it is" in detail


def test_preflight_heavy_activity_exceeds_the_per_user_limit(cli, room, workspace):
    workspace.gateways[DEFAULT_CLAUDE_MODEL] = {
        "rate_limits": [{"key": "user", "calls": 4, "renewal_period": "minute"}]
    }

    _, typical, _ = cli("preflight", "--attendees", str(room), "--timeout", TIMEOUT)
    _, heavy, _ = cli(
        "preflight", "--attendees", str(room), "--activity", "heavy", "--timeout", TIMEOUT
    )

    assert _capacity(typical)[0] == "OK"  # 3 queries in the peak minute, 4 allowed
    status, detail = _capacity(heavy)
    assert status == "WARN"  # 6 queries, 4 allowed: a third refused
    assert "per user 4, needed 6 (1.5 times): about 33%" in detail


def test_preflight_holds_the_room_against_pay_per_token_limits(cli, room, tmp_path):
    prices = tmp_path / "prices.json"
    prices.write_text(
        json.dumps(
            {
                "pay_per_token_limits": {
                    "claude-sonnet-4-6": {
                        "input_tokens_per_minute": 200000,
                        "output_tokens_per_minute": 100000,
                    }
                }
            }
        )
    )

    code, out, _ = cli(
        "preflight", "--attendees", str(room), "--prices", str(prices), "--timeout", TIMEOUT
    )

    status, detail = _capacity(out)
    assert (code, status) == (0, "WARN")
    # 140 x 100,000 / 60 x 3 = 700,000 input tokens a minute against 200,000: 71% refused.
    assert "pay-per-token, input tokens per minute, workspace 200,000, needed 700,000" in detail
    assert "(3.5 times): about 71%" in detail
    assert "(1 of 2 limits exceeded" in detail
    assert "provisioned-throughput endpoint" in detail


def test_preflight_capacity_needs_a_roster(cli, workspace, databricks_cli):
    databricks_cli()

    _, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert _capacity(out) == ("SKIP", "no roster to size the room (--attendees FILE)")


def test_fails_when_the_price_file_is_invalid(cli, room, tmp_path):
    prices = tmp_path / "prices.json"
    prices.write_text('{"peak_factor": 0}')

    code, out, err = cli("preflight", "--attendees", str(room), "--prices", str(prices))

    assert code == 2
    assert "peak_factor: must be a positive number" in err
    assert not out
