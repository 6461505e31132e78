"""A real headless Chromium for the tests, driven through chromedriver's W3C WebDriver API.

Debian's ``chromium`` and ``chromium-driver`` are installed by ``debian.ensure`` when missing.
The browser starts with a new empty profile and every background service off (no sync, no
component updates, no QUIC, no first-run), so a page it shows fetches only what the page asks
for. The WebDriver calls are plain HTTP on loopback (no client library); every wait has a
deadline.
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests import debian

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
START_SECONDS = 60.0
CALL_SECONDS = 60.0


def ensure() -> None:
    debian.ensure(["chromium", "chromium-driver"], [CHROMIUM, DRIVER])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Browser:
    """One chromedriver and one browser session; use as a context manager."""

    def __init__(self, width: int = 1000, height: int = 1400) -> None:
        ensure()
        self.port = _free_port()
        self.profile = tempfile.TemporaryDirectory(prefix="chromium-profile-")
        self.size = (width, height)
        self.driver: subprocess.Popen[bytes] | None = None
        self.session = ""

    def __enter__(self) -> Browser:
        self.driver = subprocess.Popen(
            [str(DRIVER), f"--port={self.port}", "--allowed-ips=127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        end = time.monotonic() + START_SECONDS
        while not self._ready():
            if time.monotonic() > end or self.driver.poll() is not None:
                raise RuntimeError(f"chromedriver did not start within {START_SECONDS:g} s")
            time.sleep(0.1)
        args = [
            *FLAGS,
            f"--user-data-dir={self.profile.name}",
            f"--window-size={self.size[0]},{self.size[1]}",
        ]
        options = {"binary": str(CHROMIUM), "args": args}
        answer = self._call(
            "POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}}
        )
        self.session = answer["sessionId"]
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            if self.session:
                self._call("DELETE", f"/session/{self.session}")
        finally:
            if self.driver is not None:
                self.driver.terminate()
                self.driver.wait(timeout=30)
            self.profile.cleanup()

    def _ready(self) -> bool:
        try:
            return bool(self._call("GET", "/status", timeout=2).get("ready"))
        except (OSError, urllib.error.URLError):
            return False

    def _call(self, method: str, path: str, body: Any = None, timeout: float = CALL_SECONDS) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=timeout) as answer:
            return json.loads(answer.read())["value"]

    def open(self, url: str) -> None:
        self._call("POST", f"/session/{self.session}/url", {"url": url})

    def script(self, source: str) -> Any:
        """The value of a script's ``return``, run in the page."""
        return self._call(
            "POST", f"/session/{self.session}/execute/sync", {"script": source, "args": []}
        )

    def screenshot(self) -> bytes:
        return base64.b64decode(self._call("GET", f"/session/{self.session}/screenshot"))
