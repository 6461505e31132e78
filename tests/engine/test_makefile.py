"""The Makefile's ENGINE wiring: each engine's environment and lock, the default unchanged."""

from __future__ import annotations

import os
import subprocess

import pytest

from coding_assistants.facts import CDKTN_CLI_NODE_MIN, DEFAULT_ENGINE, ENGINE_VENVS, ENGINES
from tests.conftest import REPO


def dry_run(*args: str, environ: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Not ENGINE, nor the variables a calling make passes down (MAKEFLAGS holds ENGINE=...).
    hidden = {"ENGINE", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_ARGS"}
    env = {k: v for k, v in os.environ.items() if k not in hidden} | (environ or {})
    return subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("engine", ENGINES)
def test_synth_uses_the_engines_own_environment_and_lock(engine):
    result = dry_run("synth", f"ENGINE={engine}")
    assert result.returncode == 0, result.stderr
    venv = ENGINE_VENVS[engine]
    lock = "requirements.lock" if engine == DEFAULT_ENGINE else f"requirements-{engine}.lock"
    assert f"{venv}/bin/python main.py" in result.stdout
    assert f"-c {lock} -e '.[dev,{engine}]'" in result.stdout
    assert (REPO / lock).is_file()


def test_default_engine_keeps_the_default_environment():
    result = dry_run("test")
    assert result.returncode == 0, result.stderr
    assert f"{ENGINE_VENVS[DEFAULT_ENGINE]}/bin/python -m pytest" in result.stdout
    assert ".venv-" not in result.stdout


def test_fails_when_engine_is_unknown():
    result = dry_run("synth", "ENGINE=terraform")
    assert result.returncode != 0
    assert "ENGINE must be cdktf or cdktn, got 'terraform'" in result.stderr


@pytest.mark.parametrize(
    ("args", "environ", "venv"),
    [
        (["ENGINE="], {}, ".venv"),  # empty on the command line: the default, as in Python
        ([], {"ENGINE": ""}, ".venv"),
        ([], {"ENGINE": " cdktn "}, ".venv-cdktn"),  # blanks dropped, as in Python
        (["ENGINE= cdktn"], {}, ".venv-cdktn"),
        ([], {"ENGINE": "cdktn"}, ".venv-cdktn"),  # the environment variable alone
    ],
)
def test_engine_is_read_as_python_reads_it(args, environ, venv):
    result = dry_run("synth", *args, environ=environ)
    assert result.returncode == 0, result.stderr
    assert f"\n{venv}/bin/python main.py" in result.stdout


@pytest.mark.parametrize("value", ["cdktn cdktf", "cdktf cdktf", "CDKTN"])
def test_fails_unless_engine_is_one_known_name(value):
    result = dry_run("synth", f"ENGINE={value}")
    assert result.returncode != 0
    assert f"ENGINE must be cdktf or cdktn, got '{value}'" in result.stderr


def test_engine_locks_differ_only_in_engine_packages():
    def pins(name: str) -> set[str]:
        return set((REPO / name).read_text().split())

    only = pins("requirements.lock") ^ pins("requirements-cdktn.lock")
    names = {pin.split("==")[0] for pin in only}
    assert names == {
        "cdktf",
        "cdktf-cdktf-provider-databricks",
        "cdktn",
        "cdktn-provider-databricks",
        "constructs",
    }


def cdktn_box(tmp_path):
    """A PATH with a new-enough stub node and a stub npm that logs and leaves a cdktn stub."""
    folder = tmp_path / "bin"
    folder.mkdir()
    calls = tmp_path / "calls.log"
    (folder / "node").write_text(f"#!/bin/sh\necho v{CDKTN_CLI_NODE_MIN}\n")
    (folder / "npm").write_text(
        "#!/usr/bin/env bash\n"
        f'echo "npm $*" >> "{calls}"\n'
        'mkdir -p "$3/node_modules/.bin" && printf "#!/bin/sh\\n" > "$3/node_modules/.bin/cdktn"\n'
        'chmod +x "$3/node_modules/.bin/cdktn"\n'
    )
    for stub in folder.iterdir():
        stub.chmod(0o755)
    return {"PATH": os.pathsep.join([str(folder), os.environ["PATH"]])}, calls


def test_cdktn_deploy_installs_its_cli_then_synthesizes_then_deploys(tmp_path):
    environ, calls = cdktn_box(tmp_path)
    tools = tmp_path / "tools"
    result = dry_run("deploy", "ENGINE=cdktn", f"TOOLS={tools}", environ=environ)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    order = [
        next(i for i, line in enumerate(lines) if needle in line)
        for needle in (
            "coding_assistants.nodecheck",
            f"npm install --prefix {tools}/cdktn --no-save --no-audit --no-fund cdktn-cli@",
            ".venv-cdktn/bin/python main.py",
            f"{tools}/cdktn/node_modules/.bin/cdktn deploy coding-assistants-cluster --skip-synth",
        )
    ]
    assert order == sorted(order)
    assert not calls.exists(), "a dry run installs nothing"


def test_cli_installs_the_engines_cli_once_and_prints_its_path(tmp_path):
    environ, calls = cdktn_box(tmp_path)
    tools = tmp_path / "tools"
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    env |= environ
    run = ["make", "--no-print-directory", "-s", "cli", "ENGINE=cdktn", f"TOOLS={tools}"]
    for _ in range(2):
        result = subprocess.run(run, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        path = result.stdout.splitlines()[-1]
        assert path == f"{tools}/cdktn/node_modules/.bin/cdktn"
    assert [c.split()[-1].split("@")[0] for c in calls.read_text().splitlines()] == ["cdktn-cli"]
