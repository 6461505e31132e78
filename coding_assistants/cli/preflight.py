"""``coding-assistants preflight``: is the workspace ready for the workshop?

Each check is a row with OK, FAIL or SKIP, what was found and, on failure, the fix. The exit
code is 1 when any check fails. The two serving-endpoint rows are in ``serving``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coding_assistants.cli.checks import FAIL, OK, SKIP, Check
from coding_assistants.cli.output import Console, render_table
from coding_assistants.cli.serving import (
    DEFAULT_ENDPOINT,
    DEFAULT_MODEL,
    ENDPOINT_CHECK,
    MESSAGES_CHECK,
    check_endpoint,
    check_messages,
)
from coding_assistants.cli.workspace import (
    LOGIN_FIX,
    CredentialsError,
    credential_summary,
    is_connection_problem,
    non_blank,
    positive_seconds,
    short_error,
    status_code,
    workspace_config,
)
from coding_assistants.roster import RosterError, load_roster

if TYPE_CHECKING:
    from databricks.sdk.core import Config


EXIT_OK, EXIT_FAILED = 0, 1
DEFAULT_TIMEOUT_SECONDS = 5.0
CLI_TIMEOUT_SECONDS = 15.0
MIN_CLI_VERSION = (0, 269, 0)
"""`databricks ssh` needs the Databricks CLI 0.269 or newer."""
CLI_INSTALL_URL = "https://docs.databricks.com/dev-tools/cli/install.html"

SERVING_CHECKS = (ENDPOINT_CHECK, MESSAGES_CHECK)

_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


def check_credentials(
    profile: str | None, console: Console, timeout: float
) -> tuple[Check, Config | None]:
    """Host and token (or a profile) are present; the token is shown masked."""
    try:
        config = workspace_config(profile, console, http_timeout=timeout, retry_timeout=timeout)
    except CredentialsError as error:
        return Check("credentials", FAIL, str(error), LOGIN_FIX), None
    return Check("credentials", OK, credential_summary(config)), config


def check_workspace(config: Config) -> Check:
    """The workspace answers an authenticated call (who am I)."""
    from databricks.sdk import WorkspaceClient

    try:
        me = WorkspaceClient(config=config).current_user.me()
    except Exception as error:
        code = status_code(error)
        if code == 401:
            return Check("workspace", FAIL, "401: the token was refused", LOGIN_FIX)
        if code == 403:
            fix = "check that the user belongs to the workspace and the IP access list allows you"
            return Check("workspace", FAIL, f"403: {short_error(error)}", fix)
        if is_connection_problem(error):
            fix = "check DATABRICKS_HOST (the workspace URL), the VPN and the firewall"
            return Check("workspace", FAIL, f"no answer from {config.host}", fix)
        return Check("workspace", FAIL, short_error(error), "see the message; retry later")
    return Check("workspace", OK, f"answers; signed in as {me.user_name or me.id}")


def check_cli() -> Check:
    """``databricks --version`` on PATH reports 0.269 or newer (needed for databricks ssh)."""
    name, needed = "databricks CLI", ".".join(map(str, MIN_CLI_VERSION[:2]))
    install = f"install the Databricks CLI {needed} or newer: {CLI_INSTALL_URL}"
    path = shutil.which("databricks")
    if path is None:
        return Check(name, FAIL, "`databricks` is not on PATH", install)
    try:
        result = subprocess.run(
            [path, "--version"],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=CLI_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return Check(name, FAIL, f"{path} --version failed: {error}", install)
    output = " ".join((result.stdout + result.stderr).split())
    match = _VERSION.search(output)
    if result.returncode != 0 or match is None:
        return Check(name, FAIL, f"{path} --version said {output[:80]!r}", install)
    version = tuple(int(part) for part in match.groups())
    shown = ".".join(match.groups())
    if version >= MIN_CLI_VERSION:
        return Check(name, OK, f"{shown} at {path} ({needed}+ needed for databricks ssh)")
    if output.startswith("Version "):
        fix = f"uninstall the legacy CLI (`pip uninstall databricks-cli`), then {install}"
        return Check(name, FAIL, f"{shown} at {path} is the legacy Python CLI", fix)
    return Check(name, FAIL, f"{shown} at {path} is older than {needed}", f"upgrade: {install}")


def check_roster(path: Path | None) -> tuple[Check, list[str]]:
    """The roster file is valid; returns the row and every problem found."""
    if path is None:
        return Check("roster", SKIP, "no --attendees FILE given"), []
    try:
        attendees = load_roster(path)
    except RosterError as error:
        count = len(error.problems)
        detail = f"{path}: {count} problem{'s' if count != 1 else ''}, listed below"
        return Check("roster", FAIL, detail, "correct the lines listed below"), error.problems
    return Check("roster", OK, f"{path}: {len(attendees)} attendees, keys unique"), []


def run_checks(args: argparse.Namespace, console: Console) -> tuple[list[Check], list[str]]:
    """Every check, in table order, and the roster's problems."""
    credentials, config = check_credentials(args.profile, console, args.timeout)
    checks = [credentials]
    if config is None:
        skipped = "skipped: needs host and credentials"
        checks += [Check(name, SKIP, skipped) for name in ("workspace", *SERVING_CHECKS)]
    else:
        checks.append(check_workspace(config))
        if checks[-1].status == OK:
            checks.append(check_endpoint(config, args.endpoint, args.timeout))
            checks.append(check_messages(config, args.endpoint, args.model, args.timeout))
        else:
            skipped = "skipped: the workspace did not answer"
            checks += [Check(name, SKIP, skipped) for name in SERVING_CHECKS]
    checks.append(check_cli())
    roster, problems = check_roster(args.attendees)
    checks.append(roster)
    return checks, problems


def run(args: argparse.Namespace, console: Console) -> int:
    checks, problems = run_checks(args, console)
    rows = [[c.name, c.status, c.detail, c.fix] for c in checks]
    console.print(render_table(["CHECK", "STATUS", "DETAIL", "FIX"], rows))
    if problems:
        console.print()
        console.print("Roster problems:")
        for problem in problems:
            console.print(f"  {problem}")
    counts = {status: sum(c.status == status for c in checks) for status in (OK, FAIL, SKIP)}
    console.print()
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    if counts[FAIL]:
        console.print(f"{summary}: fix the failures, then run preflight again.")
        return EXIT_FAILED
    console.print(f"{summary}: ready.")
    return EXIT_OK


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "preflight",
        help="check credentials, workspace, serving endpoint, CLI and roster",
        description=(
            "Check that the workshop can start: host and credentials present, the workspace "
            "answers, the serving endpoint is reachable (its invocations URL, and the Anthropic "
            "Messages route Claude Code calls, with --model), the Databricks CLI is 0.269 or newer "
            "(for databricks ssh), and the roster is valid. Credentials come from "
            "DATABRICKS_HOST and DATABRICKS_TOKEN, or from --profile."
        ),
        epilog="exit codes: 0 every check passed or was skipped, 1 a check failed, 2 bad arguments",
    )
    parser.add_argument("--profile", metavar="P", help="profile in ~/.databrickscfg")
    parser.add_argument(
        "--endpoint",
        default=DEFAULT_ENDPOINT,
        type=non_blank,
        metavar="NAME",
        help=f"serving endpoint Claude Code calls (default: {DEFAULT_ENDPOINT})",
    )
    parser.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        type=non_blank,
        metavar="NAME",
        help="model Claude Code asks the Messages route for, as the init script's CLAUDE_MODEL "
        f"(default: {DEFAULT_MODEL})",
    )
    parser.add_argument(
        "--attendees", type=Path, metavar="FILE", help="roster to validate (one email per line)"
    )
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=DEFAULT_TIMEOUT_SECONDS,
        metavar="SECONDS",
        help="wait this long for the workspace and the endpoint "
        f"(default: {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    parser.set_defaults(run=run)
