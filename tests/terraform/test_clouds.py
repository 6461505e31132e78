"""Every cloud through the real Terraform engine: the cluster stack, the module and both workshop
stacks plan with the cloud's own attributes block and no block of another cloud; the module
with ``cloud`` unset plans no block at all, as the HCL module did."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from coding_assistants import clouds, facts
from coding_assistants.stacks import MODULE_STACK
from coding_assistants.workshop.stacks import FLEET_STACK, SHARED_STACK
from tests.conftest import EXAMPLES
from tests.synth.test_cloud_examples import cloud_synth, workshop_synths  # noqa: F401
from tests.terraform.harness import module_resources, write_root
from tests.terraform.test_versions import floor_tfcheck, run_floor  # noqa: F401
from tests.workshop.conftest import serving_endpoints_data

pytestmark = pytest.mark.terraform

REQUIRED = {"cluster_name": "x", "catalog_name": "main"}
BLOCKS = tuple(clouds.BLOCKS.values())
CLUSTER = "databricks_cluster.coding_assistants"


def blocks_of(planned: dict) -> dict[str, list]:
    """The attributes blocks a planned resource holds (an absent block plans as [])."""
    return {name: planned.get(name) or [] for name in BLOCKS}


def only_block(planned: dict, cloud: str) -> dict:
    """The one block of ``cloud``, after checking that no other cloud's block is planned."""
    found = blocks_of(planned)
    own = clouds.BLOCKS[cloud]
    assert all(not value for name, value in found.items() if name != own), found
    assert len(found[own]) == 1, found
    return found[own][0]


@pytest.fixture(scope="module")
def cluster_plans(cloud_synth, tfcheck) -> dict[str, dict]:  # noqa: F811
    """The plan of each cloud's example cluster stack."""
    with ThreadPoolExecutor(3) as pool:
        runs = {
            cloud: pool.submit(tfcheck, "plan", str(cloud_synth.stack_dir(cloud)), check=True)
            for cloud in facts.CLOUDS
        }
        return {cloud: json.loads(run.result().stdout)["resources"] for cloud, run in runs.items()}


def test_aws_cluster_plans_spot_with_fallback_behind_an_on_demand_driver(cluster_plans):
    cluster = cluster_plans["aws"][CLUSTER]
    assert cluster["node_type_id"] == "m5d.2xlarge"
    block = only_block(cluster, "aws")
    assert (block["availability"], block["first_on_demand"]) == ("SPOT_WITH_FALLBACK", 1)
    assert (block["zone_id"], block["spot_bid_price_percent"]) == ("auto", 100)


def test_azure_cluster_plans_the_azure_spelling(cluster_plans):
    cluster = cluster_plans["azure"][CLUSTER]
    assert cluster["node_type_id"] == "Standard_D8pds_v6"
    block = only_block(cluster, "azure")
    assert block["availability"] == "SPOT_WITH_FALLBACK_AZURE"
    assert (block["first_on_demand"], block["spot_bid_max_price"]) == (1, -1)


def test_gcp_cluster_plans_preemptible_executors_in_an_auto_zone(cluster_plans):
    cluster = cluster_plans["gcp"][CLUSTER]
    assert cluster["node_type_id"] == "n2-standard-8"
    block = only_block(cluster, "gcp")
    assert (block["availability"], block["zone_id"]) == ("PREEMPTIBLE_WITH_FALLBACK_GCP", "AUTO")


MODULE_CALLS = {
    "unset": {},
    "azure": {"cloud": "azure", "availability": "ON_DEMAND", "spot_bid_max_price": 0.5},
    "aws": {"cloud": "aws", "zone_id": "us-west-2a", "spot_bid_price_percent": 90},
    "gcp": {"cloud": "gcp", "availability": "SPOT", "node_type_id": "t2a-standard-8"},
}


@pytest.fixture(scope="module")
def module_plan(default_synth, tfcheck, tmp_path_factory) -> dict:
    """One plan of the module called once per cloud, and once with ``cloud`` unset."""
    module = {"mod": default_synth.stack_dir(MODULE_STACK)}
    calls = {name: ("mod", {**REQUIRED, **args}) for name, args in MODULE_CALLS.items()}
    root = write_root(tmp_path_factory.mktemp("clouds"), module, calls)
    return json.loads(tfcheck("plan", str(root), check=True).stdout)


def test_module_without_cloud_plans_no_block_and_the_hcl_modules_node_type(module_plan):
    cluster = module_resources(module_plan, "unset")[CLUSTER]
    assert blocks_of(cluster) == {name: [] for name in BLOCKS}
    assert cluster["node_type_id"] == "Standard_D8pds_v6"


def test_module_plans_each_clouds_block_from_its_variables(module_plan):
    azure = only_block(module_resources(module_plan, "azure")[CLUSTER], "azure")
    assert azure == {"availability": "ON_DEMAND_AZURE", "first_on_demand": 1,
                     "spot_bid_max_price": 0.5, "log_analytics_info": []}  # fmt: skip
    aws = module_resources(module_plan, "aws")[CLUSTER]
    assert aws["node_type_id"] == "m5d.2xlarge"
    block = only_block(aws, "aws")
    assert (block["zone_id"], block["spot_bid_price_percent"]) == ("us-west-2a", 90)
    gcp = module_resources(module_plan, "gcp")[CLUSTER]
    assert gcp["node_type_id"] == "t2a-standard-8"  # the arm64 option, given
    assert only_block(gcp, "gcp")["availability"] == "PREEMPTIBLE_GCP"


def test_module_plans_every_cloud_against_provider_1_40_0(
    default_synth,
    floor_tfcheck,  # noqa: F811
    tmp_path,
):
    """The module's floor provider has every attribute the blocks set (1.40.0's gcp_attributes
    has no first_on_demand: the GCP block does not set one)."""
    module = {"mod": default_synth.stack_dir(MODULE_STACK)}
    calls = {name: ("mod", {**REQUIRED, **args}) for name, args in MODULE_CALLS.items()}
    plan = run_floor(floor_tfcheck, "plan", str(write_root(tmp_path / "root", module, calls)))
    assert plan.returncode == 0, plan.stderr
    planned = json.loads(plan.stdout)
    for cloud in facts.CLOUDS:
        only_block(module_resources(planned, cloud)[CLUSTER], cloud)


@pytest.fixture(scope="module")
def workshop_plans(workshop_synths, tfcheck, tmp_path_factory) -> dict[tuple[str, str], dict]:  # noqa: F811
    """The plan of both workshop stacks of each cloud's example."""
    values = tmp_path_factory.mktemp("tfcheck") / "data-values.json"
    values.write_text(json.dumps(serving_endpoints_data(**{facts.DEFAULT_CLAUDE_MODEL: "ep-1"})))
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TFCHECK_DATA_VALUES", str(values))
        with ThreadPoolExecutor(2) as pool:
            runs = {
                (cloud, stack): pool.submit(
                    tfcheck, "plan", str(synth.stack_dir(stack)), "--compact", check=True
                )
                for cloud, synth in workshop_synths.items()
                for stack in (SHARED_STACK, FLEET_STACK)
            }
            return {key: json.loads(run.result().stdout)["resources"] for key, run in runs.items()}


@pytest.mark.parametrize("cloud", facts.CLOUDS)
def test_workshop_fleet_plans_the_clouds_pool_and_bare_clusters(cloud, workshop_plans):
    fleet = workshop_plans[(cloud, FLEET_STACK)]
    pool = fleet["databricks_instance_pool.workshop"]
    assert pool["node_type_id"] == facts.WORKSHOP_NODE_TYPES[cloud]
    block = only_block(pool, cloud)
    settings = json.loads((EXAMPLES / f"workshop-{cloud}.json").read_text())
    availability = clouds.POOL_AVAILABILITY[cloud][settings["availability"]]
    assert availability in block.values()
    clusters = [v for k, v in fleet.items() if k.startswith("databricks_cluster.attendee[")]
    assert len(clusters) == 5
    for cluster in clusters:
        assert blocks_of(cluster) == {name: [] for name in BLOCKS}


@pytest.mark.parametrize("cloud", facts.CLOUDS)
def test_workshop_policy_plans_the_clouds_paths_forbidden(cloud, workshop_plans):
    policy = workshop_plans[(cloud, SHARED_STACK)]["databricks_cluster_policy.workshop"]
    definition = json.loads(policy["definition"])
    paths = {p for p in definition if p.split(".")[0] in BLOCKS}
    assert paths == set(clouds.cluster_paths(cloud))
    assert {definition[p]["type"] for p in paths} == {"forbidden"}
