"""The ``coding-assistants`` command itself: help everywhere, the console script, a light start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

VENV_BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["cost"],
        ["preflight"],
        ["cleanup"],
        ["pool"],
        ["smoke"],
        ["status"],
        ["handout"],
        ["users"],
        ["stage-offline"],
    ],
)
def test_main_has_help_on_every_command(cli, command):
    code, out, _ = cli(*command, "--help")

    assert code == 0
    assert out.startswith(f"usage: coding-assistants {' '.join(command)}".rstrip())
    assert "exit codes: 0" in out


def test_main_lists_the_commands(cli):
    _, out, _ = cli("--help")

    # Command names are indented by four spaces; wrapped help text by more.
    listed = [m.group(1) for m in re.finditer(r"^ {4}(\S+)", out, re.MULTILINE)]
    assert listed == [
        "cost",
        "preflight",
        "cleanup",
        "pool",
        "smoke",
        "status",
        "handout",
        "users",
        "stage-offline",
        "deploy",
        "moved",
        "gateway",
        "report",
    ]


def test_fails_without_a_command(cli):
    code, _, err = cli()

    assert code == 2
    assert "required: COMMAND" in err


def test_main_console_script_runs_without_loading_cdktf_or_the_sdk():
    """The installed script works, and `cost` loads neither jsii/cdktf nor the Databricks SDK."""
    script = VENV_BIN / "coding-assistants"
    probe = (
        "import sys; from coding_assistants.cli.main import main; "
        "code = main(['cost', '--attendees', '2', '--hours', '1', '--vm-type', 'T', "
        "'--vm-price', '1']); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('cdktf', 'jsii') "
        "or m.startswith('databricks.sdk')); "
        "sys.exit(f'loaded: {heavy}' if heavy else code)"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    by_script = subprocess.run(
        [str(script), "cost", "--attendees", "140", "--hours", "4", "--vm-type", "Standard_DS3_v2"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    light = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )

    assert script.exists(), "run: .venv/bin/pip install --no-deps -e ."
    assert by_script.returncode == 0, by_script.stderr
    assert "$112.00" in by_script.stdout
    assert light.returncode == 0, light.stderr
