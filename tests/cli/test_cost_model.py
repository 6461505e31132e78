"""``coding-assistants cost``: the model's tokens beside the VMs and DBUs, and each part's share."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from coding_assistants.cli.services.model_cost import shares
from coding_assistants.cli.services.model_prices import (
    apply_token_prices,
    builtin_token_prices,
    model_price,
)
from coding_assistants.cli.services.prices import PriceError

DAY = ("--attendees", "140", "--hours", "4", "--vm-type", "Standard_DS3_v2")


def _table(out: str, title: str) -> dict[str, list[str]]:
    """The rows of the table printed under the line starting with ``title``, by first cell."""
    lines = out.split(title, 1)[1].splitlines()[2:]
    rows = {}
    for line in lines:
        if not line.strip():
            break
        cells = line.split()
        rows[cells[0]] = cells[1:]
    return rows


def test_cost_for_140_attendees_shows_vm_dbu_and_token_lines(cli):
    code, out, _ = cli("cost", *DAY)

    assert code == 0
    # 140 attendees x 4 h = 560 attendee-hours of the typical profile: 100,000 input tokens
    # ($3 per million), 1,000,000 cache reads ($0.30), 10,000 output tokens ($15) an hour:
    # 560 x ($0.30 + $0.30 + $0.15) = $420.00.
    assert _table(out, "The model, databricks-claude-sonnet-4-6")["4"] == [
        "560",
        "56,000,000",
        "560,000,000",
        "5,600,000",
        "$420.00",
    ]
    # The day's VM $154.50 and DBU $288.75 (the day table) plus the model: $863.25.
    assert _table(out, "The day with the model")["4"] == [
        "Standard_DS3_v2",
        "$154.50",
        "$288.75",
        "$420.00",
        "$863.25",
        "18%",
        "33%",
        "49%",
    ]
    assert "$0.750 per attendee-hour" in out
    assert "platform.claude.com/docs/en/about-claude/pricing, read 2026-12-04" in out


def test_cost_activity_profiles_and_overrides_change_the_tokens(cli):
    _, heavy, _ = cli("cost", *DAY, "--activity", "heavy")
    _, light, _ = cli("cost", *DAY, "--activity", "light")
    _, mine, _ = cli(
        "cost", *DAY, "--output-tokens-per-hour", "20000", "--cache-read-tokens-per-hour", "0"
    )

    assert _table(heavy, "The model,")["4"][-1] == "$840.00"
    assert _table(light, "The model,")["4"][-1] == "$168.00"
    # typical input 560 x $0.30, no cache reads, 560 x 20,000 output tokens x $15 per million.
    assert _table(mine, "The model,")["4"] == [
        "560",
        "56,000,000",
        "0",
        "11,200,000",
        "$336.00",
    ]


def test_cost_prices_the_workshop_model_under_any_of_its_names(cli, tmp_path):
    settings = tmp_path / "workshop.json"
    settings.write_text(json.dumps({"claude_model": "databricks-claude-opus-4-6"}))

    _, opus, _ = cli("cost", *DAY, "--workshop-file", str(settings))
    _, gateway, _ = cli("cost", *DAY, "--model", "system.ai.claude-opus-4-6")

    # Opus: $5 input, $0.50 cache read, $25 output: 560 x ($0.50 + $0.50 + $0.25) = $700.
    assert _table(opus, "The model, databricks-claude-opus-4-6")["4"][-1] == "$700.00"
    assert _table(gateway, "The model, system.ai.claude-opus-4-6")["4"][-1] == "$700.00"


def test_cost_of_a_model_without_a_price_is_not_guessed(cli):
    code, out, _ = cli("cost", *DAY, "--model", "my-own-endpoint")

    assert code == 0
    assert _table(out, "The model,")["4"][-1] == "n/a"
    assert _table(out, "The day with the model")["4"] == [
        "Standard_DS3_v2",
        "$154.50",
        "$288.75",
        "n/a",
        "n/a",
        "35%",
        "65%",
        "n/a",
    ]
    assert "no token price known for my-own-endpoint" in out


def test_cost_takes_model_prices_and_activity_from_a_price_file(cli, tmp_path):
    path = tmp_path / "prices.json"
    path.write_text(
        json.dumps(
            {
                "models": {
                    "my-own-endpoint": {
                        "input_usd_per_mtok": "1",
                        "output_usd_per_mtok": 2,
                        "cache_read_usd_per_mtok": "0.1",
                    }
                },
                "activity": {"typical": {"input_tokens_per_hour": 1000000}},
                "models_note": "our agreement",
            }
        )
    )

    code, out, _ = cli("cost", *DAY, "--model", "my-own-endpoint", "--prices", str(path))

    assert code == 0
    # 560 h x (1,000,000 x $1 + 1,000,000 x $0.1 + 10,000 x $2) per million = $627.20
    assert _table(out, "The model,")["4"][-1] == "$627.20"
    assert "our agreement" in out


def test_shares_add_up_to_a_hundred():
    assert shares([Decimal(1), Decimal(1), Decimal(1)]) == [34, 33, 33]
    assert shares([Decimal("154.50"), Decimal("288.75"), Decimal(420)]) == [18, 33, 49]
    assert shares([Decimal(0), Decimal(0)]) == [0, 0]


def test_builtin_model_prices_carry_their_source():
    table = builtin_token_prices()

    assert model_price(table, "databricks-claude-sonnet-4-6").output == Decimal(15)
    assert model_price(table, "unknown").input is None
    for section in ("models", "activity", "pay_per_token_limits"):
        assert "read 2026-12-04" in table.notes[section]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"models": []}, "models: expected an object"),
        ({"models": {"x": {"input": 1}}}, "models.x.input: unknown field"),
        ({"models": {"x": {"input_usd_per_mtok": -1}}}, "must be a positive number"),
        ({"models": {"x": {"output_usd_per_mtok": "1e9"}}}, "must be at most 1000"),
        ({"activity": {"frantic": {}}}, "activity.frantic: unknown profile"),
        ({"activity": {"light": {"queries_per_hour": "nan"}}}, "must be a positive number"),
        ({"peak_factor": 1000}, "peak_factor: must be at most 100"),
        ({"pay_per_token_limits": {"m": {"input_tokens_per_minute": 0}}}, "positive number"),
    ],
)
def test_fails_when_the_model_sections_are_invalid(data, message):
    with pytest.raises(PriceError, match=re.escape(message)):
        apply_token_prices(builtin_token_prices(), data, "prices.json")


def test_fails_when_a_token_override_is_out_of_bounds(cli):
    code, out, err = cli("cost", *DAY, "--input-tokens-per-hour", "1e12")

    assert code == 2
    assert "must be at most 100000000 (tokens per hour)" in err
    assert not out


def test_example_price_file_holds_every_model_section(request):
    from coding_assistants.cli.services.prices import read_price_data

    path = request.config.rootpath / "examples" / "prices.example.json"
    table = apply_token_prices(builtin_token_prices(), read_price_data(path), str(path))

    assert table.activity["typical"].input_tokens_per_hour == Decimal(60000)
    assert table.activity["typical"].output_tokens_per_hour == Decimal(10000)  # kept
    assert table.limits["claude-sonnet-4-6"].input_tokens_per_minute == Decimal(200000)
    assert "placeholder" in table.notes["models"]
