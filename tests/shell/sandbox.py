"""A sandbox that runs init_scripts/install-claude.sh and its helper commands off-cluster.

Everything happens under one temporary directory: INIT_ROOT, HOME, and stub commands first on
PATH (apt-get, curl, npm, node, mlflow, claude, databricks and the Databricks Python) that log
their arguments and act as told through STUB_* variables. Nothing touches the network. The rest
of PATH is a directory of links to a fixed list of real commands (TOOLS), so "is tmux
installed?" has the answer the test chose.

Used by the tests in this package and by bench/bench_init_script.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests import clock

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "init_scripts" / "install-claude.sh"
HELPER_SOURCES = REPO / "init_scripts" / "src" / "helpers"
"""Each helper's source file (``<name>.sh``): runnable as it is, with INIT_ROOT set."""

HELPERS = (
    "check-claude",
    "check-coding-assistants",
    "claude-debug",
    "claude-api-key-helper",
    "claude-mcp-headers-helper",
    "claude-refresh-token",
    "claude-token-status",
    "claude-tracing-enable",
    "claude-tracing-status",
    "claude-tracing-disable",
    "claude-tracing-hook",
    "git-workspace-init",
    "git-workspace-check",
    "git-workspace-setup-auth",
    "claude-vscode-setup",
    "claude-vscode-env",
    "claude-vscode-check",
    "claude-vscode-config",
    "claude-org-sync",
    "claude-state",
    "claude-otel-headers",
)
"""Every command the script installs into /usr/local/bin."""

STEP_FUNCTIONS = {
    "packages": "install_packages",
    "claude": "install_claude",
    "mlflow": "install_mlflow",
    "settings": "write_settings",
    "helpers": "install_helpers",
    "profile": "write_profile",
    "policy": "write_policy",
    "mcp": "write_mcp",
    "skills": "install_skills",
    "state": "restore_state",
}
"""Step names in the status file, and the script function behind each."""

TOKEN = "dapiCANARY0123456789abcdefSECRET"
"""The DATABRICKS_TOKEN of every sandbox: it must never reach a file or an output."""
CLI_TOKEN = "eyCLICANARY9876543210fedcbaSECRET"
"""What the stub `databricks auth token` returns when STUB_CLI_TOKEN is set to it."""
HOST = "https://adb-1234567890123456.7.azuredatabricks.net"
CLUSTER_ID = "0123-456789-abcdefgh"
EXPERIMENT = "/Workspace/Shared/claude-code-tracing"
USER = "ada@example.com"

TOOLS = (
    *("awk", "bash", "cat", "chmod", "cp", "cut", "date", "dirname", "env", "grep", "head", "id"),
    *("ln",),
    *("ls", "mkdir", "mktemp", "mv", "readlink", "rm", "sed", "sh", "sleep", "sort", "stat"),
    *("tail", "timeout", "tr", "uname", "wc", "base64", "gzip", "tar"),
    *("git", "jq", "ssh-keygen"),
    *("find", "sha256sum", "xargs", "setsid", "touch", "kill", "ps", "du"),
)
"""The real system commands on the sandbox's PATH: what the script, the helpers and the stubs
use. Everything else is absent unless a stub or a test puts it there (tmux is missing, so
apt-get has work to do)."""
_NETWORK_STUBS = ("apt-get", "curl", "npm", "claude-installer")

# Shared by every stub: log the call, and `net` for the network part of a call.
_PRELUDE = r"""#!/bin/bash
name=${0##*/}
( IFS=$'\x1f'; printf '%s\n' "$*" ) >>"$STUB_CALLS/$name.log"
printf '%s %s\n' "$name" "$*" >>"$STUB_CALLS/all.log"
net() {
  [ -z "${STUB_NET_SLEEP:-}" ] || sleep "$STUB_NET_SLEEP"
  case " ${STUB_FAIL:-} " in *" $name "* | *" network "*) exit 1 ;; esac
}
"""

_STUBS = {
    "apt-get": r"""
case " $* " in *" update "*) net; exit 0 ;; esac
case " $* " in *" install "*) net ;; *) exit 0 ;; esac
after=0
for arg in "$@"; do
  if [ "$after" = 1 ] && [ "${arg#-}" = "$arg" ]; then
    cmd=$arg; [ "$arg" = nodejs ] && cmd=node
    echo "Setting up $arg (stub) ..."
    if [ -f "$STUB_CATALOG/$cmd" ]; then cp "$STUB_CATALOG/$cmd" "$STUB_INSTALLED/$cmd"
    else printf '#!/bin/sh\n' >"$STUB_INSTALLED/$cmd"; fi
    chmod +x "$STUB_INSTALLED/$cmd"
  fi
  [ "$arg" = install ] && after=1
done
exit 0
""",
    "curl": r"""
case " $* " in *"/api/2.0/secrets/get "*)
  # claude-otel-headers: the token on stdin, the secret's JSON answer (or a refusal) out.
  header=$(cat)
  [ "$header" = "Authorization: Bearer $DATABRICKS_TOKEN" ] &&
    echo "auth header ok" >>"$STUB_CALLS/curl-auth.log"
  [ -z "${STUB_SECRET_EXIT:-}" ] || exit "$STUB_SECRET_EXIT"
  printf '%s' "${STUB_SECRET_JSON:-}"; exit 0 ;;
esac
case " $* " in *"/v1/messages "*)
  # check-claude's Messages probe: the answer's body, a line end, the status.
  cat >/dev/null
  printf '%s\n%s' "${STUB_MESSAGES_BODY:-}" "${STUB_MESSAGES_CODE:-400}"; exit 0 ;;
esac
case " $* " in *" -w "*)
  # check-claude's live call: the token arrives on stdin (a header), never in the arguments.
  header=$(cat)
  [ "$header" = "Authorization: Bearer $DATABRICKS_TOKEN" ] &&
    echo "auth header ok" >>"$STUB_CALLS/curl-auth.log"
  [ -z "${STUB_CURL_EXIT:-}" ] || { printf 000; exit "$STUB_CURL_EXIT"; }
  printf '%s' "${STUB_HTTP_CODE:-200}"; exit 0 ;;
esac
net
out=
while [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done
[ -z "$out" ] || cp "$STUB_CATALOG/claude-installer" "$out"
""",
    "npm": r"""
case ${1-} in
--version) echo 10.8.2 ;;
install)
  net
  spec=${*: -1}; version=${spec##*@}
  [ "$version" = latest ] && version=2.0.0
  sed "s/@VERSION@/$version/" "$STUB_CATALOG/claude" >"$STUB_INSTALLED/claude"
  chmod +x "$STUB_INSTALLED/claude" ;;
esac
""",
    "databricks": r"""
case "${1-} ${2-}" in
"auth token")
  [ -n "${STUB_CLI_TOKEN:-}" ] || { echo "Error: run databricks auth login" >&2; exit 1; }
  printf '{\n  "access_token": "%s",\n  "token_type": "Bearer"\n}\n' "$STUB_CLI_TOKEN" ;;
"current-user me") printf '{"userName": "%s"}\n' "${STUB_USER:-}" ;;
"--version "*) echo "Databricks CLI v0.270.0" ;;
esac
""",
    "python": r"""
if [ "${1-}" = -m ] && [ "${2-}" = pip ]; then
  shift 2
  ( IFS=$'\x1f'; printf '%s\n' "$*" ) >>"$STUB_CALLS/pip.log"
  name=pip; net
  for arg in "$@"; do
    case $arg in mlflow*==*) echo "${arg##*==}" >"$STUB_STATE/mlflow-version" ;; esac
  done
  exit 0
fi
case ${1-} in
--version) echo "Python 3.12.3" ;;
-I)
  # MLflow's Stop hook (claude-tracing-hook) and the probe that it loads; the hook's clean
  # environment has no STUB_* variables, so this stub knows its paths (see Sandbox.create).
  case $3 in *stop_hook_handler*)
    cat >"$STUB_STATE/trace-hook-input"
    { pwd; env | sort; } >"$STUB_STATE/trace-hook-env"
    echo '{"continue": true}' ;;
  esac
  if [ -s "$STUB_STATE/trace-error" ]; then
    echo "Traceback (most recent call last):" >&2; cat "$STUB_STATE/trace-error" >&2; exit 1
  fi ;;
-c)
  case $2 in *find_spec*)
    site=$STUB_STATE/site/mlflow
    mkdir -p "$site/claude_code"
    opt='"directory"'
    [ "${STUB_MLFLOW_CLI:-}" != directory-option ] || opt='"--directory"'
    printf '%s\n' "$opt" >"$site/claude_code/cli.py"
    v=$(cat "$STUB_STATE/mlflow-version" 2>/dev/null || echo "${STUB_MLFLOW_VERSION:-}")
    printf 'VERSION = "%s"\n' "$v" >"$site/version.py"
    echo "$site/__init__.py"; exit 0 ;;
  esac
  dist=${STUB_MLFLOW_DIST:-mlflow-skinny}
  if [ -f "$STUB_STATE/mlflow-version" ]; then echo "$dist $(cat "$STUB_STATE/mlflow-version")"
  elif [ -n "${STUB_MLFLOW_VERSION:-}" ]; then echo "$dist $STUB_MLFLOW_VERSION"
  else echo "$dist"; fi ;;
esac
""",
    "mlflow": r"""
echo "mlflow: $*"
exit "${STUB_MLFLOW_EXIT:-0}"
""",
}

_CATALOG = {
    # What apt-get and the installers put in place.
    "tmux": "",
    "jq": "",
    "git": "",
    "node": 'echo "v${STUB_NODE_VERSION:-20.11.1}"\n',
    "npm": _STUBS["npm"],
    "claude": 'case ${1-} in --version) echo "@VERSION@ (Claude Code)" ;; esac\n',
    "claude-installer": r"""
net
version=${1:-stable}
case $version in stable | latest) version=2.0.0 ;; esac
mkdir -p "$HOME/.local/bin"
sed "s/@VERSION@/$version/" "$STUB_CATALOG/claude" >"$HOME/.local/bin/claude"
chmod +x "$HOME/.local/bin/claude"
""",
}


def build_tools(dest: Path) -> Path:
    """A directory of links to the real commands in TOOLS. Build it once and share it."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in TOOLS:
        found = shutil.which(name, path="/usr/bin:/bin:/usr/sbin:/sbin")
        if found is None:
            raise RuntimeError(f"the sandbox needs {name} on this machine")
        (dest / name).symlink_to(found)
    return dest


def alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie does not count)."""
    try:
        os.kill(pid, 0)
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False


def wait_until(condition: Callable[[], bool], deadline_s: float, what: str) -> None:
    """Poll ``condition`` until it holds; AssertionError naming ``what`` after the deadline."""
    deadline = time.monotonic() + deadline_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {deadline_s}s: {what}")
        time.sleep(0.2)


def _write_stub(
    path: Path, body: str, name: str | None = None, paths: Mapping[str, Path] | None = None
) -> None:
    """A stub; ``paths`` are STUB_* defaults written into it, for a caller that clears the
    environment (the tracing hook)."""
    prelude = _PRELUDE if name is None else _PRELUDE.replace("${0##*/}", name)
    defaults = "".join(f': "${{{k}:={v}}}"\n' for k, v in (paths or {}).items())
    prelude = prelude.replace("\n", "\n" + defaults, 1)
    path.write_text(prelude + body.lstrip("\n"))
    path.chmod(0o755)


@dataclass
class Sandbox:
    """One fake node: run the init script and the installed helpers in it."""

    base: Path
    tools: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """INIT_ROOT: stands for / on the cluster."""
        return self.base / "root"

    @property
    def home(self) -> Path:
        return self.base / "home"

    @property
    def bin(self) -> Path:
        """Installed helper commands."""
        return self.root / "usr" / "local" / "bin"

    @property
    def python(self) -> Path:
        """Stands for /databricks/python3/bin/python; the stub mlflow sits beside it."""
        return self.base / "databricks" / "python3" / "bin" / "python"

    @property
    def installed(self) -> Path:
        """Where the stub apt-get and npm put the commands they install (on PATH)."""
        return self.base / "installed"

    @property
    def status_file(self) -> Path:
        return self.root / "var" / "lib" / "coding-assistants" / "status"

    @property
    def log_file(self) -> Path:
        return self.root / "tmp" / "init-script-claude.log"

    @property
    def settings_file(self) -> Path:
        return self.home / ".claude" / "settings.json"

    @classmethod
    def create(
        cls,
        base: Path,
        tools: Path,
        *,
        preinstalled: Mapping[str, str] | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Sandbox:
        """A fresh node. ``preinstalled`` maps a catalog command (``node``, ``npm``,
        ``claude``, ``tmux``) to a version already on PATH; ``env`` adds or overrides
        variables (an empty value removes one)."""
        box = cls(base, tools)
        for directory in ("root", "home", "stubs", "installed", "catalog", "calls", "state"):
            (base / directory).mkdir(parents=True, exist_ok=True)
        box.python.parent.mkdir(parents=True)
        for name in ("apt-get", "curl", "databricks"):
            _write_stub(base / "stubs" / name, _STUBS[name])
        stub_paths = {"STUB_CALLS": base / "calls", "STUB_STATE": base / "state"}
        _write_stub(box.python, _STUBS["python"], "python", stub_paths)
        _write_stub(box.python.parent / "mlflow", _STUBS["mlflow"], "mlflow")
        for name, body in _CATALOG.items():
            _write_stub(base / "catalog" / name, body, name)
        for name, version in (preinstalled or {}).items():
            box.preinstall(name, version)
        box.env = {
            "PATH": os.pathsep.join(str(base / d) for d in ("stubs", "installed")) + f":{tools}",
            "HOME": str(box.home),
            "INIT_ROOT": str(box.root),
            "LANG": "C.UTF-8",
            "DATABRICKS_PYTHON": str(box.python),
            "DATABRICKS_HOST": HOST,
            "DATABRICKS_TOKEN": TOKEN,
            "DB_CLUSTER_ID": CLUSTER_ID,
            "DB_IS_DRIVER": "TRUE",
            "MLFLOW_EXPERIMENT_NAME": EXPERIMENT,
            "CLAUDE_INIT_RETRY_DELAY": "0",
            "STUB_MLFLOW_VERSION": "2.9.2",
            "STUB_CALLS": str(base / "calls"),
            "STUB_CATALOG": str(base / "catalog"),
            "STUB_INSTALLED": str(box.installed),
            "STUB_STATE": str(base / "state"),
            "GIT_CONFIG_NOSYSTEM": "1",
            **clock.handed_down(),
        }
        box.env.update(env or {})
        box.env = {k: v for k, v in box.env.items() if v}
        return box

    def preinstall(self, name: str, version: str = "2.0.0") -> None:
        """Put a catalog command on PATH as if the image had it."""
        text = (self.base / "catalog" / name).read_text()
        if name == "claude":
            text = text.replace("@VERSION@", version)
        elif name == "node":
            text = text.replace("${STUB_NODE_VERSION:-20.11.1}", version)
        target = self.installed / name
        target.write_text(text)
        target.chmod(0o755)

    def _env(self, extra: Mapping[str, str] | None) -> dict[str, str]:
        env = dict(self.env)
        env.update(extra or {})
        return {k: v for k, v in env.items() if v}

    def install(
        self, env: Mapping[str, str] | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        """Run the init script as the cluster does."""
        return subprocess.run(
            ["bash", str(SCRIPT)],
            env=self._env(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def bash(
        self, code: str, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Source the script in a fresh bash, prepare a run as main does, then run ``code``."""
        return subprocess.run(
            ["bash", "-c", f". {SCRIPT} && begin_run && {code}"],
            env=self._env(env),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def steps(
        self, *names: str, env: Mapping[str, str] | None = None
    ) -> dict[str, tuple[str, str]]:
        """Run only the named steps (after load_config), in order; their recorded outcomes."""
        code = "load_config 2>/dev/null && " + " && ".join(
            f"step {name} {STEP_FUNCTIONS[name]}" for name in names
        )
        code += ' && cat "$WORK_DIR"/steps/' + ' "$WORK_DIR"/steps/'.join(names)
        result = self.bash(code, env)
        assert result.returncode == 0, result.stderr
        rows = (line.split("\t", 2) for line in result.stdout.splitlines())
        return {step: (state, detail) for step, state, detail in rows}

    def shell_env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment of a login shell after ~/.bashrc: helpers and claude on PATH."""
        env = self._env(extra)
        front = [self.home / ".local" / "bin", self.bin, self.python.parent]
        env["PATH"] = os.pathsep.join(map(str, front)) + os.pathsep + env["PATH"]
        return env

    def helper(
        self,
        name: str,
        *args: str,
        env: Mapping[str, str] | None = None,
        input: str | None = None,
        cwd: Path | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run an installed helper command as a user in a login shell would."""
        return subprocess.run(
            [str(self.bin / name), *args],
            env=self.shell_env(env),
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            timeout=30,
            cwd=cwd or self.home,
            check=False,
        )

    def source_helper(
        self, name: str, *args: str, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run a helper straight from init_scripts/src/helpers/ against this node (INIT_ROOT)."""
        return subprocess.run(
            ["bash", str(HELPER_SOURCES / f"{name}.sh"), *args],
            env=self.shell_env(env),
            input="",
            capture_output=True,
            text=True,
            timeout=30,
            cwd=self.home,
            check=False,
        )

    def calls(self, stub: str) -> list[list[str]]:
        """The argument lists of every call to ``stub`` (``pip`` for python -m pip)."""
        log = self.base / "calls" / f"{stub}.log"
        if not log.exists():
            return []
        return [line.split("\x1f") if line else [] for line in log.read_text().splitlines()]

    def call_order(self) -> list[str]:
        """Every stub call in order, as 'name args'."""
        log = self.base / "calls" / "all.log"
        return log.read_text().splitlines() if log.exists() else []

    def network_calls(self) -> list[str]:
        """Calls that would have used the network: apt-get, curl, the Claude installer,
        npm install and pip."""
        return [
            line
            for line in self.call_order()
            if (line.split(" ", 1)[0] in _NETWORK_STUBS and not line.endswith("--version"))
            or line.startswith("python -m pip")
        ]

    def reset_calls(self) -> None:
        shutil.rmtree(self.base / "calls")
        (self.base / "calls").mkdir()

    def status(self) -> dict[str, tuple[str, str]]:
        """The status file as step -> (state, detail)."""
        rows = {}
        for line in self.status_file.read_text().splitlines():
            if line and not line.startswith("#"):
                step, state, detail = line.split("\t", 2)
                rows[step] = (state, detail)
        return rows

    def written(self) -> dict[str, tuple[bytes | str, int, int, int]]:
        """Every file the script owns (profile, settings, helpers) with its content, mode,
        inode and modification time: equal snapshots mean a run did not touch them."""
        files: dict[str, tuple[bytes | str, int, int, int]] = {}
        for top in (self.root / "usr", self.home):
            for path in sorted(top.rglob("*")):
                rel = str(path.relative_to(self.base))
                info = path.lstat()
                if path.is_symlink():
                    files[rel] = (os.readlink(path), 0, info.st_ino, info.st_mtime_ns)
                elif path.is_file():
                    content = path.read_bytes()
                    files[rel] = (content, info.st_mode & 0o7777, info.st_ino, info.st_mtime_ns)
        return files

    @property
    def saver_pid_file(self) -> Path:
        """Where claude-state records the saver the init script started."""
        return self.root / "var" / "lib" / "coding-assistants" / "claude-state.pid"

    def stop_saver(self, deadline_s: float = 30) -> None:
        """SIGTERM to the saver the init script started (by its recorded pid), once it says it
        runs (its handler is set then), and wait until it is gone: it saves once more."""
        if not self.saver_pid_file.exists():
            return
        pid = int(self.saver_pid_file.read_text())
        log = self.root / "tmp" / "claude-state.log"
        if not alive(pid):
            return
        says = f"saver {pid}: every"
        wait_until(lambda: says in log.read_text(), deadline_s, f"saver {pid} runs")
        os.kill(pid, signal.SIGTERM)
        wait_until(lambda: not alive(pid), deadline_s, f"saver {pid} stops")

    def restart(self) -> None:
        """The cluster restarts: the saver stops, the home directory and the node's /etc,
        /usr, /var, /opt and /tmp are new; /Workspace and /Volumes stay. Run install after."""
        self.stop_saver()
        for top in (self.home, *(self.root / d for d in ("etc", "usr", "var", "opt", "tmp"))):
            if top.exists():
                shutil.rmtree(top)
        self.home.mkdir()

    def text_everywhere(self) -> str:
        """The text of every regular file in the sandbox (for secret scans), but the programs
        a real installer put there (files over 16 MB: Claude Code's own binary)."""
        chunks = []
        for path in self.base.rglob("*"):
            if path.is_file() and not path.is_symlink() and path.stat().st_size <= 1 << 24:
                chunks.append(path.read_bytes().decode("utf-8", "replace"))
        return "\n".join(chunks)
