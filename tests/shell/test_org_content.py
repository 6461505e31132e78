"""What the organisation gives every user of the node: skills from a volume folder, its
CLAUDE.md, plugin marketplaces and plugins (the ``skills`` step, ``claude-org-sync``).

The sandbox's ``root/Volumes/...`` stands for the Unity Catalog volume mount; Claude Code reads
the managed skills, memory and settings under ``root/etc/claude-code``.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from coding_assistants import node_settings
from tests.shell.sandbox import Sandbox

SKILLS = "/Volumes/main/tools/claude/skills"
MEMORY = "/Volumes/main/tools/claude/CLAUDE.md"
MANAGED = Path("etc/claude-code")
PLUGIN_FILE = MANAGED / "managed-settings.d" / "coding-assistants-plugins.json"


def skill(folder: Path, name: str, description: str) -> Path:
    path = folder / name
    path.mkdir(parents=True)
    (path / "SKILL.md").write_text(f"---\nname: {name}\ndescription: {description}\n---\nDo it.\n")
    return path


@pytest.fixture
def org(sandbox: Sandbox) -> Sandbox:
    """A node whose volume holds two good skills, three that must be left out, and a CLAUDE.md."""
    folder = sandbox.root / SKILLS.lstrip("/")
    sql = skill(folder, "sql-style", "Use when writing Databricks SQL")
    (sql / "scripts").mkdir()
    (sql / "scripts" / "check.py").write_text("print('ok')\n")
    skill(folder, "notebook-tips", "Use when editing notebooks")
    skill(folder, "bad name", "spaces are not a skill name")
    linked = skill(folder, "linked", "holds a link out of the volume")
    (linked / "secrets").symlink_to("/etc")
    (folder / "no-skill-md").mkdir()
    (sandbox.root / MEMORY.lstrip("/")).write_text("# Acme\nAlways use Unity Catalog names.\n")
    sandbox.env.update({"CLAUDE_SKILLS_PATH": SKILLS, "CLAUDE_MEMORY_PATH": MEMORY})
    return sandbox


def managed_skills(box: Sandbox) -> Path:
    return box.root / MANAGED / ".claude" / "skills"


def test_skills_and_memory_are_installed_for_every_user(org):
    assert org.install().returncode == 0
    state, detail = org.status()["skills"]
    assert state == "ok", detail
    assert detail.startswith("installed 2 skill(s) into /etc/claude-code/.claude/skills")
    assert "left out: " in detail and "bad name (name)" in detail and "linked (link)" in detail
    skills = managed_skills(org)
    assert sorted(p.name for p in skills.iterdir() if not p.name.startswith(".")) == [
        "notebook-tips",
        "sql-style",
    ]
    assert (skills / "sql-style" / "scripts" / "check.py").read_text() == "print('ok')\n"
    assert (skills / "sql-style" / "SKILL.md").stat().st_mode & 0o777 == 0o644
    assert skills.stat().st_mode & 0o777 == 0o755
    memory = org.root / MANAGED / "CLAUDE.md"
    assert memory.read_text() == "# Acme\nAlways use Unity Catalog names.\n"
    assert memory.stat().st_mode & 0o777 == 0o644


def test_second_run_changes_nothing(org):
    assert org.install().returncode == 0
    before = {p: p.stat().st_mtime_ns for p in (org.root / MANAGED).rglob("*")}
    assert org.install().returncode == 0
    assert org.status()["skills"][0] == "skipped"
    assert org.status()["skills"][1].startswith("unchanged: 2 skill(s), CLAUDE.md")
    assert {p: p.stat().st_mtime_ns for p in (org.root / MANAGED).rglob("*")} == before


def test_a_skill_removed_from_the_volume_goes_and_others_stay(org):
    assert org.install().returncode == 0
    admins = skill(managed_skills(org), "admins-own", "an administrator's own managed skill")
    folder = org.root / SKILLS.lstrip("/")
    for path in sorted((folder / "notebook-tips").rglob("*"), reverse=True):
        path.unlink()
    (folder / "notebook-tips").rmdir()
    (folder / "sql-style" / "SKILL.md").write_text("---\nname: sql-style\ndescription: v2\n---\n")
    assert org.install().returncode == 0
    skills = managed_skills(org)
    assert not (skills / "notebook-tips").exists()
    assert "description: v2" in (skills / "sql-style" / "SKILL.md").read_text()
    assert (admins / "SKILL.md").exists()


def test_memory_left_out_is_removed_only_when_it_was_ours(org):
    assert org.install().returncode == 0
    memory = org.root / MANAGED / "CLAUDE.md"
    assert org.install({"CLAUDE_MEMORY_PATH": ""}).returncode == 0
    assert not memory.exists()
    memory.write_text("the administrator's own\n")
    assert org.install({"CLAUDE_MEMORY_PATH": ""}).returncode == 0
    assert memory.read_text() == "the administrator's own\n"


def test_the_offline_bundle_skills_are_added_and_the_volume_wins(org, tmp_path):
    bundle = tmp_path / "bundle-skills"
    skill(bundle, "from-bundle", "Use when offline")
    skill(bundle, "sql-style", "the bundle's older copy")
    assert org.install().returncode == 0
    result = org.helper("claude-org-sync", "--bundle", str(bundle))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("installed 3 skill(s)")
    skills = managed_skills(org)
    assert (skills / "from-bundle" / "SKILL.md").exists()
    assert "Databricks SQL" in (skills / "sql-style" / "SKILL.md").read_text()


def test_a_missing_volume_folder_fails_the_step(sandbox):
    result = sandbox.install({"CLAUDE_SKILLS_PATH": "/Volumes/main/tools/claude/none"})
    assert result.returncode == 0
    state, detail = sandbox.status()["skills"]
    assert state == "failed"
    assert "claude_skills_path /Volumes/main/tools/claude/none is not a readable folder" in detail


def test_nothing_configured_writes_nothing(sandbox):
    assert sandbox.install().returncode == 0
    assert sandbox.status()["skills"] == (
        "skipped",
        "unchanged: no skills or CLAUDE.md configured",
    )
    assert not (sandbox.root / MANAGED / ".claude").exists()
    assert not (sandbox.root / PLUGIN_FILE).exists()


MARKETPLACES = {
    "team-tools": {"source": "github", "repo": "acme/claude-plugins", "ref": "v1"},
    "offline": {"source": "directory", "path": "/Volumes/main/tools/claude/marketplace"},
}


def plugin_env(strict: bool) -> dict[str, str]:
    """What the cluster passes for the plugin inputs (``node_settings.env_value``)."""
    values = {
        "claude_plugin_marketplaces": MARKETPLACES,
        "claude_enabled_plugins": ("sql@team-tools", "nb@offline"),
        "claude_strict_marketplaces": strict,
    }
    declared = node_settings.declared()
    passed = {declared[n].env: node_settings.env_value(n, v) for n, v in values.items()}
    return {env: text for env, text in passed.items() if text is not None}


def test_plugins_become_managed_settings(sandbox):
    assert sandbox.install(plugin_env(strict=True)).returncode == 0
    settings = json.loads((sandbox.root / PLUGIN_FILE).read_text())
    assert settings == {
        "extraKnownMarketplaces": {name: {"source": src} for name, src in MARKETPLACES.items()},
        "enabledPlugins": {"sql@team-tools": True, "nb@offline": True},
        "strictKnownMarketplaces": [MARKETPLACES["offline"], MARKETPLACES["team-tools"]],
    }
    assert (sandbox.root / PLUGIN_FILE).stat().st_mode & 0o777 == 0o644
    assert sandbox.status()["skills"][1].endswith("and plugin settings")


def test_marketplaces_written_by_hand_with_spaces_read_the_same(sandbox):
    """The node reads any JSON the rules accept, not only the compact form Terraform writes."""
    env = plugin_env(strict=True)
    env["CLAUDE_PLUGIN_MARKETPLACES"] = base64.b64encode(
        json.dumps(MARKETPLACES, indent=2).encode()
    ).decode()
    assert sandbox.install(env).returncode == 0
    settings = json.loads((sandbox.root / PLUGIN_FILE).read_text())
    assert settings["extraKnownMarketplaces"] == {
        name: {"source": src} for name, src in MARKETPLACES.items()
    }
    assert len(settings["strictKnownMarketplaces"]) == 2


def test_strict_alone_allows_no_marketplace_and_left_out_plugins_go(sandbox):
    assert sandbox.install(plugin_env(strict=False)).returncode == 0
    assert "strictKnownMarketplaces" not in json.loads((sandbox.root / PLUGIN_FILE).read_text())
    assert sandbox.install({"CLAUDE_STRICT_MARKETPLACES": "true"}).returncode == 0
    assert json.loads((sandbox.root / PLUGIN_FILE).read_text()) == {
        "extraKnownMarketplaces": {},
        "enabledPlugins": {},
        "strictKnownMarketplaces": [],
    }
    assert sandbox.install().returncode == 0
    assert not (sandbox.root / PLUGIN_FILE).exists()


def test_refused_values_are_reported_and_not_used(sandbox):
    env = {
        "CLAUDE_SKILLS_PATH": "/dbfs/skills",
        "CLAUDE_PLUGIN_MARKETPLACES": "not base64!",
        "CLAUDE_ENABLED_PLUGINS": "nomarketplace",
        "CLAUDE_STRICT_MARKETPLACES": "yes",
    }
    assert sandbox.install(env).returncode == 0
    state, detail = sandbox.status()["config"]
    assert state == "failed"
    for name in (
        "CLAUDE_SKILLS_PATH: claude_skills_path: invalid format",
        "CLAUDE_PLUGIN_MARKETPLACES: claude_plugin_marketplaces: not a JSON object",
        "CLAUDE_ENABLED_PLUGINS: claude_enabled_plugins: invalid entries",
        "CLAUDE_STRICT_MARKETPLACES: claude_strict_marketplaces: not true or false",
    ):
        assert name in detail
    assert not (sandbox.root / PLUGIN_FILE).exists()
    assert sandbox.status()["skills"][0] == "skipped"


def test_a_marketplace_the_node_refuses_installs_no_marketplace(sandbox):
    """A JSON object whose sources break the rule passes the loader (it is base64) and is
    refused by the skills step's jq check: no marketplace reaches Claude Code, and the
    step says why."""
    bad = node_settings.env_value(
        "claude_plugin_marketplaces", {"x": {"source": "svn", "url": "https://h/r"}}
    )
    assert sandbox.install({"CLAUDE_PLUGIN_MARKETPLACES": bad}).returncode == 0
    state, detail = sandbox.status()["skills"]
    assert state == "failed"
    assert "claude_plugin_marketplaces: not a map of marketplace sources" in detail
    assert detail.endswith(")") and "no plugin marketplaces (" in detail
    assert not (sandbox.root / PLUGIN_FILE).exists()
