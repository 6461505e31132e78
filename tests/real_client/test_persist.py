"""Sessions survive a restart: the real Claude Code continues a conversation it had before the
cluster stopped.

A session, then the cluster stops (the saver the init script started gets SIGTERM and saves
once more), restarts (a fresh home directory and /etc, /usr, /var; the user's /Workspace
folder, here ``root/Workspace``, stays) and runs the init script again, which restores the
state. ``claude --continue`` then sends the earlier conversation to the fake serving route. The
control: the same restart without the kept state sends none of it.
"""

from __future__ import annotations

import tarfile

import pytest

from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.runs import REPLY, Run, run_claude
from tests.shell.sandbox import CLI_TOKEN, TOKEN, USER, Sandbox

pytestmark = pytest.mark.real_client

CODEWORD = "heron-5521"
FIRST_PROMPT = f"Remember the codeword {CODEWORD} for later."
PERSIST_ENV = {
    "CODING_ASSISTANTS_USER": USER,
    "CLAUDE_PERSIST_STATE": "true",
    "CLAUDE_STATE_INTERVAL": "5",
}


def kept_node(base, tools, claude_exe, ca_cert, persist: str) -> Sandbox:
    (base / "root" / "Workspace" / "Users" / USER).mkdir(parents=True)
    env = {**PERSIST_ENV, "CLAUDE_PERSIST_STATE": persist}
    return node.provision(base, tools, claude_exe, ca_cert, env)


def restart(box: Sandbox) -> None:
    """The cluster stops and starts again: the init script runs on a fresh node, whose image
    has Claude Code."""
    claude_exe = (box.root / "usr" / "local" / "bin" / "claude").resolve()
    box.restart()
    node.put_on_image(box, claude_exe)
    (box.home / ".profile").write_text(node.PROFILE)
    result = box.install(timeout=120)
    assert result.returncode == 0, result.stderr


def two_sessions(box: Sandbox, tls, work) -> dict[str, Run]:
    """The first session, a restart, then ``claude --continue`` in the same project folder."""
    project = box.home / "work"
    project.mkdir()
    first = node.claude_step("first", box, "login", tls.ca_cert, FIRST_PROMPT, cwd=project)
    runs = run_claude(box, tls, work / "first", [first], needles=(CODEWORD,))
    with Timer("restart: saver stops, init script again"):
        restart(box)
    project.mkdir(exist_ok=True)
    step = node.claude_step(
        "continued",
        box,
        "login",
        tls.ca_cert,
        "What was the codeword?",
        args=("--continue",),
        cwd=project,
    )
    runs |= run_claude(box, tls, work / "continued", [step], needles=(CODEWORD,))
    return runs


@pytest.fixture(scope="module")
def kept(tmp_path_factory, real_tools, claude_exe, tls) -> tuple[Sandbox, dict[str, Run]]:
    base = tmp_path_factory.mktemp("persist-node")
    with Timer("init script with kept state"):
        box = kept_node(base, real_tools, claude_exe, tls.ca_cert, "true")
    work = tmp_path_factory.mktemp("persist-runs")
    (work / "first").mkdir()
    (work / "continued").mkdir()
    try:
        return box, two_sessions(box, tls, work)
    finally:
        box.stop_saver()


@pytest.fixture(scope="module")
def not_kept(tmp_path_factory, real_tools, claude_exe, tls) -> dict[str, Run]:
    base = tmp_path_factory.mktemp("not-kept-node")
    box = kept_node(base, real_tools, claude_exe, tls.ca_cert, "false")
    work = tmp_path_factory.mktemp("not-kept-runs")
    (work / "first").mkdir()
    (work / "continued").mkdir()
    return two_sessions(box, tls, work)


def carried(run: Run) -> bool:
    return any(CODEWORD in request["carried"] for request in run.workspace)


def test_persist_the_first_session_is_answered(kept):
    _, runs = kept
    first = runs["first"]
    assert first.outcome.returncode == 0, first.outcome.stderr
    assert REPLY in first.outcome.stdout
    assert carried(first)


def test_persist_continue_after_a_restart_sends_the_earlier_conversation(kept):
    box, runs = kept
    assert box.status()["state"][0] == "ok"
    assert box.status()["state"][1].startswith("restored 1 of 1 archive(s) from ")
    continued = runs["continued"]
    assert continued.outcome.returncode == 0, continued.outcome.stderr
    assert REPLY in continued.outcome.stdout
    assert carried(continued), "the continued session did not send the earlier conversation"
    assert continued.other == []


def test_persist_the_kept_state_holds_no_token_settings_or_credentials(kept):
    box, _ = kept
    folder = box.root / "Workspace" / "Users" / USER / ".coding-assistants" / "claude-state"
    (archive,) = folder.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        content = b"".join(
            tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile()
        )
    assert any(n.startswith("projects/") and n.endswith(".jsonl") for n in names)
    assert not [n for n in names if n.rsplit("/", 1)[-1] in ("settings.json", ".credentials.json")]
    for secret in (TOKEN, CLI_TOKEN):
        assert secret[:8].encode() not in content


def test_persist_off_continue_after_a_restart_starts_afresh(not_kept):
    assert carried(not_kept["first"])
    continued = not_kept["continued"]
    assert continued.outcome.returncode == 0, continued.outcome.stderr
    assert not carried(continued)
