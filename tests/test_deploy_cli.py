"""`make deploy` with the real pinned cdktf-cli (npm, installed once into the test cache) on a
machine without registry access: the CLI runs from its local prefix, synthesizes nothing
itself (``--skip-synth``) and hands the root stack to the `terraform` on PATH, whose
``terraform init`` takes the provider from a filesystem mirror (README "Deploying"). The mirror
holds a placeholder that cannot start, so nothing is ever deployed: the run stops at the plan.

The project is copied (its git files) so that the checkout's own ``cdktf.out`` never receives
a lock file that pins the placeholder. The copy's `.venv` holds only a `python` that runs the
checkout's interpreter and the Makefile's install stamp, so `make` installs nothing into the
checkout's environment."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from coding_assistants.facts import DEFAULT_ENGINE
from tests.conftest import REPO
from tests.project_copy import copy_project
from tests.real_client.cache import cache_root
from tests.terraform.test_versions import mirror_config

pytestmark = pytest.mark.deploy_cli

CLI_VERSION = re.search(
    r"^CDKTF_CLI_VERSION := (\S+)$", (REPO / "Makefile").read_text(), re.MULTILINE
).group(1)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the checkout's files, running the checkout's interpreter."""
    return copy_project(tmp_path / "project")


def test_make_deploy_runs_the_local_cli_and_terraform_init_through_a_mirror(project, tmp_path):
    if shutil.which("npm") is None or shutil.which("terraform") is None:
        pytest.skip("npm and terraform are needed on PATH")
    tools = cache_root() / f"cdktf-cli-{CLI_VERSION}"
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS") and not k.startswith("DATABRICKS_")
        },  # the settings variables are gone already (tests/conftest.py)
        "ENGINE": DEFAULT_ENGINE,
        "CI": "1",
        "TF_CLI_CONFIG_FILE": str(mirror_config(tmp_path, "1.99.0")),
        "DATABRICKS_HOST": "https://127.0.0.1:9",  # never reached: the provider cannot start
        "DATABRICKS_TOKEN": "unused-test-value",
    }
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(project), f"TOOLS={tools}", "deploy"],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )  # fmt: skip
    out = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert result.returncode != 0, out[-2000:]
    assert (tools / "node_modules/.bin/cdktf").exists()
    assert 'Finding databricks/databricks versions matching ">= 1.99.0, < 2.0.0"' in out, out
    assert "Installed databricks/databricks v1.99.0" in out, out
    stack = project / "cdktf.out/stacks/coding-assistants-cluster"
    assert 'version     = "1.99.0"' in (stack / ".terraform.lock.hcl").read_text()
    assert "installing pinned dependencies" not in out


@pytest.mark.parametrize("engine", ["CDKTF", "cdktf cdktn"])
def test_cdktf_synth_with_an_unusable_engine_prints_makes_one_line(project, tmp_path, engine):
    """`cdktf synth` runs main.py itself (cdktf.json): an unusable ENGINE ends there with make's
    one line and exit 2, no Python traceback in what the CLI passes on."""
    if shutil.which("npm") is None:
        pytest.skip("npm is needed on PATH")
    tools = cache_root() / f"cdktf-cli-{CLI_VERSION}"
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")} | {
        "ENGINE": DEFAULT_ENGINE,
        "CI": "1",
    }
    installed = subprocess.run(
        ["make", "--no-print-directory", "-C", str(project), f"TOOLS={tools}", "cli"],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    result = subprocess.run(
        [str(tools / "node_modules/.bin/cdktf"), "synth"],
        cwd=project, capture_output=True, text=True, env={**env, "ENGINE": engine},
        timeout=600, check=False,
    )  # fmt: skip
    out = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert result.returncode != 0
    assert f"error: ENGINE must be cdktf or cdktn, got '{engine}'" in out, out[-2000:]
    assert "Traceback" not in out
