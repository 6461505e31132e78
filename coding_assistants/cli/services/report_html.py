"""The day's report as one self-contained HTML file: three bar charts and the table.

The charts are inline SVG drawn here (no script, no font, no image to fetch), and the page's
Content-Security-Policy forbids loading anything, so it renders the same offline, in a mail
attachment or from a shared drive. Each bar is a ``<g class="bar">`` of its chart's ``<svg>``:
cost per attendee (VM, DBU and model stacked), the attendees' tokens per hour (input and output
stacked) and the clusters running per hour, over the hours the room was active.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from coding_assistants.cli.core.output import usd
from coding_assistants.cli.services.day_report import DayReport, cents
from coding_assistants.cli.services.model_cost import count
from coding_assistants.cli.services.report_output import HEADERS, _row

GENERATOR = "coding-assistants report"
"""The page's generator meta: what marks an HTML file as this command's own."""
WIDTH, LABEL, BAR, GAP = 900, 240, 16, 6
COLOURS = {
    "vm": "#4e79a7",
    "dbu": "#f28e2b",
    "model": "#59a14f",
    "input": "#76b7b2",
    "output": "#e15759",
    "running": "#4e79a7",
}
STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 960px; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0; } .sub { color: #555; margin-top: .2em; }
figure { margin: 2em 0; } figcaption { font-weight: 600; margin-bottom: .5em; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { padding: 3px 6px; border-bottom: 1px solid #ddd; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.key span { display: inline-block; margin-right: 1.5em; } .key i { display: inline-block;
  width: .9em; height: .9em; margin-right: .3em; vertical-align: -.1em; }
.notes { color: #555; font-size: 12px; }
"""


def _active_hours(report: DayReport) -> list[datetime]:
    """The window's hours from the first to the last with a running cluster or a token."""
    busy = [
        h
        for h in report.hours
        if report.running_by_hour.get(h) or sum(report.tokens_by_hour.get(h, (0, 0)))
    ]
    if not busy:
        return []
    return [h for h in report.hours if busy[0] <= h <= busy[-1]]


def _key(*parts: str) -> str:
    spans = "".join(f'<span><i style="background:{COLOURS[p]}"></i>{p}</span>' for p in parts)
    return f'<div class="key">{spans}</div>'


def _stack(x: float, y: float, sizes: list[tuple[str, float]], thick: float, up: bool) -> str:
    """Rectangles of ``sizes`` one after the other from (x, y): upwards, or to the right."""
    out = []
    for part, size in sizes:
        if up:
            y -= size
            box = f'x="{x:.1f}" y="{y:.1f}" width="{thick:.1f}" height="{size:.1f}"'
        else:
            box = f'x="{x:.1f}" y="{y:.1f}" width="{size:.1f}" height="{thick:.1f}"'
            x += size
        out.append(f'<rect class="seg {part}" {box} fill="{COLOURS[part]}"/>')
    return "".join(out)


def cost_chart(report: DayReport) -> str:
    rows = [
        (
            d.email,
            [
                ("vm", d.vm_usd or Decimal(0)),
                ("dbu", d.dbu_total),
                ("model", d.model_usd or Decimal(0)),
            ],
        )
        for d in report.attendees
    ]
    top = max((sum((v for _, v in p), Decimal(0)) for _, p in rows), default=Decimal(0))
    top = top or Decimal(1)
    scale = (WIDTH - LABEL - 80) / float(top)
    bars = []
    for i, (email, parts) in enumerate(rows):
        y = i * (BAR + GAP)
        total = sum((v for _, v in parts), Decimal(0))
        sizes = [(name, float(value) * scale) for name, value in parts]
        bars.append(
            f'<g class="bar" data-label="{html.escape(email)}"><title>{html.escape(email)}: '
            f"{usd(cents(total))}</title>"
            f'<text x="{LABEL - 6}" y="{y + 12}" text-anchor="end">{html.escape(email)}</text>'
            f"{_stack(LABEL, y, sizes, BAR, up=False)}"
            f'<text x="{LABEL + sum(s for _, s in sizes) + 4:.1f}" y="{y + 12}">'
            f"{usd(cents(total))}</text></g>"
        )
    height = max(len(rows) * (BAR + GAP), BAR)
    return _figure(
        "cost-per-attendee",
        "Cost per attendee (VM, DBU, model)",
        height,
        bars,
        _key("vm", "dbu", "model"),
    )


def _hour_chart(
    name: str,
    caption: str,
    hours: list[datetime],
    values: list[list[tuple[str, Decimal]]],
    key: str,
    label: Callable[[list[tuple[str, Decimal]]], str],
    shown: Callable[[Decimal], str],
) -> str:
    plot, top_margin = 160, 16
    top = max((sum((v for _, v in p), Decimal(0)) for p in values), default=Decimal(0))
    top = top or Decimal(1)
    step = max(BAR + GAP, (WIDTH - 40) // max(len(hours), 1))
    thick = min(step - GAP, 48)
    bars = []
    for i, (hour, parts) in enumerate(zip(hours, values, strict=True)):
        x = 30 + i * step
        sizes = [(part, float(v) / float(top) * plot) for part, v in parts]
        height = sum(size for _, size in sizes)
        when = hour.strftime("%H:%M")
        total = sum((v for _, v in parts), Decimal(0))
        middle = x + thick / 2
        bars.append(
            f'<g class="bar" data-label="{when}"><title>{when} UTC: {label(parts)}</title>'
            f"{_stack(x, plot + top_margin, sizes, thick, up=True)}"
            f'<text x="{middle:.1f}" y="{plot + top_margin - height - 3:.1f}" '
            f'text-anchor="middle">{shown(total)}</text>'
            f'<text x="{middle:.1f}" y="{plot + top_margin + 14}" text-anchor="middle">'
            f"{hour:%H}</text></g>"
        )
    return _figure(name, caption, plot + top_margin + 20, bars, key)


def _short(value: Decimal) -> str:
    """``88k``, ``1.2M``: a count in a few characters."""
    for size, suffix in ((Decimal(10**6), "M"), (Decimal(1000), "k")):
        if value >= size:
            return f"{(value / size).quantize(Decimal('0.1')).normalize():f}{suffix}"
    return f"{value.normalize():f}"


def tokens_chart(report: DayReport, hours: list[datetime]) -> str:
    none = (Decimal(0), Decimal(0))
    values = [
        [
            ("input", report.tokens_by_hour.get(h, none)[0]),
            ("output", report.tokens_by_hour.get(h, none)[1]),
        ]
        for h in hours
    ]
    return _hour_chart(
        "tokens-over-the-day",
        "Tokens per hour (UTC), the attendees",
        hours,
        values,
        _key("input", "output"),
        lambda parts: " and ".join(f"{count(v)} {p}" for p, v in parts),
        _short,
    )


def running_chart(report: DayReport, hours: list[datetime]) -> str:
    values = [[("running", Decimal(report.running_by_hour.get(h, 0)))] for h in hours]
    return _hour_chart(
        "clusters-over-the-day",
        "Clusters running per hour (UTC)",
        hours,
        values,
        _key("running"),
        lambda parts: f"{parts[0][1]} clusters",
        _short,
    )


def _figure(name: str, caption: str, height: int, bars: list[str], key: str) -> str:
    body = "".join(bars) or '<text x="10" y="20">no activity in the window</text>'
    return (
        f'<figure id="{name}"><figcaption>{caption}</figcaption>{key}'
        f'<svg role="img" width="{WIDTH}" '
        f'height="{height + 10}" font-size="11">{body}</svg></figure>'
    )


def page(report: DayReport, title: str, subtitle: str, summary: str, notes: list[str]) -> str:
    hours = _active_hours(report)
    rows = [_row(d) for d in report.attendees]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in HEADERS)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f'<meta name="generator" content="{GENERATOR}">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        f'<h1>{html.escape(title)}</h1><p class="sub">{html.escape(subtitle)}</p>'
        f"{summary}{cost_chart(report)}{tokens_chart(report, hours)}"
        f"{running_chart(report, hours)}"
        f'<figure id="per-attendee"><figcaption>Per attendee</figcaption><table>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></figure>"
        '<div class="notes">' + "".join(f"<p>{html.escape(n)}</p>" for n in notes) + "</div>"
        "</body></html>\n"
    )


def summary(rows: list[tuple[str, Decimal | None, Decimal | None]]) -> str:
    """The estimate against the actual figures, as a small table."""
    cells = "".join(
        f"<tr><td>{html.escape(part)}</td><td>{'n/a' if e is None else usd(e)}</td>"
        f"<td>{'n/a' if a is None else usd(a)}</td></tr>"
        for part, e, a in rows
    )
    return (
        '<figure id="estimate"><figcaption>Estimate (coding-assistants cost) and actual'
        "</figcaption><table><thead><tr><th>part</th><th>estimate</th><th>actual</th></tr>"
        f"</thead><tbody>{cells}</tbody></table></figure>"
    )
