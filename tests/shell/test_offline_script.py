"""The whole init script, executed, in offline mode: every network command is a stub that
fails the test when called (see ``offline_box``)."""

from __future__ import annotations

import subprocess

from tests.shell.offline_box import CLAUDE_TARBALL, CLAUDE_VERSION, SKILL_FILES, OfflineBox

STEPS = (
    *("config", "bundle", "packages", "claude", "mlflow", "settings", "helpers", "profile"),
    *("policy", "mcp", "skills", "state"),
)


def _flip_one_byte(box: OfflineBox, relative: str) -> None:
    path = box.bundle / relative
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_script_installs_from_the_bundle_without_network(tmp_path):
    box = OfflineBox.create(tmp_path)
    result, steps = box.run_script()
    assert result.returncode == 0, result.stderr
    assert tuple(steps) == STEPS
    assert steps["config"][0] == "ok", steps
    assert "bundle=/Volumes/main/tools/offline/claude-2.1.332" in steps["config"][1]
    assert {name: steps[name][0] for name in ("bundle", "claude", "mlflow")} == dict.fromkeys(
        ("bundle", "claude", "mlflow"), "ok"
    ), steps
    assert steps["packages"][0] == "skipped" and "skipped (offline)" in steps["packages"][1]
    claude = box.root / "usr" / "local" / "bin" / "claude"
    version = subprocess.run([str(claude), "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"{CLAUDE_VERSION} (Claude Code)"
    assert (box.root / "usr" / "local" / "bin" / "check-claude").exists()
    assert box.network_calls() == []


def test_script_refuses_a_tarball_with_one_changed_byte(tmp_path):
    box = OfflineBox.create(tmp_path)
    _flip_one_byte(box, CLAUDE_TARBALL)
    result, steps = box.run_script()
    assert result.returncode == 0, result.stderr
    assert steps["claude"][0] == "failed"
    assert f"{CLAUDE_TARBALL} does not match the manifest" in steps["claude"][1]
    assert not (box.root / "usr" / "local" / "bin" / "claude").exists()
    assert not (box.root / "opt").exists()
    assert steps["bundle"][0] == "ok" and steps["mlflow"][0] == "ok", steps
    assert box.network_calls() == []


def test_script_refuses_a_manifest_with_one_changed_byte(tmp_path):
    box = OfflineBox.create(tmp_path)
    _flip_one_byte(box, "manifest.json")
    result, steps = box.run_script()
    assert result.returncode == 0, result.stderr
    assert steps["bundle"][0] == "failed" and "manifest.json has sha256" in steps["bundle"][1]
    assert all(steps[name][0] == "failed" for name in ("claude", "mlflow", "packages")), steps
    assert not (box.root / "opt").exists() and box.calls("pip") == []
    assert box.network_calls() == []


def test_script_second_run_changes_nothing(tmp_path):
    box = OfflineBox.create(tmp_path)
    first, _ = box.run_script()
    assert first.returncode == 0, first.stderr
    status = "root/var/lib/coding-assistants/status"  # the run's own record: rewritten
    before = {k: v for k, v in box.node_files().items() if k != status}
    second, steps = box.run_script()
    assert second.returncode == 0, second.stderr
    assert {k: v for k, v in box.node_files().items() if k != status} == before
    assert steps["claude"][0] == "skipped" and steps["mlflow"][0] == "skipped", steps
    assert box.network_calls() == []


def test_script_with_a_path_but_no_hash_installs_nothing(tmp_path):
    box = OfflineBox.create(tmp_path)
    result, steps = box.run_script(OFFLINE_BUNDLE_SHA256="")
    assert result.returncode == 0, result.stderr
    assert steps["config"][0] == "failed" and "OFFLINE_BUNDLE_SHA256" in steps["config"][1]
    assert steps["bundle"][0] == "failed" and steps["claude"][0] == "failed", steps
    assert box.network_calls() == []


def test_script_with_a_channel_version_and_a_bundle_installs_no_claude(tmp_path):
    box = OfflineBox.create(tmp_path)
    result, steps = box.run_script(CLAUDE_CODE_VERSION="stable")
    assert result.returncode == 0, result.stderr
    assert steps["config"][0] == "failed"
    assert (
        "CLAUDE_CODE_VERSION: claude_code_version: not an exact version with offline_bundle_path"
        in steps["config"][1]
    )
    assert steps["claude"][0] == "failed" and "claude_code_version is stable" in steps["claude"][1]
    assert not (box.root / "usr" / "local" / "bin" / "claude").exists()
    assert box.network_calls() == []


def test_script_installs_the_bundles_skills_as_managed_skills(tmp_path):
    box = OfflineBox.create(tmp_path, skills=True)
    result, steps = box.run_script()
    assert result.returncode == 0, result.stderr
    assert steps["skills"][0] == "ok", steps["skills"]
    assert steps["skills"][1].startswith(
        "installed 1 skill(s) into /etc/claude-code/.claude/skills"
    )
    managed = box.root / "etc" / "claude-code" / ".claude" / "skills"
    for relative, text in SKILL_FILES.items():
        assert (managed / relative.removeprefix("skills/")).read_text() == text
    assert box.network_calls() == []
    again, steps = box.run_script()
    assert again.returncode == 0 and steps["skills"][0] == "skipped"


def test_a_changed_skill_file_installs_no_skill_from_the_bundle(tmp_path):
    box = OfflineBox.create(tmp_path, skills=True)
    _flip_one_byte(box, "skills/offline-notes/scripts/run.sh")
    result, steps = box.run_script()
    assert result.returncode == 0
    assert steps["skills"] == (
        "failed",
        "the offline bundle's skills: skills/offline-notes/scripts/run.sh does not match the "
        "manifest (size or sha256); none installed",
    )
    assert not (box.root / "etc" / "claude-code" / ".claude" / "skills").exists()
