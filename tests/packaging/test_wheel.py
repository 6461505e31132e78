"""The package as a user gets it: a wheel built from the checkout, installed into a fresh virtual
environment with the locked dependencies, running the README's "Use from Python" example from a
directory outside the source tree.

The environment (the engine's locked dependencies and the pinned setuptools) is created once
under ``~/.cache/coding-assistants-tests`` (or ``$CODING_ASSISTANTS_TEST_CACHE``), keyed by the
lock file and pyproject.toml; each run builds the wheel again and reinstalls only the project,
offline.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from coding_assistants.engine import selected_engine
from coding_assistants.facts import ENGINE_LOCKS, EXAMPLE_ROSTER_NAME, INIT_SCRIPT_NAME
from tests.conftest import REPO
from tests.real_client.cache import cache_root, locked

ENGINE = selected_engine()
LOCK = REPO / ENGINE_LOCKS[ENGINE]
SCRIPT = REPO / "init_scripts" / INIT_SCRIPT_NAME
INSTALL_TIMEOUT_S = 900
"""Deadline of one pip run (the first builds the environment from the pip cache or PyPI)."""
SOURCES = ("pyproject.toml", "README.md", "coding_assistants", "init_scripts", "examples")
"""What the wheel is built from: the package and the files its data links point to."""


def _run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        argv, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S, check=False, **kwargs
    )
    assert done.returncode == 0, f"{' '.join(argv)} failed: {done.stderr[-3000:]}"
    return done


def _pip(python: Path, *args: str) -> None:
    _run([str(python), "-m", "pip", "--disable-pip-version-check", "-q", *args])


def _build_pin() -> str:
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]
    (pin,) = requires
    return pin


def _build_wheel(python: Path, work: Path, *offline: str) -> Path:
    """Build the wheel from a copy of the sources (pip builds in place and leaves ``build/``)."""
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        origin = REPO / name
        if origin.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(origin, source / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy2(origin, source / name)
    dist = work / "dist"
    _pip(
        python, "wheel", "--no-deps", "--no-build-isolation", *offline, "-w", str(dist), str(source)
    )
    (wheel,) = dist.glob("*.whl")
    return wheel


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory) -> tuple[Path, Path]:
    """(python of a fresh environment holding the wheel, the wheel)."""
    key = hashlib.sha256(LOCK.read_bytes() + _build_pin().encode()).hexdigest()[:12]
    env = cache_root() / f"wheel-env-{ENGINE}-{key}"
    python = env / "bin" / "python"
    work = tmp_path_factory.mktemp("wheel")
    with locked(env.parent):
        if not (env / ".complete").exists():
            shutil.rmtree(env, ignore_errors=True)  # an unfinished environment of an earlier run
            _run([sys.executable, "-m", "venv", str(env)])
            _pip(python, "install", _build_pin())
            wheel = _build_wheel(python, work)
            _pip(python, "install", "-c", str(LOCK), f"{wheel}[{ENGINE}]")
            (env / ".complete").touch()
        else:
            wheel = _build_wheel(python, work, "--no-index")
            _pip(python, "install", "--no-deps", "--force-reinstall", "--no-index", str(wheel))
    return python, wheel


def readme_example() -> str:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Use from Python", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert match, "README's 'Use from Python' section has no python block"
    return match.group(1)


def test_wheel_holds_the_runtime_files_as_files(installed_wheel):
    """The data links are followed: the wheel holds the committed bytes, not links."""
    _, wheel = installed_wheel
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        assert z.read(f"coding_assistants/data/{INIT_SCRIPT_NAME}") == SCRIPT.read_bytes()
        roster = REPO / "examples" / EXAMPLE_ROSTER_NAME
        assert z.read(f"coding_assistants/data/{EXAMPLE_ROSTER_NAME}") == roster.read_bytes()
    assert {
        "coding_assistants/data/vm_prices.json",
        "coding_assistants/data/module.tftest.hcl",
        "coding_assistants/py.typed",
    } <= names
    assert not any(name.startswith(("init_scripts/", "examples/", "tests/")) for name in names)


def test_readme_example_runs_from_the_installed_wheel(installed_wheel, tmp_path):
    python, _ = installed_wheel
    user = tmp_path / "user"
    user.mkdir()
    probe = (
        "\nimport coding_assistants.props as p\nprint(p.__file__)\nprint(p.BUNDLED_INIT_SCRIPT)\n"
    )
    (user / "example.py").write_text(readme_example() + probe)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "ENGINE": ENGINE,
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
    }
    done = _run([str(python), "-I", "example.py"], cwd=user, env=env)
    module_file, bundled = (Path(line) for line in done.stdout.split()[-2:])
    site = python.parent.parent
    assert module_file.is_relative_to(site) and bundled.is_relative_to(site)
    assert not module_file.resolve().is_relative_to(REPO)

    stack_dir = user / "cdktf.out" / "stacks" / "my-cluster"
    stack = json.loads((stack_dir / "cdk.tf.json").read_text())
    (cluster,) = stack["resource"]["databricks_cluster"].values()
    assert cluster["cluster_name"] == "ai-dev-cluster"
    assert cluster["num_workers"] == 0
    assert cluster["spark_conf"]["spark.databricks.cluster.profile"] == "singleNode"
    assert cluster["custom_tags"]["Team"] == "data-platform"
    (upload,) = stack["resource"]["databricks_file"].values()
    assert (stack_dir / upload["source"]).read_bytes() == SCRIPT.read_bytes()
