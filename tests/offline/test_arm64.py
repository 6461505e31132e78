"""An arm64 node (AWS Graviton, Azure Cobalt, GCP Tau T2A) from a real linux-arm64 bundle:
``coding-assistants stage-offline --platform linux-arm64`` stages the arm64 Claude Code and the
aarch64 wheels, the init script's offline path installs Claude Code from it on a sandbox node
whose ``uname -m`` is ``aarch64``, and the installed arm64 binary runs under Debian's
``qemu-user-static``.

This machine is x86-64 and has no binfmt_misc handler, so the sandbox plays that part: its
``timeout`` (which the init script runs every program through) hands an aarch64 program to
``qemu-aarch64-static`` with the arm64 C library of ``libc6-arm64-cross``, as binfmt_misc does
on a machine that registers qemu; everything else runs as it is. The download goes through the
npm and pip caches of ~/.cache/coding-assistants-tests, as for the x86-64 bundle.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from coding_assistants import facts
from coding_assistants.offline_bundle import load_manifest, sha256_file, verify_bundle
from tests import clock, debian
from tests.offline.conftest import CACHE, CLAUDE_VERSION, CLI
from tests.shell.offline_box import OfflineBox

pytestmark = pytest.mark.staging

QEMU = Path("/usr/bin/qemu-aarch64-static")
SYSROOT = Path("/usr/aarch64-linux-gnu")
"""The arm64 C library (``libc6-arm64-cross``) the dynamically linked Claude Code loads."""
ARM64 = "linux-arm64"

_BINFMT_TIMEOUT = """#!/bin/bash
# timeout [-k N] DURATION COMMAND ARG...: an aarch64 COMMAND runs through qemu, as binfmt_misc
# would run it on this node; anything else runs as it is.
opts=()
while [[ ${1-} == -* ]]; do opts+=("$1" "$2"); shift 2; done
duration=$1 command=$2
shift 2
if [[ -f $command ]] && [[ $(LC_ALL=C head -c 4 "$command") == $'\\x7fELF' ]] &&
  [[ $(LC_ALL=C head -c 19 "$command" | LC_ALL=C tail -c 1) == $'\\xb7' ]]; then
  exec "$REAL_TIMEOUT" "${opts[@]}" "$duration" "$QEMU" -L "$SYSROOT" "$command" "$@"
fi
exec "$REAL_TIMEOUT" "${opts[@]}" "$duration" "$command" "$@"
"""


@pytest.fixture(scope="session")
def qemu() -> Path:
    """qemu-aarch64-static and the arm64 C library, installed from Debian when missing."""
    debian.ensure(
        ["qemu-user-static", "libc6-arm64-cross"],
        [QEMU, SYSROOT / "lib" / "ld-linux-aarch64.so.1"],
    )
    return QEMU


@pytest.fixture(scope="session")
def arm64_bundle(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bundle-arm64")
    argv = [str(CLI), "stage-offline", "--claude-version", CLAUDE_VERSION, "--out", str(out)]
    result = subprocess.run(
        [*argv, "--platform", ARM64, "--cache", str(CACHE)],
        env=clock.real(os.environ),  # npm and pip may reach the registries: the true date
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    digest = result.stdout.split("offline_bundle_sha256 = ")[1].split()[0]
    return out, digest


def run_arm64(qemu: Path, binary: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = clock.real(
        {"PATH": "/usr/bin:/bin", "HOME": str(home), "DISABLE_AUTOUPDATER": "1"}
        | {"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1", **clock.zone_and_locale()}
    )
    return subprocess.run(
        [str(qemu), "-L", str(SYSROOT), str(binary), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_arm64_bundle_holds_the_arm64_build_and_aarch64_wheels(arm64_bundle):
    out, digest = arm64_bundle
    assert sha256_file(out / "manifest.json") == digest
    assert verify_bundle(out, digest) == []
    _, files = load_manifest(out)
    (claude,) = [f for f in files if f.role == "claude"]
    assert claude.platform == ARM64
    spec = f"{facts.CLAUDE_NPM_PACKAGE}-{ARM64}@{CLAUDE_VERSION}"
    assert claude.npm_package == spec
    sha512 = hashlib.sha512((out / claude.path).read_bytes()).digest()
    assert claude.npm_integrity == "sha512-" + base64.b64encode(sha512).decode()
    registry = subprocess.run(
        ["npm", "view", spec, "dist.integrity", "--json"],
        env=clock.real(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(registry.stdout) == claude.npm_integrity
    wheels = [Path(f.path).name for f in files if f.role == "wheel"]
    native = [name for name in wheels if not name.endswith("-none-any.whl")]
    assert native, "no platform wheel staged"
    machine = facts.CLAUDE_PLATFORM_MACHINES[ARM64]
    assert all(machine in name for name in native), native
    assert not any("x86_64" in name for name in wheels)


def test_the_arm64_claude_code_runs_under_qemu(arm64_bundle, qemu, tmp_path):
    out, _ = arm64_bundle
    (tarball,) = (out / "claude").glob("*.tgz")
    with tarfile.open(tarball) as tar:
        tar.extract("package/claude", tmp_path, filter="data")
    binary = tmp_path / "package" / "claude"
    assert binary.read_bytes()[:4] == b"\x7fELF" and binary.read_bytes()[18] == 0xB7  # aarch64
    result = run_arm64(qemu, binary, tmp_path, "--version")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith(CLAUDE_VERSION)


def _arm64_node(base: Path, bundle: Path) -> OfflineBox:
    box = OfflineBox.create(base, bundle=bundle)
    shim = base / "stubs" / "timeout"
    shim.write_text(_BINFMT_TIMEOUT)
    shim.chmod(0o755)
    box.env = clock.real(box.env)  # it runs the real Claude Code
    box.env |= {
        "STUB_ARCH": "aarch64",
        "REAL_TIMEOUT": str(base / "tools" / "timeout"),
        "QEMU": str(QEMU),
        "SYSROOT": str(SYSROOT),
    }
    return box


def test_the_init_script_installs_the_arm64_build_on_an_aarch64_node(arm64_bundle, qemu, tmp_path):
    out, _ = arm64_bundle
    box = _arm64_node(tmp_path, out)

    result, steps = box.run(STUB_MLFLOW_VERSION="3.5.0")

    assert result.returncode == 0, result.stderr[-2000:]
    assert steps["bundle"][0] == "ok", steps
    assert steps["claude"] == (
        "ok",
        f"Claude Code {CLAUDE_VERSION} installed from the bundle into "
        f"{box.root}/opt/coding-assistants/claude/{CLAUDE_VERSION} ({ARM64})",
    )
    link = box.root / "usr" / "local" / "bin" / "claude"
    version = run_arm64(qemu, link, tmp_path, "--version")
    assert version.stdout.startswith(CLAUDE_VERSION), version.stderr[-2000:]
    assert box.network_calls() == []
    again, steps = box.run(STUB_MLFLOW_VERSION="3.5.0")  # a restart: nothing to redo
    assert again.returncode == 0 and steps["claude"][0] == "skipped", steps


def test_an_x86_64_node_refuses_the_arm64_bundle(arm64_bundle, tmp_path):
    out, _ = arm64_bundle
    box = OfflineBox.create(tmp_path, bundle=out)
    box.env = clock.real(box.env)
    result, steps = box.run(STUB_ARCH="x86_64", STUB_MLFLOW_VERSION="3.5.0")
    assert result.returncode == 0  # a failed optional install never stops the cluster
    assert steps["claude"] == ("failed", "the bundle has no Claude Code for linux-x64")
    assert not (box.root / "usr" / "local" / "bin" / "claude").exists()
