"""init_scripts/src/installer/offline.sh: installs from a verified bundle, refuses any changed byte,
never touches the network, and changes nothing on a second run."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from coding_assistants.offline_bundle import BundleError, load_manifest
from tests.shell.offline_box import (
    CLAUDE_TARBALL,
    CLAUDE_VERSION,
    DEBS,
    INSTALLER,
    OFFLINE,
    REQUIREMENTS_PATH,
    WHEEL_DIR,
    WHEELS,
    OfflineBox,
    write_bundle,
)
from tests.unit.test_offline_bundle import BAD_PATHS

SHELLCHECK = Path(sys.executable).parent / "shellcheck"


@pytest.fixture
def box(tmp_path) -> OfflineBox:
    return OfflineBox.create(tmp_path)


def _flip_one_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _claude_dir(box: OfflineBox) -> Path:
    return box.root / "opt" / "coding-assistants" / "claude" / CLAUDE_VERSION


def test_offline_installs_from_the_bundle(box):
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    assert (
        steps["bundle"][0] == "ok"
        and f"Claude Code {CLAUDE_VERSION}, 4 files" in steps["bundle"][1]
    )
    assert steps["claude"][0] == "ok", steps
    link = box.root / "usr" / "local" / "bin" / "claude"
    assert link.resolve() == _claude_dir(box) / "claude"
    version = subprocess.run([str(link), "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"{CLAUDE_VERSION} (Claude Code)"
    assert steps["mlflow"] == ("ok", "MLflow 3.11.1 installed from the bundle")
    (pip,) = box.calls("pip")
    assert {"--no-index", "--require-hashes"} <= set(pip)
    find_links = Path(pip[pip.index("--find-links") + 1])
    assert str(box.bundle) not in str(find_links), "pip must read local copies"
    listed = (box.base / "state" / "find-links").read_text().split()
    assert listed == sorted(WHEELS)
    assert steps["packages"] == ("skipped", "jq tmux: skipped (offline): not staged in the bundle")
    assert box.network_calls() == []


def test_offline_uses_no_file_the_manifest_does_not_list(box):
    """Files added to the volume beside the bundle's own never reach pip or the binary."""
    (box.bundle / WHEEL_DIR / "evil-9.9-py3-none-any.whl").write_bytes(b"not pinned")
    (box.bundle / "claude" / "extra.tgz").write_bytes(b"not pinned")
    (box.bundle / "debs").mkdir()
    (box.bundle / "debs" / "jq_9_amd64.deb").write_bytes(b"not pinned")
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    assert {steps[n][0] for n in ("bundle", "claude", "mlflow")} == {"ok"}, steps
    assert "4 files" in steps["bundle"][1]
    assert (box.base / "state" / "find-links").read_text().split() == sorted(WHEELS)
    assert steps["packages"][0] == "skipped" and box.calls("dpkg") == []
    assert box.network_calls() == []


def test_offline_installs_staged_debs(tmp_path):
    box = OfflineBox.create(tmp_path, debs=True)
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    assert steps["packages"][0] == "ok", steps
    (dpkg,) = box.calls("dpkg")
    assert [arg.rsplit("/", 1)[-1] for arg in dpkg[1:]] == [d.split("/")[1] for d in DEBS]
    assert all(str(box.bundle) not in arg for arg in dpkg)
    assert (box.base / "installed" / "jq").exists()
    assert box.network_calls() == []


def test_offline_second_run_changes_nothing(box):
    first, _ = box.run()
    assert first.returncode == 0, first.stderr
    before = box.node_files()
    second, steps = box.run()
    assert second.returncode == 0, second.stderr
    assert box.node_files() == before
    assert steps["claude"][0] == "skipped" and steps["mlflow"][0] == "skipped", steps
    assert len(box.calls("pip")) == 1
    assert box.network_calls() == []


def test_offline_reinstalls_a_changed_binary(box):
    box.run()
    _flip_one_byte(_claude_dir(box) / "claude")
    _, steps = box.run()
    assert steps["claude"][0] == "ok", steps
    version = subprocess.run([str(_claude_dir(box) / "claude"), "--version"], capture_output=True)
    assert version.returncode == 0


@pytest.mark.parametrize(
    "changed",
    [CLAUDE_TARBALL, REQUIREMENTS_PATH, *(f"{WHEEL_DIR}/{w}" for w in WHEELS), *DEBS],
)
def test_offline_refuses_an_artifact_with_one_changed_byte(tmp_path, changed):
    box = OfflineBox.create(tmp_path, debs=True)
    _flip_one_byte(box.bundle / changed)
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    step = {"claude": "claude", "python": "mlflow", "debs": "packages"}[changed.split("/")[0]]
    state, detail = steps[step]
    assert state == "failed" and f"{changed} does not match the manifest" in detail, steps
    assert steps["bundle"][0] == "ok"
    if step == "claude":
        assert not _claude_dir(box).exists()
        assert not (box.root / "usr" / "local" / "bin" / "claude").exists()
    if step == "mlflow":
        assert box.calls("pip") == []
    if step == "packages":
        assert box.calls("dpkg") == []
    others = {"claude", "mlflow", "packages"} - {step}
    assert all(steps[name][0] == "ok" for name in others), steps
    assert box.network_calls() == []


def test_offline_refuses_a_manifest_with_one_changed_byte(box):
    _flip_one_byte(box.bundle / "manifest.json")
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    assert steps["bundle"][0] == "failed" and "does not match" not in steps["bundle"][1]
    assert "manifest.json has sha256" in steps["bundle"][1]
    for name in ("claude", "mlflow", "packages"):
        state, detail = steps[name]
        assert state == "failed", steps
        assert "the bundle's manifest was not verified (see the bundle step)" in detail
    assert not (box.root / "opt").exists()
    assert box.calls("pip") == [] and box.calls("dpkg") == []
    assert box.network_calls() == []


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"OFFLINE_BUNDLE_PATH": "/dbfs/FileStore/bundle"}, "offline_bundle_path: invalid"),
        ({"OFFLINE_BUNDLE_PATH": "/Volumes/main/tools/../x/y"}, "offline_bundle_path: invalid"),
        ({"OFFLINE_BUNDLE_SHA256": ""}, "offline_bundle_sha256: invalid format"),
        ({"OFFLINE_BUNDLE_SHA256": "abc"}, "offline_bundle_sha256: invalid format"),
    ],
)
def test_fails_when_the_bundle_settings_are_invalid(box, env, reason):
    result, steps = box.run(**env)
    assert result.returncode == 0, result.stderr
    assert steps["bundle"][0] == "failed" and reason in steps["bundle"][1]
    assert steps["claude"][0] == "failed"
    assert box.network_calls() == []


def _rewrite_manifest(box: OfflineBox, change: Callable[[dict], None]) -> None:
    """Change the manifest and pin the changed one, as a hostile stager could."""
    path = box.bundle / "manifest.json"
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest, indent=2))
    box.env["OFFLINE_BUNDLE_SHA256"] = hashlib.sha256(path.read_bytes()).hexdigest()


def _claude_entry(manifest: dict) -> dict:
    return next(f for f in manifest["files"] if f["role"] == "claude")


@pytest.mark.parametrize("version", ["stable", "latest", "2.1.5", ""])
def test_offline_installs_no_claude_of_another_version_than_the_pinned_one(box, version):
    result, steps = box.run(CLAUDE_CODE_VERSION=version)
    assert result.returncode == 0, result.stderr
    state, detail = steps["claude"]
    assert state == "failed", steps
    assert f"the bundle holds Claude Code {CLAUDE_VERSION}, claude_code_version is " in detail
    assert (version or "unset") in detail
    assert not (box.root / "opt").exists()
    assert not (box.root / "usr" / "local" / "bin" / "claude").exists()
    assert steps["bundle"][0] == "ok" and steps["mlflow"][0] == "ok", steps
    assert box.network_calls() == []


@pytest.mark.parametrize("path", ["../outside.tgz", "/etc/passwd", "claude/../../x", "a//b"])
def test_offline_refuses_a_pinned_manifest_whose_path_leaves_the_bundle(box, path):
    _rewrite_manifest(box, lambda m: _claude_entry(m).update(path=path))
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    assert steps["bundle"][0] == "failed" and "unreadable" in steps["bundle"][1], steps
    assert all(steps[name][0] == "failed" for name in ("claude", "mlflow", "packages")), steps
    assert not (box.root / "opt").exists() and box.calls("pip") == []
    assert box.network_calls() == []


def node_reads(tmp_path: Path, manifest: object) -> subprocess.CompletedProcess[str]:
    """The init script's manifest reader (unpacked by offline_reader) on ``manifest``."""
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    (tmp_path / "work").mkdir(exist_ok=True)
    read = '. "$1" && WORK_DIR=$4 && offline_reader && "$2" "$REPLY" "$3"'
    return subprocess.run(
        [
            "bash",
            "-c",
            read,
            "read",
            str(INSTALLER),
            sys.executable,
            str(tmp_path / "manifest.json"),
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "INIT_ROOT": str(tmp_path / "root")},
        check=False,
    )


def python_accepts(tmp_path: Path) -> bool:
    try:
        load_manifest(tmp_path)
    except BundleError:
        return False
    return True


@pytest.mark.parametrize(
    "path",
    [*BAD_PATHS, "claude/a-1.2+local_x@y=z.tgz", "claude/...", "claude/..x/.y"],
)
def test_node_reads_a_manifest_path_as_the_python_reader_does(tmp_path, path):
    """The init script's reader and load_manifest (behind verify_bundle, --upload and
    preflight) accept and refuse the same file paths."""
    write_bundle(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["files"][0]["path"] = path
    node = node_reads(tmp_path, manifest)
    assert (node.returncode == 0) == python_accepts(tmp_path), node.stderr


HOSTILE_MANIFESTS: dict[str, Callable[[dict], None]] = {
    "as-staged": lambda m: None,
    "channel-version": lambda m: m["claude_code"].update(version="stable"),
    "no-claude-section": lambda m: m.pop("claude_code"),
    "python-x": lambda m: m["python"].update(version="3.x"),
    "size-as-text": lambda m: m["files"][0].update(size="12"),
    "size-negative": lambda m: m["files"][0].update(size=-1),
    "size-true": lambda m: m["files"][0].update(size=True),
    "sha-upper": lambda m: m["files"][0].update(sha256="A" * 64),
    "unknown-role": lambda m: m["files"][0].update(role="script"),
    "unknown-key": lambda m: m["files"][0].update(mode="755"),
    "no-sha": lambda m: m["files"][0].pop("sha256"),
    "platform-tab": lambda m: m["files"][0].update(platform="linux\tx64"),
    "package-space": lambda m: m["files"][-1].update(package="jq tmux"),
    "files-not-a-list": lambda m: m.update(files={"a": 1}),
    "entry-not-an-object": lambda m: m["files"].append("claude/x.tgz"),
    "format-2": lambda m: m.update(format_version=2),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_MANIFESTS))
def test_node_and_package_read_a_manifest_alike(tmp_path, case):
    """One reader: the node's accepts exactly what the package's does, and prints each file
    of what it accepts."""
    write_bundle(tmp_path, debs=True)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    HOSTILE_MANIFESTS[case](manifest)
    node = node_reads(tmp_path, manifest)
    accepted = python_accepts(tmp_path)
    assert (node.returncode == 0) == accepted, node.stderr
    assert accepted == (case == "as-staged")
    if accepted:
        _, files = load_manifest(tmp_path)
        listed = [line.split("\t")[2] for line in node.stdout.splitlines()[2:]]
        assert listed == [f.path for f in files]


def test_node_reader_is_the_package_reader():
    """The reader packed into the script is coding_assistants/bundle_manifest.py as it is."""
    from coding_assistants import bundle_manifest, init_script_build

    payload = init_script_build.payload_of(INSTALLER.read_text())
    packed = dict(init_script_build.unpack(payload))["bundle_manifest.py"]
    assert packed == Path(bundle_manifest.__file__).read_text()


def test_offline_refuses_a_tarball_whose_claude_is_a_symlink(box):
    victim = box.base / "victim"
    victim.write_text(f'#!/bin/sh\necho "{CLAUDE_VERSION} (Claude Code)"\n')
    victim.chmod(0o700)
    tarball = box.bundle / CLAUDE_TARBALL
    with tarfile.open(tarball, "w:gz") as tar:
        info = tarfile.TarInfo("package/claude")
        info.type, info.linkname = tarfile.SYMTYPE, str(victim)
        tar.addfile(info, io.BytesIO())
    data = tarball.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    _rewrite_manifest(box, lambda m: _claude_entry(m).update(size=len(data), sha256=digest))
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    assert steps["claude"][0] == "failed" and "no working package/claude" in steps["claude"][1]
    assert victim.stat().st_mode & 0o777 == 0o700, "the link's target must stay untouched"
    assert not (box.root / "opt" / "coding-assistants" / "claude" / CLAUDE_VERSION).exists()
    assert not (box.root / "usr" / "local" / "bin" / "claude").exists()


def test_offline_names_the_platform_the_bundle_lacks(box):
    result, steps = box.run(STUB_ARCH="aarch64")
    assert result.returncode == 0, result.stderr
    assert steps["claude"] == ("failed", "the bundle has no Claude Code for linux-arm64")
    assert not (box.root / "opt").exists()
    assert box.network_calls() == []


def test_offline_installs_no_wheels_for_another_python(box):
    _rewrite_manifest(box, lambda m: m["python"].update(version="3.99", tag="cp399"))
    here = "{}.{}".format(*sys.version_info[:2])
    result, steps = box.run()
    assert result.returncode == 0, result.stderr
    state, detail = steps["mlflow"]
    assert state == "failed", steps
    assert f"the bundle's wheels are for Python 3.99, the runtime's Python is {here}" in detail
    assert box.calls("pip") == []
    assert steps["claude"][0] == "ok" and steps["bundle"][0] == "ok", steps
    assert box.network_calls() == []


def test_offline_skips_mlflow_when_the_runtime_has_it(box):
    _, steps = box.run(STUB_MLFLOW_VERSION="3.5.0")
    assert steps["mlflow"] == ("skipped", "runtime MLflow 3.5.0 >= 3.4.0")
    assert box.calls("pip") == []


def test_offline_records_a_failed_pip_install(box):
    _, steps = box.run(STUB_PIP_EXIT="1")
    assert steps["mlflow"][0] == "failed" and "--no-index" in steps["mlflow"][1]


def test_offline_source_passes_bash_n_and_shellcheck():
    parsed = subprocess.run(["bash", "-n", str(OFFLINE)], capture_output=True, text=True)
    assert parsed.returncode == 0, parsed.stderr
    assert SHELLCHECK.exists(), "install the dev dependencies: make install"
    checked = subprocess.run(
        [str(SHELLCHECK), "--format=gcc", str(OFFLINE)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
