"""A sandboxed node (tests/shell/sandbox.py) on which the init script ran, with the real Claude
Code.

Two ways the node gets Claude Code, each through the script itself:

- ``provision_with_npm``: the script's own npm path (``CLAUDE_INSTALL_METHOD=npm``) runs the real
  npm against the real registry (npm's cache under ``~/.cache/coding-assistants-tests/npm``),
  installing into the node's ``/usr/local`` (under the sandbox's root);
- ``provision``: the cached release is already on the image (``/usr/local/bin/claude``), as on a
  node that ran the script before, so the script's ``claude`` step has nothing to do.

Every node trusts the fake workspace's CA the way a cluster behind a TLS-inspecting proxy would:
it is the admin's CA bundle (``CLAUDE_CA_BUNDLE_PATH``, a file in a volume), which the managed
settings pin as Claude Code's only extra CA. The user's shells are then built the three ways users
meet them: a login shell (``bash -l``: /etc/profile, then ~/.profile and the init script's
~/.bashrc block), a non-login shell (an IDE task: no profile read), and an environment without any
``DATABRICKS_*`` variable (the token then comes from the databricks CLI).
"""

from __future__ import annotations

import datetime
import json
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from tests import clock
from tests.real_client.cache import CLAUDE_CODE_VERSION, npm_cache_without_metadata, registry_env
from tests.real_client.isolated import REPO, Step
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

WORKSPACE_PORT = 8443
"""The fake workspace's port inside the namespace (free there: the namespace is new)."""
OTHER_PORT = 9443
"""A second fake on loopback that stands for any host that is not the workspace."""
PROXY_PORT = 8080
"""An intercepting proxy on loopback (tests/real_client/intercepting_proxy.py)."""
WORKSPACE = f"https://127.0.0.1:{WORKSPACE_PORT}"
OTHER_HOST = f"https://127.0.0.1:{OTHER_PORT}"
CA_BUNDLE_PATH = "/Volumes/main/security/certs/workspace-ca.pem"
"""The admin's CA bundle on the node (CLAUDE_CA_BUNDLE_PATH): the fake workspace's CA."""
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
SHELLS = ("login", "non-login", "no-databricks-env")
PROFILE = """# ~/.profile as the node image has it: a login bash reads ~/.bashrc through it
if [ -n "$BASH_VERSION" ] && [ -f "$HOME/.bashrc" ]; then . "$HOME/.bashrc"; fi
"""
INSTALL_TIMEOUT_S = 900
"""Deadline of the init script with the real npm (the first run downloads ~186 MB)."""


def _node(base: Path, tools: Path, ca_cert: Path | None, env: Mapping[str, str] | None) -> Sandbox:
    box = Sandbox.create(base, tools)
    box.env = clock.real(box.env)  # the real Claude Code runs here: tests/clock.py, zone_and_locale
    box.env.update(
        {
            "PATH": f"{box.root / 'usr' / 'local' / 'bin'}:{box.env['PATH']}",
            "DATABRICKS_HOST": WORKSPACE,
            "CLAUDE_CODE_VERSION": CLAUDE_CODE_VERSION,
        }
    )
    if ca_cert is not None:
        bundle = box.root / CA_BUNDLE_PATH.lstrip("/")
        bundle.parent.mkdir(parents=True)
        shutil.copy(ca_cert, bundle)
        box.env["CLAUDE_CA_BUNDLE_PATH"] = CA_BUNDLE_PATH
    box.env.update(env or {})
    (box.home / ".profile").write_text(PROFILE)
    return box


def _install(box: Sandbox, timeout: float = 120) -> Sandbox:
    result = box.install(timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"the init script failed: {result.stderr[-3000:]}")
    return box


def provision(
    base: Path,
    tools: Path,
    claude_exe: Path,
    ca_cert: Path | None,
    env: Mapping[str, str] | None = None,
    *,
    timeout: float = 120,
) -> Sandbox:
    """A node whose image has the cached Claude Code release; the init script configured it.
    ``ca_cert``: the admin's CA bundle (None: the node has none)."""
    box = _node(base, tools, ca_cert, env)
    put_on_image(box, claude_exe)
    return _install(box, timeout)


def put_on_image(box: Sandbox, claude_exe: Path) -> None:
    """The cached Claude Code release where the image has it (``/usr/local/bin/claude``); a
    restarted cluster has it there again."""
    link = box.root / "usr" / "local" / "bin" / "claude"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(claude_exe)


def provision_with_npm(
    base: Path, tools: Path, ca_cert: Path, env: Mapping[str, str] | None = None
) -> Sandbox:
    """A node on which the init script installed Claude Code with its own npm command: the real
    ``node`` and ``npm`` on PATH, the real registry, ``npm -g`` writing the node's /usr/local."""
    real = base / "real-node"
    real.mkdir(parents=True)
    for name in ("node", "npm"):
        found = shutil.which(name, path="/usr/local/bin:/usr/bin:/bin")
        if found is None:
            raise RuntimeError(f"the npm install path needs the real {name} on this machine")
        (real / name).symlink_to(found)
    with npm_cache_without_metadata() as npm_cache:
        npm = {
            **registry_env(),
            "CLAUDE_INSTALL_METHOD": "npm",
            "NPM_CONFIG_PREFIX": str(base / "root" / "usr" / "local"),
            "NPM_CONFIG_CACHE": str(npm_cache),
            "NPM_CONFIG_UPDATE_NOTIFIER": "false",
            "STUB_FAIL": "curl",  # no native installer to fall back to: npm alone installs
            **(env or {}),
        }
        box = _node(base, tools, ca_cert, npm)
        box.env["PATH"] = box.env["PATH"].replace(":", f":{real}:", 1)
        return _install(box, INSTALL_TIMEOUT_S)


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


TRUST_ANSWER = ("Yes, I trust this folder", "\x1b[B\r")
"""The folder-trust dialog of an interactive session, answered "Yes, I trust this folder"."""
READY = "shift\\+tab to cycle"
"""What the prompt line shows once the interactive session takes input."""


def interactive_step(
    name: str,
    box: Sandbox,
    shell: str,
    ca_cert: Path,
    prompt: str,
    reply: str,
    *,
    cwd: Path,
    dialogs: tuple[tuple[str, str], ...] = (),
    timeout: float = 150,
) -> Step:
    """``claude`` in a pseudo-terminal (tests/real_client/pty_session.py), as a person runs it:
    trust the folder, answer ``dialogs`` (pattern, keys) in order, type ``prompt``, wait for
    ``reply`` (a pattern), then leave with Ctrl-C."""
    plan = [TRUST_ANSWER, *dialogs, (READY, prompt + "\r"), (reply, "")]
    login = ["-l"] if shell == "login" else []
    argv = [sys.executable, "-m", "tests.real_client.pty_session", json.dumps(plan), "--"]
    argv += ["bash", *login, "-c", "exec claude"]
    env = {
        **user_env(box, shell, ca_cert),
        "TERM": "xterm-256color",
        "PYTHONPATH": str(REPO),
        "PTY_STEP_TIMEOUT": "40",
    }
    return Step(name, argv, env, str(cwd), timeout)


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
