"""Claude Code's model aliases on the node: each from its input, else the model; a bad one is
reported and replaced by the model; check-claude lists every model variable."""

from __future__ import annotations

import json

from tests.shell.sandbox import Sandbox

MODEL = "databricks-claude-sonnet-4-6"
HAIKU = "databricks-claude-haiku-4-5"
ALIASES = {
    "ANTHROPIC_DEFAULT_OPUS_MODEL": "CLAUDE_OPUS_MODEL",
    "ANTHROPIC_DEFAULT_SONNET_MODEL": "CLAUDE_SONNET_MODEL",
    "ANTHROPIC_DEFAULT_HAIKU_MODEL": "CLAUDE_HAIKU_MODEL",
    "ANTHROPIC_SMALL_FAST_MODEL": "CLAUDE_SMALL_FAST_MODEL",
}


def model_env(box: Sandbox, managed: bool = False) -> dict[str, str]:
    path = box.root / "etc/claude-code/managed-settings.json" if managed else box.settings_file
    env = json.loads(path.read_text())["env"]
    return {k: v for k, v in env.items() if k.endswith("_MODEL")}


def test_each_alias_takes_its_own_model(sandbox):
    sandbox.install({"CLAUDE_HAIKU_MODEL": HAIKU, "CLAUDE_SMALL_FAST_MODEL": HAIKU})
    for managed in (False, True):
        assert model_env(sandbox, managed) == {
            "ANTHROPIC_MODEL": MODEL,
            "ANTHROPIC_DEFAULT_OPUS_MODEL": MODEL,
            "ANTHROPIC_DEFAULT_SONNET_MODEL": MODEL,
            "ANTHROPIC_DEFAULT_HAIKU_MODEL": HAIKU,
            "ANTHROPIC_SMALL_FAST_MODEL": HAIKU,
        }
    config = sandbox.status()["config"]
    assert config[0] == "ok"
    assert f"haiku_model={HAIKU} small_fast_model={HAIKU}" in config[1]


def test_left_out_every_alias_is_the_model(provisioned):
    assert set(model_env(provisioned.box).values()) == {MODEL}


def test_a_bad_alias_is_reported_and_the_model_used(sandbox):
    sandbox.install({"CLAUDE_OPUS_MODEL": "opus please"})
    state, detail = sandbox.status()["config"]
    assert state == "failed"
    assert "CLAUDE_OPUS_MODEL: claude_opus_model: invalid format; expected" in detail
    assert model_env(sandbox)["ANTHROPIC_DEFAULT_OPUS_MODEL"] == MODEL


def test_check_claude_lists_every_model_variable(sandbox):
    sandbox.install({"CLAUDE_HAIKU_MODEL": HAIKU})
    out = sandbox.helper("check-claude").stdout
    model = out.split("\nModel\n", 1)[1].split("\n\n", 1)[0]
    listed = [line.split()[1] for line in model.splitlines() if line.startswith("  ok")]
    assert listed == [
        f"ANTHROPIC_MODEL={MODEL}",
        f"ANTHROPIC_DEFAULT_OPUS_MODEL={MODEL}",
        f"ANTHROPIC_DEFAULT_SONNET_MODEL={MODEL}",
        f"ANTHROPIC_DEFAULT_HAIKU_MODEL={HAIKU}",
        f"ANTHROPIC_SMALL_FAST_MODEL={MODEL}",
    ]
