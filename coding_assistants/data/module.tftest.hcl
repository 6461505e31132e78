# Terraform's own tests of the coding-assistants-cluster module: `terraform init`, then
# `terraform test` in the module directory (Terraform 1.7 or newer: mock_provider). Nothing is
# created: the Databricks provider is mocked, so no workspace or credentials are needed.

mock_provider "databricks" {
  mock_data "databricks_current_user" {
    defaults = {
      user_name     = "someone@example.com"
      workspace_url = "https://adb-1234.5.azuredatabricks.net"
    }
  }
  mock_resource "databricks_volume" {
    defaults = {
      volume_path = "/Volumes/main/default/coding_assistants"
    }
  }
}

variables {
  cluster_name = "ai-dev-cluster"
  catalog_name = "main"
}

run "defaults_give_a_single_user_autoscaling_cluster" {
  assert {
    condition     = databricks_cluster.coding_assistants.data_security_mode == "SINGLE_USER"
    error_message = "the cluster is not single-user"
  }
  assert {
    condition     = databricks_cluster.coding_assistants.single_user_name == "someone@example.com"
    error_message = "the cluster's user is not the deploying identity"
  }
  assert {
    condition     = databricks_cluster.coding_assistants.autotermination_minutes == 30
    error_message = "the default auto-termination is not 30 minutes"
  }
  assert {
    condition = (
      databricks_cluster.coding_assistants.autoscale[0].min_workers == 1 &&
      databricks_cluster.coding_assistants.autoscale[0].max_workers == 3
    )
    error_message = "the default cluster does not autoscale from 1 to 3 workers"
  }
  assert {
    condition = (
      databricks_cluster.coding_assistants.custom_tags["ManagedBy"] == "Terraform" &&
      databricks_cluster.coding_assistants.custom_tags["Purpose"] == "coding-assistants"
    )
    error_message = "the default tags and ManagedBy are not on the cluster"
  }
  assert {
    condition     = databricks_cluster.coding_assistants.spark_env_vars["DATABRICKS_HOST"] == "https://adb-1234.5.azuredatabricks.net"
    error_message = "the node is not told its workspace URL"
  }
  assert {
    condition     = databricks_cluster.coding_assistants.init_scripts[0].volumes[0].destination == "/Volumes/main/default/coding_assistants/install-claude.sh"
    error_message = "the cluster does not run the uploaded init script"
  }
  assert {
    condition     = endswith(databricks_file.init_script.source, "/scripts/install-claude.sh")
    error_message = "the bundled script is not the one uploaded"
  }
  assert {
    condition     = output.volume_full_name == "main.default.coding_assistants"
    error_message = "volume_full_name is not catalog.schema.volume"
  }
}

run "single_node_runs_on_the_driver_alone" {
  variables {
    cluster_mode = "SINGLE_NODE"
    num_workers  = 4
  }
  assert {
    condition     = databricks_cluster.coding_assistants.num_workers == 0 && length(databricks_cluster.coding_assistants.autoscale) == 0
    error_message = "a single-node cluster has workers"
  }
  assert {
    condition = (
      databricks_cluster.coding_assistants.spark_conf["spark.databricks.cluster.profile"] == "singleNode" &&
      databricks_cluster.coding_assistants.custom_tags["ResourceClass"] == "SingleNode"
    )
    error_message = "a single-node cluster lacks its Spark conf or tag"
  }
}

run "fixed_workers_do_not_autoscale" {
  variables {
    num_workers = 4
  }
  assert {
    condition     = databricks_cluster.coding_assistants.num_workers == 4 && length(databricks_cluster.coding_assistants.autoscale) == 0
    error_message = "num_workers does not fix the size"
  }
}

run "own_init_script_is_uploaded" {
  variables {
    init_script_source_path = "./my-install.sh"
  }
  assert {
    condition     = databricks_file.init_script.source == "./my-install.sh"
    error_message = "init_script_source_path is not the uploaded file"
  }
}

run "no_cloud_plans_no_attributes_block_and_the_azure_node_type" {
  assert {
    condition = (
      length(databricks_cluster.coding_assistants.aws_attributes) == 0 &&
      length(databricks_cluster.coding_assistants.azure_attributes) == 0 &&
      length(databricks_cluster.coding_assistants.gcp_attributes) == 0
    )
    error_message = "a cluster without a cloud carries an attributes block"
  }
  assert {
    condition     = databricks_cluster.coding_assistants.node_type_id == "Standard_D8pds_v6"
    error_message = "the default node type is not the Azure one"
  }
}

run "aws_gets_its_node_type_and_aws_attributes_alone" {
  variables {
    cloud = "aws"
  }
  assert {
    condition     = databricks_cluster.coding_assistants.node_type_id == "m5d.2xlarge"
    error_message = "the AWS default node type is not used"
  }
  assert {
    condition = (
      databricks_cluster.coding_assistants.aws_attributes[0].availability == "SPOT_WITH_FALLBACK" &&
      databricks_cluster.coding_assistants.aws_attributes[0].first_on_demand == 1 &&
      databricks_cluster.coding_assistants.aws_attributes[0].zone_id == "auto" &&
      length(databricks_cluster.coding_assistants.azure_attributes) == 0 &&
      length(databricks_cluster.coding_assistants.gcp_attributes) == 0
    )
    error_message = "an AWS cluster does not carry aws_attributes alone"
  }
}

run "gcp_spells_availability_and_zone_its_own_way" {
  variables {
    cloud        = "gcp"
    availability = "SPOT"
  }
  assert {
    condition = (
      databricks_cluster.coding_assistants.gcp_attributes[0].availability == "PREEMPTIBLE_GCP" &&
      databricks_cluster.coding_assistants.gcp_attributes[0].zone_id == "AUTO" &&
      length(databricks_cluster.coding_assistants.aws_attributes) == 0
    )
    error_message = "a GCP cluster's block is not spelt for GCP"
  }
}

run "azure_takes_a_spot_price" {
  variables {
    cloud              = "azure"
    availability       = "SPOT_WITH_FALLBACK"
    spot_bid_max_price = 0.25
  }
  assert {
    condition = (
      databricks_cluster.coding_assistants.azure_attributes[0].availability == "SPOT_WITH_FALLBACK_AZURE" &&
      databricks_cluster.coding_assistants.azure_attributes[0].spot_bid_max_price == 0.25
    )
    error_message = "an Azure cluster's block is not spelt for Azure"
  }
}

run "refuses_a_zone_on_azure" {
  command = plan
  variables {
    cloud   = "azure"
    zone_id = "westeurope-1"
  }
  expect_failures = [databricks_cluster.coding_assistants]
}

run "refuses_a_bad_catalog_name" {
  command = plan
  variables {
    catalog_name = "my catalog"
  }
  expect_failures = [var.catalog_name]
}

run "refuses_a_short_auto_termination" {
  command = plan
  variables {
    autotermination_minutes = 5
  }
  expect_failures = [var.autotermination_minutes]
}

run "refuses_a_tag_that_differs_from_managed_by_in_case" {
  command = plan
  variables {
    tags = { managedby = "me" }
  }
  expect_failures = [var.tags]
}

run "refuses_more_minimum_than_maximum_workers" {
  command = plan
  variables {
    min_workers = 5
    max_workers = 3
  }
  expect_failures = [databricks_cluster.coding_assistants]
}

run "refuses_an_offline_bundle_without_its_hash" {
  command = plan
  variables {
    offline_bundle_path = "/Volumes/main/tools/offline/claude-2.1.0"
    claude_code_version = "2.1.0"
  }
  expect_failures = [databricks_cluster.coding_assistants]
}
