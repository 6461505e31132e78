"""Calls to the workspace's REST API, all under the command's one deadline: the request policy.

The policy covers every request the command line makes with the workspace's credentials,
checks and cluster calls as well as the offline bundle's upload and download:

- every request goes through ``WorkspaceApi.call``, to the workspace's own origin only (a path
  is appended to the host, never a URL taken from an answer);
- no redirect is ever followed: a 3xx comes back as a ``Reply`` that names where it pointed
  (the token, and a bundle's bytes, stay with the workspace). The Databricks SDK only reads the
  credentials (``workspace.workspace_config``), and while it does, the ``requests`` library
  under it follows no redirect either (:func:`refuse_library_redirects`);
- every answer is read through the bounded reader (:mod:`coding_assistants.untrusted`): at most
  ``WORKSPACE_ANSWER`` bytes and depth of JSON, and ``Reply.json`` names the URL and the field
  of anything malformed;
- every call takes what is left of the command's one deadline, and knows how far it got
  (connected, bytes received, status), so a call cut off at the deadline is reported for what
  it was, not as "no answer". A ``Retry-After`` that fits in the time left is honoured, one
  that does not is reported.

Any HTTP status is returned as a ``Reply``; only a call without one raises a ``CallError``.
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from coding_assistants import untrusted
from coding_assistants.cli.core.deadline import Deadline, Overdue, run_bounded

MAX_BODY_BYTES = untrusted.WORKSPACE_ANSWER.max_bytes
"""A JSON reply longer than this is cut: no answer of the few APIs called is near it."""
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
    source: str = "the workspace"
    """The URL answered (without its query), for messages about its body."""
    unreadable: str = ""
    """Why the body could not be read as JSON (too long, too deep, not JSON); empty if it was
    read or empty."""
    length: int | None = None
    """The Content-Length header (a file's size, for HEAD)."""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def json(self) -> untrusted.Node:
        """The body as a bounded, typed :class:`~coding_assistants.untrusted.Node`, naming this
        URL in every error; UntrustedError when the body was not readable JSON."""
        if self.unreadable:
            raise untrusted.UntrustedError(self.source, "", self.unreadable)
        return untrusted.Node(self.body, self.source)

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


def refuse_library_redirects() -> None:
    """Make the ``requests`` library follow no redirect in this process: the Databricks SDK
    reads the credentials through it (its host-metadata probe, an OAuth token request), and a
    3xx there is then an answer, not a second request to another host. Idempotent."""
    import requests

    def no_target(self: Any, response: Any) -> None:
        return None  # requests follows a redirect only when this names a target

    requests.Session.get_redirect_target = no_target  # type: ignore[method-assign, assignment]


@dataclass(frozen=True)
class Upload:
    """A request body that is a file's bytes, streamed as they are (the Files API's PUT)."""

    stream: IO[bytes]
    size: int


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


Sink = Callable[[bytes], None]
"""Takes a downloaded file's bytes, a chunk at a time."""


def _read(response: Any, limit: int, sink: Sink | None = None) -> bytes:
    """The body, a chunk at a time (read1 returns what has arrived, so each wait is short), at
    most ``limit`` bytes and one more (to tell a longer one); with ``sink``, each chunk goes
    there instead of into the result."""
    chunks, size = [], 0
    read = getattr(response, "read1", response.read)
    while size <= limit:
        chunk = read(min(64 * 1024, limit + 1 - size))
        if not chunk:
            break
        if sink is None:
            chunks.append(chunk)
        else:
            sink(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _reply(response: Any, progress: Progress, source: str, sink: Sink | None, limit: int) -> Reply:
    status = getattr(response, "status", None) or response.getcode()
    progress.status = status
    raw = _read(response, limit if sink and 200 <= status < 300 else MAX_BODY_BYTES, sink)
    body: Any = {}
    unreadable = ""
    if raw.strip():
        try:
            body = untrusted.parse_json(raw, source, untrusted.WORKSPACE_ANSWER)
        except untrusted.UntrustedError as error:
            unreadable = error.problem
    if not isinstance(body, dict):
        body, unreadable = {}, unreadable or "expected a JSON object"
    after = _retry_after(response.headers.get("Retry-After"))
    location = response.headers.get("Location") or ""
    length = response.headers.get("Content-Length")
    size = int(length) if length and length.strip().isdigit() else None
    return Reply(status, body, after, location, source, unreadable, size)


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
        """One request with a JSON ``body`` (or none); see :meth:`request`."""
        return self.request(method, path, query, body=body)

    def request(
        self,
        method: str,
        path: str,
        query: Mapping[str, str] | None = None,
        *,
        body: dict[str, Any] | None = None,
        upload: Upload | None = None,
        sink: Sink | None = None,
        limit: int = MAX_BODY_BYTES,
    ) -> Reply:
        """One request; retried only when the workspace asks with a Retry-After that fits.
        ``body`` is sent as JSON, or ``upload`` as a file's bytes; with ``sink``, a successful
        answer's bytes (at most ``limit`` and one more) go there instead of being read as
        JSON."""
        for _ in range(MAX_ATTEMPTS):
            if upload is not None:
                upload.stream.seek(0)
            payload = self._payload(body, upload)
            reply = self._once(method, path, dict(query or {}), payload, sink, limit)
            if reply.status == 429 or (reply.status == 503 and reply.retry_after is not None):
                with self._count:
                    self.throttled += 1
            if reply.status not in (429, 503) or reply.retry_after is None:
                return reply
            if reply.retry_after >= self.deadline.remaining():
                raise rate_limited(reply.retry_after, self.deadline)
            time.sleep(reply.retry_after)
        return reply

    @staticmethod
    def _payload(body: Any, upload: Upload | None) -> tuple[Any, dict[str, str]]:
        if upload is not None:
            kind = {"Content-Type": "application/octet-stream"}
            return upload.stream, {**kind, "Content-Length": str(upload.size)}
        if body is None:
            return None, {}
        return json.dumps(body).encode(), {"Content-Type": "application/json"}

    def url(self, path: str) -> str:
        """The workspace's URL of ``path``: the request policy's only way to a URL, so no
        request can leave the workspace's origin."""
        if not path.startswith("/") or path.startswith("//") or "://" in path.split("?")[0]:
            raise ValueError(f"not a path of the workspace: {path!r}")
        return self.host + path

    def _once(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        payload: tuple[Any, dict[str, str]],
        sink: Sink | None,
        limit: int,
    ) -> Reply:
        progress = Progress()
        if self.deadline.passed:
            raise CallError(f"not called: {self.deadline} had passed", "raise --timeout")
        source = self.url(path)
        url = source + (f"?{urllib.parse.urlencode(query)}" if query else "")
        data, content = payload
        headers = {**self._headers, "Accept": "application/json", **content}
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        with self._count:
            self.requests += 1
        opener = urllib.request.build_opener(_Http(progress), _Https(progress), _NoRedirect())

        def send() -> Reply:
            try:
                with opener.open(request, timeout=max(0.01, self.deadline.remaining())) as answer:
                    return _reply(answer, progress, source, sink, limit)
            except urllib.error.HTTPError as error:
                with error:
                    return _reply(error, progress, source, None, limit)

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
