"""The staged Claude Code binary, installed by the executed init script from a real bundle,
answers ``claude -p`` through the loopback fake workspace, in a network namespace with no
other route (the real-client tests' harness)."""

from __future__ import annotations

import pytest

from tests import clock
from tests.real_client import node
from tests.real_client.conftest import prerequisites, tls  # noqa: F401  (fixtures)
from tests.real_client.fake_serving import FakeConfig, read_log
from tests.real_client.isolated import Spec, Step, run_isolated
from tests.shell.offline_box import OfflineBox
from tests.shell.sandbox import CLI_TOKEN, TOKEN

pytestmark = [pytest.mark.staging, pytest.mark.real_client]

REPLY = "Hello from the fake workspace, offline 5e1d"
ROUTE = "/serving-endpoints/anthropic/v1/messages"


@pytest.fixture(scope="module")
def answered(bundle, tls, prerequisites, tmp_path_factory):  # noqa: F811
    out, _ = bundle
    base = tmp_path_factory.mktemp("offline-node")
    box = OfflineBox.create(base, bundle=out)
    box.env = clock.real(box.env)  # it runs the real Claude Code: tests/clock.py, zone_and_locale
    result, steps = box.run_script(DATABRICKS_HOST=node.WORKSPACE, STUB_MLFLOW_VERSION="3.5.0")
    assert result.returncode == 0 and steps["claude"][0] == "ok", (steps, result.stderr[-2000:])
    assert box.network_calls() == []
    work = tmp_path_factory.mktemp("offline-run")
    logs = work / "workspace.jsonl", work / "other.jsonl"
    servers = [
        FakeConfig(name, port, str(tls.cert), str(tls.key), (TOKEN, CLI_TOKEN), REPLY, str(log))
        for name, port, log in (
            ("workspace", node.WORKSPACE_PORT, logs[0]),
            ("other", node.OTHER_PORT, logs[1]),
        )
    ]
    env = {
        "HOME": str(box.base / "home"),
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "NODE_EXTRA_CA_CERTS": str(tls.ca_cert),
        "SSL_CERT_FILE": str(tls.ca_cert),
        "DATABRICKS_PYTHON": box.env["DATABRICKS_PYTHON"],
        "PATH": f"{box.root}/usr/local/bin:{node.SYSTEM_PATH}",
        "DATABRICKS_HOST": node.WORKSPACE,
        "DATABRICKS_TOKEN": TOKEN,
        "CA_TEST_PROMPT": "Say hello",
        **clock.zone_and_locale(),
    }
    argv = ["bash", "-c", 'exec claude -p "$CA_TEST_PROMPT"']
    step = Step("offline", argv, env, str(box.base / "home"), 120)
    outcome = run_isolated(Spec(servers=servers, steps=[step]), work)["offline"]
    return outcome, read_log(logs[0]), read_log(logs[1])


def test_staged_claude_prints_the_workspace_reply(answered):
    outcome, workspace, other = answered
    assert not outcome.timed_out
    assert outcome.returncode == 0, outcome.stderr[-2000:]
    assert REPLY in outcome.stdout
    assert {(r["method"], r["path"]) for r in workspace} == {("POST", ROUTE)}
    assert other == []
