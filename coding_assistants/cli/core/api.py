"""Calls to the workspace's REST API, all under the command's one deadline.

The SDK reads the credentials (``workspace.workspace_config``); the calls themselves go through
``WorkspaceApi.call``, which knows how far each one got (connected, bytes received, status), so
a call cut off at the deadline is reported for what it was, not as "no answer". It honours a
``Retry-After`` that fits in the time left and reports one that does not; it never follows a
redirect (the token goes to its own workspace only). Any HTTP status is returned as a ``Reply``;
only a call without one raises a ``CallError``.
"""

from __future__ import annotations

import email.utils
import http.client
import io
import json
import math
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from coding_assistants.cli.core.deadline import Deadline, Overdue, run_bounded
from coding_assistants.cli.core.untrusted import UntrustedJsonError, read_json

MAX_BODY_BYTES = 8 * 1024 * 1024
"""A reply longer than this is cut: no answer of the few APIs called is near it."""
MAX_ATTEMPTS = 3
"""Calls per request when the workspace asks to retry (429 or 503 with Retry-After)."""
VPN_FIX = "check DATABRICKS_HOST (the workspace URL), the VPN and the firewall"
SLOW_FIX = "the workspace answered slowly: retry later, or raise --timeout"


@dataclass
class Progress:
    """How far one call got; written by the calling thread, read when it is cut off."""

    connected: bool = False
    received: int = 0
    status: int | None = None


ME_PATH = "/api/2.0/preview/scim/v2/Me"
"""Who the credentials belong to: the cheapest call that proves host and token."""


class CallError(Exception):
    """The call ended without an HTTP status; ``reason`` and ``fix`` are plain words."""

    def __init__(self, reason: str, fix: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fix = fix


def rate_limited(wait: float, deadline: Deadline) -> CallError:
    return CallError(
        f"rate limited: the workspace asked to wait {wait:g} s, beyond {deadline}",
        "retry in a while, or raise --timeout above the wait the workspace asks for",
    )


def cut_off(progress: Progress, host: str, deadline: Deadline) -> CallError:
    """The error of a call still running at the deadline, saying how far it got."""
    if not progress.connected:
        return CallError(f"no connection to {host} within {deadline}", VPN_FIX)
    if progress.status is not None:
        reason = f"answered HTTP {progress.status}, but the reply was incomplete at {deadline}"
        return CallError(reason, SLOW_FIX)
    if progress.received:
        reason = f"answering too slowly: {progress.received} bytes, no full reply by {deadline}"
        return CallError(reason, SLOW_FIX)
    return CallError(f"connected, but no answer within {deadline}", SLOW_FIX)


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: its status, JSON body (empty when not JSON) and Retry-After seconds."""

    status: int
    body: dict[str, Any] = field(default_factory=dict)
    retry_after: float | None = None
    location: str = ""
    """Where a redirect pointed; never followed."""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def message(self) -> str:
        """``ERROR_CODE: message`` of an error body (unmasked: shorten it with the console)."""
        if 300 <= self.status < 400:
            return f"redirected to {self.location or '?'}, not followed (the token stays here)"
        code = str(self.body.get("error_code") or "")
        text = str(self.body.get("message") or "")
        return ": ".join(part for part in (code, text) if part) or f"HTTP {self.status}"


class _CountingReader(io.RawIOBase):
    def __init__(self, owner: _CountingSocket) -> None:
        self._owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._owner.sock.recv_into(buffer)
        self._owner.progress.received += count
        return count

    def close(self) -> None:
        if not self.closed:
            self._owner.reader_closed()
        super().close()


class _CountingSocket:
    """The connection's socket, whose reading side counts what arrives. Like a real socket's
    ``makefile``, the socket stays open until its last reader is closed too."""

    sock: Any
    progress: Progress

    def __init__(self, sock: Any, progress: Progress) -> None:
        self.sock, self.progress = sock, progress
        self._readers, self._closing = 0, False

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        self._readers += 1
        return io.BufferedReader(_CountingReader(self))

    def reader_closed(self) -> None:
        self._readers -= 1
        if self._closing and not self._readers:
            self.sock.close()

    def close(self) -> None:
        self._closing = True
        if not self._readers:
            self.sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sock, name)


def _tracked(
    base: type[http.client.HTTPConnection], progress: Progress
) -> type[http.client.HTTPConnection]:
    class Tracked(base):  # type: ignore[valid-type, misc]
        sock: Any  # the socket, then the counting wrapper around it

        def connect(self) -> None:
            super().connect()
            progress.connected = True
            self.sock = _CountingSocket(self.sock, progress)

    return Tracked


class _Http(urllib.request.HTTPHandler):
    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_tracked(http.client.HTTPConnection, self.progress), req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def https_open(self, req: urllib.request.Request) -> Any:
        connection = _tracked(http.client.HTTPSConnection, self.progress)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 3xx is returned as it is: the token is never sent elsewhere


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait, from seconds or an HTTP date; None when absent or unreadable (the
    answer is then taken as it is: a 429 is reported, not retried)."""
    if not value or not value.strip():
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, OverflowError):
            return None
        seconds = when.timestamp() - time.time()
    return None if math.isnan(seconds) else max(0.0, seconds)


def _read(response: Any) -> bytes:
    """The body, a chunk at a time (read1 returns what has arrived, so each wait is short)."""
    chunks, size = [], 0
    read = getattr(response, "read1", response.read)
    while size < MAX_BODY_BYTES:
        chunk = read(64 * 1024)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _reply(response: Any, progress: Progress) -> Reply:
    status = getattr(response, "status", None) or response.getcode()
    progress.status = status
    raw = _read(response)
    try:  # bounded: a reply nested beyond reason is taken as no JSON at all
        body = read_json(raw, "the workspace's answer", MAX_BODY_BYTES) if raw.strip() else {}
    except UntrustedJsonError:
        body = {}
    after = _retry_after(response.headers.get("Retry-After"))
    location = response.headers.get("Location") or ""
    return Reply(status, body if isinstance(body, dict) else {}, after, location)


class WorkspaceApi:
    """The workspace at ``host``, called with ``headers`` (the credentials), until ``deadline``."""

    def __init__(self, host: str, headers: dict[str, str], deadline: Deadline) -> None:
        self.host = host.rstrip("/")
        self.deadline = deadline
        self._headers = dict(headers)
        self.requests = 0
        """Requests sent so far (retries included)."""
        self.throttled = 0
        """Answers that asked to slow down (429, or 503 with Retry-After)."""
        self._count = threading.Lock()

    def with_deadline(self, deadline: Deadline) -> WorkspaceApi:
        """The same workspace and credentials under another deadline (a long-running command's
        next round), with its own counts."""
        return WorkspaceApi(self.host, self._headers, deadline)

    def call(
        self, method: str, path: str, body: dict[str, Any] | None = None, **query: str
    ) -> Reply:
        """One request; retried only when the workspace asks with a Retry-After that fits."""
        for _ in range(MAX_ATTEMPTS):
            reply = self._once(method, path, body, query)
            if reply.status == 429 or (reply.status == 503 and reply.retry_after is not None):
                with self._count:
                    self.throttled += 1
            if reply.status not in (429, 503) or reply.retry_after is None:
                return reply
            if reply.retry_after >= self.deadline.remaining():
                raise rate_limited(reply.retry_after, self.deadline)
            time.sleep(reply.retry_after)
        return reply

    def _once(self, method: str, path: str, body: Any, query: dict[str, str]) -> Reply:
        progress = Progress()
        if self.deadline.passed:
            raise CallError(f"not called: {self.deadline} had passed", "raise --timeout")
        url = self.host + path + (f"?{urllib.parse.urlencode(query)}" if query else "")
        data = None if body is None else json.dumps(body).encode()
        headers = {**self._headers, "Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        with self._count:
            self.requests += 1
        opener = urllib.request.build_opener(_Http(progress), _Https(progress), _NoRedirect())

        def send() -> Reply:
            try:
                with opener.open(request, timeout=max(0.01, self.deadline.remaining())) as answer:
                    return _reply(answer, progress)
            except urllib.error.HTTPError as error:
                with error:
                    return _reply(error, progress)

        try:
            return run_bounded(send, self.deadline)
        except Overdue:
            raise cut_off(progress, self.host, self.deadline) from None
        except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException) as error:
            reason = getattr(error, "reason", None)
            if isinstance(error, TimeoutError) or isinstance(reason, TimeoutError):
                raise cut_off(progress, self.host, self.deadline) from None
            if progress.connected:
                raise CallError(f"the connection broke: {reason or error}", SLOW_FIX) from None
            raise CallError(f"cannot connect to {self.host}: {reason or error}", VPN_FIX) from None
