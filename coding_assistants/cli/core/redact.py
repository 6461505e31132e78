"""The one masking function of the command line: every secret, and every long piece of one.

Everything the commands print (stdout, stderr, table cells, error messages, texts of exceptions
raised by the Databricks SDK or the HTTP layer, error bodies a server sent back) passes through
``Secrets.mask`` before it is shortened for display or written. It replaces:

- every occurrence of a registered secret by its first 4 characters and ``****``;
- every run of at least ``MIN_PIECE`` characters that is part of a secret (a truncated echo, the
  tail of a token, a prefix cut by a server's own shortening), wherever it stands: by the first
  4 characters and ``****`` when the run starts the secret, by ``****`` alone otherwise.

Nothing beyond a secret's first 4 characters is ever shown; a secret shorter than 8 characters
is shown as ``****`` only.
"""

from __future__ import annotations

import threading

MASK = "****"
SHOWN_SECRET_CHARS = 4
"""Characters of a token shown before the mask; never more."""
MIN_PIECE = SHOWN_SECRET_CHARS + 1
"""Shortest piece of a secret masked on its own: any piece longer than what may be shown; a
whole secret is masked whatever its length."""
MIN_SECRET = 4
"""Shorter values are not registered: masking them would garble ordinary words."""
MAX_MESSAGE = 160
"""Longest error text shown in a table cell or an error line."""


def mask_secret(secret: str) -> str:
    """``secret`` reduced to its first 4 characters and a mask (only the mask if it is short)."""
    if len(secret) < 2 * SHOWN_SECRET_CHARS:
        return MASK
    return secret[:SHOWN_SECRET_CHARS] + MASK


def _mask_one(text: str, secret: str) -> str:
    """``text`` with every run of ``min(MIN_PIECE, len(secret))``+ characters of ``secret``
    replaced; runs are found left to right and extended as far as they stay in ``secret``."""
    size = min(MIN_PIECE, len(secret))
    pieces = {secret[i : i + size] for i in range(len(secret) - size + 1)}
    out, start, i = [], 0, 0
    while i <= len(text) - size:
        if text[i : i + size] not in pieces:
            i += 1
            continue
        end = i + size
        while end < len(text) and text[i : end + 1] in secret:
            end += 1
        run = text[i:end]
        out += [text[start:i], mask_secret(secret) if secret.startswith(run) else MASK]
        start = i = end
    out.append(text[start:])
    return "".join(out)


class Secrets:
    """The secrets of one run of a command; thread safe (cleanup works in parallel)."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str | None) -> None:
        """Mask ``secret`` in everything masked from now on."""
        if secret and len(secret) >= MIN_SECRET:
            with self._lock:
                self._secrets.add(secret)

    def mask(self, text: str) -> str:
        """``text`` with every registered secret, and every long piece of one, masked."""
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = _mask_one(text, secret)
        return text

    def shorten(self, text: str, limit: int = MAX_MESSAGE) -> str:
        """``text`` masked, on one line, then cut to ``limit`` characters (masking first, so
        the cut can never leave a piece of a secret unrecognised)."""
        text = " ".join(self.mask(text).split())
        if len(text) > limit:
            text = text[: limit - 3] + "..."
        return text
