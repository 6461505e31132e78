# A plain Terraform root configuration that uses the synthesized module by relative path.
# ./coding-assistants-cluster links to cdktf.out/stacks/coding-assistants-cluster-module, which
# `make synth` writes; with a release archive, point `source` at its module/ directory instead.
terraform {
  required_version = ">= 1.2"
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = ">= 1.40.0, < 2.0.0"
    }
  }
}

# Credentials come from the environment (DATABRICKS_HOST and DATABRICKS_TOKEN) or a profile.
provider "databricks" {}

module "coding_cluster" {
  source = "./coding-assistants-cluster"

  cluster_name            = "ai-dev-cluster"
  catalog_name            = "main"
  cluster_mode            = "SINGLE_NODE"
  autotermination_minutes = 60
  mlflow_experiment_name  = "/Workspace/Shared/claude-code-tracing"
  tags = {
    Environment = "dev"
    Team        = "data-platform"
  }
}

output "cluster_url" {
  description = "Open the cluster in the workspace."
  value       = module.coding_cluster.cluster_url
}

output "init_script_path" {
  description = "Where the init script was uploaded."
  value       = module.coding_cluster.init_script_path
}
