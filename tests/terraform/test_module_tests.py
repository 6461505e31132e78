"""The module's own Terraform tests (``tests/module.tftest.hcl``) pass under ``terraform test``
in the synthesized module and in the release, as a Terraform team runs them: ``terraform init``
then ``terraform test``. The provider comes from tfcheck's offline stub (a filesystem mirror and
a development override), since the real one cannot be downloaded here; the tests mock it."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from coding_assistants import module_tests, node_settings
from coding_assistants.facts import MODULE_TESTS_PATH
from coding_assistants.stacks import MODULE_STACK
from tests.conftest import terraform_env

pytestmark = pytest.mark.terraform


@pytest.fixture(scope="session")
def stub_env(tfcheck, terraform_home, tmp_path_factory) -> dict[str, str]:
    """The environment ``tfcheck env`` prints (a CLI config offering the stub provider)."""
    printed = tfcheck("env", str(tmp_path_factory.mktemp("stub")), check=True).stdout
    env = terraform_env(terraform_home)
    for line in printed.splitlines():
        words = shlex.split(line)
        if words[:1] == ["export"]:
            env.update(word.split("=", 1) for word in words[1:])
    return env


def terraform(env: dict[str, str], module: Path, *args: str) -> subprocess.CompletedProcess[str]:
    binary = env.get("TFCHECK_TERRAFORM", "terraform")
    return subprocess.run(
        [binary, f"-chdir={module}", *args, "-no-color"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def init_and_test(env: dict[str, str], module: Path) -> subprocess.CompletedProcess[str]:
    init = terraform(env, module, "init", "-input=false")
    assert init.returncode == 0, init.stdout + init.stderr
    return terraform(env, module, "test")


def runs_in(module: Path) -> int:
    return len(re.findall(r'^run "', (module / MODULE_TESTS_PATH).read_text(), re.MULTILINE))


def test_terraform_test_passes_in_the_synthesized_module(default_synth, stub_env, tmp_path):
    module = tmp_path / "module"
    shutil.copytree(default_synth.stack_dir(MODULE_STACK), module)
    assert (module / MODULE_TESTS_PATH).read_text() == module_tests.render()
    result = init_and_test(stub_env, module)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Success! {runs_in(module)} passed, 0 failed." in result.stdout
    assert runs_in(module) >= 10


def test_terraform_test_fails_when_the_module_breaks_a_promise(default_synth, stub_env, tmp_path):
    """The tests can fail: a module whose cluster forgets a node setting is caught."""
    module = tmp_path / "module"
    shutil.copytree(default_synth.stack_dir(MODULE_STACK), module)
    json_file = module / "cdk.tf.json"
    stack = json.loads(json_file.read_text())
    cluster = stack["resource"]["databricks_cluster"]["coding_assistants"]
    name, env = next((n, s.env) for n, s in node_settings.declared().items() if n == "claude_model")
    entry = f'(var.{name} == null) ? {{}} : {{"{env}" = var.{name}}}'
    assert entry in cluster["spark_env_vars"]
    cluster["spark_env_vars"] = cluster["spark_env_vars"].replace(entry, "{}")
    json_file.write_text(json.dumps(stack))
    result = init_and_test(stub_env, module)
    assert result.returncode != 0
    assert "Failure!" in result.stdout, result.stdout + result.stderr
    assert f"{name} does not reach the node as {env}" in " ".join(result.stderr.split())


def test_terraform_test_passes_in_the_released_module(released, stub_env, tmp_path):
    with tarfile.open(released) as tar:
        tar.extractall(tmp_path, filter="data")
    (module,) = tmp_path.glob("*/module")
    assert (module / MODULE_TESTS_PATH).is_file()
    result = init_and_test(stub_env, module)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Success! {runs_in(module)} passed, 0 failed." in result.stdout
