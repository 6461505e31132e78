"""The network namespace the clients run in reaches loopback and nothing else (negative control:
the same probe that fails inside connects from outside)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.real_client.isolated import Spec, Step, run_isolated

pytestmark = pytest.mark.real_client

PROBE = """
import socket, sys
try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=3).close()
    print("connected")
except OSError as error:
    print(f"refused: {error}")
"""


def host_address() -> str:
    """An address of this machine that is not loopback (the host's side of its network)."""
    out = subprocess.run(
        ["ip", "-4", "-o", "addr", "show", "scope", "global"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    addresses = [word.split("/")[0] for word in out if "/" in word and word[0].isdigit()]
    if not addresses:
        pytest.fail("this machine has no non-loopback IPv4 address for the negative control")
    return addresses[0]


@pytest.fixture
def listener():
    """A TCP listener on every address of the host, outside any namespace."""
    server = socket.create_server(("0.0.0.0", 0))
    server.settimeout(10)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                server.accept()[0].close()
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    stop.set()
    server.close()


def probe(address: str, port: int) -> str:
    return subprocess.run(
        [sys.executable, "-c", PROBE, address, str(port)],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout.strip()


def test_probe_connects_from_outside_the_namespace(prerequisites, listener):
    assert probe(host_address(), listener) == "connected"


def test_namespace_cannot_reach_the_host_it_runs_on(prerequisites, listener, tmp_path):
    address = host_address()
    env = {"PATH": "/usr/bin:/bin"}
    steps = [
        Step("host", [sys.executable, "-c", PROBE, address, str(listener)], env, str(tmp_path)),
        Step(
            "dns",
            [sys.executable, "-c", "import socket; socket.getaddrinfo('registry.npmjs.org', 443)"],
            env,
            str(tmp_path),
            20,
        ),
    ]
    outcome = run_isolated(Spec(steps=steps), tmp_path)
    assert outcome["host"].stdout.startswith("refused:"), outcome["host"]
    assert "unreachable" in outcome["host"].stdout.lower()
    assert outcome["dns"].returncode != 0
    assert "gaierror" in outcome["dns"].stderr


def test_node_etc_is_laid_over_etc_inside_the_namespace_only(prerequisites, tmp_path):
    layer = tmp_path / "root" / "etc" / "claude-code"
    layer.mkdir(parents=True)
    (layer / "managed-settings.json").write_text('{"probe": 1}\n')
    env = {"PATH": "/usr/bin:/bin"}
    steps = [
        Step("managed", ["cat", "/etc/claude-code/managed-settings.json"], env, str(tmp_path)),
        Step("hosts", ["test", "-e", "/etc/passwd"], env, str(tmp_path)),
        Step("read-only", ["touch", "/etc/claude-code/new"], env, str(tmp_path)),
    ]
    outcome = run_isolated(Spec(steps=steps, etc=str(tmp_path / "root" / "etc")), tmp_path)
    assert outcome["managed"].stdout == '{"probe": 1}\n', outcome["managed"].stderr
    assert outcome["hosts"].returncode == 0, "the machine's own /etc is still there"
    assert outcome["read-only"].returncode != 0
    assert not (layer / "new").exists()
    mounts = Path("/proc/self/mounts").read_text()
    assert str(tmp_path) not in mounts, "the overlay leaked out of the namespace"
