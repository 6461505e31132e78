"""The command line's floors: ``cli/main.py`` on top, one module per command in
``cli/commands/``, what the commands share about the workspace and the workshop in
``cli/services/``, and the workspace client and the shared safety mechanisms in ``cli/core/``.
A module imports only from its own floor or the floors below (a command from no other command),
so a new command reaches every mechanism by import and none can reach up."""

from __future__ import annotations

import pytest

from tests.unit.test_ground_floor import PACKAGE, import_graph

CLI = "coding_assistants.cli."
FLOORS = ("main", "commands", "services", "core")
"""Top to bottom."""
SAME_FLOOR = {"services", "core"}
"""Floors whose modules may import each other; a command imports no other command."""


def floor_of(module: str) -> str:
    return module.removeprefix(CLI).split(".")[0]


def upward_or_sideways(graph: dict[str, set[str]]) -> set[str]:
    wrong = set()
    for module, targets in graph.items():
        if not module.startswith(CLI):
            continue
        here = FLOORS.index(floor_of(module))
        for target in targets:
            if not target.startswith(CLI) or target.endswith("__init__"):
                continue
            there = FLOORS.index(floor_of(target))
            same = there == here and floor_of(module) in SAME_FLOOR
            if there < here or (there == here and not same):
                wrong.add(f"{module} -> {target}")
    return wrong


def test_every_cli_module_lives_on_a_floor():
    names = {p.stem for p in (PACKAGE / "cli").glob("*.py")} - {"__init__"}
    assert names == {"main"}, "cli/ holds main.py only; put a module on a floor"
    for module in import_graph():
        if module.startswith(CLI):
            assert floor_of(module) in FLOORS, module


def test_cli_modules_import_only_downward():
    assert upward_or_sideways(import_graph()) == set()


def test_the_floors_are_in_use():
    graph = import_graph()
    assert f"{CLI}commands.preflight" in graph[f"{CLI}main"]
    assert f"{CLI}services.pools" in graph[f"{CLI}commands.pool"]
    assert f"{CLI}core.api" in graph[f"{CLI}services.pools"]


@pytest.mark.parametrize(
    ("edge", "wrong"),
    [
        (("commands.cleanup", "commands.pool"), True),
        (("services.clusters", "commands.smoke"), True),
        (("core.api", "services.clusters"), True),
        (("services.pools", "services.clusters"), False),
        (("commands.pool", "core.api"), False),
    ],
)
def test_the_check_sees_a_wrong_import(edge, wrong):
    source, target = (CLI + part for part in edge)
    assert bool(upward_or_sideways({source: {target}})) is wrong
