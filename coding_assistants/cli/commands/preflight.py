"""``coding-assistants preflight``: is the workspace ready for the workshop?

Each check is a row with OK, FAIL or SKIP, what was found and, on failure, the fix. The exit
code is 1 when any check fails. The three model-serving rows are in ``serving``. ``--timeout``
bounds the whole command's waiting for the workspace: every call takes what is left of it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coding_assistants import rules
from coding_assistants.cli.core.api import ME_PATH, CallError, WorkspaceApi
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console, add_format_options
from coding_assistants.cli.core.output_file import OutputError
from coding_assistants.cli.core.workspace import (
    LOGIN_FIX,
    CredentialsError,
    add_workspace_options,
    connect,
    credential_summary,
    non_blank,
)
from coding_assistants.cli.services import preflight_report as report
from coding_assistants.cli.services.capacity import Room, capacity_row
from coding_assistants.cli.services.checks import FAIL, OK, SKIP, Check
from coding_assistants.cli.services.compute_checks import COMPUTE_CHECKS, compute_checks
from coding_assistants.cli.services.membership import CHECK_NAME as ATTENDEES_CHECK
from coding_assistants.cli.services.membership import Absent, check_attendees
from coding_assistants.cli.services.model_prices import (
    ACTIVITIES,
    DEFAULT_ACTIVITY,
    TokenTable,
    apply_token_prices,
    builtin_token_prices,
)
from coding_assistants.cli.services.offline_check import NAME as BUNDLE_CHECK
from coding_assistants.cli.services.offline_check import check_offline_bundle
from coding_assistants.cli.services.preflight_report import Findings
from coding_assistants.cli.services.prices import PriceError, read_price_data
from coding_assistants.cli.services.serving import (
    DEFAULT_ENDPOINT,
    DEFAULT_MODEL,
    ENDPOINT_CHECK,
    MESSAGES_CHECK,
    MODEL_CHECK,
    check_endpoint,
    check_messages,
    check_model,
)
from coding_assistants.cli.services.workshop_file import PREFLIGHT_DEFAULTS, preflight_defaults
from coding_assistants.facts import (
    API_ROUTE_AI_GATEWAY,
    API_ROUTES,
    DEFAULT_API_ROUTE,
    DEFAULT_SPARK_VERSION,
    WORKSHOP_NODE_TYPES,
)
from coding_assistants.roster import Attendee, RosterError, load_roster
from coding_assistants.settings import SettingsError

if TYPE_CHECKING:
    from databricks.sdk.core import Config


EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_TIMEOUT_SECONDS = 15.0
"""Deadline of all the workspace calls together (four calls; a scaled-to-zero endpoint is slow)."""
CLI_TIMEOUT_SECONDS = 15.0
MIN_CLI_VERSION = (0, 269, 0)
"""`databricks ssh` needs the Databricks CLI 0.269 or newer."""
CLI_INSTALL_URL = "https://docs.databricks.com/dev-tools/cli/install.html"

SERVING_CHECKS = (MODEL_CHECK, ENDPOINT_CHECK, MESSAGES_CHECK)

_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


@dataclass(frozen=True, kw_only=True)
class PreflightOptions:
    """``preflight``, as parsed; the workshop file fills the ``None`` ones of ``model``,
    ``endpoint``, ``route`` and ``offline_bundle`` (:func:`with_workshop_defaults`)."""

    endpoint: str | None = None
    model: str | None = None
    route: str | None = None
    node_type: str | None = None
    """The node type the workspace must offer; None: the workshop file's, else its cloud's."""
    spark_version: str | None = None
    """The Databricks Runtime the workspace must offer; None: the workshop file's."""
    workshop_file: Path | None = None
    attendees: Path | None = None
    """The roster to check."""
    activity: str
    """Each attendee's use of the model, for the capacity row."""
    prices: Path | None = None
    offline_bundle: str | None = None
    """The offline bundle (/Volumes/...) to check; None: none."""
    missing_users: Path | None = None
    """Where to write the attendees who cannot log in; None: nowhere."""
    format: str = "text"
    """text (the table), json or csv."""
    profile: str | None = None
    timeout: float


@dataclass(frozen=True)
class PreflightRun:
    """``preflight``'s options with the workshop file's defaults filled in, the file's settings
    and the token table: a new, frozen object."""

    options: PreflightOptions
    settings: dict[str, Any]
    token_table: TokenTable

    @property
    def endpoint(self) -> str:
        return self.options.endpoint or DEFAULT_ENDPOINT

    @property
    def model(self) -> str:
        return self.options.model or DEFAULT_MODEL

    @property
    def route(self) -> str:
        return self.options.route or DEFAULT_API_ROUTE

    @property
    def attendees(self) -> Path | None:
        return self.options.attendees

    @property
    def offline_bundle(self) -> str | None:
        return self.options.offline_bundle

    @property
    def activity(self) -> str:
        return self.options.activity

    @property
    def profile(self) -> str | None:
        return self.options.profile

    @property
    def timeout(self) -> float:
        return self.options.timeout

    @property
    def node_type(self) -> str | None:
        return self.options.node_type

    @property
    def spark_version(self) -> str:
        return self.options.spark_version or DEFAULT_SPARK_VERSION

    @property
    def workshop_cloud(self) -> str | None:
        """The workshop file's cloud, when it names one."""
        cloud = self.settings.get("cloud")
        return cloud if isinstance(cloud, str) else None

    @property
    def missing_users(self) -> Path | None:
        return self.options.missing_users

    @property
    def format(self) -> str:
        return self.options.format


def with_workshop_defaults(args: PreflightOptions) -> PreflightRun:
    """``args`` with the workshop file's settings (else the defaults) where the command line
    named nothing, and the token table of ``--prices``; SettingsError or PriceError when a
    file is one that cannot be used."""
    given = {option: getattr(args, option) for option in PREFLIGHT_DEFAULTS}
    chosen, settings = preflight_defaults(given, args.workshop_file)
    text = {k: v if isinstance(v, str) else None for k, v in chosen.items()}
    options = replace(
        args,
        endpoint=text["endpoint"],
        model=text["model"],
        route=text["route"],
        offline_bundle=text["offline_bundle"],
        node_type=text["node_type"],
        spark_version=text["spark_version"],
    )
    return PreflightRun(options, dict(settings), _token_table(args))


def check_credentials(
    profile: str | None, console: Console, timeout: float
) -> tuple[Check, Config | None, WorkspaceApi | None]:
    """Host and token (or a profile) are present; the token is shown masked. The client's
    deadline, ``timeout`` from now, is shared by every later call."""
    try:
        config, api = connect(profile, console, timeout)
    except CredentialsError as error:
        return Check("credentials", FAIL, str(error), LOGIN_FIX), None, None
    return Check("credentials", OK, credential_summary(config)), config, api


def check_workspace(api: WorkspaceApi, console: Console) -> tuple[Check, str]:
    """The workspace answers an authenticated call (who am I); returns the row and the user."""
    try:
        reply = api.call("GET", ME_PATH)
    except CallError as error:
        return Check("workspace", FAIL, error.reason, error.fix), ""
    if reply.ok:
        who = str(reply.body.get("userName") or reply.body.get("id") or "an unnamed identity")
        return Check("workspace", OK, f"answers; signed in as {who}"), who
    if reply.status == 401:
        return Check("workspace", FAIL, "401: the token was refused", LOGIN_FIX), ""
    message = console.shorten(reply.message)
    if reply.status == 403:
        fix = "check that the user belongs to the workspace and the IP access list allows you"
        return Check("workspace", FAIL, f"403: {message}", fix), ""
    return Check("workspace", FAIL, f"HTTP {reply.status}: {message}", "retry later"), ""


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


def check_roster(path: Path | None) -> tuple[Check, list[str], tuple[Attendee, ...]]:
    """The roster file is valid; returns the row, every problem found and the attendees."""
    if path is None:
        return Check("roster", SKIP, "no --attendees FILE given"), [], ()
    try:
        attendees = load_roster(path)
    except RosterError as error:
        count = len(error.problems)
        detail = f"{path}: {count} problem{'s' if count != 1 else ''}, listed below"
        fix = "correct the lines listed below"
        return Check("roster", FAIL, detail, fix), error.problems, ()
    return Check("roster", OK, f"{path}: {len(attendees)} attendees, keys unique"), [], attendees


def roster_checks(
    args: PreflightRun,
    api: WorkspaceApi | None,
    workspace_ok: bool,
    console: Console,
    identity: str = "",
) -> tuple[list[Check], list[str], list[Absent], int]:
    """The roster row, then the attendees row (every attendee an active workspace user, looked
    up as ``identity``), the roster's problems, the absent attendees, and the roster's size."""
    roster, problems, attendees = check_roster(args.attendees)
    if args.attendees is None:
        skipped = "no --attendees FILE given"
    elif not attendees:
        skipped = "skipped: the roster is invalid"
    elif api is None or not workspace_ok:
        skipped = "skipped: the workspace did not answer"
    else:
        row, absent = check_attendees(api, console, attendees, identity)
        return [roster, row], [], absent, len(attendees)
    return [roster, Check(ATTENDEES_CHECK, SKIP, skipped)], problems, [], len(attendees)


def _serving_checks(
    api: WorkspaceApi, args: PreflightRun, identity: str, console: Console
) -> list[Check]:
    if args.route == API_ROUTE_AI_GATEWAY:
        skipped = f"skipped: the {API_ROUTE_AI_GATEWAY} route has no serving endpoint to check"
        checks = [Check(MODEL_CHECK, SKIP, skipped), Check(ENDPOINT_CHECK, SKIP, skipped)]
    else:
        checks = [
            check_model(api, args.model, identity, console),
            check_endpoint(api, args.endpoint, identity),
        ]
    checks.append(check_messages(api, args.endpoint, args.model, identity, args.route))
    if args.offline_bundle:
        checks.append(check_offline_bundle(api, args.offline_bundle, console))
    return checks


def _skipped(args: PreflightRun) -> tuple[str, ...]:
    """The workspace rows after ``workspace``: serving, the bundle when asked for, compute."""
    return (*SERVING_CHECKS, *((BUNDLE_CHECK,) if args.offline_bundle else ()), *COMPUTE_CHECKS)


def run_checks(args: PreflightRun, console: Console) -> Findings:
    """Every check, in table order, the roster's problems and the absent attendees. The
    workspace checks share one deadline, ``--timeout`` from now."""
    credentials, _, api = check_credentials(args.profile, console, args.timeout)
    checks, identity = [credentials], ""
    if api is None:
        skipped = "skipped: needs host and credentials"
        checks += [Check(name, SKIP, skipped) for name in ("workspace", *_skipped(args))]
    else:
        workspace, identity = check_workspace(api, console)
        checks.append(workspace)
        if workspace.status == OK:
            checks += _serving_checks(api, args, identity, console)
            checks += compute_checks(
                api, console, args.node_type, args.spark_version, args.workshop_cloud
            )
        else:
            skipped = "skipped: the workspace did not answer"
            checks += [Check(name, SKIP, skipped) for name in _skipped(args)]
    checks.append(check_cli())
    workspace_ok = any(c.name == "workspace" and c.status == OK for c in checks)
    rows, problems, absent, size = roster_checks(args, api, workspace_ok, console, identity)
    room = Room(size, args.route, args.model, args.activity, args.settings)
    capacity = capacity_row(room, args.token_table, api if workspace_ok else None)
    return Findings([*checks, *rows, capacity], problems, absent, str(args.attendees))


def _token_table(args: PreflightOptions) -> TokenTable:
    table = builtin_token_prices()
    if args.prices:
        table = apply_token_prices(table, read_price_data(args.prices), str(args.prices))
    return table


def run(given: PreflightOptions, console: Console) -> int:
    try:
        args = with_workshop_defaults(given)
    except (SettingsError, PriceError) as error:
        console.error(str(error))
        return EXIT_USAGE
    findings = run_checks(args, console)
    if args.missing_users and findings.absent:
        try:
            report.write_missing_users(args.missing_users, findings.absent, findings.roster)
        except OutputError as error:
            console.error(str(error))
            return EXIT_USAGE
    return report.show(findings, args.format, args.missing_users, console)


def _bundle_path(text: str) -> str:
    if not re.fullmatch(rules.OFFLINE_BUNDLE_PATH_PATTERN, text):
        raise argparse.ArgumentTypeError(f"expected {rules.OFFLINE_BUNDLE_PATH_EXPECTED}")
    return text


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "preflight",
        help="check credentials, workspace, serving endpoint, CLI, roster and attendees' accounts",
        description=(
            "Check that the workshop can start: host and credentials present, the workspace "
            "answers, the model's serving endpoint exists (--model), the serving endpoint is "
            "reachable (its invocations URL, and the Anthropic "
            "Messages route Claude Code calls, with --model), the Databricks CLI is 0.269 or newer "
            "(for databricks ssh), the workspace offers the node type and the Databricks "
            "Runtime (naming the nearest ones it offers when not), the roster is valid, and "
            "every attendee on it is an active user of the workspace (looked up through SCIM, "
            "many per request). Credentials come from DATABRICKS_HOST and DATABRICKS_TOKEN, or "
            "from --profile."
        ),
        epilog="exit codes: 0 every check passed or was skipped, 1 a check failed, 2 bad arguments",
    )
    parser.add_argument(
        "--endpoint",
        type=non_blank,
        metavar="NAME",
        help="serving endpoint Claude Code calls (default: the workshop file's "
        f"claude_serving_endpoint, else {DEFAULT_ENDPOINT})",
    )
    parser.add_argument(
        "--model",
        type=non_blank,
        metavar="NAME",
        help="model Claude Code asks the Messages route for, as the init script's CLAUDE_MODEL "
        f"(default: the workshop file's claude_model, else {DEFAULT_MODEL})",
    )
    parser.add_argument(
        "--route",
        choices=API_ROUTES,
        help="the route Claude Code calls, as claude_api_route: the serving endpoint's, or the "
        f"AI Gateway's /ai-gateway/anthropic (default: the workshop file's claude_api_route, "
        f"else {DEFAULT_API_ROUTE})",
    )
    parser.add_argument(
        "--workshop-file",
        type=Path,
        metavar="FILE",
        help="the workshop stacks' settings (default: $CODING_ASSISTANTS_WORKSHOP_FILE): its "
        "claude_model, claude_serving_endpoint, claude_api_route and offline_bundle_path are "
        "the defaults of --model, --endpoint, --route and --offline-bundle",
    )
    parser.add_argument(
        "--attendees", type=Path, metavar="FILE", help="roster to validate (one email per line)"
    )
    parser.add_argument(
        "--node-type",
        type=non_blank,
        metavar="TYPE",
        help="node type the workspace must offer (default: the workshop file's node_type_id, "
        "else the workshop node type of its cloud, or of the cloud DATABRICKS_HOST names: "
        + ", ".join(f"{t} ({c})" for c, t in WORKSHOP_NODE_TYPES.items())
        + ")",
    )
    parser.add_argument(
        "--spark-version",
        type=non_blank,
        metavar="KEY",
        help="Databricks Runtime the workspace must offer (default: the workshop file's "
        f"spark_version, else {DEFAULT_SPARK_VERSION})",
    )
    parser.add_argument(
        "--activity",
        choices=ACTIVITIES,
        default=DEFAULT_ACTIVITY,
        help="each attendee's use of the model, for the capacity row (a profile of the price "
        f"file; default: {DEFAULT_ACTIVITY})",
    )
    parser.add_argument(
        "--prices",
        type=Path,
        metavar="FILE",
        help="JSON price file merged over the built-in table: its activity profiles and "
        "pay_per_token_limits size the capacity row",
    )
    parser.add_argument(
        "--offline-bundle",
        type=_bundle_path,
        metavar="/Volumes/...",
        help="offline bundle to check: manifest.json and every file it lists, with its size "
        "(default: the workshop file's offline_bundle_path, else none)",
    )
    parser.add_argument(
        "--missing-users",
        type=Path,
        metavar="FILE",
        help="write the attendees who cannot log in to FILE, one email per line (a roster "
        "that `users add --attendees FILE` reads)",
    )
    add_format_options(parser, "the checks and the absent attendees")
    add_workspace_options(parser, DEFAULT_TIMEOUT_SECONDS, "the endpoints included, together")
    register(parser, PreflightOptions, run)
