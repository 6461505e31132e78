"""An OTLP/HTTP receiver on loopback for the telemetry test: ``python -m tests.real_client.
otlp_receiver PORT LOG EXPECTED_AUTHORIZATION``.

It answers ``GET /ready`` and takes ``POST /v1/metrics`` and ``/v1/logs`` in OTLP's JSON
encoding (gzip or not), writing one JSON line per export: the path, whether the Authorization
header was the expected one (never the header itself), and the decoded body.
"""

from __future__ import annotations

import gzip
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LOCK = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._reply(200 if self.path == "/ready" else 404, b"{}")

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = {"undecoded": len(raw), "content_type": self.headers.get("Content-Type")}
        entry = {
            "path": self.path,
            "authorization_ok": self.headers.get("Authorization") == self.server.expected,
            "authorization_present": self.headers.get("Authorization") is not None,
            "body": body,
        }
        with LOCK, open(self.server.log, "a") as log:
            log.write(json.dumps(entry) + "\n")
        self._reply(200, b"{}")

    def _reply(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    log: str
    expected: str


def main(port: str, log: str, expected: str) -> None:
    server = _Server(("127.0.0.1", int(port)), _Handler)
    server.log, server.expected = log, expected
    server.serve_forever()


if __name__ == "__main__":
    main(*sys.argv[1:4])
