"""`make deploy` / `make destroy`: a pinned cdktf-cli installed into a local prefix on first use
and run by path. A stub npm stands in for the registry; nothing is deployed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

STUB_NPM = r"""#!/usr/bin/env bash
# Logs its arguments; `npm install --prefix DIR ...` leaves a logging cdktf in DIR.
echo "npm $*" >> "$CALLS"
prefix=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--prefix" ]; then prefix="$2"; shift; fi
  shift
done
mkdir -p "$prefix/node_modules/.bin"
printf '#!/usr/bin/env bash\necho "cdktf $*" >> "$CALLS"\n' > "$prefix/node_modules/.bin/cdktf"
chmod +x "$prefix/node_modules/.bin/cdktf"
"""


@pytest.fixture
def sandbox(tmp_path: Path) -> dict:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    npm = bin_dir / "npm"
    npm.write_text(STUB_NPM)
    npm.chmod(0o755)
    calls = tmp_path / "calls.log"
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "CALLS": str(calls)}
    # The default engine's CLI, also when the suite runs under `make test ENGINE=cdktn`, whose
    # command-line variables would reach this make through MAKEFLAGS.
    env["ENGINE"] = "cdktf"
    for inherited in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS"):
        env.pop(inherited, None)
    return {"env": env, "calls": calls, "tools": tmp_path / "tools"}


def make(sandbox: dict, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO), f"TOOLS={sandbox['tools']}", *args],
        capture_output=True,
        text=True,
        env=sandbox["env"],
        timeout=120,
        check=False,
    )


def calls(sandbox: dict) -> list[str]:
    return sandbox["calls"].read_text().splitlines()


def test_destroy_installs_the_pinned_cli_once_and_runs_it_by_path(sandbox):
    first = make(sandbox, "destroy")
    assert first.returncode == 0, first.stderr
    second = make(sandbox, "destroy")
    assert second.returncode == 0, second.stderr
    installs = [c for c in calls(sandbox) if c.startswith("npm ")]
    assert installs == [
        f"npm install --prefix {sandbox['tools']} --no-save --no-audit --no-fund cdktf-cli@0.21.0"
    ]
    assert [c for c in calls(sandbox) if c.startswith("cdktf ")] == [
        "cdktf destroy coding-assistants-cluster --skip-synth"
    ] * 2


def test_deploy_runs_the_local_cli_after_synth(sandbox):
    dry = make(sandbox, "-n", "deploy")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    synth = next(i for i, line in enumerate(lines) if "main.py" in line)
    deploy = next(i for i, line in enumerate(lines) if "deploy coding-assistants-cluster" in line)
    assert synth < deploy
    assert lines[deploy].strip() == (
        f"{sandbox['tools']}/node_modules/.bin/cdktf deploy coding-assistants-cluster --skip-synth"
    )
    assert not sandbox["calls"].exists(), "a dry run installs nothing"


def test_fails_when_npm_cannot_install(sandbox):
    (Path(sandbox["env"]["PATH"].split(":")[0]) / "npm").write_text("#!/bin/sh\nexit 7\n")
    result = make(sandbox, "destroy")
    assert result.returncode != 0
    assert not (sandbox["tools"] / ".cdktf-cli-0.21.0").exists()
