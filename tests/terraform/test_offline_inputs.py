"""The module's offline inputs through the real Terraform engine: for every path and hash of
the kinds a user might write, Terraform accepts exactly what Python accepts, with the same
words."""

from __future__ import annotations

import pytest

from coding_assistants.props import CLUSTER_RULES
from coding_assistants.stacks import MODULE_STACK
from tests.terraform.harness import errors_by_module, write_root

pytestmark = pytest.mark.terraform

REQUIRED = {"cluster_name": "x", "catalog_name": "main", "claude_code_version": "2.1.332"}
GOOD = {
    "offline_bundle_path": "/Volumes/main/tools/offline/claude-2.1.332",
    "offline_bundle_sha256": "4c81" * 16,
}
VALUES = {
    "offline_bundle_path": [
        "/Volumes/main/tools/offline/claude-2.1.332",
        "/Volumes/main/tools/offline/a b/.cache/..x/...",
        "/Volumes/main/tools/offline/été",
        "/Volumes/main/tools/offline",
        "/Volumes/main/tools",
        "/Volumes/main/tools/offline/",
        "/Volumes/main/tools/offline/x/",
        "/Volumes/main/tools/offline//x",
        "/Volumes/main/tools/offline/../x",
        "/Volumes/main/tools/offline/x/..",
        "/Volumes/main/tools/offline/./x",
        "/Volumes/a.b/tools/offline/x",
        "/Volumes/a b/tools/offline/x",
        "/volumes/main/tools/offline/x",
        "/dbfs/FileStore/bundle/x",
        "dbfs:/Volumes/main/tools/offline/x",
        "/Volumes/main/tools/offline/a\tb",
        "Volumes/main/tools/offline/x",
        "",
    ],
    "offline_bundle_sha256": [
        "a" * 64,
        "A0" * 32,
        "a" * 63,
        "a" * 65,
        "g" * 64,
        " " + "a" * 63,
        "a" * 64 + "\n",
        "",
    ],
}
CASES = [(field, value) for field, values in VALUES.items() for value in values]


def _rule(field: str):
    (rule,) = [r for r in CLUSTER_RULES if r.field == field and not r.crosses]
    return rule


@pytest.fixture(scope="module")
def rejections(default_synth, tfcheck, tmp_path_factory) -> dict[str, str]:
    """Terraform's errors, by call, for one module call per value (all in one validate)."""
    module = {"ours": default_synth.stack_dir(MODULE_STACK)}
    calls = {
        f"c{i}": ("ours", {**REQUIRED, **GOOD, field: value})
        for i, (field, value) in enumerate(CASES)
    }
    root = write_root(tmp_path_factory.mktemp("offline-inputs"), module, calls)
    result = tfcheck("validate", str(root))
    return errors_by_module(result.stderr)


def test_each_field_has_good_and_bad_values():
    for field, values in VALUES.items():
        assert {_rule(field).check(v, {}) for v in values} == {True, False}, field


@pytest.mark.parametrize(
    "index", range(len(CASES)), ids=[f"{field}={value!r}" for field, value in CASES]
)
def test_terraform_agrees_with_python_on_the_offline_inputs(index, rejections):
    field, value = CASES[index]
    rule = _rule(field)
    if rule.check(value, {}):
        assert f"c{index}" not in rejections, rejections.get(f"c{index}")
    else:
        assert f"c{index}" in rejections, f"Terraform accepted {field}={value!r}"
        assert rule.message() in rejections[f"c{index}"]
