"""check-claude tells the user when the configured model is retiring or retired, with the date
and what to change; its clock is pinned (tests/clock.py) on both sides of each boundary."""

from __future__ import annotations

import datetime
import subprocess

import pytest

from coding_assistants import facts
from tests import clock
from tests.shell.sandbox import REPO, Sandbox

UTC = datetime.UTC
RETIRING = "databricks-claude-sonnet-4-5"
RETIRED_ON = "2026-11-30"
LIB = REPO / "init_scripts" / "src" / "lib" / "coding-assistants" / "lib.sh"


@pytest.fixture(scope="module")
def retiring(tmp_path_factory, tools) -> Sandbox:
    """A node whose cluster set claude_model to a model Claude Code retires on RETIRED_ON."""
    box = Sandbox.create(tmp_path_factory.mktemp("retiring"), tools, env={"CLAUDE_MODEL": RETIRING})
    assert box.install().returncode == 0
    return box


def at(box: Sandbox, when: datetime.datetime, **env: str):
    return box.helper("check-claude", env=clock.pinned(env, when))


def lines_about(output: str, model: str) -> list[str]:
    return [line for line in output.splitlines() if model in line and "retired" in line]


def test_check_claude_says_nothing_of_a_retirement_months_away(retiring):
    result = at(retiring, datetime.datetime(2026, 7, 1, 12, tzinfo=UTC))
    assert lines_about(result.stdout, RETIRING) == []
    assert result.returncode == 0, result.stdout


def test_check_claude_warns_ahead_of_the_date_with_the_replacement(retiring):
    result = at(retiring, datetime.datetime(2026, 10, 15, 12, tzinfo=UTC))
    (line,) = lines_about(result.stdout, RETIRING)
    assert line.startswith("  warn  model databricks-claude-sonnet-4-5 will be retired on")
    assert f"on {RETIRED_ON} (in 46 days)" in line
    assert f"switch claude_model (CLAUDE_MODEL) to {facts.DEFAULT_CLAUDE_MODEL}" in line
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    "when",
    [
        datetime.datetime(2026, 11, 30, 0, 0, 1, tzinfo=UTC),
        datetime.datetime(2027, 12, 4, 12, tzinfo=UTC),
    ],
    ids=["on-the-day", "a-year-later"],
)
def test_check_claude_fails_once_the_model_is_retired(retiring, when):
    result = at(retiring, when)
    (line,) = lines_about(result.stdout, RETIRING)
    assert line.startswith(f"  FAIL  model {RETIRING} was retired on {RETIRED_ON}")
    assert f"set claude_model (CLAUDE_MODEL) to {facts.DEFAULT_CLAUDE_MODEL}" in line
    assert result.returncode == 1


@pytest.mark.parametrize("zone", ["<+14>-14", "<-12>+12"])
def test_the_retirement_day_is_a_utc_day_in_every_time_zone(retiring, zone):
    """At 12:00 UTC on the day before, UTC+14 already shows the date and UTC-12 the day before
    that: the verdict is the same, one day to go."""
    result = at(retiring, datetime.datetime(2026, 11, 29, 12, tzinfo=UTC), TZ=zone)
    (line,) = lines_about(result.stdout, RETIRING)
    assert f"will be retired on {RETIRED_ON} (in 1 days)" in line


def test_the_ai_gateway_names_the_replacement_as_the_gateway_does(tmp_path, tools):
    model = "system.ai.claude-opus-4-5"
    box = Sandbox.create(
        tmp_path, tools, env={"CLAUDE_API_ROUTE": "ai-gateway", "CLAUDE_MODEL": model}
    )
    assert box.install().returncode == 0
    result = at(box, datetime.datetime(2027, 2, 1, tzinfo=UTC))
    (line,) = lines_about(result.stdout, model)
    assert "was retired on 2027-01-22" in line
    assert "to system.ai.claude-opus-4-6 " in line


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("databricks-claude-sonnet-4-5", f"2026-11-30 {facts.DEFAULT_CLAUDE_MODEL}"),
        ("databricks-claude-sonnet-4", f"2026-06-15 {facts.DEFAULT_CLAUDE_MODEL}"),
        ("databricks-claude-opus-4-5[1m]", f"2027-01-22 {facts.DEFAULT_OPUS_MODEL}"),
        ("system.ai.claude-sonnet-4-5", "2026-11-30 system.ai.claude-sonnet-4-6"),
        ("databricks-claude-sonnet-4-6", ""),
        ("databricks-claude-opus-4-1", ""),
        ("my-claude-sonnet-4-5-endpoint", ""),
    ],
)
def test_retirement_lookup_matches_the_model_family_only(tmp_path, model, expected):
    result = subprocess.run(
        ["bash", "-c", '. "$1" && ca_retirement "$2"', "lookup", str(LIB), model],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **clock.handed_down()},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == expected
    assert result.returncode == (0 if expected else 1)


def test_the_default_model_has_no_retirement():
    names = {model for model, _, _ in facts.MODEL_RETIREMENTS}
    assert facts.DEFAULT_CLAUDE_MODEL.removeprefix("databricks-") not in names
    assert facts.DEFAULT_OPUS_MODEL.removeprefix("databricks-") not in names
