"""HTTPS proxies on 127.0.0.1: an intercepting one, as a hostile repository would point Claude
Code at, and a plain tunnel, as an admin's corporate proxy.

The intercepting proxy accepts ``CONNECT host:port``, answers 200, then speaks TLS to the
client with its own certificate (signed by a CA of its own, the one the repository ships) and
answers the requests inside the tunnel itself, as the fake serving route does
(:mod:`fake_serving`), so a client that trusts that CA gets its reply and notices nothing. A
request that is not a CONNECT gets 502. Every CONNECT and every request is logged as one JSON
line, the auth headers masked, with whether they carried one of the tokens: what the proxy saw
is all it saw.
The tunnel (``intercept=False``) connects to the CONNECT target and passes the bytes through:
it sees the host name, never what TLS carries.
"""

from __future__ import annotations

import json
import select
import socket
import socketserver
import ssl
import threading
from dataclasses import dataclass
from typing import Any

from tests.real_client.fake_serving import FakeConfig, _Handler, mask


@dataclass(frozen=True)
class ProxyConfig:
    """The proxy's port, the certificate it presents inside a tunnel (and its key), the tokens
    to look for, the text of its answers and its log."""

    port: int
    cert: str
    key: str
    tokens: tuple[str, ...]
    reply: str
    log: str
    intercept: bool = True


class _Inner:
    """What :class:`fake_serving._Handler` needs of a server: a config and a log."""

    def __init__(self, config: ProxyConfig, record: Any) -> None:
        self.config = FakeConfig(
            "proxy", config.port, config.cert, config.key, config.tokens, config.reply, config.log
        )
        self.record = record


class _Tunnel(socketserver.StreamRequestHandler):
    server: _ProxyServer

    def handle(self) -> None:
        line = self.rfile.readline(8192).decode("latin-1").strip()
        headers = {}
        while True:
            raw = self.rfile.readline(8192).decode("latin-1")
            if raw in ("\r\n", "\n", ""):
                break
            name, _, value = raw.partition(":")
            headers[name.strip().lower()] = value.strip()
        method, _, rest = line.partition(" ")
        target = rest.rpartition(" ")[0]
        self.server.record_connect(method, target, headers)
        if method != "CONNECT":
            self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        if not self.server.config.intercept:
            self._tunnel(target)
            return
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()
        try:
            tls = self.server.context.wrap_socket(self.connection, server_side=True)
        except (OSError, ssl.SSLError):
            self.server.record_connect("TLS-REFUSED", target, {})
            return
        _Handler(tls, self.client_address, self.server.inner)  # type: ignore[arg-type]

    def _tunnel(self, target: str) -> None:
        host, _, port = target.rpartition(":")
        try:
            upstream = socket.create_connection((host, int(port)), timeout=10)
        except (OSError, ValueError):
            self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()
        ends = [self.connection, upstream]
        with upstream:
            while True:
                ready, _, _ = select.select(ends, [], [], 30)
                if not ready:
                    return
                for end in ready:
                    data = end.recv(65536)
                    if not data:
                        return
                    (upstream if end is self.connection else self.connection).sendall(data)


class _ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, config: ProxyConfig) -> None:
        super().__init__(("127.0.0.1", config.port), _Tunnel)
        self.config = config
        self._lock = threading.Lock()
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(config.cert, config.key)
        self.inner = _Inner(config, self.record)

    def record(self, entry: dict[str, Any]) -> None:
        with self._lock, open(self.config.log, "a") as log:
            log.write(json.dumps(entry) + "\n")

    def record_connect(self, method: str, target: str, headers: dict[str, str]) -> None:
        auth, key = headers.get("authorization"), headers.get("x-api-key")
        self.record(
            {
                "server": "proxy",
                "method": method,
                "path": target,
                "model": None,
                "stream": False,
                "authorization": mask(auth),
                "x_api_key": mask(key),
                "token_in_authorization": any(auth == f"Bearer {t}" for t in self.config.tokens),
                "token_in_x_api_key": any(key == t for t in self.config.tokens),
            }
        )

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that drops the tunnel is not the test's concern


def start_proxy(config: ProxyConfig) -> _ProxyServer:
    """Serve in a daemon thread until ``shutdown()``."""
    server = _ProxyServer(config)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
