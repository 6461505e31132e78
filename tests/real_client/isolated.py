"""Run commands in a network namespace that has only loopback, beside the fakes they talk to.

``run_isolated(spec)`` starts ``unshare --net --mount`` (root, as in CI) with this module inside:
it lays the node's ``/etc`` (the sandbox's, holding Claude Code's managed settings) over the
machine's with a read-only overlay that only this namespace sees, brings ``lo`` up, starts the
fake serving routes (threads) and any background servers (an MLflow tracking server), waits for
them, runs the steps one by one with their own complete environment and a deadline each, and
writes what each step printed. A connection to any host but 127.0.0.1 fails inside, so whatever
the fakes did not log did not happen.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.real_client.fake_serving import FakeConfig, start
from tests.real_client.intercepting_proxy import ProxyConfig, start_proxy

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Step:
    """One command: argv, its whole environment, a working directory and a deadline."""

    name: str
    argv: list[str]
    env: dict[str, str]
    cwd: str
    timeout: float = 60.0


@dataclass
class Background:
    """A server started before the steps and stopped after them; ready when ``ready_url``
    answers 200."""

    argv: list[str]
    env: dict[str, str]
    ready_url: str
    log: str
    timeout: float = 60.0


@dataclass
class Spec:
    servers: list[FakeConfig] = field(default_factory=list)
    background: list[Background] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    etc: str = ""
    """A directory laid over ``/etc`` inside the namespace (a sandbox's ``root/etc``), or none."""
    proxies: list[ProxyConfig] = field(default_factory=list)
    """Intercepting proxies started beside the fake servers."""


@dataclass
class Outcome:
    name: str
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool


def run_isolated(spec: Spec, work: Path, timeout: float = 300) -> dict[str, Outcome]:
    """Run ``spec`` in a fresh network namespace; the outcome of every step, by name."""
    spec_file, result_file = work / "isolated-spec.json", work / "isolated-result.json"
    spec_file.write_text(json.dumps(asdict(spec)))
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "PYTHONPATH": str(REPO), "LANG": "C.UTF-8"}
    cmd = ["unshare", "--net", "--mount", "--", sys.executable, "-m", "tests.real_client.isolated"]
    done = subprocess.run(
        [*cmd, str(spec_file), str(result_file)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0 or not result_file.exists():
        raise RuntimeError(f"the isolated run failed ({done.returncode}): {done.stderr[-2000:]}")
    return {o["name"]: Outcome(**o) for o in json.loads(result_file.read_text())}


def _wait_ready(url: str, deadline: float) -> None:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not answer in time")
        time.sleep(0.2)


def _run_step(step: Step) -> Outcome:
    began = time.monotonic()
    proc = subprocess.Popen(
        step.argv,
        env=step.env,
        cwd=step.cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=step.timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        timed_out = True
    return Outcome(step.name, proc.returncode, out, err, time.monotonic() - began, timed_out)


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def main(spec_file: str, result_file: str) -> None:
    raw = json.loads(Path(spec_file).read_text())
    if raw["etc"]:
        # unshare made this namespace's mounts private: the machine's /etc stays as it is.
        layers = f"lowerdir={raw['etc']}:/etc"
        subprocess.run(["mount", "-t", "overlay", "overlay", "-o", layers, "/etc"], check=True)
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    servers = [start(FakeConfig(**s)) for s in raw["servers"]]
    servers += [start_proxy(ProxyConfig(**p)) for p in raw.get("proxies", [])]
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for b in (Background(**b) for b in raw["background"]):
            with open(b.log, "ab") as log:
                procs.append(
                    subprocess.Popen(
                        b.argv, env=b.env, stdout=log, stderr=log, start_new_session=True
                    )
                )
            _wait_ready(b.ready_url, time.monotonic() + b.timeout)
        outcomes = [_run_step(Step(**s)) for s in raw["steps"]]
    finally:
        _stop(procs)
        for server in servers:
            server.shutdown()
    Path(result_file).write_text(json.dumps([asdict(o) for o in outcomes]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
