"""One row, one field: a node setting declared in node_settings.py, and nowhere else, reaches
every place generated from the declarations.

The test adds a declaration to a copy of the checkout (the source text of ``NodeSettings``, as
a developer would), then asks that copy, in a fresh interpreter, for everything that lists the
node settings: both props classes and their rules, the var-file and workshop settings readers,
the module's variable and its validation, the root stack's, the module's and the fleet's
``spark_env_vars``, the init script's check, loader and header, the README, docs/workshop.md
and docs/init-script.md tables, and the module's Terraform tests.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO

NAME, ENV, DOC = "claude_effort", "CLAUDE_EFFORT_LEVEL", "Opt-in: how hard Claude Code thinks"
DECLARATION = f'''
{NAME}: str | None = field(
    default=None,
    metadata=node(
        env="{ENV}",
        doc="{DOC}, low or high; when null, Claude Code's own choice.",
        rules=[rules.one_of_nullable("{NAME}", ("low", "high"))],
        example="high",
        var="EFFORT",
    ),
)
'''
"""The one change: a field of NodeSettings (its rule included)."""

COPIED = ("coding_assistants", "init_scripts", "examples", "docs", "README.md", "main.py")


def checkout_with_the_declaration(target: Path) -> Path:
    """A copy of the checkout whose NodeSettings ends with :data:`DECLARATION`."""
    for name in COPIED:
        origin = REPO / name
        if origin.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(origin, target / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy(origin, target / name)
    source_file = target / "coding_assistants" / "node_settings.py"
    lines = source_file.read_text().splitlines(keepends=True)
    (settings,) = [
        node
        for node in ast.parse("".join(lines)).body
        if isinstance(node, ast.ClassDef) and node.name == "NodeSettings"
    ]
    end = settings.body[-1].end_lineno or 0
    lines.insert(end, textwrap.indent(DECLARATION, "    "))
    source_file.write_text("".join(lines))
    return target


PROBE = r"""
import json, subprocess, sys
from dataclasses import fields
from pathlib import Path

from coding_assistants import docs, init_script_build, module_tests, shell_checks
from coding_assistants.engine import App
from coding_assistants.props import CLUSTER_RULES, CodingAssistantsClusterProps
from coding_assistants.roster import parse_roster
from coding_assistants.settings import SettingsError, cluster_props
from coding_assistants.stacks import ClusterModuleStack, ClusterStack
from coding_assistants.workshop.docs import settings_table
from coding_assistants.workshop.props import WORKSHOP_RULES, WorkshopProps
from coding_assistants.workshop.settings import workshop_props
from coding_assistants.workshop.stacks import WorkshopFleetStack

NAME, ENV, here = sys.argv[1], sys.argv[2], Path.cwd()
found = {}
found["fields"] = [
    NAME in {f.name for f in fields(cls)} for cls in (CodingAssistantsClusterProps, WorkshopProps)
]
found["rules"] = [
    [r.message() for r in rules if r.field == NAME] for rules in (CLUSTER_RULES, WORKSHOP_RULES)
]
base = {"cluster_name": "c", "catalog_name": "main"}
found["var_file"] = cluster_props({**base, NAME: "high"}, "v.json", here).values[NAME]
try:
    cluster_props({**base, NAME: "medium"}, "v.json", here)
except SettingsError as error:
    found["var_file_refusal"] = str(error)
roster = parse_roster("ada@example.com\n")
found["workshop_file"] = getattr(workshop_props({NAME: "low"}, "w.json", here, roster), NAME)

app = App(outdir=str(here / "out"))
ClusterModuleStack(app, "module")
ClusterStack(app, "root", cluster_props({**base, NAME: "high"}, "v.json", here))
WorkshopFleetStack(app, "fleet", WorkshopProps(attendees=roster, **{NAME: "low"}))
app.synth()
stack = lambda name: json.loads((here / "out/stacks" / name / "cdk.tf.json").read_text())
found["module_variable"] = stack("module")["variable"][NAME]
env = lambda s: next(iter(s["resource"]["databricks_cluster"].values()))["spark_env_vars"]
found["module_env"] = env(stack("module"))
found["root_env"] = env(stack("root"))
found["fleet_env"] = env(stack("fleet"))

script = init_script_build.render().script
found["checks"] = shell_checks.render()
found["header"] = script.split("\nset -Eeuo pipefail\n")[0]
(here / "script.sh").write_text(script)
run = ". ./script.sh; PROBLEMS=(); load_node_settings; printf '%s|' \"$EFFORT\" \"${PROBLEMS[@]}\""
found["node"] = {
    value: subprocess.run(
        ["bash", "-c", run], capture_output=True, text=True, cwd=here,
        env={"PATH": "/usr/bin:/bin", "INIT_ROOT": str(here / "root"), ENV: value},
    ).stdout
    for value in ("high", "medium")
}
found["readme"] = docs.generated_sections()["inputs"]
found["init_script_doc"] = docs.init_script_sections()["node-settings"]
found["workshop_doc"] = settings_table()
found["module_tests"] = module_tests.render()
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict:
    checkout = checkout_with_the_declaration(tmp_path_factory.mktemp("one-declaration"))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, NAME, ENV],
        capture_output=True,
        text=True,
        cwd=checkout,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_both_props_classes_have_the_field_and_its_rule(found):
    assert found["fields"] == [True, True]
    message = f'{NAME}: not a known value; expected one of "low", "high"'
    assert found["rules"] == [[message], [message]]


def test_both_settings_readers_take_it_and_refuse_a_bad_value(found):
    assert (found["var_file"], found["workshop_file"]) == ("high", "low")
    assert f"{NAME}: not a known value, got 'medium'" in found["var_file_refusal"]


def test_the_module_has_the_variable_with_its_doc_and_validation(found):
    variable = found["module_variable"]
    assert variable["type"] == "string" and variable["description"].startswith(DOC)
    assert variable["default"] is None
    (validation,) = variable["validation"]
    assert validation["error_message"].startswith(f"{NAME}: not a known value")


def test_every_cluster_passes_it_to_the_node(found):
    assert f'(var.{NAME} == null) ? {{}} : {{"{ENV}" = var.{NAME}}}' in found["module_env"]
    assert found["root_env"][ENV] == "high"
    assert found["fleet_env"][ENV] == "low"


def test_the_init_script_checks_and_loads_it(found):
    assert f"    {ENV})" in found["checks"]
    assert f"EFFORT=${{{ENV}:-}}" in found["checks"]
    assert found["node"]["high"] == "high|"
    refused = f'{ENV}: {NAME}: not a known value; expected one of "low", "high"'
    assert found["node"]["medium"] == f"|{refused}|"
    assert f"#   {ENV:<28} {NAME}\n" in found["header"]


def test_the_docs_tables_list_it(found):
    assert f"| `{NAME}` | `string` | `null` | {DOC}" in found["readme"]
    assert f"| `{NAME}` | `string` | `null` | {DOC}" in found["workshop_doc"]
    assert f"| `{ENV}` | `{NAME}` (when set) | {DOC}" in found["init_script_doc"]


def test_the_modules_terraform_tests_pass_it_through(found):
    tests = found["module_tests"]
    assert f'{NAME} = "high"' in " ".join(tests.split())
    assert f"{NAME} does not reach the node as {ENV}" in tests
    assert f"{NAME} left out, yet {ENV} reaches the node" in tests
