"""A small sandbox for the installer's offline steps (init_scripts/src/installer/offline.sh): a
fake node and a bundle in a fake volume.

The built installer (init_scripts/install-claude.sh, which holds offline.sh) is sourced and its
offline steps run.
Every network client (curl, wget, apt-get, npm, pip, ...) is a stub that logs the call to
``network.log`` and fails, so a test fails if one is called; the runtime's Python is a stub
that plays pip (``--no-index`` only) and MLflow's version, and hands everything else (the
manifest parser) to the real interpreter. The bundle is written with the same library the
staging command uses.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

from coding_assistants.offline_bundle import (
    REQUIREMENTS_PATH,
    WHEEL_DIR,
    BundleFile,
    PythonTarget,
    Role,
    build_manifest,
    describe,
    render_requirements,
    write_manifest,
)
from tests import clock

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "init_scripts" / "install-claude.sh"
OFFLINE = REPO / "init_scripts" / "src" / "installer" / "offline.sh"
VOLUME_PATH = "/Volumes/main/tools/offline/claude-2.1.332"
CLAUDE_VERSION = "2.1.332"
CLAUDE_TARBALL = f"claude/anthropic-ai-claude-code-linux-x64-{CLAUDE_VERSION}.tgz"
WHEELS = ("mlflow-3.11.1-py3-none-any.whl", "numpy-2.0.0-cp312-cp312-manylinux_2_17_x86_64.whl")
DEBS = ("debs/jq_1.7.1-1_amd64.deb", "debs/tmux_3.4-1_amd64.deb")
TOOLS = (
    *("awk", "bash", "cat", "chmod", "cp", "cut", "env", "grep", "gzip", "head", "id", "ln"),
    *("ls", "mkdir", "mktemp", "mv", "readlink", "rm", "rmdir", "sed", "sha256sum", "sleep"),
    *("sort", "stat", "tail", "tar", "timeout", "tr", "wc", "base64"),
    *("find", "du", "xargs", "dirname"),
)
NETWORK = ("curl", "wget", "apt-get", "apt", "npm", "npx", "pip", "pip3", "dnf", "yum")

_LOG = "( IFS=$'\\x1f'; printf '%s\\n' \"$*\" ) >>\"$STUB_CALLS/${0##*/}.log\"\n"
_NETWORK_STUB = '#!/bin/bash\necho "${0##*/} $*" >>"$STUB_CALLS/network.log"\nexit 97\n'
_PYTHON_STUB = f"""#!/bin/bash
if [ "${{1-}}" = -m ] && [ "${{2-}}" = pip ]; then
  shift 2
  ( IFS=$'\\x1f'; printf '%s\\n' "$*" ) >>"$STUB_CALLS/pip.log"
  case " $* " in *" --no-index "*) ;; *) echo "pip $*" >>"$STUB_CALLS/network.log"; exit 97 ;; esac
  while [ $# -gt 0 ]; do
    case $1 in -r) req=$2 ;; --find-links) ls "$2" >"$STUB_STATE/find-links" ;; esac; shift
  done
  sed -n 's/^mlflow==\\([^ ]*\\).*/\\1/p' "$req" >"$STUB_STATE/mlflow-version"
  exit "${{STUB_PIP_EXIT:-0}}"
fi
if [ "${{1-}}" = -c ] && [[ ${{2-}} == *importlib.metadata* ]]; then
  if [ -s "$STUB_STATE/mlflow-version" ]; then echo "mlflow $(cat "$STUB_STATE/mlflow-version")"
  elif [ -n "${{STUB_MLFLOW_VERSION:-}}" ]; then echo "mlflow $STUB_MLFLOW_VERSION"; else exit 1; fi
  exit 0
fi
[ "${{1-}}" = -I ] && exit 0  # the tracing probe: MLflow's Claude Code hook loads
exec {sys.executable} "$@"
"""
_DPKG_STUB = f"""#!/bin/bash
{_LOG}for deb in "$@"; do
  case $deb in *.deb) name=${{deb##*/}}; name=${{name%%_*}}
    printf '#!/bin/sh\\n' >"$STUB_INSTALLED/$name"; chmod +x "$STUB_INSTALLED/$name" ;; esac
done
"""
_UNAME_STUB = '#!/bin/bash\n[ "${1-}" = -m ] && echo "${STUB_ARCH:-x86_64}" || echo Linux\n'
_CLAUDE = f'#!/bin/sh\n[ "$1" = --version ] && echo "{CLAUDE_VERSION} (Claude Code)"\n'


def _tarball(path: Path) -> None:
    """A gzipped npm tarball holding package/claude (a script standing in for the ELF)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        for name, text, mode in (
            ("package/package.json", '{"name": "claude-code-linux-x64"}\n', 0o644),
            ("package/claude", _CLAUDE, 0o755),
        ):
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(text), mode
            tar.addfile(info, io.BytesIO(text.encode()))


def sri(path: Path) -> str:
    """The npm registry's ``dist.integrity`` of a file: ``sha512-<base64>``."""
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


SKILL_FILES = {
    "skills/offline-notes/SKILL.md": "---\nname: offline-notes\ndescription: offline\n---\n",
    "skills/offline-notes/scripts/run.sh": "echo notes\n",
}
"""The skill a bundle written with ``skills=True`` carries."""


def write_bundle(root: Path, *, debs: bool = False, skills: bool = False) -> str:
    """A bundle as stage-offline writes it (fake contents); returns the manifest's SHA-256."""
    _tarball(root / CLAUDE_TARBALL)
    files: list[BundleFile] = [
        describe(
            root,
            CLAUDE_TARBALL,
            Role.CLAUDE,
            platform="linux-x64",
            npm_package=f"@anthropic-ai/claude-code-linux-x64@{CLAUDE_VERSION}",
            npm_integrity=sri(root / CLAUDE_TARBALL),
        )
    ]
    (root / WHEEL_DIR).mkdir(parents=True)
    for name in WHEELS:
        (root / WHEEL_DIR / name).write_bytes(f"wheel {name}".encode() * 50)
    wheels = [describe(root, f"{WHEEL_DIR}/{name}", Role.WHEEL) for name in WHEELS]
    (root / REQUIREMENTS_PATH).write_text(render_requirements(wheels, "mlflow==3.11.1"))
    files += [*wheels, describe(root, REQUIREMENTS_PATH, Role.REQUIREMENTS)]
    for deb in DEBS if debs else ():
        (root / deb).parent.mkdir(exist_ok=True)
        (root / deb).write_bytes(b"!<arch>\n" + deb.encode() * 20)
        files.append(describe(root, deb, Role.DEB, package=deb.split("/")[1].split("_")[0]))
    for relative, text in SKILL_FILES.items() if skills else ():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)
        files.append(describe(root, relative, Role.SKILL))
    major, minor = sys.version_info[:2]  # the stub runtime Python is this interpreter
    target = PythonTarget(
        version=f"{major}.{minor}",
        tag=f"cp{major}{minor}",
        platforms=("manylinux_2_17_x86_64",),
        requirement="mlflow",
    )
    return write_manifest(
        root,
        build_manifest(
            claude_version=CLAUDE_VERSION,
            claude_package="@anthropic-ai/claude-code",
            python=target,
            files=files,
            created="2026-11-28T00:00:00Z",
        ),
    )


@dataclass
class OfflineBox:
    base: Path
    env: dict[str, str]

    @property
    def root(self) -> Path:
        return self.base / "root"

    @property
    def bundle(self) -> Path:
        return self.root / VOLUME_PATH.lstrip("/")

    @classmethod
    def create(
        cls, base: Path, *, debs: bool = False, skills: bool = False, bundle: Path | None = None
    ) -> OfflineBox:
        """A fresh node; the volume holds a fake bundle, or links to ``bundle`` when given."""
        for name in ("root", "home", "stubs", "installed", "calls", "state", "tools", "py"):
            (base / name).mkdir()
        for name in TOOLS:
            found = shutil.which(name, path="/usr/bin:/bin")
            assert found, f"the sandbox needs {name}"
            (base / "tools" / name).symlink_to(found)
        stubs = {name: _NETWORK_STUB for name in NETWORK}
        stubs |= {"dpkg": _DPKG_STUB, "uname": _UNAME_STUB}
        for name, text in [*stubs.items(), ("../py/python", _PYTHON_STUB)]:
            (base / "stubs" / name).write_text(text)
            (base / "stubs" / name).chmod(0o755)
        box = cls(base, {})
        if bundle is None:
            sha = write_bundle(box.bundle, debs=debs, skills=skills)
        else:
            box.bundle.parent.mkdir(parents=True)
            box.bundle.symlink_to(bundle)
            sha = hashlib.sha256((bundle / "manifest.json").read_bytes()).hexdigest()
        box.env = {
            "PATH": f"{base / 'stubs'}:{base / 'installed'}:{base / 'tools'}",
            "HOME": str(base / "home"),
            "INIT_ROOT": str(box.root),
            "LANG": "C.UTF-8",
            "DATABRICKS_PYTHON": str(base / "py" / "python"),
            "OFFLINE_BUNDLE_PATH": VOLUME_PATH,
            "OFFLINE_BUNDLE_SHA256": sha,
            "CLAUDE_CODE_VERSION": CLAUDE_VERSION,  # the cluster passes the pinned version
            "STUB_MLFLOW_VERSION": "2.9.2",
            "STUB_CALLS": str(base / "calls"),
            "STUB_STATE": str(base / "state"),
            "STUB_INSTALLED": str(base / "installed"),
            **clock.handed_down(),
        }
        return box

    def run(self, **env: str) -> tuple[subprocess.CompletedProcess[str], dict[str, tuple]]:
        """Source the installer, run offline_install_software; the exit status and each step's
        (state, detail)."""
        code = (
            f". {INSTALLER} && begin_run && load_config 2>/dev/null && "
            'offline_install_software && cat "$WORK_DIR"/steps/{bundle,packages,claude,mlflow}'
        )
        merged = {k: v for k, v in {**self.env, **env}.items() if v}
        result = subprocess.run(
            ["bash", "-c", code], env=merged, capture_output=True, text=True, timeout=60
        )
        rows = (line.split("\t", 2) for line in result.stdout.splitlines())
        return result, {step: (state, detail) for step, state, detail in rows}

    def run_script(self, **env: str) -> tuple[subprocess.CompletedProcess[str], dict[str, tuple]]:
        """Execute the whole init script as a driver node would; the exit status and each
        step's (state, detail) from the status file."""
        merged = {"DB_IS_DRIVER": "TRUE", "DATABRICKS_HOST": "https://adb-1.2.azuredatabricks.net"}
        merged = {k: v for k, v in {**merged, **self.env, **env}.items() if v}
        result = subprocess.run(
            ["bash", str(INSTALLER)], env=merged, capture_output=True, text=True, timeout=120
        )
        status = self.root / "var" / "lib" / "coding-assistants" / "status"
        lines = status.read_text().splitlines() if status.exists() else []
        rows = (line.split("\t", 2) for line in lines if not line.startswith("#"))
        return result, {step: (state, detail) for step, state, detail in rows}

    def calls(self, stub: str) -> list[list[str]]:
        log = self.base / "calls" / f"{stub}.log"
        return [line.split("\x1f") for line in log.read_text().splitlines()] if log.exists() else []

    def network_calls(self) -> list[str]:
        log = self.base / "calls" / "network.log"
        return log.read_text().splitlines() if log.exists() else []

    def node_files(self) -> dict[str, tuple]:
        """Every file the run left outside the bundle and tmp: content or link, inode, mtime."""
        found: dict[str, tuple] = {}
        for path in sorted(self.base.rglob("*")):
            rel = path.relative_to(self.base).as_posix()
            if rel.startswith(("root/Volumes", "root/tmp", "calls")) or path.is_dir():
                continue
            info = path.lstat()
            body = os.readlink(path) if path.is_symlink() else path.read_bytes()
            found[rel] = (body, info.st_ino, info.st_mtime_ns)
        return found
