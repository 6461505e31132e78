"""Every command parses its options into a typed, frozen object (cli/core/options.py): the
parser and the options class agree field for field, nothing can be added on the way, and a
value derived later (the workshop file's defaults) makes a new object."""

from __future__ import annotations

import argparse
import dataclasses
from decimal import Decimal

import pytest

from coding_assistants.cli.core.options import COMMAND, options_from, register
from coding_assistants.cli.main import build_parser

MINIMAL = {
    "cost": ["cost", "--attendees", "3", "--hours", "2"],
    "preflight": ["preflight"],
    "cleanup": ["cleanup"],
    "pool warm": ["pool", "warm"],
    "pool cool": ["pool", "cool"],
    "smoke": ["smoke", "--all"],
    "stage-offline": ["stage-offline", "--out", "b"],
    "deploy": ["deploy"],
    "moved": ["moved", "--module", "m"],
    "gateway show": ["gateway", "show"],
    "gateway apply": ["gateway", "apply"],
    "report": ["report", "--warehouse", "w"],
    "status": ["status"],
    "handout": ["handout"],
    "users add": ["users", "add"],
}


def _subparsers(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def test_every_command_is_listed_here():
    names = set()
    for name, sub in _subparsers(build_parser()):
        nested = dict(_subparsers(sub))
        names |= {f"{name} {n}" for n in nested} if nested else {name}
    assert names == set(MINIMAL)


@pytest.mark.parametrize("command", sorted(MINIMAL))
def test_each_command_parses_into_its_frozen_options(command):
    namespace = build_parser().parse_args(MINIMAL[command])
    _, options = options_from(namespace)
    assert dataclasses.is_dataclass(options)
    assert options.__dataclass_params__.frozen
    declared = {f.name for f in dataclasses.fields(options)}
    parsed = set(vars(namespace)) - {COMMAND}
    assert parsed <= declared, "every option the parser declares is a field"
    first = dataclasses.fields(options)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(options, first, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.invented = 1  # nothing can be added on the way


def test_repeated_options_arrive_as_tuples():
    namespace = build_parser().parse_args([*MINIMAL["cost"], "--hours", "4", "--vm-type", "T"])
    _, options = options_from(namespace)
    assert options.hours == (Decimal(2), Decimal(4)) and options.vm_type == ("T",)


def test_an_option_no_field_declares_is_a_defect_of_the_command():
    @dataclasses.dataclass(frozen=True)
    class Options:
        known: int = 0

    parser = argparse.ArgumentParser()
    parser.add_argument("--known", type=int, default=0)
    parser.add_argument("--pool-warm-vms", type=int)  # declared by the parser only
    register(parser, Options, lambda options, console: 0)
    with pytest.raises(TypeError, match="has no field for the option"):
        options_from(parser.parse_args([]))


def test_a_mutable_options_class_is_refused():
    @dataclasses.dataclass
    class Options:
        known: int = 0

    with pytest.raises(TypeError, match="must be a frozen dataclass"):
        register(argparse.ArgumentParser(), Options, lambda options, console: 0)


def test_cost_resolves_the_workshop_defaults_into_a_new_object(tmp_path):
    from coding_assistants.cli.commands.cost import with_workshop_defaults

    settings = tmp_path / "workshop.json"
    settings.write_text('{"pool_max_capacity": 50, "node_type_id": "Standard_D4ds_v5"}')
    namespace = build_parser().parse_args([*MINIMAL["cost"], "--workshop-file", str(settings)])
    _, options = options_from(namespace)
    plan = with_workshop_defaults(options)
    assert plan is not options
    assert (plan.pool_warm_vms, plan.workshop_node_type) == (50, "Standard_D4ds_v5")
    assert options.pool_warm_vms == 0 and options.workshop_node_type is None, (
        "the parsed options are as given"
    )
