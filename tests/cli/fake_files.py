"""The Databricks Files API played by a local HTTP server on 127.0.0.1, for upload tests.

It holds files and directories in memory and answers the calls the SDK makes for files below
its multipart threshold: create directory (PUT /api/2.0/fs/directories/...), metadata (HEAD),
download (GET) and single-shot upload (PUT /api/2.0/fs/files/...). Every request is recorded.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from tests.cli.fake_workspace import CANARY_TOKEN

FILES = "/api/2.0/fs/files"
DIRECTORIES = "/api/2.0/fs/directories"


@dataclass
class FilesState:
    files: dict[str, bytes] = field(default_factory=dict)
    directories: set[str] = field(default_factory=set)
    requests: list[tuple[str, str]] = field(default_factory=list)
    """(method, path) of every request."""
    hang_seconds: dict[str, float] = field(default_factory=dict)
    """By method: seconds to wait, saying nothing, before answering (a hanging upload)."""
    redirect_to: dict[str, str] = field(default_factory=dict)
    """By method: a URL to redirect to (307, which keeps the method and the body) instead of
    answering, as a hostile or misconfigured workspace would."""

    def calls(self, method: str) -> list[str]:
        return [path for m, path in self.requests if m == method]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_GET(self) -> None:
        self._handle("GET")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        url = urlparse(self.path)
        path = unquote(url.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        state = self.server.state
        with self.server.lock:
            state.requests.append((method, path))
        end = time.monotonic() + state.hang_seconds.get(method, 0.0)
        while time.monotonic() < end and self.server.state is state:
            time.sleep(0.02)
        if self.server.state is not state:  # the test ended meanwhile
            return None
        if method in state.redirect_to:
            self.send_response(307)
            self.send_header("Location", state.redirect_to[method] + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if self.headers.get("Authorization") != f"Bearer {CANARY_TOKEN}":
            return self._json(401, {"error_code": "UNAUTHENTICATED", "message": "bad token"})
        if path.startswith(DIRECTORIES) and method == "PUT":
            parts = path[len(DIRECTORIES) :].split("/")
            with self.server.lock:  # like the real API, parents are created too
                state.directories.update("/".join(parts[:i]) for i in range(2, len(parts) + 1))
            return self._json(204, None)
        if not path.startswith(FILES):
            return self._json(404, {"error_code": "ENDPOINT_NOT_FOUND", "message": path})
        name = path[len(FILES) :]
        if method == "PUT":
            return self._put(state, name, body, parse_qs(url.query))
        data = state.files.get(name)
        if data is None or method not in ("HEAD", "GET"):
            return self._json(404, {"error_code": "NOT_FOUND", "message": f"{name} not found"})
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Last-Modified", "Fri, 28 Nov 2026 00:00:00 GMT")
        self.end_headers()
        if method == "GET":
            self.wfile.write(data)

    def _put(self, state: FilesState, name: str, body: bytes, query: dict) -> None:
        parent = name.rsplit("/", 1)[0]
        if parent not in state.directories:
            return self._json(404, {"error_code": "NOT_FOUND", "message": f"no {parent}"})
        if name in state.files and query.get("overwrite") != ["true"]:
            return self._json(409, {"error_code": "ALREADY_EXISTS", "message": name})
        with self.server.lock:
            state.files[name] = body
        return self._json(204, None)

    def _json(self, code: int, payload: Any) -> None:
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":  # a HEAD answer has headers only
            self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    state: FilesState
    lock: threading.Lock


class FakeFiles:
    """The server on a free port of 127.0.0.1; ``reset`` gives a fresh, empty state."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = FilesState()
        self._server.lock = threading.Lock()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def reset(self) -> FilesState:
        self._server.state = FilesState()
        return self._server.state

    def start(self) -> FakeFiles:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
