"""The error boundary: how every entry point (``main.py``, ``coding-assistants``) ends a run.

- A problem of what the user gave (an argument, an environment variable such as ``ENGINE``, a
  file) is a :class:`UsageError`: one line naming it, exit 2.
- An untrusted input that cannot be used (:class:`~coding_assistants.untrusted.UntrustedError`)
  is one line naming the file (or the workspace URL) and the field, exit 1.
- Ctrl-C ends with ``interrupted`` and 130; a closed pipe (``| head``) ends quietly.
- Anything else is the product's own fault, and said so: one line ``internal error: <type>:
  <message>`` (with the notes a mechanism added, such as "cdktf.out was left as it was"), exit
  1. It is never reported as a problem of the user's files or output directory, and no
  traceback is printed unless ``CODING_ASSISTANTS_TRACEBACK=1``.

A new entry point gets all of this by calling :func:`run`. Imports nothing of the package but
the bounded reader.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Callable

from coding_assistants.untrusted import UntrustedError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TRACEBACK_ENV = "CODING_ASSISTANTS_TRACEBACK"
"""Set to 1 to see the traceback of an internal error (for a bug report)."""


class UsageError(Exception):
    """What the user gave cannot be used; the message names it (exit 2)."""


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def internal_error_line(error: BaseException) -> str:
    """``internal error: <type>: <message> (<notes>)``: one line, for an error that is the
    product's own fault."""
    message = _one_line(str(error)) or "no message"
    notes = "; ".join(_one_line(n) for n in getattr(error, "__notes__", ()))
    return f"internal error: {type(error).__name__}: {message}" + (f" ({notes})" if notes else "")


def run(
    main: Callable[[], int],
    *,
    say: Callable[[str], None] = _stderr,
) -> int:
    """``main()``'s exit code, or the code of the error that ended it, told on ``say`` (which
    receives ``error: ...`` lines; the command line's masks secrets)."""
    try:
        return main()
    except KeyboardInterrupt:
        say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except UsageError as error:
        say(f"error: {_one_line(str(error))}")
        return EXIT_USAGE
    except UntrustedError as error:
        say(f"error: {_one_line(str(error))}")
        return EXIT_FAILED
    except Exception as error:
        if os.environ.get(TRACEBACK_ENV) == "1":
            traceback.print_exc()
        say(f"error: {internal_error_line(error)}")
        return EXIT_FAILED
