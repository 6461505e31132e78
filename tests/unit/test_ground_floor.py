"""The framework-free ground floor: facts, tokens, props, rules, roster, settings and the
command line load neither cdktf nor jsii, and the package has no import cycle."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys

import pytest

from coding_assistants.tokens import is_token, is_unresolved
from tests.conftest import REPO

PACKAGE = REPO / "coding_assistants"
LIGHT_MODULES = (
    "coding_assistants.facts",
    "coding_assistants.package_data",
    "coding_assistants.tokens",
    "coding_assistants.props",
    "coding_assistants.clouds",
    "coding_assistants.inputs",
    "coding_assistants.node_settings",
    "coding_assistants.module_tests",
    "coding_assistants.release_checks",
    "coding_assistants.bundle_manifest",
    "coding_assistants.workshop.parts",
    "coding_assistants.rules",
    "coding_assistants.validation",
    "coding_assistants.workshop.rules",
    "coding_assistants.roster",
    "coding_assistants.settings",
    "coding_assistants.shell_checks",
    "coding_assistants.docs",
    "coding_assistants.workshop.docs",
    "coding_assistants.init_script_build",
    "coding_assistants.workshop.props",
    "coding_assistants.workshop.settings",
    "coding_assistants.backend.options",
    "coding_assistants.backend.settings",
    "coding_assistants.backend.blocks",
    "coding_assistants.cli.main",
    "coding_assistants.untrusted",
    "coding_assistants.boundary",
    "coding_assistants.outdir",
)


def loaded_after_import(module: str) -> set[str]:
    code = (
        f"import sys, json; import {module}; "
        "print(json.dumps(sorted(m.split('.')[0] for m in sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    return set(json.loads(result.stdout))


@pytest.mark.parametrize("module", LIGHT_MODULES)
def test_module_loads_no_framework(module):
    loaded = loaded_after_import(module)
    assert "coding_assistants" in loaded  # the import really happened
    framework = {"cdktf", "cdktn", "jsii", "constructs"}
    framework |= {"cdktf_cdktf_provider_databricks", "cdktn_provider_databricks"}
    assert not loaded & framework


def test_the_construct_layer_does_load_the_framework():
    """The check above can fail: a construct module pulls the engine and jsii in."""
    from coding_assistants.facts import DEFAULT_ENGINE, ENGINE_ENV

    engine = os.environ.get(ENGINE_ENV) or DEFAULT_ENGINE
    assert {engine, "jsii"} <= loaded_after_import("coding_assistants.cluster")


def _module_name(path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports anywhere in its body (functions included)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            edges |= {t for t in targets if t in modules and t != name}
        graph[name] = edges - {"coding_assistants", "coding_assistants.workshop"}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt] if nxt in path else [node, nxt]
            if nxt not in state and (cycle := visit(nxt, [*path, nxt])):
                return cycle
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start, [start])):
            return cycle
    return None


def test_the_package_has_no_import_cycle():
    graph = import_graph()
    assert "coding_assistants.inputs" in graph["coding_assistants.stacks"]  # edges are found
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


CLI_FLOOR = {
    "facts",
    "rules",
    "roster",
    "offline_bundle",
    "settings",
    "workshop.settings",
    "untrusted",
    "boundary",
    "outdir",
    "workshop.quick_start",
    "backend.blocks",
}
"""What the facilitator's command line may import from the package besides ``cli/`` itself: the
settings readers so that ``--workshop-file`` of every command is checked exactly as synthesis
checks it, the attendee's quick start that ``handout`` fills in, and the backend blocks so that
``deploy`` finds a stack's HCP Terraform workspace as synthesis named it."""


def test_the_command_line_imports_only_its_floor():
    """No module of ``cli/`` (subcommands included, imports inside functions too) reaches the
    seam, a construct or props directly; only the floor above."""
    beyond = {
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if module.startswith("coding_assistants.cli")
        for target in targets
        if not target.startswith("coding_assistants.cli")
        and target.removeprefix("coding_assistants.") not in CLI_FLOOR
    }
    assert beyond == set()


def test_facts_import_nothing_of_the_package():
    assert import_graph()["coding_assistants.facts"] == set()


# --- tokens: the framework-free check agrees with cdktf's own ------------------------------


@pytest.fixture(scope="module")
def cdktf_values():
    """Real tokens of every kind, and literals that look like them."""
    from coding_assistants.engine import Fn, TerraformStack, TerraformVariable, Testing, Token

    stack = TerraformStack(Testing.app(), "tokens")  # App() would create ./cdktf.out
    text = TerraformVariable(stack, "s", type="string")
    number = TerraformVariable(stack, "n", type="number")
    mapping = TerraformVariable(stack, "m", type="map(string)")
    listing = TerraformVariable(stack, "l", type="list(string)")
    tokens = [
        text.string_value,
        number.number_value,
        mapping.value,
        listing.list_value,
        Token.as_number_list(listing.value),
        Token.as_string_map(mapping.value),
        Token.as_any(text.string_value),
        Fn.upper(text.string_value),
        "prefix-" + text.string_value,
        Token.as_list(text.string_value),
        Token.null_value(),
    ]
    literals = [
        "plain",
        "${var.x}",
        "#{not a token}",
        1,
        2.5,
        -1e300,
        2**60,
        10**400,
        None,
        True,
        {"a": "b"},
        [],
        ["a"],
        [1.0],
    ]
    return Token, tokens, literals


def test_tokens_are_recognised_as_cdktf_recognises_them(cdktf_values):
    token, tokens, literals = cdktf_values
    for value in tokens:
        assert token.is_unresolved(value) and is_unresolved(value), repr(value)
    for value in literals:
        assert not is_unresolved(value), repr(value)
        if not isinstance(value, int) or abs(value) < 2**53:
            assert not token.is_unresolved(value), repr(value)


def test_tokens_inside_collections_count(cdktf_values):
    _, tokens, _ = cdktf_values
    assert is_token({"k": tokens[0]}) and is_token([1, tokens[1]])
    assert not is_token({"k": "v"}) and not is_token(["a", 1])


def spelt_facts() -> dict[str, str]:
    """Value -> name of every shared fact worth finding as a copy: the strings, and the strings
    inside the tuples and mappings (their values) that facts.py holds."""
    from coding_assistants import facts

    # Plain words (a construct ID "workshop" is not the CLI profile's default), the SDK's own
    # variable name, and the engines' names (also their Python packages) are not copies.
    common = {facts.MANAGED_BY_VALUE, facts.ENV_DATABRICKS_HOST, facts.DEFAULT_CLI_PROFILE}
    common |= set(facts.ENGINES)
    spelt: dict[str, str] = {}
    for name, value in vars(facts).items():
        if not name.isupper():
            continue
        members = value.values() if isinstance(value, dict) else value
        for item in members if isinstance(value, tuple | dict) else [value]:
            if isinstance(item, str) and len(item) > 3 and item not in common:
                spelt.setdefault(item, name)
    return spelt


def _shown(path):
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path.name


def fact_copies(paths) -> list[str]:
    spelt = spelt_facts()
    return [
        f"{_shown(path)}:{node.lineno}: {node.value!r} (facts.{spelt[node.value]})"
        for path in paths
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in spelt
    ]


def test_facts_are_spelt_only_in_facts_py():
    """No other module of the package, nor main.py or the benchmarks, holds one of the shared
    facts as a string literal of its own."""
    paths = [*PACKAGE.rglob("*.py"), REPO / "main.py", *(REPO / "bench").rglob("*.py")]
    copies = fact_copies(p for p in paths if p != PACKAGE / "facts.py")
    assert not copies, "\n".join(copies)


def test_a_copied_fact_is_found(tmp_path):
    """The check above can fail: a copy of a fact, or of a member of a tuple fact, is found."""
    copy = tmp_path / "copy.py"
    copy.write_text('NAME = "coding-assistants-cluster"\nPLATFORM = "linux-arm64"\n')
    assert fact_copies([copy]) == [
        "copy.py:1: 'coding-assistants-cluster' (facts.PROJECT_NAME)",
        "copy.py:2: 'linux-arm64' (facts.CLAUDE_PLATFORMS)",
    ]
