"""A sandboxed node (tests/shell/sandbox.py) whose init script installs the real Claude Code.

Every installer is a stub except npm's: ``npm install -g @anthropic-ai/claude-code@<pinned>``
links the cached real package where ``npm -g`` puts commands on the node (``/usr/local/bin``,
under the sandbox's root). The user's shells are then built the three ways users meet them: a
login shell (``bash -l``: /etc/profile, then ~/.profile and the init script's ~/.bashrc block),
a non-login shell (an IDE task: no profile read), and an environment without any
``DATABRICKS_*`` variable (the token then comes from the databricks CLI).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path

from tests import clock
from tests.real_client.cache import CLAUDE_CODE_VERSION
from tests.real_client.isolated import Step
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

WORKSPACE_PORT = 8443
"""The fake workspace's port inside the namespace (free there: the namespace is new)."""
OTHER_PORT = 9443
"""A second fake on loopback that stands for any host that is not the workspace."""
WORKSPACE = f"https://127.0.0.1:{WORKSPACE_PORT}"
OTHER_HOST = f"https://127.0.0.1:{OTHER_PORT}"
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
SHELLS = ("login", "non-login", "no-databricks-env")
PROFILE = """# ~/.profile as the node image has it: a login bash reads ~/.bashrc through it
if [ -n "$BASH_VERSION" ] && [ -f "$HOME/.bashrc" ]; then . "$HOME/.bashrc"; fi
"""

_NPM = r"""#!/bin/bash
# npm as the init script meets it: installs only the cached Claude Code release.
( IFS=$'\x1f'; printf '%s\n' "$*" ) >>"$STUB_CALLS/npm.log"
printf 'npm %s\n' "$*" >>"$STUB_CALLS/all.log"
case ${1-} in
--version) echo 10.8.2 ;;
install)
  spec=${*: -1}
  if [ "$spec" != "@anthropic-ai/claude-code@@VERSION@" ]; then
    echo "npm (test): only @anthropic-ai/claude-code@@VERSION@ is cached, not $spec" >&2
    exit 1
  fi
  mkdir -p "$INIT_ROOT/usr/local/bin"
  ln -sfn "@EXE@" "$INIT_ROOT/usr/local/bin/claude" ;;
*) exit 1 ;;
esac
"""


def provision(
    base: Path, tools: Path, claude_exe: Path, env: Mapping[str, str] | None = None
) -> Sandbox:
    """A node after the init script ran with the npm install path and the real Claude Code."""
    usr_local_bin = base / "root" / "usr" / "local" / "bin"
    box = Sandbox.create(base, tools, preinstalled={"node": "20.11.1"})
    box.env = clock.real(box.env)  # the real Claude Code runs here: tests/clock.py, zone_and_locale
    box.env.update(
        {
            "PATH": f"{usr_local_bin}:{box.env['PATH']}",
            "DATABRICKS_HOST": WORKSPACE,
            "CLAUDE_INSTALL_METHOD": "npm",
            "CLAUDE_CODE_VERSION": CLAUDE_CODE_VERSION,
            **(env or {}),
        }
    )
    npm = box.installed / "npm"
    npm.write_text(_NPM.replace("@VERSION@", CLAUDE_CODE_VERSION).replace("@EXE@", str(claude_exe)))
    npm.chmod(0o755)
    (box.home / ".profile").write_text(PROFILE)
    result = box.install(timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"the init script failed: {result.stderr[-3000:]}")
    return box


def user_env(box: Sandbox, shell: str, ca_cert: Path) -> dict[str, str]:
    """The environment ``claude`` starts from in one of SHELLS (before any profile)."""
    plumbing = {k: v for k, v in box.env.items() if k.startswith("STUB_")}
    env = {
        "HOME": str(box.home),
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "NODE_EXTRA_CA_CERTS": str(ca_cert),
        "DATABRICKS_PYTHON": box.env["DATABRICKS_PYTHON"],
        "PATH": f"{box.root}/usr/local/bin:{SYSTEM_PATH}",
        **plumbing,
        **clock.zone_and_locale(),
    }
    if shell in ("login", "non-login"):
        env.update({"DATABRICKS_HOST": WORKSPACE, "DATABRICKS_TOKEN": TOKEN})
    elif shell == "no-databricks-env":
        # The databricks CLI (a stub here) is what hands out a token then.
        env["PATH"] = f"{box.base / 'stubs'}:{env['PATH']}"
        env["STUB_CLI_TOKEN"] = CLI_TOKEN
    else:
        raise ValueError(f"unknown shell {shell!r}; expected one of {SHELLS}")
    return env


def claude_step(
    name: str,
    box: Sandbox,
    shell: str,
    ca_cert: Path,
    prompt: str,
    *,
    args: tuple[str, ...] = (),
    cwd: Path | None = None,
    timeout: float = 90,
    base_url: str = "",
    clock_at: datetime.datetime | None = None,
) -> Step:
    """``claude [ARGS] -p PROMPT`` in ``shell``: through ``bash -l`` for a login shell.
    ``base_url``: exported as ANTHROPIC_BASE_URL after the profile ran, as a user would.
    ``clock_at``: the clock of the shell and of Claude Code starts there (tests/clock.py)."""
    command = 'exec "$@" -p "$CA_TEST_PROMPT"'
    if base_url:
        command = f'export ANTHROPIC_BASE_URL="$CA_TEST_BASE_URL"; {command}'
    login = ["-l"] if shell == "login" else []
    pin = clock.pinned_command(clock_at) if clock_at is not None else []
    argv = ["bash", *login, "-c", command, "claude", *pin, "claude", *args]
    env = {**user_env(box, shell, ca_cert), "CA_TEST_PROMPT": prompt}
    if base_url:
        env["CA_TEST_BASE_URL"] = base_url
    return Step(name, argv, env, str(cwd or box.home), timeout)


def helper_step(
    name: str, box: Sandbox, shell: str, ca_cert: Path, argv: tuple[str, ...], cwd: Path
) -> Step:
    """One of the node's helper commands (``argv``) as the user runs it in ``shell``."""
    login = ["-l"] if shell == "login" else []
    command = ["bash", *login, "-c", 'exec "$@"', argv[0], *argv]
    return Step(name, command, user_env(box, shell, ca_cert), str(cwd), 60)


def token_of(shell: str) -> str:
    """The token the key helper hands out in ``shell``."""
    return CLI_TOKEN if shell == "no-databricks-env" else TOKEN
