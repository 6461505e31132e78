"""``coding-assistants gateway show|apply``: the AI Gateway of the model's endpoint, as code."""

from __future__ import annotations

import json

import pytest

from coding_assistants.facts import DEFAULT_CLAUDE_MODEL
from tests.cli.fake_gateway import FakeGatewayWorkspace
from tests.cli.fake_workspace import CANARY_TOKEN

PUT = f"/api/2.0/serving-endpoints/{DEFAULT_CLAUDE_MODEL}/ai-gateway"
GROUP_LIMIT = {
    "key": "user_group",
    "principal": "data-eng",
    "calls": 500,
    "renewal_period": "minute",
}


@pytest.fixture(scope="module")
def server():
    fake = FakeGatewayWorkspace().start()
    yield fake
    fake.stop()


@pytest.fixture
def gateway(workspace):
    workspace.gateways[DEFAULT_CLAUDE_MODEL] = {}
    return workspace


def _settings(tmp_path, **values) -> str:
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps(values))
    return str(path)


LIMITS = {
    "gateway_user_queries_per_minute": 20,
    "gateway_user_tokens_per_minute": 60000,
    "gateway_endpoint_queries_per_minute": 2000,
}


def test_gateway_apply_sets_the_workshop_limits_and_usage_tracking(gateway, cli, tmp_path):
    code, out, err = cli("gateway", "apply", "--workshop-file", _settings(tmp_path, **LIMITS))

    assert code == 0, err
    assert gateway.gateways[DEFAULT_CLAUDE_MODEL] == {
        "rate_limits": [
            {"calls": 20, "key": "user", "renewal_period": "minute"},
            {"key": "user", "renewal_period": "minute", "tokens": 60000},
            {"calls": 2000, "key": "endpoint", "renewal_period": "minute"},
        ],
        "usage_tracking_config": {"enabled": True},
    }
    changes = out.split("apply changes:")[1]
    assert "+ rate limit: 20 queries per minute, per user" in changes
    assert "+ rate limit: 60000 tokens per minute, per user" in changes
    assert "- usage tracking: off" in changes and "+ usage tracking: on" in changes
    assert out.index("apply changes:") < out.index("Done:")


def test_gateway_apply_sends_what_the_sdk_sends(gateway, server, cli, tmp_path):
    from databricks.sdk import WorkspaceClient
    from databricks.sdk.service.serving import (
        AiGatewayRateLimit,
        AiGatewayRateLimitKey,
        AiGatewayRateLimitRenewalPeriod,
        AiGatewayUsageTrackingConfig,
    )

    minute = AiGatewayRateLimitRenewalPeriod.MINUTE
    client = WorkspaceClient(host=server.url, token=CANARY_TOKEN, auth_type="pat")
    client.serving_endpoints.put_ai_gateway(
        DEFAULT_CLAUDE_MODEL,
        rate_limits=[
            AiGatewayRateLimit(renewal_period=minute, key=AiGatewayRateLimitKey.USER, calls=20),
            AiGatewayRateLimit(renewal_period=minute, key=AiGatewayRateLimitKey.USER, tokens=60000),
            AiGatewayRateLimit(
                renewal_period=minute, key=AiGatewayRateLimitKey.ENDPOINT, calls=2000
            ),
        ],
        usage_tracking_config=AiGatewayUsageTrackingConfig(enabled=True),
    )
    by_the_sdk = gateway.bodies(PUT)[-1]
    gateway.gateways[DEFAULT_CLAUDE_MODEL] = {}

    code, _, _ = cli("gateway", "apply", "--workshop-file", _settings(tmp_path, **LIMITS))

    assert code == 0
    assert gateway.bodies(PUT)[-1] == by_the_sdk


def test_gateway_apply_twice_changes_nothing_the_second_time(gateway, cli, tmp_path):
    settings = _settings(tmp_path, **LIMITS, gateway_pii="MASK")
    assert cli("gateway", "apply", "--workshop-file", settings)[0] == 0
    puts = len(gateway.bodies(PUT))

    code, out, _ = cli("gateway", "apply", "--workshop-file", settings)

    assert code == 0
    assert "Already as wanted: nothing to change." in out
    assert len(gateway.bodies(PUT)) == puts


def test_gateway_apply_keeps_what_the_workshop_does_not_set(gateway, cli, tmp_path):
    one_user = {
        "key": "user",
        "principal": "ada@example.com",
        "calls": 5,
        "renewal_period": "minute",
    }
    old_user = {"key": "user", "calls": 99, "renewal_period": "minute"}
    gateway.gateways[DEFAULT_CLAUDE_MODEL] = {
        "rate_limits": [GROUP_LIMIT, one_user, old_user],
        "guardrails": {"input": {"invalid_keywords": ["secret-project"]}},
        "fallback_config": {"enabled": True},
    }

    code, out, _ = cli(
        "gateway",
        "apply",
        "--workshop-file",
        _settings(tmp_path, gateway_user_tokens_per_minute=50000, gateway_pii="BLOCK"),
    )

    assert code == 0
    stored = gateway.gateways[DEFAULT_CLAUDE_MODEL]
    assert stored["rate_limits"][:3] == [GROUP_LIMIT, one_user, old_user]
    assert stored["rate_limits"][3] == {"key": "user", "tokens": 50000, "renewal_period": "minute"}
    assert stored["fallback_config"] == {"enabled": True}
    assert stored["guardrails"] == {
        "input": {"invalid_keywords": ["secret-project"], "pii": {"behavior": "BLOCK"}},
        "output": {"pii": {"behavior": "BLOCK"}},
    }
    assert "- rate limit" not in out


def test_gateway_apply_replaces_its_own_limit(gateway, cli, tmp_path):
    gateway.gateways[DEFAULT_CLAUDE_MODEL] = {
        "rate_limits": [{"key": "user", "calls": 99, "renewal_period": "minute"}],
        "usage_tracking_config": {"enabled": True},
    }

    code, out, _ = cli("gateway", "apply", "--user-queries-per-minute", "30")

    assert code == 0
    assert gateway.gateways[DEFAULT_CLAUDE_MODEL]["rate_limits"] == [
        {"calls": 30, "key": "user", "renewal_period": "minute"}
    ]
    assert "- rate limit: 99 queries per minute, per user" in out
    assert "+ rate limit: 30 queries per minute, per user" in out


def test_gateway_show_lists_the_changes_and_changes_nothing(gateway, cli, tmp_path):
    gateway.gateways[DEFAULT_CLAUDE_MODEL] = {"rate_limits": [GROUP_LIMIT]}

    code, out, _ = cli("gateway", "show", "--workshop-file", _settings(tmp_path, **LIMITS))

    assert code == 0
    assert "rate limit: 500 queries per minute, for user group data-eng" in out
    assert "apply would change:" in out
    assert "+ rate limit: 2000 queries per minute, whole endpoint" in out
    assert gateway.bodies(PUT) == []


def test_gateway_apply_sets_an_inference_table_named_after_the_workshop(gateway, cli, tmp_path):
    settings = _settings(tmp_path, workshop_name="ml-day-2", gateway_inference_table="main.ai_logs")

    code, out, _ = cli("gateway", "apply", "--workshop-file", settings)

    assert code == 0
    assert gateway.gateways[DEFAULT_CLAUDE_MODEL]["inference_table_config"] == {
        "catalog_name": "main",
        "enabled": True,
        "schema_name": "ai_logs",
        "table_name_prefix": "ml_day_2",
    }
    assert "+ inference table: main.ai_logs, prefix ml_day_2" in out


def test_fails_when_an_enabled_inference_table_would_move(gateway, cli, tmp_path):
    gateway.gateways[DEFAULT_CLAUDE_MODEL] = {
        "inference_table_config": {
            "enabled": True,
            "catalog_name": "audit",
            "schema_name": "logs",
            "table_name_prefix": "claude",
        }
    }

    code, _, err = cli("gateway", "apply", "--inference-table", "main.ai_logs")

    assert code == 1
    assert "already logs to an inference table in audit.logs" in err
    assert "disable it in Serving" in err
    assert gateway.bodies(PUT) == []


def test_fails_when_the_change_is_refused_and_masks_the_token(gateway, cli):
    gateway.put_status = 403

    code, out, err = cli("gateway", "apply", "--user-queries-per-minute", "10")

    assert code == 1
    assert "needs CAN MANAGE" in err
    assert "+ rate limit: 10 queries per minute, per user" in out  # shown before it was tried


def test_a_hanging_change_is_cut_off_at_the_deadline(gateway, cli):
    gateway.hang_seconds[PUT] = 30

    code, _, err = cli("gateway", "apply", "--user-queries-per-minute", "10", "--timeout", "1")

    assert code == 1
    assert "--timeout 1 s" in err
    assert "it may or may not be done: run show" in err


def test_fails_when_the_endpoint_does_not_exist(gateway, cli):
    code, _, err = cli("gateway", "show", "--endpoint", "no-such-endpoint")

    assert code == 1
    assert "no serving endpoint named no-such-endpoint" in err


def test_fails_on_the_ai_gateway_route(gateway, cli, tmp_path):
    settings = _settings(
        tmp_path,
        claude_api_route="ai-gateway",
        claude_model="system.ai.claude-sonnet-4-5",
        serving_endpoint_query="none",
    )

    code, _, err = cli("gateway", "apply", "--workshop-file", settings)

    assert code == 2
    assert "no serving endpoint, so no AI Gateway to set here" in err
    assert gateway.requests == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--user-queries-per-minute", "0"), "must be a whole number from 1 to 2147483647"),
        (("--inference-table", "main"), "expected <catalog>.<schema>"),
        (("--endpoint", "a b"), "expected an endpoint name"),
        (("--pii", "block"), "invalid choice"),
    ],
)
def test_fails_on_bad_options(gateway, cli, args, message):
    code, _, err = cli("gateway", "apply", *args)

    assert code == 2
    assert message in err
