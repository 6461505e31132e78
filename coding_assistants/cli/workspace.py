"""Connecting to the workspace with the Databricks SDK: credentials, masking, short errors.

The SDK is imported inside the functions, so ``coding-assistants cost`` never loads it.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
from typing import TYPE_CHECKING

from coding_assistants.cli.output import Console, mask_secret

if TYPE_CHECKING:
    from databricks.sdk.core import Config

MAX_MESSAGE = 160
"""Longest SDK error text shown in a table cell."""

LOGIN_FIX = (
    "set DATABRICKS_HOST and DATABRICKS_TOKEN, or run `databricks auth login --host <url>` "
    "and pass --profile NAME"
)


class CredentialsError(Exception):
    """No usable host and credentials; the message says what was looked at."""


def quiet_sdk_logs() -> None:
    """Keep the SDK's warnings (such as a failed host-metadata probe) out of the output."""
    logging.getLogger("databricks.sdk").setLevel(logging.ERROR)


def _where_looked(profile: str | None) -> str:
    host = "set" if os.environ.get("DATABRICKS_HOST") else "unset"
    token = "set" if os.environ.get("DATABRICKS_TOKEN") else "unset"
    config_file = os.environ.get("DATABRICKS_CONFIG_FILE", "~/.databrickscfg")
    return (
        f"DATABRICKS_HOST {host}, DATABRICKS_TOKEN {token}, "
        f"profile {profile or os.environ.get('DATABRICKS_CONFIG_PROFILE') or 'DEFAULT'} "
        f"in {config_file}"
    )


def workspace_config(
    profile: str | None, console: Console, http_timeout: float, retry_timeout: float | None = None
) -> Config:
    """The SDK Config from the environment or ``profile``; its secrets are masked on ``console``.

    ``retry_timeout`` bounds the SDK's retries (its default is 300 s); None keeps the default.
    """
    quiet_sdk_logs()
    from databricks.sdk.core import Config

    options: dict[str, object] = {"http_timeout_seconds": http_timeout}
    if retry_timeout is not None:
        options["retry_timeout_seconds"] = max(1, math.ceil(retry_timeout))
    if profile:
        options["profile"] = profile
    console.add_secret(os.environ.get("DATABRICKS_TOKEN"))
    try:
        config = Config(**options)
        headers = config.authenticate()
    except Exception as error:
        reason = short_error(error)
        if reason.startswith("default auth:"):  # the SDK's generic "found nothing usable"
            reason = "no usable host and credentials"
        raise CredentialsError(f"{reason} ({_where_looked(profile)})") from None
    console.add_secret(config.token)
    console.add_secret(config.client_secret)
    console.add_secret(config.password)
    for value in headers.values():
        console.add_secret(value.split(" ", 1)[-1])
    if not config.host:
        raise CredentialsError(f"no workspace host ({_where_looked(profile)})")
    return config


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


def short_error(error: BaseException) -> str:
    """One line about ``error``, without the SDK's debug tail, at most MAX_MESSAGE characters."""
    cause = error
    while cause.__cause__ is not None and str(cause).startswith("Timed out after"):
        cause = cause.__cause__
    text = " ".join(str(cause).split()) or type(cause).__name__
    text = text.split(". Config:")[0]
    if len(text) > MAX_MESSAGE:
        text = text[: MAX_MESSAGE - 3] + "..."
    return text


def status_code(error: BaseException) -> int | None:
    """The HTTP status of an SDK error, when its type says it."""
    from databricks.sdk import errors

    by_type = {
        errors.BadRequest: 400,
        errors.Unauthenticated: 401,
        errors.PermissionDenied: 403,
        errors.NotFound: 404,
        errors.TooManyRequests: 429,
    }
    return next((code for kind, code in by_type.items() if isinstance(error, kind)), None)


def is_connection_problem(error: BaseException) -> bool:
    """True when the host did not answer (refused, unknown, timed out), not when it said no."""
    from databricks.sdk.errors import DatabricksError

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, DatabricksError):
            return False
        if isinstance(seen, (OSError, TimeoutError)):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def positive_seconds(text: str) -> float:
    """An argparse type: a finite number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text!r}")
    return value


def non_blank(text: str) -> str:
    """An argparse type: a name, stripped, that is not blank."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"must not be empty, got {text!r}")
    return text.strip()
