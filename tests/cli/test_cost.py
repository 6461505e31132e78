"""``coding-assistants cost``: the documented workshop estimate, DBU arithmetic, the errors."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from coding_assistants.cli.commands.cost import Estimate
from coding_assistants.cli.services.prices import PriceError, builtin_prices, load_price_file
from coding_assistants.cli.services.workshop_file import WORKSHOP_FILE_ENV

DOCUMENTED = (
    "--attendees", "140", "--hours", "4", "--hours", "8",
    "--vm-type", "Standard_DS3_v2", "--vm-type", "Standard_DS4_v2",
)  # fmt: skip


@pytest.fixture(autouse=True)
def no_workspace(monkeypatch):
    """The guide's figures are Azure's: no workspace URL of the machine's own picks a cloud."""
    monkeypatch.delenv("DATABRICKS_HOST", raising=False)


def _day_rows(out: str) -> dict[tuple[str, str], list[str]]:
    """The day table's rows by (VM type, session hours)."""
    return _rows("x" + out.split("SESSION H", 1)[1])


def _rows(out: str) -> dict[tuple[str, str], list[str]]:
    """The estimate table's rows by (VM type, hours): the remaining cells."""
    rows = {}
    for line in out.split("SESSION H")[0].splitlines():
        cells = line.split()
        if cells and cells[0].startswith("Standard_"):
            rows[(cells[0], cells[1])] = cells[2:]
    return rows


def test_cost_reproduces_the_documented_workshop_estimate(cli):
    code, out, _ = cli("cost", *DOCUMENTED)

    assert code == 0
    vm_totals = {key: cells[2] for key, cells in _rows(out).items()}
    assert vm_totals == {
        ("Standard_DS3_v2", "4"): "$112.00",
        ("Standard_DS4_v2", "4"): "$224.00",
        ("Standard_DS3_v2", "8"): "$224.00",
        ("Standard_DS4_v2", "8"): "$448.00",
    }
    assert "VM cost, 140 clusters x 4 h: $112.00 to $224.00" in out
    assert "VM cost, 140 clusters x 8 h: $224.00 to $448.00" in out


def test_cost_table_shows_rates_and_totals(cli):
    _, out, _ = cli("cost", *DOCUMENTED)

    lines = out.splitlines()
    assert lines[2].split() == [
        "VM", "TYPE", "HOURS", "VM/CLUSTER-H", "DBU/CLUSTER-H",
        "VM", "TOTAL", "DBU", "TOTAL", "VM", "+", "DBU", "TOTAL",
    ]  # fmt: skip
    assert lines[3].split() == [
        "Standard_DS3_v2", "4", "$0.20", "$0.4125", "$112.00", "$231.00", "$343.00",
    ]  # fmt: skip
    assert lines[6].split() == [
        "Standard_DS4_v2", "8", "$0.40", "$0.8250", "$448.00", "$924.00", "$1,372.00",
    ]  # fmt: skip


def test_cost_says_plainly_that_dbus_come_on_top(cli):
    _, out, _ = cli("cost", *DOCUMENTED)

    assert "DBU charges come on top of the VM cost" in out
    assert "Standard_DS3_v2 0.75 DBU/h, Standard_DS4_v2 1.5 DBU/h" in out
    assert "$0.55 per DBU (Premium tier, all-purpose compute, list price)" in out
    assert "Not included: storage, networking" in out


def test_cost_dbu_arithmetic_follows_the_flags(cli):
    code, out, _ = cli(
        "cost", "--attendees", "140", "--hours", "4", "--vm-type", "Standard_DS3_v2",
        "--dbu-rate", "0.40", "--dbu-per-hour", "2",
    )  # fmt: skip

    assert code == 0
    assert _rows(out)[("Standard_DS3_v2", "4")] == [
        "$0.20", "$0.80", "$112.00", "$448.00", "$560.00",
    ]  # fmt: skip
    assert "DBU rates (--dbu-per-hour)" in out
    assert "$0.40 per DBU (--dbu-rate)" in out


def test_cost_uses_decimal_arithmetic_and_rounds_half_up():
    # In float, 3 * 0.1 * 0.35 is 0.10499999999999998 and would round to $0.10.
    estimate = Estimate(
        vm_type="Standard_DS3_v2",
        clusters=3,
        hours=Decimal("0.1"),
        vm_usd_per_hour=Decimal("0.35"),
        dbu_per_hour=Decimal("0.75"),
        dbu_usd=Decimal("0.55"),
    )

    assert estimate.vm_total == Decimal("0.11")
    assert estimate.dbu_usd_per_hour == Decimal("0.4125")
    assert estimate.dbu_total == Decimal("0.12")  # 0.12375
    assert estimate.total == Decimal("0.23")


def test_cost_of_an_unknown_dbu_rate_is_not_guessed(cli):
    vm = ("--vm-type", "Standard_E8ds_v4", "--vm-price", "0.30")
    code, out, _ = cli("cost", "--attendees", "10", "--hours", "2", *vm)

    assert code == 0
    assert _rows(out)[("Standard_E8ds_v4", "2")] == ["$0.30", "n/a", "$6.00", "n/a", "n/a"]
    assert "DBU cost not estimated for Standard_E8ds_v4" in out


def test_cost_models_the_day_for_the_workshop_node_type_by_default(cli):
    code, out, _ = cli("cost", "--attendees", "140", "--hours", "4")

    assert code == 0
    # 140 x (4 h session + 1 h first start) = 700 cluster-hours, x 0.75 DBU = 525 DBUs;
    # 145 warm VMs (what `pool warm` fills: 140 + the headroom of 5) x 0.5 h = 72.5 idle
    # VM-hours; VM (700 + 72.5) x $0.20 = $154.50, DBU 525 x $0.55 = $288.75.
    assert _day_rows(out)[("Standard_DS3_v2", "4")] == [
        "700",
        "525",
        "72.5",
        "$154.50",
        "$288.75",
        "$443.25",
    ]
    assert "plus 145 warm pool VMs for 0.5 h" in out
    code, out, _ = cli(
        "cost",
        "--attendees",
        "140",
        "--hours",
        "4",
        "--first-start-hours",
        "0",
        "--warm-hours",
        "2",
        "--warm-vms",
        "10",
        "--vm-type",
        "Standard_E4ds_v4",
    )
    assert _day_rows(out)[("Standard_E4ds_v4", "4")] == [
        "560",
        "560",
        "20",
        "$174.00",
        "$308.00",
        "$482.00",
    ]


def test_cost_matches_vm_types_case_insensitively(cli):
    code, out, _ = cli("cost", "--attendees", "1", "--hours", "1", "--vm-type", "standard_ds4_v2")

    assert code == 0
    assert ("Standard_DS4_v2", "1") in _rows(out)


def test_cost_takes_a_vm_price_for_a_type_not_in_the_table(cli):
    code, out, _ = cli(
        "cost", "--attendees", "2", "--hours", "3", "--vm-type", "Standard_D4ds_v5",
        "--vm-price", "0.25", "--dbu-per-hour", "1",
    )  # fmt: skip

    assert code == 0
    assert _rows(out)[("Standard_D4ds_v5", "3")] == [
        "$0.25", "$0.55", "$1.50", "$3.30", "$4.80",
    ]  # fmt: skip
    assert "VM prices (--vm-price)" in out


def test_cost_merges_a_price_file_over_the_table(cli, tmp_path):
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"vm_types": {"Standard_DS3_v2": {"vm_usd_per_hour": "0.25"}}}))

    code, out, _ = cli(
        "cost", "--attendees", "4", "--hours", "1", "--vm-type", "Standard_DS3_v2",
        "--prices", str(prices),
    )  # fmt: skip

    assert code == 0
    assert _rows(out)[("Standard_DS3_v2", "1")][:3] == ["$0.25", "$0.4125", "$1.00"]
    assert f"VM prices (built-in table + {prices})" in out


def test_builtin_prices_hold_the_documented_figures():
    table = builtin_prices()
    azure = table.clouds["azure"].vm_types

    assert azure["Standard_DS3_v2"].vm_usd_per_hour == Decimal("0.20")
    assert azure["Standard_DS4_v2"].vm_usd_per_hour == Decimal("0.40")
    assert azure["Standard_E4ds_v4"].vm_usd_per_hour == Decimal("0.30")
    assert azure["Standard_DS3_v2"].dbu_per_hour == Decimal("0.75")
    assert azure["Standard_DS4_v2"].dbu_per_hour == Decimal("1.5")
    assert table.dbu_usd("azure", "premium") == Decimal("0.55")


def test_example_price_file_loads(request):
    path = request.config.rootpath / "examples" / "prices.example.json"

    table = load_price_file(builtin_prices(), path)

    azure = table.clouds["azure"].vm_types
    assert azure["Standard_DS3_v2"].dbu_per_hour == Decimal("0.75")  # kept
    assert "Standard_D4ds_v5" in azure


def test_fails_when_the_vm_type_is_unknown(cli):
    code, _, err = cli("cost", "--attendees", "1", "--hours", "1", "--vm-type", "Standard_DS3v2")

    assert code == 2
    assert "unknown VM type 'Standard_DS3v2'. Did you mean Standard_DS3_v2?" in err
    assert "--vm-price USD" in err


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--attendees", "0", "must be a whole number from 1 to 100000, got '0'"),
        ("--attendees", "-3", "must be a whole number from 1 to 100000"),
        ("--attendees", "2.5", "must be a whole number from 1 to 100000"),
        ("--hours", "0", "must be a positive number, got '0'"),
        ("--hours", "-1", "must be a positive number"),
        ("--hours", "four", "must be a positive number, got 'four'"),
        ("--hours", "nan", "must be a positive number, got 'nan'"),
        ("--hours", "inf", "must be a positive number, got 'inf'"),
        ("--dbu-rate", "0", "must be a positive number"),
        ("--dbu-per-hour", "-0.5", "must be a positive number"),
        ("--vm-price", "0", "must be a positive number"),
    ],
)
def test_fails_when_a_number_is_not_positive(cli, flag, value, message):
    code, out, err = _cost_with(cli, flag, value)

    assert code == 2
    assert f"argument {flag}: {message}" in err
    assert out == ""


def _cost_with(cli, flag: str, value: str) -> tuple[int, str, str]:
    """``cost`` with valid arguments, except ``flag`` set to ``value``."""
    args = {"--attendees": "140", "--hours": "4", "--vm-type": "Standard_DS3_v2", flag: value}
    return cli("cost", *[f"{name}={text}" for name, text in args.items()])


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--attendees", str(10**30), f"must be a whole number from 1 to 100000, got '{10**30}'"),
        ("--attendees", "100001", "must be a whole number from 1 to 100000, got '100001'"),
        ("--attendees", "9" * 5000, "must be a whole number from 1 to 100000"),
        ("--hours", "1e30", "must be at most 8760 (a year), got '1e30'"),
        ("--hours", "8760.01", "must be at most 8760 (a year), got '8760.01'"),
        ("--hours", "1e-400", "must be at least 0.0001, got '1e-400'"),
        ("--hours", "-inf", "must be a positive number, got '-inf'"),
        ("--hours", "snan", "must be a positive number, got 'snan'"),
        ("--dbu-rate", "1e400", "must be at most 1000 (USD per DBU), got '1e400'"),
        ("--dbu-rate", "nan", "must be a positive number, got 'nan'"),
        ("--dbu-rate", "inf", "must be a positive number, got 'inf'"),
        ("--dbu-per-hour", "1e30", "must be at most 1000 (DBUs per hour), got '1e30'"),
        ("--dbu-per-hour", "Infinity", "must be a positive number, got 'Infinity'"),
        ("--vm-price", "1001", "must be at most 1000 (USD per hour), got '1001'"),
        ("--vm-price", "1e999999999999999999", "must be at most 1000 (USD per hour)"),
        ("--vm-price", "1e-999999999999", "must be at least 0.0001"),
    ],
)
def test_fails_when_a_number_is_out_of_bounds(cli, flag, value, message):
    code, out, err = _cost_with(cli, flag, value)

    assert code == 2
    assert f"argument {flag}: {message}" in err
    assert "Traceback" not in err
    assert out == ""


def test_cost_is_exact_at_the_bounds(cli):
    code, out, _ = cli(
        "cost", "--attendees", "100000", "--hours", "8760", "--vm-type", "Standard_DS3_v2",
        "--vm-price", "1000", "--dbu-per-hour", "1000", "--dbu-rate", "1000",
    )  # fmt: skip

    assert code == 0
    assert _rows(out)[("Standard_DS3_v2", "8760")][2:] == [
        "$876,000,000,000.00", "$876,000,000,000,000.00", "$876,876,000,000,000.00",
    ]  # fmt: skip


def test_cost_takes_the_smallest_numbers(cli):
    code, out, _ = cli(
        "cost", "--attendees", "1", "--hours", "0.0001", "--vm-type", "Standard_DS3_v2",
        "--vm-price", "0.0001", "--dbu-per-hour", "0.0001", "--dbu-rate", "0.0001",
    )  # fmt: skip

    assert code == 0
    assert _rows(out)[("Standard_DS3_v2", "0.0001")][2:] == ["$0.00", "$0.00", "$0.00"]


def test_fails_when_vm_price_is_given_for_two_types(cli):
    code, _, err = cli(
        "cost", "--attendees", "1", "--hours", "1", "--vm-price", "0.3",
        "--vm-type", "Standard_DS3_v2", "--vm-type", "Standard_DS4_v2",
    )  # fmt: skip

    assert code == 2
    assert "--vm-price applies to one VM type" in err


def test_fails_when_required_flags_are_missing(cli):
    code, _, err = cli("cost", "--attendees", "140")

    assert code == 2
    assert "the following arguments are required: --hours" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "invalid JSON at line 1, column 2"),
        ("[]", "expected a JSON object"),
        ('{"vm_typos": {}}', "vm_typos: unknown field"),
        ('{"vm_types": {"X": {"vm_usd_per_hour": -1}}}', "vm_types.X.vm_usd_per_hour: must be"),
        ('{"vm_types": {"X": {"price": 1}}}', "vm_types.X.price: unknown field"),
        ('{"vm_types": {"X": 0.3}}', "vm_types.X: expected an object"),
        ('{"dbu_usd": "free"}', "dbu_usd: must be a positive number, got 'free'"),
        ('{"currency": "EUR"}', "currency: only USD is supported"),
        ('{"dbu_usd": 1e30}', "dbu_usd: must be at most 1000, got 1E+30"),
        ('{"dbu_usd": "NaN"}', "dbu_usd: must be a positive number, got 'NaN'"),
        ('{"vm_types": {"X": {"dbu_per_hour": 1e-9}}}', "X.dbu_per_hour: must be at least 0.0001"),
        ('{"vm_types": {"X": {"vm_usd_per_hour": 1' + "0" * 400 + "}}}", "must be at most 1000"),
        ('{"dbu_usd": 1' + "0" * 5000 + "}", "invalid JSON: Exceeds the limit"),
    ],
)
def test_fails_when_the_price_file_is_invalid(tmp_path, content, message):
    path = tmp_path / "prices.json"
    path.write_text(content)

    with pytest.raises(PriceError, match=re.escape(message)):
        load_price_file(builtin_prices(), path)


def test_fails_when_the_price_file_is_missing(cli, tmp_path):
    code, _, err = cli(
        "cost", "--attendees", "1", "--hours", "1", "--vm-type", "Standard_DS3_v2",
        "--prices", str(tmp_path / "nope.json"),
    )  # fmt: skip

    assert code == 2
    assert "nope.json: file not found" in err


def test_fails_when_a_new_vm_type_has_no_price(cli, tmp_path):
    path = tmp_path / "prices.json"
    path.write_text('{"vm_types": {"Standard_X": {"dbu_per_hour": 1}}}')

    code, _, err = cli(
        "cost", "--attendees", "1", "--hours", "1", "--vm-type", "Standard_X", "--prices", str(path)
    )

    assert code == 2
    assert "no VM price known for Standard_X" in err


def _settings(tmp_path, **values) -> str:
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps(values))
    return str(path)


def test_cost_defaults_to_the_node_type_and_idle_time_of_the_workshop_file(cli, tmp_path):
    path = _settings(tmp_path, node_type_id="Standard_E4ds_v4", autotermination_minutes=30)

    code, out, err = cli("cost", "--attendees", "140", "--hours", "4", "--workshop-file", path)

    assert code == 0, err
    assert list(_rows(out)) == [("Standard_E4ds_v4", "4")]
    # 140 x (4 h + 0.5 h first start) = 630 cluster-hours x 1 DBU; 145 warm VMs x 0.5 h =
    # 72.5 idle VM-hours; VM (630 + 72.5) x $0.30 = $210.75, DBU 630 x $0.55 = $346.50.
    assert _day_rows(out)[("Standard_E4ds_v4", "4")] == [
        "630",
        "630",
        "72.5",
        "$210.75",
        "$346.50",
        "$557.25",
    ]
    assert "first start at deploy (0.5 h" in out


def test_cost_reads_the_workshop_file_of_the_environment_and_the_options_win(
    cli, tmp_path, monkeypatch
):
    monkeypatch.setenv(WORKSHOP_FILE_ENV, _settings(tmp_path, node_type_id="Standard_DS4_v2"))

    code, out, _ = cli("cost", "--attendees", "10", "--hours", "2")
    assert code == 0
    assert list(_rows(out)) == [("Standard_DS4_v2", "2")]

    code, out, _ = cli(
        "cost", "--attendees", "10", "--hours", "2", "--vm-type", "Standard_DS3_v2",
        "--first-start-hours", "0",
    )  # fmt: skip
    assert code == 0
    assert list(_rows(out)) == [("Standard_DS3_v2", "2")]
    assert _day_rows(out)[("Standard_DS3_v2", "2")][0] == "20"  # 10 x 2 h, no first start


def test_cost_refuses_a_workshop_file_synthesis_would_refuse(cli, tmp_path):
    path = _settings(tmp_path, node_type_id="", autotermination_minutes="an hour")

    code, out, err = cli("cost", "--attendees", "10", "--hours", "2", "--workshop-file", path)

    assert code == 2
    assert "node_type_id: must not be empty" in err
    assert "autotermination_minutes: wrong type" in err
    assert not out


def test_cost_shows_a_first_start_of_50_minutes_as_about_0_83_h(cli, tmp_path):
    path = tmp_path / "workshop.json"
    path.write_text('{"autotermination_minutes": 50}')
    code, out, err = cli("cost", "--attendees", "10", "--hours", "4", "--workshop-file", str(path))
    assert code == 0, err
    assert "first start at deploy (about 0.83 h," in out
    assert "0.8333" not in out


@pytest.mark.parametrize(
    ("settings", "warm"),
    [({"pool_capacity_headroom": 0}, 140), ({"pool_capacity_headroom": 20}, 160),
     ({"pool_max_capacity": 150}, 150)],
)  # fmt: skip
def test_cost_warms_what_pool_warm_fills_by_default(cli, tmp_path, settings, warm):
    path = _settings(tmp_path, **settings)
    code, out, err = cli("cost", "--attendees", "140", "--hours", "4", "--workshop-file", path)
    assert code == 0, err
    assert f"plus {warm} warm pool VMs for 0.5 h" in out
    code, out, err = cli(
        "cost", "--attendees", "140", "--hours", "4", "--workshop-file", path, "--warm-vms", "7"
    )
    assert "plus 7 warm pool VMs" in out, "the option wins"
