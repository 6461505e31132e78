"""Root configurations that call modules, for planning several module calls in one Terraform run."""

from __future__ import annotations

import json
import re
import shutil
import typing
from pathlib import Path
from typing import Any

_DIAGNOSTIC = re.compile(r"in module\.(\w+):")


def write_root(root: Path, modules: dict[str, Path], calls: dict[str, tuple[str, dict]]) -> Path:
    """Copy each module into ``root/<name>`` and write a root config with the given calls:
    ``calls[call_name] = (module_name, arguments)``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, source in modules.items():
        shutil.copytree(source, root / name, dirs_exist_ok=True)
    config = {
        "module": {
            call: {"source": f"./{module}", **arguments}
            for call, (module, arguments) in calls.items()
        }
    }
    (root / "main.tf.json").write_text(json.dumps(config, indent=2))
    return root


def errors_by_module(stderr: str) -> dict[str, str]:
    """Terraform's error diagnostics, keyed by the module call they point at, with the text's
    line wrapping and box drawing removed."""
    found: dict[str, str] = {}
    for block in stderr.split("Error: ")[1:]:
        match = _DIAGNOSTIC.search(block)
        if match:
            text = " ".join(re.sub(r"[│╵╷]", " ", block).split())
            found[match.group(1)] = found.get(match.group(1), "") + " " + text
    return found


def module_resources(plan: dict[str, Any], call: str) -> dict[str, Any]:
    """The planned resources of one module call, keyed by address inside the module."""
    prefix = f"module.{call}."
    return {
        address.removeprefix(prefix): values
        for address, values in plan["resources"].items()
        if address.startswith(prefix)
    }


def variables_module(directory: Path, props_class: type, rules: Any) -> Path:
    """A Terraform module of one variable per setting of ``props_class`` (type and default
    from the class), each carrying the validation blocks of its ``rules`` over that setting
    alone, rendered as the module stack renders them; rules across settings become
    preconditions (Terraform 1.2+) of an output ``checks``, failing at plan as the module
    stack's do. Terraform can then check any rule of any props class."""
    from dataclasses import MISSING, fields

    from coding_assistants.inputs import is_setting
    from coding_assistants.props import prop_default, terraform_type

    hints = typing.get_type_hints(props_class)
    settings = [f for f in fields(props_class) if is_setting(f)]
    refs = {f.name: f"var.{f.name}" for f in settings}
    variables = {}
    for f in settings:
        block: dict[str, Any] = {"type": terraform_type(hints[f.name])}
        if block["type"] in ("bool", "list(string)"):
            block["nullable"] = False
        default = prop_default(f)
        if default is not MISSING:
            block["default"] = default
        checks = [
            {"condition": r.hcl(refs), "error_message": r.message()}
            for r in rules
            if r.field == f.name and not r.crosses and r.terraform
        ]
        if checks:
            block["validation"] = checks
        variables[f.name] = block
    config: dict[str, Any] = {"variable": variables}
    preconditions = [
        {"condition": r.hcl(refs), "error_message": r.message()} for r in rules if r.crosses
    ]
    if preconditions:
        config["output"] = {"checks": {"value": True, "precondition": preconditions}}
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "variables.tf.json").write_text(json.dumps(config, indent=2))
    return directory
