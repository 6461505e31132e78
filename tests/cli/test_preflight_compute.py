"""``preflight``'s node type and runtime rows against the fake workspace: the workshop's choices
offered or not, the nearest ones named, and hostile answers read row by row, bounded, masked and
never ending in a traceback."""

from __future__ import annotations

import json
import re

import pytest

from coding_assistants.cli.core.api import Reply
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services import compute_checks
from coding_assistants.cli.services.compute_checks import check_node_type
from coding_assistants.cli.services.prices import builtin_prices
from coding_assistants.cli.services.workspace_cloud import choose_cloud
from tests.cli.fake_workspace import CANARY_TOKEN, NODE_TYPES, node_type

TIMEOUT = "5"
NODE_TYPES_PATH = "/api/2.0/clusters/list-node-types"
VERSIONS_PATH = "/api/2.0/clusters/spark-versions"


def rows_of(out: str) -> dict[str, tuple[str, str]]:
    found = {}
    for line in out.splitlines():
        match = re.match(r"(node type|runtime)\s+(OK|FAIL|SKIP)\s+(.*)", line)
        if match:
            found[match[1]] = (match[2], " ".join(match[3].split()))
    return found


@pytest.fixture
def preflight(cli, workspace, databricks_cli):
    databricks_cli()

    def run(*args: str) -> dict[str, tuple[str, str]]:
        code, out, err = cli("preflight", "--timeout", TIMEOUT, *args)
        assert "Traceback" not in out + err
        found = rows_of(out)
        assert code == (1 if any(s == "FAIL" for s, _ in found.values()) else 0), out
        return found

    return run


def test_offered_node_type_and_runtime_pass_with_their_size(preflight):
    found = preflight("--node-type", "Standard_DS4_v2", "--spark-version", "17.3.x-scala2.13")
    assert found == {
        "node type": ("OK", "Standard_DS4_v2: 8 cores, 28 GB"),
        "runtime": ("OK", "17.3.x-scala2.13: offered"),
    }


def test_a_node_type_the_workspace_lacks_names_the_nearest_it_offers(preflight):
    status, rest = preflight("--node-type", "Standard_DS3v2")["node type"]
    assert status == "FAIL"
    assert rest.startswith("Standard_DS3v2 is not offered by this workspace")
    assert "the nearest offered: Standard_DS3_v2" in rest
    assert "databricks clusters list-node-types" in rest


def test_a_node_type_in_another_case_is_named_first(preflight):
    status, rest = preflight("--node-type", "standard_ds4_v2")["node type"]
    assert status == "FAIL"
    assert "the nearest offered: Standard_DS4_v2" in rest


def test_a_runtime_the_workspace_lacks_names_the_nearest_it_offers(preflight):
    status, rest = preflight("--spark-version", "17.3.x-cpu-ml-scala2.12")["runtime"]
    assert status == "FAIL"
    assert "the nearest offered: 17.3.x-cpu-ml-scala2.13" in rest


def test_an_arm64_node_type_says_what_its_offline_bundle_needs(preflight):
    status, rest = preflight("--node-type", "Standard_D8pds_v6")["node type"]
    assert status == "OK"
    assert rest == (
        "Standard_D8pds_v6: 8 cores, 32 GB, arm64 (an offline bundle needs stage-offline "
        "--platform linux-arm64)"
    )


def test_a_deprecated_node_type_passes_with_a_word_of_warning(preflight):
    status, rest = preflight("--node-type", "Standard_D3_v2")["node type"]
    assert (status, rest.endswith("deprecated by Databricks: a newer type is faster")) == (
        "OK",
        True,
    )


def test_the_workshop_files_node_type_runtime_and_cloud_are_the_defaults(preflight, tmp_path):
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps({"cloud": "gcp", "spark_version": "17.3.x-scala2.13"}))
    found = preflight("--workshop-file", str(path))
    assert found["runtime"] == ("OK", "17.3.x-scala2.13: offered")
    assert found["node type"][0] == "FAIL"
    assert found["node type"][1].startswith("n2-standard-4 is not offered")  # GCP's default
    path.write_text(json.dumps({"node_type_id": "Standard_D4ds_v5"}))
    assert preflight("--workshop-file", str(path))["node type"][0] == "OK"


def test_node_types_beyond_the_bound_are_not_read(preflight, workspace):
    workspace.node_types = [node_type(f"Big_{i}", 4, 16) for i in range(6000)]
    assert preflight("--node-type", "Big_10")["node type"] == (
        "OK",
        "Big_10: 4 cores, 16 GB (only the first 5000 node types read)",
    )
    status, rest = preflight("--node-type", "Big_5500")["node type"]
    assert status == "FAIL" and "(only the first 5000 node types read)" in rest


def test_malformed_entries_are_left_out_one_by_one(preflight, workspace):
    workspace.node_types = [
        {"node_type_id": 5},
        "Standard_DS3_v2",
        {"node_type_id": "x" * 500},
        {"node_type_id": "Standard_DS4_v2", "num_cores": "eight"},
        {"node_type_id": "Standard_DS4_v2", "is_graviton": "yes"},
        None,
        *NODE_TYPES,
    ]
    workspace.spark_versions = [{"key": None}, {"name": "no key"}, 42, *workspace.spark_versions]
    found = preflight()
    assert found["node type"] == (
        "OK",
        "Standard_DS3_v2: 4 cores, 14 GB (6 malformed node types left out)",
    )
    assert found["runtime"] == (
        "OK",
        "17.3.x-cpu-ml-scala2.13: offered (3 malformed runtimes left out)",
    )


@pytest.mark.parametrize(
    ("node_types", "words"),
    [
        ("lots", 'node_types: expected a list, got "lots"'),
        ({"Standard_DS3_v2": {}}, "node_types: expected a list, got {"),
        (None, "node_types: expected a list, got null"),
    ],
)
def test_a_listing_of_the_wrong_shape_fails_the_row_and_says_why(
    preflight, workspace, node_types, words
):
    workspace.node_types = node_types
    status, rest = preflight()["node type"]
    assert status == "FAIL"
    assert words in rest
    assert "/api/2.0/clusters/list-node-types" in rest  # the source is named


@pytest.mark.parametrize(
    "raw",
    [b"<html>Service Unavailable</html>", b"[" * 200_000, b'{"versions": ' * 50_000, b""],
    ids=["html", "deep-list", "deep-object", "empty"],
)
def test_an_answer_that_is_not_json_fails_the_row_without_a_traceback(preflight, workspace, raw):
    workspace.raw_bodies[VERSIONS_PATH] = raw
    status, rest = preflight()["runtime"]
    assert status == "FAIL"
    assert "versions: missing; expected a list" in rest


def test_a_refusal_fails_the_row_and_masks_an_echoed_token(preflight, workspace):
    workspace.echo = f"token={CANARY_TOKEN}"
    workspace.node_types = []
    workspace.retry_after[NODE_TYPES_PATH] = ("600", 1)
    status, rest = preflight()["node type"]
    assert status == "FAIL"
    assert "rate limited: the workspace asked to wait 600 s" in rest


def test_identifiers_carrying_a_token_are_masked_when_named(preflight, workspace):
    workspace.node_types = [node_type(f"Standard_{CANARY_TOKEN}", 4, 16)]
    status, rest = preflight("--node-type", "Standard_dapiCANARY")["node type"]
    assert status == "FAIL"
    assert "Standard_dapi****" in rest  # the cli fixture fails on any longer piece of it


def test_a_slow_listing_is_cut_off_at_the_deadline(cli, workspace, databricks_cli):
    databricks_cli()
    workspace.hang_seconds[VERSIONS_PATH] = 30
    code, out, _ = cli("preflight", "--timeout", "3")
    assert code == 1
    status, rest = rows_of(out)["runtime"]
    assert status == "FAIL" and "within --timeout 3 s" in rest


# -- the workspace's cloud, from its URL --------------------------------------------------------


class _Listed:
    """A workspace at an Azure URL that lists ``NODE_TYPES``."""

    host = "https://adb-1234567890123456.7.azuredatabricks.net"

    def call(self, method: str, path: str) -> Reply:
        return Reply(200, {"node_types": NODE_TYPES})


def test_a_node_type_of_another_cloud_names_this_clouds_workshop_default():
    cloud = choose_cloud(None, None, _Listed.host)
    found = check_node_type(_Listed(), Console(), "m5d.xlarge", cloud, builtin_prices().cloud_of)
    assert found.status == "FAIL"
    assert "m5d.xlarge is not offered by this workspace: a VM type of AWS" in found.detail
    assert "this workspace is on Azure" in found.detail
    assert found.fix.startswith("set node_type_id or --node-type to the nearest offered: ")
    assert "Standard_DS3_v2" in found.fix  # Azure's workshop node type comes first


def test_without_a_node_type_the_workspace_urls_cloud_picks_the_default():
    class AwsWorkspace(_Listed):
        host = "https://dbc-1a2b3c4d-5e6f.cloud.databricks.com"

        def call(self, method: str, path: str) -> Reply:
            entries = [node_type("m5d.xlarge", 4, 16)] if "node" in path else []
            key = "node_types" if "node" in path else "versions"
            return Reply(200, {key: entries})

    found = compute_checks.compute_checks(
        AwsWorkspace(), Console(), None, "17.3.x-cpu-ml-scala2.13", None
    )
    assert (found[0].status, found[0].detail) == ("OK", "m5d.xlarge: 4 cores, 16 GB")
    assert found[1].status == "FAIL"  # an empty list of runtimes
