"""The engine seam: one module imports the engine, ENGINE picks it, versions come from it."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys

import pytest

from coding_assistants import engine
from coding_assistants.engine import QUIET_NODE, EngineError, selected_engine
from coding_assistants.facts import DEFAULT_ENGINE, ENGINE_ENV, ENGINES
from tests.conftest import REPO

ENGINE_PACKAGES = re.compile(
    r"^(cdktf|cdktn)(_provider_databricks|_cdktf_provider_databricks)?(\.|$)"
)


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"


def imported_modules(path, *, typing_too: bool = True) -> set[str]:
    """Modules ``path`` imports; without ``typing_too``, those imported when it runs (an
    ``if TYPE_CHECKING:`` block is read by the type checker only)."""
    tree = ast.parse(path.read_text(), str(path))
    found = set()
    nodes: list[ast.AST] = [tree]
    while nodes:
        node = nodes.pop()
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif _type_checking_only(node) and not typing_too:
            nodes += getattr(node, "orelse", [])
            continue
        nodes += ast.iter_child_nodes(node)
    return found


def test_seam_is_the_only_module_that_imports_an_engine():
    sources = [
        p
        for folder in ("coding_assistants", "tests", "bench")
        for p in (REPO / folder).rglob("*.py")
    ] + [REPO / "main.py"]
    seam = REPO / "coding_assistants" / "engine.py"
    offenders = sorted(
        f"{p.relative_to(REPO)}: {m}"
        for p in sources
        for m in imported_modules(p, typing_too=p != seam)
        if ENGINE_PACKAGES.match(m)
    )
    assert offenders == []
    assert "importlib" in imported_modules(seam)
    # The seam's types come from cdktf, for the type checker only (engine.py's TYPE_CHECKING).
    assert "cdktf" in imported_modules(seam) - imported_modules(seam, typing_too=False)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({}, DEFAULT_ENGINE), ({"ENGINE": ""}, DEFAULT_ENGINE), ({"ENGINE": " cdktn "}, "cdktn")],
)
def test_selected_engine_reads_engine_variable(environ, expected):
    assert selected_engine(environ) == expected


def test_fails_when_engine_is_unknown():
    with pytest.raises(EngineError, match=r"ENGINE must be cdktf or cdktn, got 'cdk'"):
        selected_engine({"ENGINE": "cdk"})


def test_this_process_runs_the_engine_it_was_asked_for():
    loaded = engine.current()
    assert loaded.name == selected_engine() and loaded.name in ENGINES
    assert loaded.core.__name__ == loaded.name
    assert engine.Cluster.__module__.startswith(loaded.bindings_package)


def test_bindings_version_agrees_with_the_providers_generator_metadata():
    app = engine.Testing.app()
    stack = engine.TerraformStack(app, "probe")
    provider = engine.DatabricksProvider(stack, "databricks")
    metadata = provider.terraform_generator_metadata
    assert engine.bindings_provider_version() == metadata.provider_version


def test_provider_constraint_spans_floor_to_the_bindings_next_major(monkeypatch):
    monkeypatch.setattr(engine, "bindings_provider_version", lambda: "1.138.0")
    assert engine.provider_constraint("1.40.0") == ">= 1.40.0, < 2.0.0"
    monkeypatch.setattr(engine, "bindings_provider_version", lambda: "2.3.0")
    assert engine.provider_constraint("1.40.0") == ">= 1.40.0, < 3.0.0"


def _python(code: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter, without ENGINE or the banner's variables (but
    ``extra``)."""
    environ = {k: v for k, v in os.environ.items() if k not in (ENGINE_ENV, *QUIET_NODE)}
    environ.update(extra)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, check=True
    )


def test_importing_the_package_changes_no_environment_variable():
    """Neither importing the package nor loading the engine leaves a variable set: the
    banner's are set while the engine loads only (and the banner stays silent)."""
    code = (
        "import os; before = dict(os.environ)\n"
        "import coding_assistants, coding_assistants.props, coding_assistants.engine\n"
        "print(dict(os.environ) == before)\n"
        "import coding_assistants.app\n"  # the constructs: the engine loads
        "print(dict(os.environ) == before, coding_assistants.engine.current().name)\n"
    )
    engine = selected_engine()
    result = _python(code, ENGINE=engine)
    assert result.stdout == f"True\nTrue {engine}\n"
    assert "end-of-life" not in result.stderr


def test_importing_the_engine_seam_fixes_no_engine():
    """The seam loads nothing when imported; ENGINE is read when a class is first asked for,
    and a failed lookup fixes nothing either."""
    engine = selected_engine()
    code = (
        "import os, sys\n"
        "import coding_assistants.engine as seam\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'cdktf', 'cdktn', 'jsii'}))\n"
        "os.environ['ENGINE'] = 'nonesuch'\n"
        "try:\n    seam.App\nexcept seam.EngineError as error:\n    print(error)\n"
        f"os.environ['ENGINE'] = {engine!r}\n"
        "print(seam.App.__module__.split('.')[0], seam.current().name)\n"
    )
    lines = _python(code).stdout.splitlines()
    assert lines[0] == "[]"
    assert lines[1] == "ENGINE must be cdktf or cdktn, got 'nonesuch'"
    assert lines[2] == f"{engine} {engine}"
