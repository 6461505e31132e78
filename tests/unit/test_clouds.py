"""The cloud inputs: each cloud's spelling of availability (held to the Databricks SDK's own
enums), each cloud's block and policy paths, and the rules that refuse a setting its cloud
does not have."""

from __future__ import annotations

import pytest
from databricks.sdk.service import compute

from coding_assistants import clouds, facts
from coding_assistants.props import CodingAssistantsClusterProps, PropsError
from coding_assistants.roster import parse_roster
from coding_assistants.workshop.props import WorkshopProps

REQUIRED = {"cluster_name": "c", "catalog_name": "main"}
ROSTER = parse_roster("ada@example.com")


def cluster(**values):
    return CodingAssistantsClusterProps(**REQUIRED, **values)


def workshop(**values):
    return WorkshopProps(attendees=ROSTER, **values)


def test_cluster_availability_is_spelt_as_the_sdk_spells_each_cloud():
    sdk = {
        "aws": compute.AwsAvailability,
        "azure": compute.AzureAvailability,
        "gcp": compute.GcpAvailability,
    }
    for cloud, enum in sdk.items():
        assert set(clouds.AVAILABILITY[cloud]) == {a.value for a in clouds.Availability}
        assert set(clouds.AVAILABILITY[cloud].values()) == {m.value for m in enum}, cloud


def test_pool_availability_is_what_each_clouds_pool_takes():
    sdk = {
        "aws": compute.InstancePoolAwsAttributesAvailability,
        "azure": compute.InstancePoolAzureAttributesAvailability,
        "gcp": compute.GcpAvailability,  # gcp_availability of InstancePoolGcpAttributes
    }
    for cloud, enum in sdk.items():
        assert set(clouds.POOL_AVAILABILITY[cloud].values()) == {m.value for m in enum}, cloud


def test_block_attributes_are_the_sdks_fields():
    """Every attribute a block sets is a field of the SDK's attributes class of that cloud."""
    import dataclasses

    classes = {
        ("cluster", "aws"): compute.AwsAttributes,
        ("cluster", "azure"): compute.AzureAttributes,
        ("cluster", "gcp"): compute.GcpAttributes,
        ("pool", "aws"): compute.InstancePoolAwsAttributes,
        ("pool", "azure"): compute.InstancePoolAzureAttributes,
        ("pool", "gcp"): compute.InstancePoolGcpAttributes,
    }
    tables = {"cluster": clouds.CLUSTER_ATTRIBUTES, "pool": clouds.POOL_ATTRIBUTES}
    for (kind, cloud), cls in classes.items():
        names = {f.name for f in dataclasses.fields(cls)}
        assert set(tables[kind][cloud]) <= names, (kind, cloud)


def test_no_cloud_means_no_block_and_no_policy_path():
    values = cluster().values
    assert clouds.cluster_block(None, values) is None
    assert clouds.pool_block(None, values) is None
    assert clouds.cluster_paths(None) == ()


def test_each_cloud_gets_its_own_block_name():
    values = cluster(cloud="gcp", availability="ON_DEMAND").values
    assert clouds.cluster_block("gcp", values) == (
        "gcp_attributes",
        {"availability": "ON_DEMAND_GCP", "zone_id": "AUTO"},
    )
    assert clouds.cluster_paths("azure") == (
        "azure_attributes.availability",
        "azure_attributes.first_on_demand",
        "azure_attributes.spot_bid_max_price",
    )


def test_a_given_zone_passes_as_written():
    values = cluster(cloud="gcp", zone_id="us-central1-a").values
    assert clouds.cluster_block("gcp", values)[1]["zone_id"] == "us-central1-a"


def test_the_node_type_follows_the_cloud_unless_given():
    assert clouds.developer_node_type(None) == facts.DEVELOPER_NODE_TYPES["azure"]
    assert clouds.developer_node_type("aws") == "m5d.2xlarge"
    assert workshop(cloud="gcp").pool_node_type == "n2-standard-4"
    assert workshop(cloud="gcp", node_type_id="t2a-standard-4").pool_node_type == "t2a-standard-4"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"cloud": "oci"}, "cloud: not a known value, got 'oci'"),
        ({"cloud": "aws", "availability": "spot"}, "availability: not a known value"),
        ({"availability": "ON_DEMAND"}, "availability: only with cloud set"),
        ({"cloud": "azure", "zone_id": "eastus-1"}, "zone_id: only for cloud aws or gcp"),
        ({"cloud": "aws", "zone_id": "us west 2"}, "zone_id: invalid format"),
        ({"cloud": "gcp", "first_on_demand": 0}, "first_on_demand: only for cloud aws or azure"),
        ({"cloud": "aws", "first_on_demand": -1}, "first_on_demand: out of range"),
        ({"cloud": "azure", "spot_bid_price_percent": 50}, "spot_bid_price_percent: only for"),
        ({"cloud": "aws", "spot_bid_price_percent": 0}, "spot_bid_price_percent: out of range"),
        ({"cloud": "aws", "spot_bid_max_price": 0.2}, "spot_bid_max_price: only for cloud azure"),
        ({"cloud": "azure", "spot_bid_max_price": 0}, "spot_bid_max_price: out of range"),
        ({"cloud": "azure", "spot_bid_max_price": "0.2"}, "spot_bid_max_price: wrong type"),
        ({"cloud": "azure", "spot_bid_max_price": True}, "spot_bid_max_price: wrong type"),
        ({"node_type_id": " "}, "node_type_id: must not be empty"),
    ],
)
def test_fails_when_a_cloud_input_is_wrong(values, message):
    with pytest.raises(PropsError, match=message):
        cluster(**values)


def test_azure_takes_a_spot_price_in_dollars():
    assert cluster(cloud="azure", spot_bid_max_price=0.125).spot_bid_max_price == 0.125


def test_fails_when_a_pool_on_aws_or_azure_asks_for_spot_with_fallback():
    for cloud in ("aws", "azure"):
        with pytest.raises(PropsError, match="availability: not available for a pool"):
            workshop(cloud=cloud, availability="SPOT_WITH_FALLBACK")
    assert workshop(cloud="gcp", availability="SPOT_WITH_FALLBACK").availability


def test_a_workshop_pool_is_on_demand_unless_the_facilitator_chooses_spot():
    values = workshop(cloud="azure").values
    assert clouds.pool_block("azure", values) == (
        "azure_attributes",
        {"availability": "ON_DEMAND_AZURE", "spot_bid_max_price": -1},
    )
