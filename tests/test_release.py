"""The release archive: refusals, content and byte-for-byte reproducibility."""

from __future__ import annotations

import gzip
import json
import subprocess
import tarfile
from pathlib import Path

import pytest

from coding_assistants.props import BUNDLED_INIT_SCRIPT
from coding_assistants.release import ReleaseError, build, check_changelog, check_version
from coding_assistants.stacks import MODULE_STACK
from tests.conftest import REPO

CHANGELOG = "# Changelog\n\n## [1.2.3] - 2026-11-22\n\n- First release.\n"
UPGRADE = "# Upgrading\n\nNothing to do.\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "CHANGELOG.md").write_text(CHANGELOG)
    (root / "UPGRADE.md").write_text(UPGRADE)
    git(root, "init", "-q")
    git(root, "add", "CHANGELOG.md", "UPGRADE.md")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init")
    return root


@pytest.mark.parametrize("version", ["1.2", "v1.2.3", "1.2.3.4", "01.2.3", "latest", ""])
def test_fails_when_version_is_not_semver(version):
    with pytest.raises(ReleaseError, match="is not a semantic version"):
        check_version(version)


@pytest.mark.parametrize("version", ["0.1.0", "1.2.3", "2.0.0-rc.1", "1.0.0+build.5"])
def test_release_accepts_semver(version):
    check_version(version)


def test_fails_when_changelog_has_no_section_for_the_version():
    with pytest.raises(ReleaseError, match=r"CHANGELOG.md has no section for 9.9.9"):
        check_changelog(CHANGELOG, "9.9.9")


def test_fails_when_the_tree_is_dirty(repo, tmp_path):
    (repo / "stray.txt").write_text("x")
    with pytest.raises(ReleaseError, match=r"uncommitted changes:\n  \?\? stray.txt"):
        build(repo, "1.2.3", tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_release_is_reproducible_and_complete(repo, tmp_path, default_synth):
    first = build(repo, "1.2.3", tmp_path / "a")
    second = build(repo, "1.2.3", tmp_path / "b")
    assert first.name == "coding-assistants-cluster-1.2.3.tar.gz"
    assert first.read_bytes() == second.read_bytes()

    with tarfile.open(first) as tar:
        members = tar.getmembers()
        names = [m.name for m in members]
        assert names == sorted(names)
        assert all(m.uid == 0 and m.gid == 0 and m.uname == "" for m in members)
        assert len({m.mtime for m in members}) == 1
        top = "coding-assistants-cluster-1.2.3"
        assert f"{top}/README.md" in names and f"{top}/CHANGELOG.md" in names
        module = json.load(tar.extractfile(f"{top}/module/cdk.tf.json"))
        readme = tar.extractfile(f"{top}/README.md").read().decode()
        scripts = [n for n in names if n.endswith("/install-claude.sh")]
        assert scripts == [f"{top}/module/scripts/install-claude.sh"]
        assert tar.getmember(scripts[0]).mode == 0o755
        assert tar.extractfile(scripts[0]).read() == BUNDLED_INIT_SCRIPT.read_bytes()
        assert tar.extractfile(f"{top}/CHANGELOG.md").read().decode() == CHANGELOG
        assert tar.extractfile(f"{top}/UPGRADE.md").read().decode() == UPGRADE

    assert module == default_synth.stack(MODULE_STACK)
    assert '| `cluster_mode` | `string` | `"STANDARD"` |' in readme
    assert "| `cluster_url` |" in readme
    assert "| Terraform | `>= 1.2` (tested with 1.11) |" in readme
    assert "| provider `databricks/databricks` | `>= 1.40.0, < 2.0.0`," in readme
    assert module["terraform"]["required_version"] == ">= 1.2"
    raw = first.read_bytes()
    assert raw[4:8] == b"\0\0\0\0", "gzip header carries no time stamp"
    unpacked = gzip.decompress(raw)
    assert str(tmp_path).encode() not in unpacked and str(REPO).encode() not in unpacked
