"""The attendee's quick start: five steps from a laptop to Claude Code on their own cluster.

One text, two uses: ``coding-assistants handout`` fills it with each attendee's own values
(their login line, their ``databricks ssh setup`` line, their cluster's name and page), and
``make docs`` writes it, with placeholders, into docs/facilitator-guide.md. Each step is a
title and lines; a line is pieces of text and of code (commands to type), so the Markdown and
the HTML forms render the same steps. Plain data: imports nothing but the standard library and
the project's facts.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from coding_assistants.facts import DEFAULT_CLI_PROFILE

MIN_CLI_VERSION = "0.269"
"""The Databricks CLI that has ``databricks ssh``."""


@dataclass(frozen=True)
class Values:
    """What one attendee's quick start names."""

    email: str
    cluster_name: str
    cluster_url: str
    login_command: str
    ssh_setup: str


PLACEHOLDERS = Values(
    email="<you>",
    cluster_name="<your cluster name>",
    cluster_url="",
    login_command=(
        f"databricks auth login --host https://<workspace> --profile {DEFAULT_CLI_PROFILE}"
    ),
    ssh_setup=(
        "databricks ssh setup --name <your cluster name> --cluster <your cluster id> "
        f"--profile {DEFAULT_CLI_PROFILE}"
    ),
)
"""The quick start as the guide shows it."""

Piece = tuple[bool, str]
"""(is code, text)."""


def _line(*parts: str) -> tuple[Piece, ...]:
    """Text and code alternate, starting with text: ``_line("Run ", "cmd", " now.")``."""
    return tuple((i % 2 == 1, part) for i, part in enumerate(parts) if part)


def steps(v: Values) -> list[tuple[str, list[tuple[Piece, ...]]]]:
    """The five steps for ``v``: (title, lines)."""
    page = v.cluster_url or "its page in the workspace"
    return [
        (
            f"Install the Databricks CLI, version {MIN_CLI_VERSION} or newer",
            [
                _line("Check with ", "databricks --version", "."),
                _line(
                    "macOS or Linux with Homebrew: ",
                    "brew tap databricks/tap && brew install databricks",
                ),
                _line("Windows: ", "winget install Databricks.DatabricksCLI"),
                _line(
                    "any platform: ",
                    "curl -fsSL https://raw.githubusercontent.com/databricks/setup-cli/main/"
                    "install.sh | sh",
                ),
                _line(
                    "An old ",
                    "databricks",
                    " from ",
                    "pip install databricks-cli",
                    " (version 0.18) is a different tool: uninstall it first.",
                ),
            ],
        ),
        (
            "Log in to the workshop workspace (a browser window opens)",
            [_line("", v.login_command)],
        ),
        (
            "Set up SSH to your cluster",
            [
                _line("", v.ssh_setup),
                _line(
                    "It adds a host entry to ",
                    "~/.ssh/config",
                    "; ",
                    f"ssh {v.cluster_name}",
                    " then opens a shell there.",
                ),
            ],
        ),
        (
            "Connect VS Code",
            [
                _line(
                    'Install the "Remote - SSH" extension (Cursor has it built in), run '
                    '"Remote-SSH: Connect to Host..." and choose ',
                    v.cluster_name,
                    ".",
                ),
                _line(
                    f"A stopped cluster needs a few minutes to start (start it from {page} "
                    "if the connection waits). Open a folder under ",
                    f"/Workspace/Users/{v.email}/",
                    ".",
                ),
            ],
        ),
        (
            "Check, then start",
            [
                _line(
                    "In the remote terminal run ",
                    "check-claude",
                    "; when it reports ready, run ",
                    "claude",
                    ".",
                )
            ],
        ),
    ]


def _markdown_line(line: tuple[Piece, ...]) -> str:
    return "".join(f"`{text}`" if code else text for code, text in line)


def markdown(v: Values) -> str:
    """The steps as a numbered Markdown list (each line of a step indented under it)."""
    out = []
    for number, (title, lines) in enumerate(steps(v), start=1):
        out.append(f"{number}. **{title}**")
        out += [f"   - {_markdown_line(line)}" for line in lines]
    return "\n".join(out) + "\n"


def _html_line(line: tuple[Piece, ...]) -> str:
    return "".join(
        f"<code>{html.escape(text)}</code>" if code else html.escape(text) for code, text in line
    )


def html_steps(v: Values) -> str:
    """The steps as an HTML ordered list; every value escaped."""
    out = ["<ol>"]
    for title, lines in steps(v):
        items = "".join(f"<li>{_html_line(line)}</li>" for line in lines)
        out.append(f"<li><strong>{html.escape(title)}</strong><ul>{items}</ul></li>")
    out.append("</ol>")
    return "\n".join(out)
