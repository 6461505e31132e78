"""Connecting to the workspace: credentials read by the Databricks SDK, masked, under a deadline.

The SDK is imported inside the functions, so ``coding-assistants cost`` never loads it. It only
reads the credentials; the calls go through ``api.WorkspaceApi``.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import logging
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from coding_assistants import untrusted
from coding_assistants.cli.core.api import WorkspaceApi, refuse_library_redirects
from coding_assistants.cli.core.deadline import Deadline, Overdue, run_bounded
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.redact import Secrets, mask_secret

if TYPE_CHECKING:
    from databricks.sdk.core import Config

LOGIN_FIX = (
    "set DATABRICKS_HOST and DATABRICKS_TOKEN, or run `databricks auth login --host <url>` "
    "and pass --profile NAME"
)
SECRET_VARIABLES = (
    "DATABRICKS_TOKEN",
    "DATABRICKS_CLIENT_SECRET",
    "DATABRICKS_PASSWORD",
    "ARM_CLIENT_SECRET",
    "DATABRICKS_AZURE_CLIENT_SECRET",
)
"""Environment variables that hold a secret the SDK may read: masked before it is asked."""
SECRET_KEYS = ("token", "client_secret", "password", "azure_client_secret")
"""Keys of ``~/.databrickscfg`` whose values are secrets, in any profile."""
SDK_SECONDS = (15.0, 1.0)
"""Caps of the SDK's own requests while it reads the credentials: each request's wait, and its
retries together. The SDK probes the host's metadata, retrying until its budget is spent, and
does without on failure; with these caps an unreachable host is diagnosed by the command's own
first call, not reported as slow credentials. 15 s leaves a slow link time for an OAuth token
request; the command's deadline still caps it."""
QUIET_LOGGERS = ("databricks.sdk", "urllib3", "requests")
"""Libraries whose log records could carry a URL, a header or a body: never printed."""


class CredentialsError(Exception):
    """No usable host and credentials; the message says what was looked at."""


def quiet_sdk_logs() -> None:
    """Keep the libraries' log records (such as a failed host-metadata probe) out of the
    output: none of them passes through the masking of the console."""
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
        logger.setLevel(logging.CRITICAL + 1)


def _config_file() -> str:
    return os.environ.get("DATABRICKS_CONFIG_FILE", "~/.databrickscfg")


def _where_looked(profile: str | None) -> str:
    host = "set" if os.environ.get("DATABRICKS_HOST") else "unset"
    token = "set" if os.environ.get("DATABRICKS_TOKEN") else "unset"
    return (
        f"DATABRICKS_HOST {host}, DATABRICKS_TOKEN {token}, "
        f"profile {profile or os.environ.get('DATABRICKS_CONFIG_PROFILE') or 'DEFAULT'} "
        f"in {_config_file()}"
    )


def config_file_problem(error: BaseException) -> str | None:
    """A configuration-file error in plain words, never quoting a line of the file (a line
    without ``=`` is often a token pasted on its own line); None for other errors."""
    seen: BaseException | None = error
    while seen is not None and not isinstance(seen, configparser.Error):
        seen = seen.__cause__ or seen.__context__
    if seen is None:
        return None
    where = _config_file()
    if isinstance(seen, configparser.MissingSectionHeaderError):
        return f"{where}: line {seen.lineno} comes before any [profile] header (line not shown)"
    if isinstance(seen, configparser.ParsingError):
        lines = ", ".join(str(number) for number, _ in seen.errors)
        many = "s" if len(seen.errors) != 1 else ""
        return (
            f"{where}: line{many} {lines} not of the form `key = value` "
            "(not shown: such a line may hold a secret)"
        )
    return f"{where} cannot be read ({type(seen).__name__}; its lines are not shown)"


def add_known_secrets(console: Console) -> None:
    """Mask every secret the SDK could read -- the variables, and the secret keys of every
    profile of the configuration file -- before the SDK reads any: its errors may quote one
    before the credentials are known."""
    for name in SECRET_VARIABLES:
        console.add_secret(os.environ.get(name))
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:  # through the bounded reader: a config file is the user's, not ours
        text = untrusted.read_text(Path(os.path.expanduser(_config_file())), untrusted.SETTINGS)
    except untrusted.UntrustedError:
        text = ""
    with contextlib.suppress(configparser.Error):
        parser.read_string(text)  # keeps what it read before an error
    for section in [parser.defaults(), *(parser[s] for s in parser.sections())]:
        for key in SECRET_KEYS:
            console.add_secret((section.get(key) or "").strip())


def _read_config(options: dict[str, Any]) -> tuple[Config, dict[str, str]]:
    from databricks.sdk.core import Config

    config = Config(**options)
    return config, config.authenticate()


def workspace_config(
    profile: str | None,
    console: Console,
    deadline: Deadline,
    sdk_seconds: tuple[float, float] = (math.inf, math.inf),
) -> tuple[Config, dict[str, str]]:
    """The SDK Config from the environment or ``profile`` and its request headers, read before
    ``deadline``; its secrets are masked on ``console`` from then on. ``sdk_seconds`` caps the
    SDK's own requests: each one's wait, and its retries together (see :data:`SDK_SECONDS`)."""
    quiet_sdk_logs()
    refuse_library_redirects()  # the SDK's own requests follow no redirect either
    request, retries = (max(1, math.ceil(min(deadline.remaining(), s))) for s in sdk_seconds)
    options: dict[str, object] = {"http_timeout_seconds": request, "retry_timeout_seconds": retries}
    if profile:
        options["profile"] = profile
    add_known_secrets(console)
    try:
        config, headers = run_bounded(lambda: _read_config(options), deadline)
    except Overdue:
        reason = f"reading the credentials took longer than {deadline}"
        raise CredentialsError(f"{reason} ({_where_looked(profile)})") from None
    except Exception as error:
        reason = config_file_problem(error) or short_error(error, console.secrets)
        if reason.startswith("default auth:"):  # the SDK's generic "found nothing usable"
            reason = "no usable host and credentials"
        raise CredentialsError(f"{reason} ({_where_looked(profile)})") from None
    for secret in (config.token, config.client_secret, config.password):
        console.add_secret(secret)
    for value in headers.values():
        console.add_secret(value.split(" ", 1)[-1])
    if not config.host:
        raise CredentialsError(f"no workspace host ({_where_looked(profile)})")
    return config, headers


def connect(profile: str | None, console: Console, seconds: float) -> tuple[Config, WorkspaceApi]:
    """The credentials and a client of the workspace they belong to. The deadline, ``seconds``
    from now, starts once the SDK is loaded: it bounds waiting, not the import."""
    quiet_sdk_logs()
    import databricks.sdk.core  # noqa: F401  (loaded before the clock starts)

    deadline = Deadline(seconds)
    config, headers = workspace_config(profile, console, deadline, SDK_SECONDS)
    return config, WorkspaceApi(config.host, headers, deadline)


class WorkspaceOptions(Protocol):
    """The options every command that talks to the workspace has (add_workspace_options)."""

    @property
    def profile(self) -> str | None: ...

    @property
    def timeout(self) -> float: ...


def connect_or_report(
    args: WorkspaceOptions, console: Console
) -> tuple[Config, WorkspaceApi] | None:
    """``connect`` with the command's ``--profile`` and ``--timeout``; None once missing or
    unusable credentials are reported on ``console`` with the fix (the command exits 1)."""
    try:
        return connect(args.profile, console, args.timeout)
    except CredentialsError as error:
        console.error(f"{error}\n  fix: {LOGIN_FIX}")
        return None


def credential_summary(config: Config) -> str:
    """``https://host, token dapi**** from DATABRICKS_TOKEN``: where the credentials came from,
    with the token masked."""
    if config.profile or not os.environ.get("DATABRICKS_HOST"):
        origin = f"profile {config.profile or 'DEFAULT'}"
    else:
        origin = "the environment"
    if config.token:
        source = (
            "DATABRICKS_TOKEN" if os.environ.get("DATABRICKS_TOKEN") == config.token else origin
        )
        return f"{config.host}, token {mask_secret(config.token)} from {source}"
    return f"{config.host}, {config.auth_type} auth from {origin}"


def short_error(error: BaseException, secrets: Secrets) -> str:
    """One line about ``error`` (an SDK or HTTP-layer exception), without the SDK's debug tail:
    masked first, then shortened for display."""
    cause = error
    while cause.__cause__ is not None and str(cause).startswith("Timed out after"):
        cause = cause.__cause__
    text = str(cause).split(". Config:")[0] or type(cause).__name__
    return secrets.shorten(text)


MAX_TIMEOUT_SECONDS = 7 * 24 * 3600
"""Longest ``--timeout``: a week (the libraries' clocks overflow on absurd deadlines)."""


def positive_seconds(text: str) -> float:
    """An argparse type: a number of seconds above zero, at most a week."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= MAX_TIMEOUT_SECONDS:
        raise argparse.ArgumentTypeError(
            f"must be a positive number of seconds, at most {MAX_TIMEOUT_SECONDS}, got {text!r}"
        )
    return value


def add_workspace_options(parser: argparse.ArgumentParser, seconds: float, waits: str) -> None:
    """``--profile`` and ``--timeout`` (one deadline for ``waits``, default ``seconds``): the
    options of every command that talks to the workspace."""
    parser.add_argument("--profile", metavar="P", help="profile in ~/.databrickscfg")
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=seconds,
        metavar="SECONDS",
        help=f"deadline for all the waiting on the workspace, {waits} (default: {seconds:g})",
    )


def non_blank(text: str) -> str:
    """An argparse type: a name, stripped, that is not blank."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"must not be empty, got {text!r}")
    return text.strip()
