"""The fake serving route answers the Messages API as Claude Code needs it, and logs masked."""

from __future__ import annotations

import json
import socket
import ssl
import urllib.error
import urllib.request

import pytest

from tests.real_client.fake_serving import FakeConfig, read_log, start

pytestmark = pytest.mark.real_client

TOKEN = "dapiFAKESERVINGCANARY0123456789"
ROUTE = "/serving-endpoints/anthropic/v1/messages"


@pytest.fixture
def fake(tls, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "requests.jsonl"
    config = FakeConfig(
        "workspace", port, str(tls.cert), str(tls.key), (TOKEN,), "hi there", str(log)
    )
    server = start(config)
    yield f"https://127.0.0.1:{port}", log
    server.shutdown()


def post(tls, url, body, headers):
    context = ssl.create_default_context(cafile=str(tls.ca_cert))
    request = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, context=context, timeout=5) as answer:
            return answer.status, answer.headers["Content-Type"], answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_fake_answers_a_plain_message(tls, fake):
    base, log = fake
    body = {"model": "m1", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}
    status, kind, text = post(tls, base + ROUTE, body, {"Authorization": f"Bearer {TOKEN}"})
    assert (status, kind) == (200, "application/json")
    assert json.loads(text)["content"] == [{"type": "text", "text": "hi there"}]
    entry = read_log(log)[0]
    assert entry["path"] == ROUTE and entry["model"] == "m1" and not entry["stream"]
    assert entry["authorization"] == "Bearer dapi****"
    assert entry["token_in_authorization"] and not entry["token_in_x_api_key"]


def test_fake_streams_server_sent_events(tls, fake):
    base, log = fake
    body = {"model": "m1", "max_tokens": 5, "stream": True, "messages": []}
    status, kind, text = post(tls, base + ROUTE + "?beta=true", body, {"x-api-key": TOKEN})
    assert (status, kind) == (200, "text/event-stream")
    events = [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("event:")]
    assert events[0] == "message_start" and events[-1] == "message_stop"
    assert '"text": "hi there"' in text
    assert read_log(log)[0]["stream"] and read_log(log)[0]["token_in_x_api_key"]


def test_fake_counts_tokens(tls, fake):
    base, _ = fake
    status, _, text = post(
        tls,
        base + ROUTE + "/count_tokens",
        {"model": "m1", "messages": []},
        {"Authorization": f"Bearer {TOKEN}"},
    )
    assert (status, json.loads(text)) == (200, {"input_tokens": 12})


def test_fake_refuses_another_token_and_logs_it_masked(tls, fake):
    base, log = fake
    other = "dapiSOMEONEELSE9876543210"
    status, _, text = post(tls, base + ROUTE, {"model": "m1"}, {"Authorization": f"Bearer {other}"})
    assert status == 401 and "authentication_error" in text
    entry = read_log(log)[0]
    assert entry["authorization"] == "Bearer dapi****" and not entry["token_in_authorization"]
    assert other[4:] not in log.read_text()
