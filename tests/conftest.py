"""Shared fixtures: one synthesis of every stack per test session, JSON snapshots, tfcheck."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from syrupy.extensions.json import JSONSnapshotExtension

from tests import clock

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
TFCHECK = Path(
    os.environ.get("TFCHECK") or REPO.parent / "shared" / "tools" / "tfcheck" / "tfcheck"
)
"""The offline Terraform checker: $TFCHECK, else beside the checkout (where CI has it)."""

CLUSTER_EXAMPLES = ("basic", "single-node", "autoscaling", "complete", "governed", "org-setup")
"""The documented configurations of the cluster stack, each examples/<name>.tfvars.json."""

MACHINE_SETTINGS = (
    "CODING_ASSISTANTS_VAR_FILE",
    "CODING_ASSISTANTS_ATTENDEES",
    "CODING_ASSISTANTS_WORKSHOP_FILE",
    "CODING_ASSISTANTS_BACKEND_FILE",
    "CDKTF_OUTDIR",
    "VAR_FILE",
    "ATTENDEES",
    "WORKSHOP_FILE",
    "BACKEND_FILE",
    "BACKEND_CONFIG",
    "STACKS",
    "JOBS",
    "PARALLELISM",
)
"""Variables that change what ``main.py``, the command line or ``make`` do: a developer's own
values must not reach the tests (or the processes they start); a test sets what it needs."""


_TRAVELLER: list[Any] = []


def pytest_configure(config: pytest.Config) -> None:
    """``make test-clock``: the whole run on a moved clock (tests/clock.py)."""
    clock.sweep()
    traveller = clock.move_everything()
    if traveller is not None:
        _TRAVELLER.append(traveller)


def pytest_unconfigure(config: pytest.Config) -> None:
    for traveller in _TRAVELLER:
        traveller.stop()  # type: ignore[attr-defined]
    clock.stop()
    clock.sweep()


def pytest_report_header(config: pytest.Config) -> str:
    shift = os.environ.get(clock.SHIFT_VARIABLE)
    tz, locale = os.environ.get("TZ", "unset"), os.environ.get("LC_ALL", "unset")
    moved = f"moved {shift}" if shift else "true"
    return f"clock: {moved}; TZ={tz}; LC_ALL={locale}"


@pytest.fixture(autouse=True)
def _no_settings_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in MACHINE_SETTINGS:
        monkeypatch.delenv(name, raising=False)


_ASSET_HASH = re.compile(r"(assets/[^/\"]+/)[0-9A-F]{32}/")


def strip_metadata(value: Any) -> Any:
    """The JSON without the engine's ``//`` metadata keys (engine name and version, construct
    paths), at any depth: what Terraform reads is the same whichever engine wrote it."""
    if isinstance(value, dict):
        return {k: strip_metadata(v) for k, v in value.items() if k != "//"}
    if isinstance(value, list):
        return [strip_metadata(v) for v in value]
    return value


def mask_machine_values(value: Any) -> Any:
    """The stack JSON as snapshots hold it: asset hashes replaced and cdktf's metadata (the
    ``"//"`` blocks) left out, so snapshots pin the configuration only, not the engine or its
    version. The construct paths in that metadata are asserted apart (``construct_paths``)."""
    return strip_metadata(json.loads(_ASSET_HASH.sub(r"\1<ASSET_HASH>/", json.dumps(value))))


def construct_paths(stack: dict[str, Any]) -> dict[str, str]:
    """Terraform address -> construct path, from cdktf's metadata of a synthesized stack."""
    paths = {}
    for kind, prefix in (("resource", ""), ("data", "data.")):
        for type_, blocks in stack.get(kind, {}).items():
            for name, block in blocks.items():
                paths[f"{prefix}{type_}.{name}"] = block["//"]["metadata"]["path"]
    return paths


@pytest.fixture
def snapshot_json(snapshot):
    """syrupy snapshot stored as one JSON file per test."""
    return snapshot.with_defaults(extension_class=JSONSnapshotExtension)


class Synthesized:
    """The stacks of one synthesis, by stack name."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir

    def stack_dir(self, name: str) -> Path:
        return self.outdir / "stacks" / name

    def stack(self, name: str) -> dict[str, Any]:
        return json.loads((self.stack_dir(name) / "cdk.tf.json").read_text())

    def names(self) -> list[str]:
        return sorted(p.name for p in (self.outdir / "stacks").iterdir())


@pytest.fixture(scope="session")
def synth_app(tmp_path_factory) -> Callable[[Callable[[Any], None], str], Synthesized]:
    """Synthesize an app built by ``build(app)`` into a fresh directory (cached per key)."""
    from coding_assistants.engine import App

    cache: dict[str, Synthesized] = {}

    def run(build: Callable[[Any], None], key: str) -> Synthesized:
        if key not in cache:
            outdir = tmp_path_factory.mktemp(f"synth-{key}")
            app = App(outdir=str(outdir))
            build(app)
            app.synth()
            cache[key] = Synthesized(outdir)
        return cache[key]

    return run


@pytest.fixture(scope="session")
def default_synth(tmp_path_factory) -> Synthesized:
    """What ``make synth`` writes: every default stack with the built-in example settings."""
    from coding_assistants.app import build_app
    from coding_assistants.settings import EXAMPLE_CLUSTER_SETTINGS, cluster_props
    from coding_assistants.stacks import MODULE_STACK, ship_module_files
    from coding_assistants.workshop.settings import example_workshop

    outdir = tmp_path_factory.mktemp("default-synth")
    props = cluster_props(dict(EXAMPLE_CLUSTER_SETTINGS), "built-in example", REPO)
    build_app(outdir, props, example_workshop(), example_roster=True).synth()
    ship_module_files(outdir / "stacks" / MODULE_STACK)
    return Synthesized(outdir)


@pytest.fixture(scope="session")
def example_synth(synth_app) -> Synthesized:
    """One root cluster stack per documented example, stack name = example name."""
    from coding_assistants.settings import cluster_props, load_json_object
    from coding_assistants.stacks import ClusterStack

    def build(app: Any) -> None:
        for name in CLUSTER_EXAMPLES:
            path = EXAMPLES / f"{name}.tfvars.json"
            ClusterStack(app, name, cluster_props(load_json_object(path), str(path), REPO))

    return synth_app(build, "examples")


def _tfcheck_missing() -> str | None:
    if not TFCHECK.exists():
        return f"tfcheck not found at {TFCHECK}"
    if shutil.which(os.environ.get("TFCHECK_TERRAFORM", "terraform")) is None:
        return "the terraform binary is not on PATH"
    return None


@pytest.fixture(scope="session")
def terraform_home(tmp_path_factory) -> Path:
    """A HOME of the session's own for tfcheck and Terraform (see :func:`terraform_env`)."""
    return tmp_path_factory.mktemp("terraform-home")


def terraform_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of tfcheck and Terraform: this process's on the true clock (see
    ``tests.clock``), with ``extra``, and HOME set to ``home``. The stub provider caches its TLS
    certificate under ``~/.cache``; one cached by a run under a shifted clock is not yet valid
    now, and would fail every later run. tfcheck's own cache (its Python environment and schema)
    stays where it was."""
    cache = os.environ.get("TFCHECK_CACHE") or str(Path.home() / ".cache" / "tfcheck")
    environ = {**os.environ, "TFCHECK_CACHE": cache, **extra, "HOME": str(home)}
    return clock.real(environ)  # Terraform and its stub provider share the true clock


@pytest.fixture(scope="session")
def tfcheck(terraform_home) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``../shared/tools/tfcheck/tfcheck ARGS``. Skips when tfcheck or terraform is absent,
    unless TFCHECK_REQUIRED is set (as in CI), where the absence is a failure."""
    missing = _tfcheck_missing()
    if missing:
        if os.environ.get("TFCHECK_REQUIRED"):
            pytest.fail(f"TFCHECK_REQUIRED is set but {missing}")
        pytest.skip(f"Terraform-engine check skipped: {missing}")

    def run(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(TFCHECK), *args],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            env=terraform_env(terraform_home),
        )
        if check and result.returncode != 0:
            raise AssertionError(f"tfcheck {' '.join(args)} failed:\n{result.stderr}")
        return result

    return run


RELEASE_CHANGELOG = (
    "# Changelog\n\n## [Unreleased]\n\n"
    "## [{version}] - 2026-11-22\n\n### Added\n- First release.\n\n"
    "## [0.0.1] - 2026-01-01\n\n- Older.\n"
)
RELEASE_UPGRADE = "# Upgrading\n\nNothing to do.\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def release_repo(root: Path) -> Path:
    """A clean git checkout with the CHANGELOG and UPGRADE.md a release of this tree's version
    needs (the release synthesizes the module from the code under test)."""
    from coding_assistants.facts import VERSION

    root.mkdir()
    (root / "CHANGELOG.md").write_text(RELEASE_CHANGELOG.format(version=VERSION))
    (root / "UPGRADE.md").write_text(RELEASE_UPGRADE)
    git(root, "init", "-q")
    git(root, "add", "CHANGELOG.md", "UPGRADE.md")
    git(root, "commit", "-qm", "init")
    return root


@pytest.fixture(scope="session")
def released(tmp_path_factory) -> Path:
    """The module archive ``make release`` builds for this tree's version."""
    from coding_assistants.facts import VERSION
    from coding_assistants.release import build

    work = tmp_path_factory.mktemp("release")
    return build(release_repo(work / "repo"), VERSION, work / "dist")


@pytest.fixture(scope="session")
def stub_terraform(tfcheck, tmp_path_factory) -> Any:
    """The real ``terraform``, run in place against tfcheck's stub provider (``tfcheck env``):
    init, plan and apply with a configuration's own backend. Skips and fails as ``tfcheck``."""
    from tests.backend.stub import StubTerraform, stub_environment

    return StubTerraform(stub_environment(TFCHECK, tmp_path_factory.mktemp("tf")))
