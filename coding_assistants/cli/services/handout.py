"""One attendee's handout (Markdown or HTML) and the mail-merge CSV, from the fleet's outputs.

Each handout names the attendee, their cluster (name, id, page), the login line (the fleet's
``login_command``) and their ``databricks ssh setup`` line, both with the workshop's
``--profile``, then the quick start (``workshop/quick_start``) with those values filled in. The
file is named after the attendee's key (the roster's stable, file-safe key of the email); the
CSV has one row per attendee with every value and the file's name, for a mail merge.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from coding_assistants.cli.core.output import csv_text
from coding_assistants.cli.services.fleet_outputs import AttendeeOutputs
from coding_assistants.outdir import Owned
from coding_assistants.roster import attendee_key
from coding_assistants.workshop.quick_start import Values, html_steps, markdown

FORMATS = ("md", "html")
CSV_NAME = "handouts.csv"
HANDOUTS = Owned(
    marker=".coding-assistants-handouts",
    marker_text=(
        "Written by coding-assistants handout. Writing the handouts again replaces the files\n"
        "listed below as a whole; files it did not write here are carried over.\n"
    ),
    writer="handout",
    option="--out",
    generated=(),
    records=True,
)
"""The kind of directory ``handout --out`` writes: its files are named after the attendees,
so the marker lists them, and only those are ever replaced or removed."""
CSV_HEADERS = [
    "email",
    "cluster_name",
    "cluster_id",
    "cluster_url",
    "login_command",
    "ssh_setup_command",
    "handout_file",
]
STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5}code{background:#f3f3f3;padding:0 .2em;word-break:break-all}"
)


def file_name(email: str, form: str) -> str:
    return f"{attendee_key(email)}.{form}"


def values(entry: AttendeeOutputs, login: str) -> Values:
    return Values(entry.email, entry.cluster_name, entry.cluster_url, login, entry.ssh_setup)


def as_markdown(entry: AttendeeOutputs, login: str, workshop: str) -> str:
    head = [
        f"# Claude Code workshop: your cluster, {entry.email}",
        "",
        f"- Workshop: {workshop}",
        f"- Your cluster: `{entry.cluster_name}` (`{entry.cluster_id}`), {entry.cluster_url}",
        f"- Log in: `{login}`",
        f"- Set up SSH: `{entry.ssh_setup}`",
        "",
        "## First steps",
        "",
    ]
    return "\n".join(head) + markdown(values(entry, login))


def as_html(entry: AttendeeOutputs, login: str, workshop: str) -> str:
    e = html.escape
    page = e(entry.cluster_url)
    if entry.cluster_url.startswith(("https://", "http://")):
        page = f'<a href="{e(entry.cluster_url, quote=True)}">{page}</a>'

    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Claude Code workshop: {e(entry.email)}</title><style>{STYLE}</style></head>\n"
        f"<body>\n<h1>Claude Code workshop: your cluster, {e(entry.email)}</h1>\n<ul>"
        f"<li>Workshop: {e(workshop)}</li>"
        f"<li>Your cluster: <code>{e(entry.cluster_name)}</code> (<code>{e(entry.cluster_id)}"
        f"</code>), {page}</li>"
        f"<li>Log in: <code>{e(login)}</code></li>"
        f"<li>Set up SSH: <code>{e(entry.ssh_setup)}</code></li></ul>\n"
        f"<h2>First steps</h2>\n{html_steps(values(entry, login))}\n</body></html>\n"
    )


def render(entry: AttendeeOutputs, login: str, workshop: str, form: str) -> str:
    return (as_html if form == "html" else as_markdown)(entry, login, workshop)


def mail_merge(entries: Sequence[AttendeeOutputs], login: str, form: str) -> str:
    rows = [
        [
            e.email,
            e.cluster_name,
            e.cluster_id,
            e.cluster_url,
            login,
            e.ssh_setup,
            file_name(e.email, form),
        ]
        for e in entries
    ]
    return csv_text(CSV_HEADERS, rows)
