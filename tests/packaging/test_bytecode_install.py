"""The package runs where only its bytecode is installed (``python -m compileall -b``, then the
``.py`` files deleted), as some images ship it: no part of it may read its own source."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from coding_assistants.stacks import MODULE_STACK
from tests.conftest import REPO, strip_metadata


def bytecode_only(target: Path) -> Path:
    """The package and main.py compiled into ``target``, without a single .py file."""
    shutil.copytree(
        REPO / "coding_assistants",
        target / "coding_assistants",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )  # the data links are followed: the files themselves, as in a wheel
    shutil.copy(REPO / "main.py", target / "main.py")
    subprocess.run(
        [sys.executable, "-m", "compileall", "-b", "-q", str(target)], check=True, timeout=120
    )
    for source in target.rglob("*.py"):
        source.unlink()
    return target


def test_synthesis_runs_from_a_bytecode_only_install(tmp_path, default_synth):
    app = bytecode_only(tmp_path / "app")
    assert not list(app.rglob("*.py")) and (app / "coding_assistants" / "props.pyc").is_file()
    result = subprocess.run(
        [sys.executable, str(app / "main.pyc"), "--outdir", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    stack = tmp_path / "out" / "stacks" / MODULE_STACK / "cdk.tf.json"
    module = strip_metadata(json.loads(stack.read_text()))
    assert module == strip_metadata(default_synth.stack(MODULE_STACK))
    description = module["variable"]["claude_model"]["description"]
    assert description.startswith("Opt-in: model Claude Code uses")
