"""Plain-text tables, money, and the console every command writes through (masked)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TextIO

from coding_assistants.cli.core.redact import Secrets
from coding_assistants.cli.core.redact import mask_secret as mask_secret  # its former home

CENT = Decimal("0.01")
ERROR_LINE_LIMIT = 400
"""Longest one-line error the console writes (masked first, then cut)."""


def usd(amount: Decimal, places: int = 2) -> str:
    """``$1,234.50``: rounded half up to ``places`` decimals, with thousands separators."""
    quantum = Decimal(1).scaleb(-places)
    return f"${amount.quantize(quantum, rounding=ROUND_HALF_UP):,}"


def rate_places(amount: Decimal) -> int:
    """Decimals an hourly rate needs: at least 2, at most 4 ($0.4125 is not shown as $0.41)."""
    exact = amount.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP).normalize()
    exponent = exact.as_tuple().exponent
    if not isinstance(exponent, int):  # "n" or "N": NaN has no decimals to count
        raise ValueError(f"not an amount: {amount}")
    return min(max(2, -exponent), 4)


def usd_rate(amount: Decimal, places: int | None = None) -> str:
    """An hourly rate with ``places`` decimals, or as many as it needs (2 to 4)."""
    return usd(amount, rate_places(amount) if places is None else places)


def plain_number(value: Decimal) -> str:
    """``4``, ``1.5``, ``0.75``: a Decimal without trailing zeros or exponent notation."""
    text = f"{value.normalize():f}"
    return text


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()
) -> str:
    """Columns padded to their widest cell, two spaces apart; columns in ``right`` are right
    aligned. The last column is not padded, so long text there never pushes the others."""
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = []
        for i, cell in enumerate(row):
            text = str(cell)
            last = i == len(headers) - 1
            if i in right:
                text = text.rjust(widths[i])
            elif not last:
                text = text.ljust(widths[i])
            cells.append(text)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


class Console:
    """Writes to stdout and stderr; every line goes through ``Secrets.mask`` first."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self._out = out
        self._err = err
        self.secrets = Secrets()
        """The run's secrets; error texts are shortened with ``shorten`` (masked first)."""

    def add_secret(self, secret: str | None) -> None:
        """Mask ``secret`` in everything written from now on."""
        self.secrets.add(secret)

    def redact(self, text: str) -> str:
        return self.secrets.mask(text)

    def shorten(self, text: str) -> str:
        """An error text for a table cell or an error line: masked, one line, then shortened."""
        return self.secrets.shorten(text)

    def print(self, text: str = "") -> None:
        print(self.redact(text), file=self._out or sys.stdout, flush=True)

    def error(self, text: str) -> None:
        print(self.redact(f"error: {text}"), file=self._err or sys.stderr, flush=True)

    def error_line(self, line: str) -> None:
        """One line to stderr as it is given (the error boundary's), masked, then shortened."""
        text = self.secrets.shorten(line, ERROR_LINE_LIMIT)
        print(text, file=self._err or sys.stderr, flush=True)
