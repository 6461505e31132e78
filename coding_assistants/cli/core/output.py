"""Plain-text tables, money, and the console every command writes through (masked)."""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import textwrap
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


MIN_WRAPPED_COLUMN = 12
"""Narrowest a wrapped column gets: below it a table is left wider than the terminal."""
DETAIL_INDENT = "    "


def terminal_width() -> int | None:
    """Columns available to a table: ``COLUMNS`` when set, else the width of the terminal
    standard output writes to; None when it writes to a pipe or a file (lines are not cut
    there, so every value stays on one line for tools such as grep)."""
    given = os.environ.get("COLUMNS", "").strip()
    if given.isdigit() and int(given) > 0:
        return int(given)
    try:
        if sys.stdout.isatty():
            return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):
        pass
    return None


def _fitted_widths(natural: list[int], width: int, wrap: Sequence[int]) -> list[int]:
    """Column widths whose table (two spaces between columns) fits ``width``: the widest
    column of ``wrap`` is narrowed first, none below ``MIN_WRAPPED_COLUMN``."""
    widths = list(natural)
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    while excess > 0:
        candidates = [i for i in wrap if widths[i] > MIN_WRAPPED_COLUMN]
        if not candidates:
            break
        widths[max(candidates, key=lambda i: widths[i])] -= 1
        excess -= 1
    return widths


def _cell_lines(text: str, width: int, wrapped: bool) -> list[str]:
    if not wrapped or len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    right: Sequence[int] = (),
    *,
    width: int | None = None,
    wrap: Sequence[int] | None = None,
    details: Sequence[str] | None = None,
) -> str:
    """Columns padded to their widest cell, two spaces apart; columns in ``right`` are right
    aligned. The last column is not padded, so long text there never pushes the others.

    With ``width`` (see :func:`terminal_width`), a table wider than it is narrowed: the
    columns of ``wrap`` (default: every column not right aligned) are wrapped onto further
    lines of the same row. ``details`` holds one text per row (or ``""``), printed indented
    on the lines below that row and wrapped to ``width`` as well."""
    cells = [[str(c) for c in row] for row in [headers, *rows]]
    natural = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    wrapping = [i for i in range(len(headers)) if i not in right] if wrap is None else list(wrap)
    widths = natural if width is None else _fitted_widths(natural, width, wrapping)
    lines = []
    for index, row in enumerate(cells):
        parts = [_cell_lines(text, widths[i], i in wrapping) for i, text in enumerate(row)]
        for depth in range(max(len(p) for p in parts)):
            out = []
            for i, part in enumerate(parts):
                text = part[depth] if depth < len(part) else ""
                if i in right:
                    text = text.rjust(widths[i])
                elif i < len(headers) - 1:
                    text = text.ljust(widths[i])
                out.append(text)
            lines.append("  ".join(out).rstrip())
        detail = details[index - 1] if details and index else ""
        if detail:
            room = None if width is None else max(MIN_WRAPPED_COLUMN, width - len(DETAIL_INDENT))
            for piece in [detail] if room is None else textwrap.wrap(detail, room) or [""]:
                lines.append(DETAIL_INDENT + piece)
    return "\n".join(lines)


def fit_line(text: str, width: int | None, indent: str = "  ") -> str:
    """``text`` wrapped to ``width`` (continuation lines indented); as it is without one."""
    if width is None or len(text) <= width:
        return text
    return "\n".join(textwrap.wrap(text, width, subsequent_indent=indent))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting so as a formula: such cells get a leading quote."""


def csv_text(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """RFC 4180 CSV (CRLF line ends, quoted where needed) of ``rows`` under ``headers``; a
    value that a spreadsheet would run as a formula is written with a leading ``'``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    for row in rows:
        cells = ["" if cell is None else str(cell) for cell in row]
        writer.writerow(["'" + c if c.startswith(FORMULA_STARTS) else c for c in cells])
    return buffer.getvalue()


def add_format_options(parser: argparse.ArgumentParser, what: str) -> None:
    """``--json`` or ``--csv`` instead of the table: ``what`` for scripts (the option's
    value lands in ``args.format``: text, json or csv)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--json", dest="format", action="store_const", const="json", help=f"{what} as JSON"
    )
    group.add_argument(
        "--csv", dest="format", action="store_const", const="csv", help=f"{what} as CSV"
    )
    parser.set_defaults(format="text")


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

    def print(self, text: str = "", end: str = "\n") -> None:
        print(self.redact(text), file=self._out or sys.stdout, flush=True, end=end)

    def error(self, text: str) -> None:
        print(self.redact(f"error: {text}"), file=self._err or sys.stderr, flush=True)

    def error_line(self, line: str) -> None:
        """One line to stderr as it is given (the error boundary's), masked, then shortened."""
        text = self.secrets.shorten(line, ERROR_LINE_LIMIT)
        print(text, file=self._err or sys.stderr, flush=True)
