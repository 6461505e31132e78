"""Claude Code's OpenTelemetry export, as the init script sets it up, with the real CLI.

A node provisioned with a collector (``CLAUDE_OTEL_ENDPOINT``) and a headers secret runs
``claude -p`` in a loopback-only namespace beside the fake workspace (which also holds the
secret) and an OTLP/HTTP receiver started by the test. The receiver gets metrics and events
carrying the cluster's id and name, the workshop and the attendee's key; the headers the
``otelHeadersHelper`` read from the secret; no token and no prompt text, until the prompts are
opted in.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.fake_serving import FakeConfig, read_log
from tests.real_client.isolated import Background, Spec, run_isolated
from tests.real_client.runs import REPLY, leaked
from tests.shell.sandbox import CLI_TOKEN, CLUSTER_ID, TOKEN, Sandbox

pytestmark = pytest.mark.real_client

REPO = Path(__file__).resolve().parents[2]
PORT = 4318
HEADERS_SECRET = "otlp-s3cr3t-5c2d9a"
PROMPT = "Say hello telemetry-marker-3f8a1"
TELEMETRY = {
    "CLAUDE_OTEL_ENDPOINT": f"http://127.0.0.1:{PORT}",
    "CLAUDE_OTEL_PROTOCOL": "http/json",
    "CLAUDE_OTEL_HEADERS_SECRET": "observability/otlp-headers",
    "DB_CLUSTER_NAME": "claude-code-workshop-ada__example_com",
    "CODING_ASSISTANTS_WORKSHOP": "ml-day",
    "CODING_ASSISTANTS_ATTENDEE": "ada__example_com",
}
ATTRIBUTES = {
    "databricks.cluster.id": CLUSTER_ID,
    "databricks.cluster.name": "claude-code-workshop-ada__example_com",
    "workshop.name": "ml-day",
    "workshop.attendee_key": "ada__example_com",
}


def _export(box: Sandbox, tls: Any, work: Path, name: str) -> dict[str, Any]:
    """One ``claude -p`` in a namespace with the fake workspace and the receiver: its outcome,
    what the receiver got and what the workspace saw."""
    work.mkdir(parents=True, exist_ok=True)
    received, workspace = work / f"{name}-otlp.jsonl", work / f"{name}-workspace.jsonl"
    fake = FakeConfig(
        "workspace",
        node.WORKSPACE_PORT,
        str(tls.cert),
        str(tls.key),
        (TOKEN, CLI_TOKEN),
        REPLY,
        str(workspace),
        {"observability/otlp-headers": f"Authorization=Bearer {HEADERS_SECRET}"},
    )
    receiver = Background(
        [
            sys.executable,
            "-m",
            "tests.real_client.otlp_receiver",
            str(PORT),
            str(received),
            f"Bearer {HEADERS_SECRET}",
        ],
        {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
        f"http://127.0.0.1:{PORT}/ready",
        str(work / f"{name}-receiver.log"),
    )
    step = node.claude_step(name, box, "login", tls.ca_cert, PROMPT)
    step.env.update(
        {
            "CURL_CA_BUNDLE": str(tls.ca_cert),  # the headers helper asks the fake workspace
            "OTEL_METRIC_EXPORT_INTERVAL": "1000",
            "OTEL_LOGS_EXPORT_INTERVAL": "500",
        }
    )
    spec = Spec(servers=[fake], background=[receiver], steps=[step], etc=str(box.root / "etc"))
    with Timer(f"claude -p with telemetry ({name})"):
        outcome = run_isolated(spec, work)[name]
    return {"outcome": outcome, "exports": read_log(received), "workspace": read_log(workspace)}


@pytest.fixture(scope="module")
def node_with_telemetry(tmp_path_factory, real_tools, claude_exe, tls) -> Sandbox:
    with Timer("init script with telemetry (npm path)"):
        base = tmp_path_factory.mktemp("otel-node")
        return node.provision(base, real_tools, claude_exe, tls.ca_cert, env=TELEMETRY)


@pytest.fixture(scope="module")
def exported(node_with_telemetry, tls, tmp_path_factory) -> dict[str, Any]:
    return _export(node_with_telemetry, tls, tmp_path_factory.mktemp("otel-runs"), "telemetry")


def _resources(exports: list[dict[str, Any]], kind: str) -> list[dict[str, str]]:
    found = []
    for export in exports:
        for resource in export["body"].get(kind, []):
            attributes = resource.get("resource", {}).get("attributes", [])
            found.append({a["key"]: a["value"].get("stringValue") for a in attributes})
    return found


def test_telemetry_reaches_the_collector_with_the_cluster_workshop_and_attendee(exported):
    outcome = exported["outcome"]
    assert outcome.returncode == 0, outcome.stderr
    assert REPLY in outcome.stdout
    metrics = [e for e in exported["exports"] if e["path"] == "/v1/metrics"]
    assert metrics, f"no metrics exported: {exported['exports']!r}"
    for resource in _resources(metrics, "resourceMetrics"):
        assert {k: resource.get(k) for k in ATTRIBUTES} == ATTRIBUTES
    names = {
        metric["name"]
        for export in metrics
        for resource in export["body"]["resourceMetrics"]
        for scope in resource["scopeMetrics"]
        for metric in scope["metrics"]
    }
    assert {"claude_code.token.usage", "claude_code.cost.usage"} <= names


def test_telemetry_headers_come_from_the_secret_through_the_helper(exported, node_with_telemetry):
    assert exported["exports"]
    assert all(e["authorization_ok"] for e in exported["exports"])
    assert any(r["path"] == "/api/2.0/secrets/get" for r in exported["workspace"])
    box = node_with_telemetry
    for path in [*box.root.rglob("*"), *box.home.rglob("*")]:
        if path.is_file() and not path.is_symlink():
            assert HEADERS_SECRET not in path.read_text(errors="replace"), path


def test_telemetry_carries_no_token_and_no_prompt_text(exported):
    text = json.dumps(exported["exports"])
    assert not leaked(text, TOKEN)
    assert "telemetry-marker-3f8a1" not in text
    assert HEADERS_SECRET not in text
    assert '"<REDACTED>"' in text  # the user_prompt event holds the prompt's length only


def test_telemetry_carries_the_prompt_once_the_admin_opts_in(node_with_telemetry, tls, tmp_path):
    box = node_with_telemetry
    result = box.install({**TELEMETRY, "CLAUDE_OTEL_LOG_USER_PROMPTS": "enabled"}, timeout=120)
    assert result.returncode == 0, result.stderr

    run = _export(box, tls, tmp_path, "prompts")

    assert run["outcome"].returncode == 0, run["outcome"].stderr
    events = [e for e in run["exports"] if e["path"] == "/v1/logs"]
    assert "telemetry-marker-3f8a1" in json.dumps(events)
    assert not leaked(json.dumps(run["exports"]), TOKEN)
