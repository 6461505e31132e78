"""The organisation's skills, CLAUDE.md and plugins reach the real Claude Code on every node.

The init script installs a skill folder of a volume as Claude Code's managed skills, its
CLAUDE.md as managed memory, and a plugin marketplace kept in a volume (a ``directory``
source: no network) with its plugin turned on, all through the node's /etc (laid over the
namespace's /etc). The fake serving route logs which of these texts each request body carried.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding_assistants import node_settings
from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.isolated import Step
from tests.real_client.runs import REPLY, Run, run_claude
from tests.shell.sandbox import Sandbox

pytestmark = pytest.mark.real_client

SKILL_TEXT = "Use when the user asks for the quarterly heron report 4k2q"
MEMORY_TEXT = "Acme rule 7x9w: name every table with its three-part Unity Catalog name."
PLUGIN_TEXT = "Formats SQL the Acme way qz81"
BUNDLE_SKILL_TEXT = "Use when the user asks about offline kestrel notes 8m3p"
NEEDLES = (SKILL_TEXT, MEMORY_TEXT, PLUGIN_TEXT, BUNDLE_SKILL_TEXT)
VOLUME = "/Volumes/main/tools/claude"


def write_skill(folder: Path, name: str, description: str) -> None:
    (folder / name).mkdir(parents=True)
    (folder / name / "SKILL.md").write_text(
        f"---\nname: {name}\ndescription: {description}\n---\n\nWrite the report.\n"
    )


def lay_out_volume(root: Path) -> None:
    """The volume as the organisation fills it: skills, CLAUDE.md, a plugin marketplace."""
    volume = root / VOLUME.lstrip("/")
    write_skill(volume / "skills", "heron-report", SKILL_TEXT)
    (volume / "CLAUDE.md").write_text(f"# Acme\n\n{MEMORY_TEXT}\n")
    market = volume / "marketplace"
    (market / ".claude-plugin").mkdir(parents=True)
    (market / ".claude-plugin" / "marketplace.json").write_text(
        json.dumps(
            {
                "name": "acme-tools",
                "owner": {"name": "Acme data platform"},
                "plugins": [{"name": "sql-style", "source": "./sql-style"}],
            }
        )
    )
    plugin = market / "sql-style"
    (plugin / ".claude-plugin").mkdir(parents=True)
    (plugin / ".claude-plugin" / "plugin.json").write_text(
        json.dumps({"name": "sql-style", "version": "1.0.0", "description": "SQL style"})
    )
    write_skill(plugin / "skills", "acme-sql", PLUGIN_TEXT)


def org_env(root: Path) -> dict[str, str]:
    """The cluster's inputs. Claude Code reads the marketplace's path itself, so it names the
    volume where this machine has it (on a node: /Volumes/...); the init script's paths are
    under INIT_ROOT."""
    market = {"source": "directory", "path": str(root / VOLUME.lstrip("/") / "marketplace")}
    return {
        "CLAUDE_SKILLS_PATH": f"{VOLUME}/skills",
        "CLAUDE_MEMORY_PATH": f"{VOLUME}/CLAUDE.md",
        "CLAUDE_PLUGIN_MARKETPLACES": node_settings.env_value(
            "claude_plugin_marketplaces", {"acme-tools": market}
        ),
        "CLAUDE_ENABLED_PLUGINS": "sql-style@acme-tools",
        "CLAUDE_STRICT_MARKETPLACES": "true",
    }


@pytest.fixture(scope="module")
def org_node(tmp_path_factory, real_tools, claude_exe, tls) -> Sandbox:
    base = tmp_path_factory.mktemp("org-node")
    lay_out_volume(base / "root")
    with Timer("init script with skills, memory and plugins"):
        return node.provision(base, real_tools, claude_exe, tls.ca_cert, org_env(base / "root"))


@pytest.fixture(scope="module")
def org_runs(org_node, tls, tmp_path_factory) -> dict[str, Run]:
    """Two sessions: Claude Code installs the managed plugin at the first, so the second
    loads it."""
    steps = [
        node.claude_step(name, org_node, "login", tls.ca_cert, "Say hello")
        for name in ("first", "second")
    ]
    return run_claude(org_node, tls, tmp_path_factory.mktemp("org-runs"), steps, needles=NEEDLES)


def carried(run: Run) -> set[str]:
    return {needle for request in run.workspace for needle in request["carried"]}


def test_skills_step_installs_the_volume_content(org_node):
    state, detail = org_node.status()["skills"]
    assert state == "ok", detail
    assert detail.startswith("installed 1 skill(s) into /etc/claude-code/.claude/skills")
    assert detail.endswith("CLAUDE.md into /etc/claude-code/CLAUDE.md and plugin settings")


def test_skills_description_reaches_the_serving_route(org_runs):
    run = org_runs["first"]
    assert run.outcome.returncode == 0, run.outcome.stderr
    assert REPLY in run.outcome.stdout
    assert SKILL_TEXT in carried(run)
    assert run.other == []


def test_skills_org_memory_text_reaches_the_serving_route(org_runs):
    assert MEMORY_TEXT in carried(org_runs["first"])
    assert MEMORY_TEXT in carried(org_runs["second"])


def test_skills_of_a_volume_marketplace_plugin_reach_the_serving_route(org_runs):
    second = org_runs["second"]
    assert second.outcome.returncode == 0, second.outcome.stderr
    assert PLUGIN_TEXT in carried(second)
    assert {SKILL_TEXT, MEMORY_TEXT} <= carried(second)


def test_skills_strict_marketplaces_refuse_a_marketplace_the_user_adds(
    org_node, tls, tmp_path_factory
):
    """strictKnownMarketplaces: ``claude plugin marketplace add`` of any other source is
    refused by Claude Code (without the policy it succeeds: "Successfully added marketplace")."""
    other = org_node.home / "their-market"
    (other / ".claude-plugin").mkdir(parents=True)
    (other / ".claude-plugin" / "marketplace.json").write_text(
        json.dumps({"name": "theirs", "owner": {"name": "x"}, "plugins": []})
    )
    env = node.user_env(org_node, "login", tls.ca_cert)
    argv = ["bash", "-l", "-c", 'exec claude plugin marketplace add "$1"', "add", str(other)]
    step = Step("add", argv, env, str(org_node.home), 60)
    outcome = run_claude(org_node, tls, tmp_path_factory.mktemp("strict-runs"), [step])["add"]
    assert outcome.outcome.returncode == 1
    assert "is blocked by enterprise policy" in outcome.outcome.stdout + outcome.outcome.stderr
    known = json.loads(
        (org_node.home / ".claude" / "plugins" / "known_marketplaces.json").read_text()
    )
    assert set(known) == {"acme-tools"}
