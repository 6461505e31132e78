"""``coding-assistants stage-offline``: build (and upload) a bundle for air-gapped clusters.

    coding-assistants stage-offline --claude-version 2.1.332 --out bundle/
    coding-assistants stage-offline --claude-version 2.1.332 --out bundle/ \\
        --upload /Volumes/main/tools/offline/claude-2.1.332

Prints ``offline_bundle_sha256 = <hex>``: the value to put beside ``offline_bundle_path``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.cli.core.api import ME_PATH, VPN_FIX, CallError, WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.options import register
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.workspace import (
    LOGIN_FIX,
    SDK_SECONDS,
    CredentialsError,
    positive_seconds,
    workspace_config,
)
from coding_assistants.cli.services import offline_stage as stage
from coding_assistants.offline_bundle import (
    MANIFEST_NAME,
    BundleError,
    PythonTarget,
    sha256_file,
    verify_bundle,
)
from coding_assistants.outdir import OutputError, RefusedOutput

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_REQUIREMENT = " ".join((f"mlflow-skinny=={facts.MLFLOW_PIN}", *facts.MLFLOW_TRACING_EXTRAS))
"""What the online install runs ``pip install`` with (``install_mlflow``: mlflow-skinny, the
lightest package with ``mlflow autolog claude``, and what its Claude Code tracing imports without
requiring it); the bundle carries the same. Several requirements are separated by spaces."""
DEFAULT_HTTP_TIMEOUT_SECONDS = 1800.0
"""Deadline of the whole upload (credentials, every Files API call): a bundle of a few hundred
MB on a slow link."""


@dataclass(frozen=True, kw_only=True)
class StageOptions:
    """``stage-offline``, as parsed."""

    claude_version: str | None = None
    """Claude Code's exact version; None only with ``upload_only``."""
    platform: tuple[str, ...] | None = None
    """Node platforms; None: the default platform."""
    python: str
    requirement: str
    out: Path
    """The bundle's directory: staged into, or uploaded from with ``upload_only``."""
    cache: Path | None = None
    upload: str | None = None
    """The volume directory to upload to; None: no upload."""
    upload_only: bool = False
    skills: Path | None = None
    """Skill folders to carry in the bundle; None: none."""
    profile: str | None = None
    timeout: float


def _version(text: str) -> str:
    if not stage.VERSION_PATTERN.fullmatch(text):
        raise argparse.ArgumentTypeError(f"must be an exact X.Y.Z version, got {text!r}")
    return text


def _python(text: str) -> str:
    if not stage.PYTHON_PATTERN.fullmatch(text):
        raise argparse.ArgumentTypeError(f"must be a Python version such as 3.12, got {text!r}")
    return text


def _volume(text: str) -> str:
    from coding_assistants.cli.services.offline_upload import check_volume_path

    try:
        return check_volume_path(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stage-offline",
        help="build a Claude Code and MLflow bundle for clusters without internet",
        description=(
            "Download Claude Code's native binary (npm) and the MLflow wheels (pip) into DIR, "
            "check each against its registry's hash, write manifest.json and print its "
            "SHA-256 (offline_bundle_sha256). With --upload, copy the bundle into a volume."
        ),
        epilog="exit codes: 0 staged (and uploaded), 1 a download, check or upload failed, "
        "2 invalid arguments",
    )
    parser.add_argument("--claude-version", type=_version, metavar="X.Y.Z")
    parser.add_argument(
        "--platform",
        action="append",
        choices=facts.CLAUDE_PLATFORMS,
        help=f"node platform; repeat for more (default: {facts.DEFAULT_CLAUDE_PLATFORM})",
    )
    parser.add_argument(
        "--python",
        type=_python,
        default=facts.DEFAULT_RUNTIME_PYTHON_VERSION,
        help="the runtime's Python version (default: %(default)s)",
    )
    parser.add_argument(
        "--requirement",
        default=DEFAULT_REQUIREMENT,
        help="what the wheels must satisfy (default: %(default)s)",
    )
    parser.add_argument(
        "--skills",
        type=Path,
        metavar="DIR",
        help="skill folders (<name>/SKILL.md) to carry in the bundle; the init script installs "
        "them as Claude Code's managed skills",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR")
    parser.add_argument("--cache", type=Path, metavar="DIR", help="npm and pip cache to reuse")
    parser.add_argument("--upload", type=_volume, metavar="/Volumes/...")
    parser.add_argument(
        "--upload-only",
        action="store_true",
        help="upload the bundle already in --out (carried into the air gap) without staging: "
        "it is verified against its manifest first",
    )
    parser.add_argument("--profile", help="Databricks CLI profile for --upload")
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=DEFAULT_HTTP_TIMEOUT_SECONDS,
        help="deadline for the whole upload, credentials included (default: %(default)g)",
    )
    register(parser, StageOptions, run)


def _reachable(api: WorkspaceApi) -> None:
    """One call that proves the host answers and takes the credentials, before any file is
    sent: the SDK would retry a refused connection until the deadline. CallError when not."""
    reply = api.call("GET", ME_PATH)
    if reply.status in (401, 403):
        raise CallError(f"{api.host} refused the credentials (HTTP {reply.status})", LOGIN_FIX)
    if 300 <= reply.status < 400:
        raise CallError(f"{api.host}: HTTP {reply.status}: {reply.message}", VPN_FIX)


def _upload(args: StageOptions, console: Console) -> int:
    """Upload the bundle in ``--out`` to ``--upload`` through the workspace client (the request
    policy: the workspace's origin only, no redirect), all under one deadline."""
    from coding_assistants.cli.services.offline_upload import UploadError, upload_bundle

    if args.upload is None:
        raise TypeError("_upload needs --upload")
    deadline = Deadline(args.timeout)
    try:
        config, headers = workspace_config(args.profile, console, deadline, SDK_SECONDS)
        api = WorkspaceApi(config.host, headers, deadline)
        _reachable(api)
        console.print(f"uploading to {args.upload}")
        summary = upload_bundle(api, args.out, args.upload, console.print)
    except (CredentialsError, UploadError, BundleError) as error:
        console.error(f"upload: {error}")
        return EXIT_FAILED
    except CallError as error:
        if deadline.passed:
            console.error(
                f"upload: not finished within {deadline}; the manifest goes last, so this bundle "
                "is not complete in the volume: raise --timeout and run again (files already "
                "there are not sent again)"
            )
        else:
            console.error(f"upload: {error.reason}; {error.fix}")
        return EXIT_FAILED
    console.print(f"uploaded {len(summary.uploaded)} file(s), {len(summary.skipped)} already there")
    return EXIT_OK


def run(args: StageOptions, console: Console) -> int:
    if args.upload_only:
        return _upload_staged(args, console)
    if args.claude_version is None:
        console.error("stage-offline: --claude-version X.Y.Z is required (or --upload-only)")
        return EXIT_USAGE
    platforms = sorted(set(args.platform or [facts.DEFAULT_CLAUDE_PLATFORM]))
    target = PythonTarget(
        version=args.python,
        tag=stage.python_tag(args.python),
        platforms=tuple(tag for p in platforms for tag in stage.wheel_platforms(p)),
        requirement=args.requirement,
    )
    try:
        digest = stage.stage_bundle(
            args.out,
            claude_version=args.claude_version,
            platforms=platforms,
            python=target,
            run=stage.run_command,
            cache=args.cache,
            progress=lambda line: console.print(f"  {line}"),
            skills=args.skills,
        )
    except RefusedOutput as error:
        console.error(str(error))
        return EXIT_USAGE
    except (stage.StagingError, BundleError, OutputError) as error:
        notes = "".join(f"; {note}" for note in getattr(error, "__notes__", ()))
        console.error(f"{error}{notes}")
        return EXIT_FAILED
    problems = verify_bundle(args.out, digest)
    if problems:
        console.error("the staged bundle does not verify: " + "; ".join(problems))
        return EXIT_FAILED
    console.print(f"bundle in {args.out} (system packages: {stage.DEBS_NOT_STAGED})")
    console.print(f"offline_bundle_sha256 = {digest}")
    if args.upload:
        return _upload(args, console)
    return EXIT_OK


def _upload_staged(args: StageOptions, console: Console) -> int:
    """``--upload-only``: a bundle staged elsewhere, verified here, then uploaded as it is (so
    its manifest, and with it offline_bundle_sha256, stays the one Terraform pins)."""
    if not args.upload:
        console.error("stage-offline: --upload-only needs --upload /Volumes/...")
        return EXIT_USAGE
    manifest = args.out / MANIFEST_NAME
    if not manifest.is_file():
        console.error(f"{args.out}: no {MANIFEST_NAME}: not a staged bundle")
        return EXIT_FAILED
    digest = sha256_file(manifest)
    problems = verify_bundle(args.out, digest)
    if problems:
        console.error(f"{args.out} does not verify: " + "; ".join(problems))
        return EXIT_FAILED
    console.print(f"offline_bundle_sha256 = {digest}")
    return _upload(args, console)
