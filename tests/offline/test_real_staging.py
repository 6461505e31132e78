"""Stage a real bundle with ``coding-assistants stage-offline`` from npm and PyPI, then prove it.

The download (a ~186 MB Claude Code tarball, ~200 MB of wheels) goes through npm's and pip's own
caches in ~/.cache/coding-assistants-tests, so later runs fetch little. Never skipped: without
the registries or Python 3.12 these tests fail, as CI must notice.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import urllib.request
from pathlib import Path

import pytest

from coding_assistants import facts
from coding_assistants.offline_bundle import load_manifest, sha256_file, verify_bundle
from tests import clock
from tests.offline.conftest import CLAUDE_VERSION
from tests.shell.offline_box import OfflineBox

pytestmark = pytest.mark.staging

PYPI_CHECKED = ("mlflow-skinny",)
"""Wheels whose hashes are compared with PyPI's simple index (a few look-ups, not all)."""


def _python(version: str) -> str:
    """An interpreter of ``version`` that runs (pyenv shims of inactive versions do not)."""
    candidates = [shutil.which(f"python{version}")]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates += sorted(map(str, pyenv.glob(f"{version}.*/bin/python{version}")), reverse=True)
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "--version"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return candidate
    pytest.fail(f"Python {version} (the default runtime's) is needed to install the wheels")


def _registry_integrity(spec: str) -> str:
    result = subprocess.run(
        ["npm", "view", spec, "dist.integrity", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


def test_real_bundle_verifies_against_its_printed_sha256(bundle):
    out, digest = bundle
    assert sha256_file(out / "manifest.json") == digest
    assert verify_bundle(out, digest) == []


def test_real_tarball_matches_the_npm_registry_integrity(bundle):
    out, _ = bundle
    _, files = load_manifest(out)
    (claude,) = [f for f in files if f.role == "claude"]
    spec = f"{facts.CLAUDE_NPM_PACKAGE}-linux-x64@{CLAUDE_VERSION}"
    registry = _registry_integrity(spec)
    assert claude.npm_package == spec and claude.npm_integrity == registry
    sha512 = hashlib.sha512((out / claude.path).read_bytes()).digest()
    assert registry == "sha512-" + base64.b64encode(sha512).decode()
    assert claude.sha256 == hashlib.sha256((out / claude.path).read_bytes()).hexdigest()


def test_real_wheels_match_the_pypi_digests(bundle):
    out, _ = bundle
    _, files = load_manifest(out)
    wheels = {Path(f.path).name: f.sha256 for f in files if f.role == "wheel"}
    for project in PYPI_CHECKED:
        request = urllib.request.Request(
            f"https://pypi.org/simple/{project}/",
            headers={"Accept": "application/vnd.pypi.simple.v1+json"},  # PEP 691
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            index = json.load(answer)
        published = {f["filename"]: f["hashes"]["sha256"] for f in index["files"]}
        staged = {name: sha for name, sha in wheels.items() if name in published}
        assert staged, f"no {project} wheel staged"
        assert all(published[name] == sha for name, sha in staged.items())


def test_real_wheels_install_without_an_index_into_a_fresh_venv(bundle, tmp_path):
    out, _ = bundle
    python = _python(facts.DEFAULT_RUNTIME_PYTHON_VERSION)
    venv = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull  # no find-links or extra indexes from this machine
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-index"]
    sources = ["--find-links", str(out / "python" / "wheels")]
    install = subprocess.run(
        [*pip, "--require-hashes", *sources, "-r", str(out / "python" / "requirements.txt")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    # MLflow's Stop hook for Claude Code loads (what claude-tracing-hook runs), as -I runs it.
    probe = "import mlflow, mlflow.claude_code.hooks; print(mlflow.__version__)"
    version = subprocess.run(
        [str(venv / "bin" / "python"), "-I", "-c", probe],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert version.stdout.strip() == facts.MLFLOW_PIN


def test_real_claude_binary_runs_version(bundle, tmp_path):
    out, _ = bundle
    (tarball,) = (out / "claude").glob("*.tgz")
    with tarfile.open(tarball) as tar:
        tar.extract("package/claude", tmp_path, filter="data")
    binary = tmp_path / "package" / "claude"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISABLE_AUTOUPDATER": "1"}
    env["CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"] = "1"
    result = subprocess.run(
        [str(binary), "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(CLAUDE_VERSION)


def test_real_bundle_installs_claude_through_offline_sh(bundle, tmp_path):
    out, _ = bundle
    box = OfflineBox.create(tmp_path, bundle=out)
    box.env = clock.real(box.env)  # it runs the real Claude Code: tests/clock.py, zone_and_locale
    result, steps = box.run(STUB_MLFLOW_VERSION="3.5.0")
    assert result.returncode == 0, result.stderr
    assert steps["bundle"][0] == "ok" and steps["claude"][0] == "ok", steps
    link = box.root / "usr" / "local" / "bin" / "claude"
    version = subprocess.run(
        [str(link), "--version"],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISABLE_AUTOUPDATER": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.stdout.startswith(CLAUDE_VERSION), version.stderr
    assert box.network_calls() == []
