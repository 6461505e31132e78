"""Fast, honest failure on the node: bounded network steps, check-claude's live call, the
tracing helpers starting mlflow once and showing failed trace writes."""

from __future__ import annotations

from coding_assistants import facts
from tests.shell.sandbox import HOST, TOKEN, Sandbox

MODEL = facts.DEFAULT_CLAUDE_MODEL


# --- bounded network steps -----------------------------------------------------------------------


def test_hanging_registries_stop_at_the_budget(sandbox):
    """Every network stub hangs; the budget (2 s here, 240 s by default) ends every step."""
    result = sandbox.install({"STUB_NET_SLEEP": "600", "CLAUDE_INIT_BUDGET": "2"}, timeout=40)
    assert result.returncode == 0, result.stderr
    states = {step: state for step, (state, _) in sandbox.status().items()}
    assert states["packages"] == states["claude"] == states["mlflow"] == "failed"
    assert states["settings"] == states["helpers"] == "ok"


def test_retry_stops_when_the_next_attempt_would_pass_the_deadline(sandbox):
    result = sandbox.bash(
        "RETRIES=5 RETRY_DELAY=30 DEADLINE=$((EPOCHSECONDS + 10)); retry false || echo gave-up"
    )
    assert result.stdout == "gave-up\n"
    assert "gave up after 1 attempt(s)" in result.stderr


def test_timed_never_outlives_the_deadline(sandbox):
    result = sandbox.bash("DEADLINE=$((EPOCHSECONDS - 1)); timed 60 true || echo $?")
    assert result.stdout == "124\n"


def test_full_mlflow_on_the_runtime_is_upgraded_in_place(sandbox):
    status = sandbox.steps("mlflow", env={"STUB_MLFLOW_DIST": "mlflow"})
    assert sandbox.calls("pip")[0][-2:] == ["mlflow==3.11.1", *facts.MLFLOW_TRACING_EXTRAS]
    assert status["mlflow"] == ("ok", "MLflow 3.11.1 installed (mlflow==3.11.1)")


def test_without_mlflow_the_skinny_package_is_installed(sandbox):
    status = sandbox.steps("mlflow", env={"STUB_MLFLOW_VERSION": ""})
    assert sandbox.calls("pip")[0][-2:] == ["mlflow-skinny==3.11.1", *facts.MLFLOW_TRACING_EXTRAS]
    assert status["mlflow"][0] == "ok"


def test_mlflow_whose_tracing_cannot_load_is_a_failed_step(sandbox):
    """mlflow-skinny 3.11.1 without python-dateutil: pip succeeds, the Stop hook cannot load."""
    (sandbox.base / "state" / "trace-error").write_text("ModuleNotFoundError: No module named 'x'")
    runtime = sandbox.steps("mlflow", env={"STUB_MLFLOW_VERSION": "3.5.0"})["mlflow"]
    assert runtime[0] == "failed" and "runtime MLflow 3.5.0: its Claude Code tracing" in runtime[1]
    state, detail = sandbox.steps("mlflow", env={"STUB_MLFLOW_VERSION": ""})["mlflow"]
    assert state == "failed"
    assert detail.endswith("tracing cannot load: ModuleNotFoundError: No module named 'x'")


def test_the_tracing_check_runs_once_per_python_and_mlflow(sandbox):
    env = {"STUB_MLFLOW_VERSION": "3.5.0"}
    assert sandbox.steps("mlflow", env=env)["mlflow"][0] == "skipped"
    sandbox.reset_calls()
    assert sandbox.steps("mlflow", env=env)["mlflow"][0] == "skipped"
    assert [c for c in sandbox.calls("python") if c[:1] == ["-I"]] == []


# --- check-claude's live call ---------------------------------------------------------------------


def live_line(box: Sandbox, **env: str) -> str:
    result = box.helper("check-claude", env=env)
    endpoint = result.stdout.split("\nEndpoint\n", 1)[1].splitlines()
    assert "Claude Code calls" in endpoint[0], result.stdout
    assert (
        endpoint[1] == f"  ok    the apiKeyHelper hands Claude Code a token (dapi****) for {HOST}"
    )
    return endpoint[2]


def test_check_claude_asks_the_workspace_once(provisioned):
    box = provisioned.box
    before = len(box.calls("curl"))
    line = live_line(box)
    assert line == f"  ok    serving endpoint {MODEL} exists on {HOST} and accepts the token"
    call = box.calls("curl")[before]
    assert call[-1] == f"{HOST}/api/2.0/serving-endpoints/{MODEL}"
    assert "--max-time" in call and call[call.index("-H") : call.index("-H") + 2] == ["-H", "@-"]
    assert not any(TOKEN in arg for arg in call), "the token never goes on a command line"
    assert (box.base / "calls" / "curl-auth.log").read_text().startswith("auth header ok")


def test_check_claude_explains_http_failures(provisioned):
    box = provisioned.box
    for code, words in (
        ("401", "refused the token (401)"),
        ("403", "you need CAN QUERY"),
        ("404", f"no serving endpoint named {MODEL}"),
    ):
        line = live_line(box, STUB_HTTP_CODE=code)
        assert line.startswith("  FAIL  ") and words in line, line
        assert box.helper("check-claude", env={"STUB_HTTP_CODE": code}).returncode == 1


def test_check_claude_probes_the_messages_route_without_spending_tokens(provisioned):
    box = provisioned.box
    before = len(box.calls("curl"))

    result = box.helper("check-claude")

    assert f"  ok    the Messages route answers for {MODEL} (no tokens used)" in result.stdout
    probe = box.calls("curl")[before + 1]
    assert probe[-1] == f"{HOST}/serving-endpoints/anthropic/v1/messages"
    assert f'{{"model":"{MODEL}","max_tokens":1,"messages":[]}}' in probe
    assert not any(TOKEN in arg for arg in probe), "the token never goes on a command line"


def test_check_claude_says_which_limit_a_429_hit(provisioned):
    box = provisioned.box
    for body, words in (
        (
            '{"error_code":"REQUEST_LIMIT_EXCEEDED","message":"Exceeded workspace QPS rate '
            'limit for databricks-claude-sonnet-4-6."}',
            "by the workspace's queries on this pay-per-token model: the room needs fewer",
        ),
        (
            '{"error_code":"REQUEST_LIMIT_EXCEEDED","message":"Rate limit per user exceeded"}',
            "by the AI Gateway's limit per user: raise gateway_user_queries_per_minute",
        ),
        ("", "by a rate limit the answer does not name: coding-assistants gateway show"),
    ):
        env = {"STUB_MESSAGES_CODE": "429", "STUB_MESSAGES_BODY": body}
        result = box.helper("check-claude", env=env)
        line = next(x for x in result.stdout.splitlines() if "(429)" in x)
        assert line.startswith("  FAIL  the model is rate limited (429) ") and words in line, line
        assert result.returncode == 1


def test_check_claude_reports_a_timeout(provisioned):
    line = live_line(provisioned.box, STUB_CURL_EXIT="28")
    assert line == f"  FAIL  no answer from {HOST} within 10 s (timeout)"


# --- tracing --------------------------------------------------------------------------------------


def test_tracing_status_shows_failed_trace_writes(bare_helpers):
    box = bare_helpers
    assert box.helper("claude-tracing-enable").returncode == 0
    log = box.home / ".claude" / "mlflow" / "claude_tracing.log"
    log.parent.mkdir(parents=True)
    log.write_text(
        "2026-11-28 INFO trace started\n"
        "2026-11-28 ERROR Failed to log trace: 403 PERMISSION_DENIED token dapi0123456789abcdef01\n"
    )
    result = box.helper("claude-tracing-status")
    assert result.returncode == 1
    where = f"1 error line(s) in {box.home.resolve()}/.claude/mlflow"
    assert f"FAIL  traces failed to be written: {where}" in result.stdout
    assert "403 PERMISSION_DENIED" in result.stdout and "dapi0123456789" not in result.stdout
