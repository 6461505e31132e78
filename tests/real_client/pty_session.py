"""Drive an interactive program through a pseudo-terminal, as a person at a keyboard would.

    python -m tests.real_client.pty_session PLAN_JSON -- COMMAND [ARGS...]

PLAN_JSON is a list of ``[pattern, keys]`` pairs: wait until the screen text (ANSI escapes
removed, whitespace collapsed) matches ``pattern`` (a regular expression, searched in what was
printed since the previous match), then type ``keys``. Each wait has its own deadline
(``PTY_STEP_TIMEOUT``, seconds, default 60). When the plan is done, or a wait runs out, the
program is sent Ctrl-C twice, then SIGTERM, then SIGKILL, each after a grace period. It prints
the whole screen text, then one line ``pty-session: done`` or ``pty-session: waited in vain for
<pattern>``; exit status 0 when the plan was carried out, 1 otherwise.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

ROWS, COLUMNS = 40, 120
"""The terminal's size."""
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def screen_text(raw: bytes) -> str:
    """``raw`` terminal output as plain text: escapes removed, runs of blanks collapsed."""
    text = _ANSI.sub(" ", raw.decode("utf-8", "replace"))
    return re.sub(r"[ \t\r\x00-\x08\x0b-\x1f]+", " ", text)


def _read(fd: int, seconds: float) -> bytes:
    ready, _, _ = select.select([fd], [], [], seconds)
    if not ready:
        return b""
    try:
        return os.read(fd, 65536)
    except OSError:
        return b""


def _stop(pid: int, fd: int, seen: bytearray) -> None:
    for action in ("\x03", "\x03", signal.SIGTERM, signal.SIGKILL):
        if isinstance(action, str):
            with contextlib.suppress(OSError):
                os.write(fd, action.encode())
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, action)
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            seen.extend(_read(fd, 0.2))
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                return


def run(plan: list[tuple[str, str]], argv: list[str], step_timeout: float) -> int:
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    seen = bytearray()
    start = 0
    failed = ""
    for pattern, keys in plan:
        deadline = time.monotonic() + step_timeout
        found = None
        while found is None and time.monotonic() < deadline:
            seen.extend(_read(fd, 0.2))
            found = re.search(pattern, screen_text(bytes(seen[start:])))
        if found is None:
            failed = pattern
            break
        start = len(seen)
        time.sleep(0.5)  # let the program settle before typing, as a person would
        for key in re.split(r"(\r)", keys):
            if key:
                os.write(fd, key.encode())
                time.sleep(0.3)
    _stop(pid, fd, seen)
    print(screen_text(bytes(seen)))
    print("pty-session: " + (f"waited in vain for {failed}" if failed else "done"))
    return 1 if failed else 0


def main() -> int:
    args = sys.argv[1:]
    split = args.index("--")
    plan = [tuple(pair) for pair in json.loads(args[0])]
    return run(plan, args[split + 1 :], float(os.environ.get("PTY_STEP_TIMEOUT", "60")))  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
