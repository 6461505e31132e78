"""``coding-assistants cost`` on every cloud: each cloud's VM types and DBU price per tier, the
cloud from --cloud, the workshop file, the workspace URL or the VM type, and price files with a
section per cloud."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from coding_assistants.cli.services.prices import (
    PriceError,
    builtin_prices,
    cloud_view,
    load_price_file,
)
from coding_assistants.cli.services.workspace_cloud import choose_cloud, cloud_of_host


@pytest.fixture(autouse=True)
def no_workspace(monkeypatch):
    """No workspace URL of the machine's own: each test sets the one it means."""
    monkeypatch.delenv("DATABRICKS_HOST", raising=False)


def rows(out: str) -> dict[tuple[str, str], list[str]]:
    """The estimate table's rows by (VM type, hours)."""
    table = out.split("(per cluster-hour rates")[0].splitlines()[3:]
    return {(cells[0], cells[1]): cells[2:] for cells in map(str.split, table) if cells}


@pytest.mark.parametrize(
    ("cloud", "vm_type", "cells"),
    [
        # 140 x 4 h x $0.20 = $112.00; x 0.75 DBU x $0.55 = $231.00 (the guide's)
        ("azure", "Standard_DS3_v2", ["$0.20", "$0.4125", "$112.00", "$231.00", "$343.00"]),
        # 140 x 4 h x $0.226 = $126.56; x 0.69 DBU x $0.55 = $212.52
        ("aws", "m5d.xlarge", ["$0.226", "$0.3795", "$126.56", "$212.52", "$339.08"]),
        # 140 x 4 h x $0.1942 = $108.752; x 0.72 DBU x $0.55 = $221.76
        ("gcp", "n2-standard-4", ["$0.1942", "$0.396", "$108.75", "$221.76", "$330.51"]),
    ],
)
def test_cost_shows_each_clouds_workshop_node_type_by_default(cli, cloud, vm_type, cells):
    code, out, err = cli("cost", "--attendees", "140", "--hours", "4", "--cloud", cloud)

    assert code == 0, err
    assert rows(out) == {(vm_type, "4"): cells}
    label = {"azure": "Azure", "aws": "AWS", "gcp": "GCP"}[cloud]
    assert f"on {label}" in out.splitlines()[0]
    assert f"{label} figures:" in out  # where the built-in figures come from, dated
    assert "read 2026-1" in out


@pytest.mark.parametrize(
    ("host", "vm_type"),
    [
        ("https://adb-1234567890123456.7.azuredatabricks.net", "Standard_DS3_v2"),
        ("https://dbc-a1b2c3d4-e5f6.cloud.databricks.com/", "m5d.xlarge"),
        ("1234567890123456.7.gcp.databricks.com", "n2-standard-4"),
    ],
)
def test_cost_infers_the_cloud_from_the_workspace_url(cli, monkeypatch, host, vm_type):
    monkeypatch.setenv("DATABRICKS_HOST", host)
    code, out, _ = cli("cost", "--attendees", "10", "--hours", "2")
    assert code == 0
    assert list(rows(out)) == [(vm_type, "2")]
    assert "from the workspace URL, DATABRICKS_HOST" in out


def test_cost_takes_the_cloud_of_the_workshop_file_over_the_workspace_url(
    cli, monkeypatch, tmp_path
):
    monkeypatch.setenv("DATABRICKS_HOST", "https://adb-1.2.azuredatabricks.net")
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps({"cloud": "gcp"}))
    code, out, _ = cli("cost", "--attendees", "10", "--hours", "2", "--workshop-file", str(path))
    assert code == 0
    assert list(rows(out)) == [("n2-standard-4", "2")]
    assert "from the workshop file's cloud" in out


def test_cost_compares_clouds_in_one_table_each_at_its_own_dbu_price(cli):
    code, out, _ = cli(
        "cost", "--attendees", "10", "--hours", "1", "--tier", "enterprise",
        "--vm-type", "m6gd.xlarge", "--vm-type", "i3.xlarge",
    )  # fmt: skip
    assert code == 0
    # Enterprise on AWS: $0.65 per DBU; m6gd.xlarge (Graviton) 0.77 DBU/h, i3.xlarge 1 DBU/h.
    assert rows(out)[("m6gd.xlarge", "1")][:2] == ["$0.180", "$0.5005"]  # one column, 3 places
    assert rows(out)[("i3.xlarge", "1")][:2] == ["$0.312", "$0.6500"]
    assert "$0.65 per DBU (Enterprise tier, all-purpose compute, list price)" in out


def test_cost_names_each_cloud_when_the_table_spans_them(cli):
    code, out, _ = cli(
        "cost", "--attendees", "1", "--hours", "1",
        "--vm-type", "Standard_DS3_v2", "--vm-type", "n2-standard-8", "--vm-type", "t2a-standard-8",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0].endswith("on Azure and GCP")
    assert "Clouds: Azure and GCP" in out
    assert "Azure: $0.55 per DBU" in out and "GCP: $0.55 per DBU" in out
    assert rows(out)[("t2a-standard-8", "1")] == ["$0.3080", "n/a", "$0.31", "n/a", "n/a"]
    assert "About t2a-standard-8: no DBU rate was found for Tau T2A" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--cloud", "gcp", "--tier", "standard"), "no standard tier DBU price for GCP"),
        (("--cloud", "aws", "--tier", "standard"), "(it has premium, enterprise)"),
        (("--cloud", "gcp", "--vm-type", "m5d.xlarge"), "m5d.xlarge is in the price table of AWS"),
        (("--cloud", "aws", "--vm-type", "m5d.xlarg"), "Did you mean m5d.xlarge? Known AWS types"),
        (("--cloud", "oci",), "argument --cloud: invalid choice: 'oci'"),
    ],
)  # fmt: skip
def test_fails_when_the_cloud_and_the_prices_do_not_fit(cli, args, message):
    code, out, err = cli("cost", "--attendees", "1", "--hours", "1", *args)
    assert code == 2
    assert message in err
    assert out == ""


def test_cost_takes_a_standard_tier_where_a_cloud_still_has_it(cli):
    code, out, _ = cli("cost", "--attendees", "100", "--hours", "1", "--tier", "standard")
    assert code == 0
    assert rows(out)[("Standard_DS3_v2", "1")][1] == "$0.30"  # 0.75 DBU x $0.40


def test_a_price_file_overrides_a_clouds_section_and_its_top_level_the_estimates_cloud(tmp_path):
    path = tmp_path / "prices.json"
    path.write_text(
        json.dumps(
            {
                "clouds": {"gcp": {"dbu_usd": {"premium": "0.60"}, "vm_types": {
                    "N2-STANDARD-4": {"vm_usd_per_hour": "0.21"}}}},
                "vm_types": {"m5d.xlarge": {"dbu_per_hour": "0.7"}, "r6i.xlarge": {
                    "vm_usd_per_hour": "0.252", "dbu_per_hour": "0.9"}},
                "dbu_usd": "0.50",
            }
        )
    )  # fmt: skip
    table = load_price_file(builtin_prices(), path, "aws")
    gcp, aws = table.clouds["gcp"], table.clouds["aws"]
    assert gcp.vm_types["n2-standard-4"].vm_usd_per_hour == Decimal("0.21")  # merged by name
    assert gcp.vm_types["n2-standard-4"].dbu_per_hour == Decimal("0.72")  # kept
    assert table.dbu_usd("gcp", "premium") == Decimal("0.60")
    assert aws.vm_types["m5d.xlarge"].dbu_per_hour == Decimal("0.7")
    assert "r6i.xlarge" in aws.vm_types  # a new type: the estimate's cloud's
    assert table.dbu_usd("aws", "enterprise") == Decimal("0.50")  # one number: every tier
    assert table.clouds["azure"] == builtin_prices().clouds["azure"]  # untouched


def test_a_top_level_vm_type_of_another_cloud_stays_in_that_clouds_section(tmp_path):
    path = tmp_path / "prices.json"
    path.write_text('{"vm_types": {"standard_ds3_v2": {"vm_usd_per_hour": "0.25"}}}')
    table = load_price_file(builtin_prices(), path, "gcp")
    assert table.clouds["azure"].vm_types["Standard_DS3_v2"].vm_usd_per_hour == Decimal("0.25")
    assert "standard_ds3_v2" not in table.clouds["gcp"].vm_types


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"clouds": {"oci": {}}}', "clouds.oci: unknown cloud"),
        ('{"clouds": []}', "clouds: expected an object of cloud to prices"),
        ('{"clouds": {"aws": {"price": 1}}}', "clouds.aws.price: unknown field"),
        ('{"clouds": {"aws": {"dbu_usd": {"gold": "1"}}}}', "aws.dbu_usd.gold: unknown tier"),
        ('{"clouds": {"aws": {"dbu_usd": {"premium": "0"}}}}', "dbu_usd.premium: must be"),
        ('{"clouds": {"gcp": {"vm_types": {"x": {"vm_usd_per_hour": "-1"}}}}}',
         "clouds.gcp.vm_types.x.vm_usd_per_hour: must be a positive number"),
    ],
)  # fmt: skip
def test_fails_when_a_clouds_section_is_invalid(tmp_path, content, message):
    path = tmp_path / "prices.json"
    path.write_text(content)
    with pytest.raises(PriceError, match=re.escape(message)):
        load_price_file(builtin_prices(), path)


def test_the_built_in_table_has_a_handful_of_types_and_a_dbu_price_per_cloud():
    table = builtin_prices()
    for cloud in ("azure", "aws", "gcp"):
        prices = table.clouds[cloud]
        assert len(prices.vm_types) >= 3, cloud
        assert prices.dbu_usd["premium"] == Decimal("0.55"), cloud
        assert re.search(r"read 2026-\d\d-\d\d", prices.source), cloud
    assert table.cloud_of("M6GD.2XLARGE") == "aws"  # the Graviton option is priced


@pytest.mark.parametrize(
    ("host", "cloud"),
    [
        ("https://adb-1234.5.azuredatabricks.net", "azure"),
        ("ADB-1234.5.AzureDatabricks.NET.", "azure"),
        ("https://dbc-1.cloud.databricks.com:443/?o=1", "aws"),
        ("https://1234.5.gcp.databricks.com", "gcp"),
        ("https://cloud.databricks.com.evil.example", None),
        ("https://notazuredatabricks.net", None),
        ("https://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_the_cloud_of_a_workspace_url(host, cloud):
    assert cloud_of_host(host) == cloud


def test_the_cloud_is_chosen_by_precedence():
    gcp_host = "https://1.2.gcp.databricks.com"
    assert choose_cloud("aws", "azure", gcp_host).cloud == "aws"
    assert choose_cloud(None, "azure", gcp_host).cloud == "azure"
    assert choose_cloud(None, None, gcp_host).cloud == "gcp"
    assert choose_cloud(None, None, "https://example.com").source == "the default"


def test_the_example_price_file_holds_a_section_per_cloud(request):
    path = request.config.rootpath / "examples" / "prices.example.json"
    table = load_price_file(builtin_prices(), path, "aws")
    assert table.clouds["aws"].vm_types["m7gd.xlarge"].dbu_per_hour == Decimal("0.8")
    assert table.clouds["azure"].vm_types["Standard_DS3_v2"].vm_usd_per_hour == Decimal("0.229")
    assert table.dbu_usd("aws", "premium") == Decimal("0.55")  # top-level, for the cloud asked


def test_a_view_of_one_cloud_prices_every_listed_type_and_its_dbu():
    table = builtin_prices()
    view = cloud_view(table, "aws", "enterprise")
    assert view.dbu_usd == Decimal("0.65")
    assert view.vm_types["m5d.xlarge"].dbu_per_hour == Decimal("0.69")
    assert "Standard_DS3_v2" in view.vm_types  # a node type of the day is found on any cloud
    with pytest.raises(PriceError, match="no enterprise tier DBU price for GCP"):
        cloud_view(table, "gcp", "enterprise")
