"""A command cannot forget the shared mechanisms: the source of every module is read, and a way
around one of them fails here, naming the module and the line.

- JSON is parsed only by the bounded reader (``untrusted``), or from the package's own files;
- a request leaves only through ``WorkspaceApi`` (``cli/core/api.py``): no other module opens
  a URL or a connection;
- a command line module writes a file or directory only through output ownership (``outdir``,
  ``output_file``), or into a place output ownership already claimed; files and directories
  are moved or removed only by ``outdir`` (the synthesis writes through
  ``app.synth_atomically``, tested in ``tests/test_outdir.py``);
- every command parses into registered frozen options (``tests/cli/test_options.py`` runs each
  one) and runs inside the one error boundary (``cli/main.py``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from coding_assistants.cli import main as cli_main

PACKAGE = Path(__file__).resolve().parents[2] / "coding_assistants"

JSON_READERS = {
    "untrusted.py": "the bounded reader itself",
    "bundle_manifest.py": "the node's own manifest checker (standard library only, on the node)",
    "engine.py": "the pinned bindings' own package.json",
    "policy.py": "decodes what its encode wrote",
    "cli/services/prices.py": "the package's own price table",
}
NETWORK = {"cli/core/api.py": "the request policy itself"}
WRITERS = {
    "outdir.py": "output ownership itself",
    "cli/commands/handout.py": "replace_owned",
    "cli/services/offline_stage.py": "replace_owned",
    "cli/commands/deploy.py": "load_stacks",
    "cli/services/deploy_stacks.py": "is_ours",
    "cli/services/deploy_run.py": "RunRecord",
}
"""Modules that write files, and the mechanism each writes through (named in its source): a
synthesis ``deploy`` checked is ours (``load_stacks``), a staging directory of
``replace_owned``."""
MOVERS = {
    "cli/services/offline_stage.py": "a tarball npm just wrote into replace_owned's staging",
}

WRITE_METHODS = {"write_text", "write_bytes", "mkdir", "touch", "symlink_to"}
MOVE_CALLS = {
    ("os", "replace"),
    ("os", "rename"),
    ("os", "remove"),
    ("os", "unlink"),
    ("os", "rmdir"),
    ("shutil", "rmtree"),
    ("shutil", "move"),
}
MOVE_METHODS = {"unlink", "rmdir", "rename"}
NETWORK_MODULES = ("urllib.request", "http.client", "requests", "socket", "httpx")


def _modules(under: str = "") -> Iterator[tuple[str, ast.Module]]:
    for path in sorted((PACKAGE / under).rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(), str(path))


def _calls(tree: ast.Module) -> Iterator[ast.Call]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def _dotted(call: ast.Call) -> tuple[str, str] | None:
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id, func.attr
    return None


def _method(call: ast.Call) -> str | None:
    return call.func.attr if isinstance(call.func, ast.Attribute) else None


def _writes_with_open(call: ast.Call) -> bool:
    named = isinstance(call.func, ast.Name) and call.func.id == "open"
    if not (named or _method(call) == "open"):
        return False
    modes = [a for a in call.args[1:2] if isinstance(a, ast.Constant)]
    modes += [
        k.value for k in call.keywords if k.arg == "mode" and isinstance(k.value, ast.Constant)
    ]
    return any(isinstance(m.value, str) and set(m.value) & set("wax+") for m in modes)


def _imports(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.lineno, node.module


def test_json_is_parsed_only_by_the_bounded_reader():
    found = [
        f"{name}:{call.lineno}"
        for name, tree in _modules()
        if name not in JSON_READERS
        for call in _calls(tree)
        if _dotted(call) in {("json", "loads"), ("json", "load")}
    ]
    assert found == [], "read untrusted JSON with coding_assistants.untrusted"


def test_no_module_but_the_request_policy_opens_a_connection():
    found = [
        f"{name}:{line} imports {module}"
        for name, tree in _modules()
        if name not in NETWORK
        for line, module in _imports(tree)
        if module.startswith(NETWORK_MODULES)
    ]
    assert found == [], "send requests through cli/core/api.WorkspaceApi"


def test_files_are_written_only_through_output_ownership():
    found = []
    for name, tree in _modules("cli"):
        writes = [
            call.lineno
            for call in _calls(tree)
            if _method(call) in WRITE_METHODS or _writes_with_open(call)
        ]
        if writes and name not in WRITERS:
            found.append(f"{name}:{writes[0]}")
    assert found == [], "write a directory with outdir.replace_owned, a file with output_file"


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_each_writer_names_the_mechanism_it_writes_through(name):
    mechanism = WRITERS[name].split()[0]
    assert mechanism in (PACKAGE / name).read_text() or name == "outdir.py"


def test_files_are_moved_or_removed_only_by_output_ownership():
    found = [
        f"{name}:{call.lineno}"
        for name, tree in _modules("cli")
        if name not in MOVERS
        for call in _calls(tree)
        if _dotted(call) in MOVE_CALLS or _method(call) in MOVE_METHODS
    ]
    assert found == [], "never delete what the program did not create: use outdir"


def test_every_command_runs_inside_the_error_boundary():
    source = Path(cli_main.__file__).read_text()
    assert "boundary.run(" in source and "options_from(" in source
    for name, module in _modules("cli/commands"):
        text = ast.unparse(module)
        if name.endswith("__init__.py"):
            continue
        assert "set_defaults(run=" not in text, f"{name}: register its options instead"
        assert "register(" in text, f"{name}: parse into registered frozen options"
