"""The release archive: refusals, content and byte-for-byte reproducibility."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import tarfile
from pathlib import Path

import pytest

from coding_assistants.facts import VERSION
from coding_assistants.props import BUNDLED_INIT_SCRIPT
from coding_assistants.release import build
from coding_assistants.release_checks import (
    ReleaseError,
    check_changelog,
    check_is_the_trees,
    check_not_released,
    check_version,
)
from coding_assistants.stacks import MODULE_STACK
from tests.conftest import RELEASE_CHANGELOG, RELEASE_UPGRADE, REPO, git, release_repo

CHANGELOG = RELEASE_CHANGELOG.format(version=VERSION)
UPGRADE = RELEASE_UPGRADE


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return release_repo(tmp_path / "repo")


@pytest.mark.parametrize("version", ["1.2", "v1.2.3", "1.2.3.4", "01.2.3", "latest", ""])
def test_fails_when_version_is_not_semver(version):
    with pytest.raises(ReleaseError, match="is not a semantic version"):
        check_version(version)


@pytest.mark.parametrize("version", ["0.1.0", "1.2.3", "2.0.0-rc.1", "1.0.0+build.5"])
def test_release_accepts_semver(version):
    check_version(version)


@pytest.mark.parametrize("version", ["0.1.0", "0.1.9", "0.2.0-rc.1"])
def test_fails_when_the_version_is_already_released(version):
    """make release VERSION=0.1.0 on a tree at 0.2.0 would pack newer code under 0.1.0."""
    with pytest.raises(ReleaseError, match=rf"VERSION: {re.escape(version)} is already released"):
        check_is_the_trees(version, "0.2.0")


def test_fails_when_the_version_is_ahead_of_the_tree():
    with pytest.raises(ReleaseError, match=r"not this tree's version; this tree is 0\.2\.0"):
        check_is_the_trees("0.3.0", "0.2.0")
    check_is_the_trees("0.2.0", "0.2.0")


def test_fails_when_changelog_has_no_section_for_the_version():
    with pytest.raises(ReleaseError, match=r"CHANGELOG.md has no section for 9.9.9"):
        check_changelog(CHANGELOG, "9.9.9")


def test_fails_when_entries_wait_under_unreleased():
    pending = CHANGELOG.replace("## [Unreleased]\n", "## [Unreleased]\n\n### Fixed\n- A fix.\n")
    with pytest.raises(ReleaseError, match=r"1 entries under \[Unreleased\], which"):
        check_changelog(pending, VERSION)
    check_changelog(CHANGELOG, VERSION)


def test_fails_when_the_unreleased_section_is_gone():
    with pytest.raises(ReleaseError, match=r"no '## \[Unreleased\]' section; keep it"):
        check_changelog(CHANGELOG.replace("## [Unreleased]\n", ""), VERSION)


def test_the_projects_changelog_is_ready_for_its_version():
    """The committed CHANGELOG has the tree's version and keeps [Unreleased] (entries under it
    mean a release of a new version is due, which the check above refuses to mislabel)."""
    changelog = (REPO / "CHANGELOG.md").read_text()
    assert f"\n## [{VERSION}] - " in changelog and "\n## [Unreleased]\n" in changelog


def test_fails_when_the_tree_is_dirty(repo, tmp_path):
    (repo / "stray.txt").write_text("x")
    with pytest.raises(ReleaseError, match=r"uncommitted changes:\n  \?\? stray.txt"):
        build(repo, VERSION, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_fails_when_a_tag_released_the_version_from_another_tree(repo, tmp_path):
    git(repo, "tag", f"v{VERSION}")
    check_not_released(repo, VERSION)  # the tagged tree itself may be packed again
    (repo / "UPGRADE.md").write_text(UPGRADE + "More.\n")
    git(repo, "commit", "-qam", "more")
    with pytest.raises(ReleaseError, match=rf"{re.escape(VERSION)} is already released \(tag"):
        build(repo, VERSION, tmp_path / "dist")


def test_release_is_reproducible_and_complete(repo, tmp_path, default_synth):
    first = build(repo, VERSION, tmp_path / "a")
    second = build(repo, VERSION, tmp_path / "b")
    assert first.name == f"coding-assistants-cluster-{VERSION}.tar.gz"
    assert first.read_bytes() == second.read_bytes()

    with tarfile.open(first) as tar:
        members = tar.getmembers()
        names = [m.name for m in members]
        assert names == sorted(names)
        assert all(m.uid == 0 and m.gid == 0 and m.uname == "" for m in members)
        assert len({m.mtime for m in members}) == 1
        top = f"coding-assistants-cluster-{VERSION}"
        assert f"{top}/README.md" in names and f"{top}/CHANGELOG.md" in names
        module = json.load(tar.extractfile(f"{top}/module/cdk.tf.json"))
        readme = tar.extractfile(f"{top}/README.md").read().decode()
        scripts = [n for n in names if n.endswith("/install-claude.sh")]
        assert scripts == [f"{top}/module/scripts/install-claude.sh"]
        assert tar.getmember(scripts[0]).mode == 0o755
        assert tar.extractfile(scripts[0]).read() == BUNDLED_INIT_SCRIPT.read_bytes()
        assert tar.extractfile(f"{top}/CHANGELOG.md").read().decode() == CHANGELOG
        assert tar.extractfile(f"{top}/UPGRADE.md").read().decode() == UPGRADE
        tests = tar.extractfile(f"{top}/module/tests/module.tftest.hcl").read().decode()
        assert (
            'mock_provider "databricks"' in tests and 'run "node_settings_reach_the_node"' in tests
        )

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


def test_the_terraform_example_leaves_the_tree_clean_after_init():
    """`terraform init` in examples/terraform-consumer writes .terraform/ and a lock file: both
    are ignored, so `make release` does not refuse the tree afterwards."""
    example = "examples/terraform-consumer"
    for written in (f"{example}/.terraform.lock.hcl", f"{example}/.terraform/providers"):
        ignored = subprocess.run(["git", "check-ignore", "-q", written], cwd=REPO, check=False)
        assert ignored.returncode == 0, f"{written} is not ignored"
