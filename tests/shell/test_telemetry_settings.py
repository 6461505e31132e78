"""Claude Code's OpenTelemetry export from the node: managed settings, resource attributes, the
headers helper that reads a Databricks secret at run time, and nothing when it is off."""

from __future__ import annotations

import base64
import json

from tests.shell.sandbox import CLUSTER_ID, HOST, TOKEN, Sandbox

ENDPOINT = "https://otel.example.com:4318"
HEADERS = "Authorization=Bearer otlp-s3cr3t-9f1e, X-Team=ml"
TELEMETRY = {
    "CLAUDE_OTEL_ENDPOINT": ENDPOINT,
    "CLAUDE_OTEL_HEADERS_SECRET": "observability/otlp-headers",
    "DB_CLUSTER_NAME": "ada's cluster",
    "CODING_ASSISTANTS_WORKSHOP": "ml-day",
    "CODING_ASSISTANTS_ATTENDEE": "ada__example_com",
}
KEYS = (
    "CLAUDE_CODE_ENABLE_TELEMETRY",
    "OTEL_METRICS_EXPORTER",
    "OTEL_LOGS_EXPORTER",
    "OTEL_EXPORTER_OTLP_PROTOCOL",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_RESOURCE_ATTRIBUTES",
)


def managed(box: Sandbox) -> dict:
    return json.loads((box.root / "etc" / "claude-code" / "managed-settings.json").read_text())


def test_telemetry_goes_into_the_managed_settings_with_the_cluster_and_attendee(sandbox):
    assert sandbox.install(TELEMETRY).returncode == 0

    settings = managed(sandbox)
    env = settings["env"]
    assert {k: env[k] for k in KEYS} == {
        "CLAUDE_CODE_ENABLE_TELEMETRY": "1",
        "OTEL_METRICS_EXPORTER": "otlp",
        "OTEL_LOGS_EXPORTER": "otlp",
        "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf",
        "OTEL_EXPORTER_OTLP_ENDPOINT": ENDPOINT,
        "OTEL_RESOURCE_ATTRIBUTES": f"databricks.cluster.id={CLUSTER_ID},"
        "databricks.cluster.name=ada%27s%20cluster,workshop.name=ml-day,"
        "workshop.attendee_key=ada__example_com",
    }
    assert "OTEL_LOG_USER_PROMPTS" not in env
    assert settings["otelHeadersHelper"].endswith("/usr/local/bin/claude-otel-headers")
    user = json.loads(sandbox.settings_file.read_text())
    assert not any(key.startswith("OTEL_") for key in user["env"])
    assert "telemetry=https://otel.example.com:4318" in sandbox.status()["config"][1]


def test_prompts_are_logged_only_when_enabled(sandbox):
    env = {**TELEMETRY, "CLAUDE_OTEL_LOG_USER_PROMPTS": "enabled", "CLAUDE_OTEL_PROTOCOL": "grpc"}
    assert sandbox.install(env).returncode == 0

    assert managed(sandbox)["env"]["OTEL_LOG_USER_PROMPTS"] == "1"
    assert managed(sandbox)["env"]["OTEL_EXPORTER_OTLP_PROTOCOL"] == "grpc"


def test_a_refused_endpoint_means_no_telemetry(sandbox):
    assert (
        sandbox.install({**TELEMETRY, "CLAUDE_OTEL_ENDPOINT": "otel.example.com"}).returncode == 0
    )

    assert "CLAUDE_CODE_ENABLE_TELEMETRY" not in managed(sandbox)["env"]
    assert "otelHeadersHelper" not in managed(sandbox)
    state, detail = sandbox.status()["config"]
    assert state == "failed" and "CLAUDE_OTEL_ENDPOINT: otel_endpoint: invalid format" in detail


def test_turning_telemetry_off_removes_only_its_own_keys(sandbox):
    assert sandbox.install(TELEMETRY).returncode == 0
    path = sandbox.root / "etc" / "claude-code" / "managed-settings.json"
    kept = managed(sandbox)
    kept["env"]["COMPANY_PROXY"] = "http://proxy:3128"
    kept["permissions"] = {"deny": ["WebFetch"]}
    path.write_text(json.dumps(kept))

    assert sandbox.install().returncode == 0

    settings = managed(sandbox)
    assert not any(key in settings["env"] for key in KEYS)
    assert "otelHeadersHelper" not in settings
    assert settings["env"]["COMPANY_PROXY"] == "http://proxy:3128"
    assert settings["permissions"] == {"deny": ["WebFetch"]}


def _secret(value: str) -> str:
    return json.dumps({"key": "otlp-headers", "value": base64.b64encode(value.encode()).decode()})


def test_the_headers_helper_reads_the_secret_at_run_time(sandbox):
    assert sandbox.install(TELEMETRY).returncode == 0

    result = sandbox.helper("claude-otel-headers", env={"STUB_SECRET_JSON": _secret(HEADERS)})

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"Authorization": "Bearer otlp-s3cr3t-9f1e", "X-Team": "ml"}
    call = next(c for c in sandbox.calls("curl") if f"{HOST}/api/2.0/secrets/get" in c)
    assert "scope=observability" in call and "key=otlp-headers" in call
    assert not any(TOKEN in arg for arg in call), "the token never goes on a command line"
    for path in [*sandbox.root.rglob("*"), *sandbox.home.rglob("*")]:
        if path.is_file() and not path.is_symlink():
            assert "otlp-s3cr3t" not in path.read_text(errors="replace"), path


def test_the_headers_helper_fails_plainly(sandbox):
    assert sandbox.install(TELEMETRY).returncode == 0

    refused = sandbox.helper("claude-otel-headers", env={"STUB_SECRET_EXIT": "22"})
    empty = sandbox.helper("claude-otel-headers", env={"STUB_SECRET_JSON": "{}"})

    assert refused.returncode == 1 and refused.stdout == ""
    assert "cannot read the secret observability/otlp-headers" in refused.stderr
    assert empty.returncode == 1 and "empty or not base64" in empty.stderr


def test_the_headers_helper_needs_a_configured_secret(provisioned):
    result = provisioned.box.helper("claude-otel-headers")

    assert result.returncode == 1
    assert "no headers secret configured (otel_headers_secret)" in result.stderr
