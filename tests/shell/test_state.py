"""The user's Claude Code state kept across restarts (the ``state`` step, ``claude-state``).

``root/Workspace`` stands for the /Workspace mount of the node. A restart is a fresh home
directory and a fresh /etc and /usr/local, then the init script again. The saver the init
script starts is stopped by its recorded pid at the end of each test.
"""

from __future__ import annotations

import os
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.shell.sandbox import CLUSTER_ID, TOKEN, USER, Sandbox, alive, wait_until

WAIT_S = 30
"""Deadline of every wait for the saver (it saves every second here)."""


def archive_of(box: Sandbox, cluster: str = CLUSTER_ID) -> Path:
    return (
        box.root
        / "Workspace"
        / "Users"
        / USER
        / ".coding-assistants"
        / "claude-state"
        / (f"{cluster}.tar.gz")
    )


def members(archive: Path) -> dict[str, bytes]:
    with tarfile.open(archive) as tar:
        return {
            m.name: tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile()
        }


def wait_for(condition, what: str) -> None:
    wait_until(condition, WAIT_S, what)


@pytest.fixture
def node(sandbox: Sandbox) -> Iterator[Sandbox]:
    """A node whose state is kept: the user's workspace folder exists, the saver looks every
    second."""
    (sandbox.root / "Workspace" / "Users" / USER).mkdir(parents=True)
    sandbox.env.update(
        {
            "CODING_ASSISTANTS_USER": USER,
            "CLAUDE_PERSIST_STATE": "true",
            "CLAUDE_STATE_INTERVAL": "1",
        }
    )
    yield sandbox
    sandbox.stop_saver()


def session(box: Sandbox, name: str, text: str) -> Path:
    """A session transcript as Claude Code writes it: projects/<cwd slug>/<id>.jsonl."""
    path = box.home / ".claude" / "projects" / "-home-ada-work" / f"{name}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def restart(box: Sandbox) -> None:
    box.restart()
    result = box.install()
    assert result.returncode == 0, result.stderr


def test_persist_a_first_start_restores_nothing_and_starts_the_saver(node):
    assert node.install().returncode == 0
    assert node.status()["state"][0] == "ok"
    assert node.status()["state"][1].startswith("nothing saved yet in ")
    pid = int(node.saver_pid_file.read_text())
    assert alive(pid)
    assert node.install().returncode == 0
    assert node.status()["state"][1].startswith("nothing saved yet")
    assert int(node.saver_pid_file.read_text()) == pid  # one saver, not two


def test_persist_the_saver_keeps_sessions_and_never_credentials_or_settings(node):
    assert node.install().returncode == 0
    session(node, "s1", '{"type":"user","message":"the codeword is heron"}\n')
    claude = node.home / ".claude"
    (claude / ".credentials.json").write_text('{"token": "secret"}')
    (claude / "history.jsonl").write_text('{"display":"hello"}\n')
    (claude / "todos").mkdir()
    (claude / "todos" / "s1.json").write_text("[]")
    wait_for(lambda: archive_of(node).exists(), "the first save")
    saved = members(archive_of(node))
    assert saved["projects/-home-ada-work/s1.jsonl"].startswith(b'{"type":"user"')
    assert {"history.jsonl", "todos/s1.json"} <= set(saved)
    assert not {n for n in saved if n.endswith((".credentials.json", "settings.json"))}


def test_persist_a_stop_saves_once_more(node):
    assert node.install().returncode == 0
    session(node, "late", "written just before the cluster stops\n")
    node.stop_saver()
    assert "projects/-home-ada-work/late.jsonl" in members(archive_of(node))


def test_persist_a_restart_brings_the_state_back(node):
    assert node.install().returncode == 0
    session(node, "s1", "the codeword is heron\n")
    (node.home / ".claude" / "CLAUDE.md").write_text("my own notes\n")
    restart(node)
    assert node.status()["state"][1].startswith("restored 1 of 1 archive(s) from ")
    restored = node.home / ".claude" / "projects" / "-home-ada-work" / "s1.jsonl"
    assert restored.read_text() == "the codeword is heron\n"
    assert (node.home / ".claude" / "CLAUDE.md").read_text() == "my own notes\n"
    assert (node.home / ".claude").stat().st_mode & 0o777 == 0o700
    assert not (node.home / ".claude" / ".credentials.json").exists()


def test_persist_a_file_holding_the_token_is_left_out(node):
    assert node.install().returncode == 0
    session(node, "leaky", f"export DATABRICKS_TOKEN={TOKEN}\n")
    session(node, "clean", "nothing secret\n")
    result = node.helper("claude-state", "save")
    assert result.returncode == 0, result.stderr
    assert "left out (they hold a Databricks token): projects/-home-ada-work/leaky.jsonl" in (
        result.stderr
    )
    saved = members(archive_of(node))
    assert "projects/-home-ada-work/clean.jsonl" in saved
    assert "projects/-home-ada-work/leaky.jsonl" not in saved
    assert TOKEN.encode() not in b"".join(saved.values())


def test_persist_the_boot_saver_without_a_token_leaves_out_what_looks_like_one(node):
    """The saver the init script starts has no DATABRICKS_TOKEN to compare: a transcript with
    anything shaped like a Databricks token or a JWT is left out all the same."""
    assert node.install().returncode == 0
    session(node, "pat", "token dapi" + "0123456789abcdef" * 2 + "\n")
    session(node, "jwt", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2ln\n")
    session(node, "clean", "nothing secret\n")
    result = node.helper("claude-state", "save", env={"DATABRICKS_TOKEN": ""})
    assert result.returncode == 0, result.stderr
    assert "projects/-home-ada-work/jwt.jsonl projects/-home-ada-work/pat.jsonl" in result.stderr
    saved = members(archive_of(node))
    assert "projects/-home-ada-work/clean.jsonl" in saved
    assert not {"projects/-home-ada-work/pat.jsonl", "projects/-home-ada-work/jwt.jsonl"} & set(
        saved
    )


def test_persist_the_oldest_transcripts_are_left_out_first(node):
    assert node.install().returncode == 0
    node.stop_saver()
    for age, name in enumerate(("newest", "middle", "oldest")):
        path = session(node, name, "x" * 40_000)
        os.utime(path, (1_700_000_000 - age * 3600,) * 2)
    (node.home / ".claude" / "history.jsonl").write_text("h" * 30_000)
    result = node.helper("claude-state", "save", env={"CLAUDE_STATE_MAX_KB": "100"})
    assert result.returncode == 0, result.stderr
    saved = set(members(archive_of(node)))
    assert "history.jsonl" in saved
    assert "projects/-home-ada-work/newest.jsonl" in saved
    assert "projects/-home-ada-work/oldest.jsonl" not in saved


def test_persist_two_clusters_of_one_user_each_keep_their_archive_and_merge(node):
    assert node.install().returncode == 0
    node.stop_saver()
    path = session(node, "shared", "from cluster A, older\n")
    os.utime(path, (1_700_000_000,) * 2)
    assert node.helper("claude-state", "save").returncode == 0
    other = {"DB_CLUSTER_ID": "0123-456789-other000"}
    path.write_text("from cluster B, newer\n")
    os.utime(path, (1_700_000_600,) * 2)
    session(node, "only-b", "B's own\n")
    assert node.helper("claude-state", "save", env=other).returncode == 0
    assert archive_of(node).exists() and archive_of(node, other["DB_CLUSTER_ID"]).exists()
    restart(node)
    sessions = node.home / ".claude" / "projects" / "-home-ada-work"
    assert (sessions / "shared.jsonl").read_text() == "from cluster B, newer\n"
    assert (sessions / "only-b.jsonl").read_text() == "B's own\n"


def test_persist_off_keeps_nothing_and_starts_no_saver(node):
    assert node.install({"CLAUDE_PERSIST_STATE": "false"}).returncode == 0
    assert node.status()["state"][0] == "skipped"
    assert "claude_persist_state false" in node.status()["state"][1]
    assert not node.saver_pid_file.exists()
    result = node.helper("claude-state", "save", env={"CLAUDE_PERSIST_STATE": "false"})
    assert result.returncode == 1
    assert "not kept across restarts" in result.stderr


def test_persist_status_names_the_folder_and_the_saver(node):
    assert node.install().returncode == 0
    result = node.helper("claude-state", "status")
    assert result.returncode == 0
    assert f"kept in: {archive_of(node).parent}" in result.stdout
    assert "saver: running (pid " in result.stdout
