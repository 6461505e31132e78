"""cdktf and cdktn synthesize the same Terraform: only metadata and the provider constraint,
each derived from the engine's own bindings, may differ."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coding_assistants.facts import (
    ENGINES,
    MODULE_PROVIDER_FLOOR,
    MODULE_STACK,
    ROOT_PROVIDER_FLOOR,
)
from tests.conftest import CLUSTER_EXAMPLES, REPO, strip_metadata

ALLOWED = "<provider constraint: derived from the engine's bindings>"


def engine_neutral(stack: dict[str, Any]) -> dict[str, Any]:
    """The stack with the allowed differences taken out."""
    neutral = strip_metadata(stack)
    neutral["terraform"]["required_providers"]["databricks"]["version"] = ALLOWED
    return neutral


def differences(left: Any, right: Any, path: str = "$") -> list[str]:
    """JSON paths where ``left`` and ``right`` differ (first 20)."""
    if isinstance(left, dict) and isinstance(right, dict):
        found = [f"{path}.{k}: only on one side" for k in sorted(left.keys() ^ right.keys())]
        for key in sorted(left.keys() & right.keys()):
            found += differences(left[key], right[key], f"{path}.{key}")
        return found[:20]
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        return [
            d
            for i, (a, b) in enumerate(zip(left, right, strict=True))
            for d in differences(a, b, f"{path}[{i}]")
        ]
    return [] if left == right else [f"{path}: {left!r} != {right!r}"[:300]]


def stacks(outdir: Path) -> dict[str, dict[str, Any]]:
    return {
        str(p.relative_to(outdir)): json.loads(p.read_text())
        for p in sorted(outdir.glob("*/stacks/*/cdk.tf.json"))
    }


def test_engines_synthesize_the_same_stacks(engine_outputs):
    names = {engine: sorted(stacks(outdir)) for engine, outdir in engine_outputs.items()}
    first = names[ENGINES[0]]
    # each example's stack, then root, module, workshop shared and fleet
    assert len(first) == len(CLUSTER_EXAMPLES) + 4, first
    assert all(found == first for found in names.values()), names


def test_engines_agree_outside_metadata_and_provider_constraint(engine_outputs):
    outputs = {engine: stacks(outdir) for engine, outdir in engine_outputs.items()}
    reference = outputs[ENGINES[0]]
    for engine in ENGINES[1:]:
        for name, stack in reference.items():
            found = differences(engine_neutral(stack), engine_neutral(outputs[engine][name]))
            assert not found, f"{name}: {ENGINES[0]} and {engine} differ at\n" + "\n".join(found)


def test_engines_copy_the_same_assets(engine_outputs):
    def assets(outdir: Path) -> dict[str, bytes]:
        files = sorted(p for p in outdir.glob("*/stacks/*/assets/**/*") if p.is_file())
        return {str(p.relative_to(outdir)): p.read_bytes() for p in files}

    found = {engine: assets(outdir) for engine, outdir in engine_outputs.items()}
    assert found[ENGINES[0]], "no asset was copied"
    assert all(files == found[ENGINES[0]] for files in found.values())


def test_provider_constraint_follows_each_engines_bindings(engine_outputs):
    for engine, outdir in engine_outputs.items():
        described = json.loads((outdir / "engine.json").read_text())
        assert described["engine"] == engine
        major = int(described["provider_version"].split(".")[0])
        target = tuple(int(part) for part in described["provider_version"].split("."))
        for floor in (MODULE_PROVIDER_FLOOR, ROOT_PROVIDER_FLOOR):  # the range holds the target
            assert tuple(int(part) for part in floor.split(".")) <= target, (engine, floor)
        for name, stack in stacks(outdir).items():
            module = f"/stacks/{MODULE_STACK}/" in f"/{name}"
            floor = MODULE_PROVIDER_FLOOR if module else ROOT_PROVIDER_FLOOR
            constraint = stack["terraform"]["required_providers"]["databricks"]["version"]
            assert constraint == f">= {floor}, < {major + 1}.0.0", (engine, name)


def test_differences_names_the_json_path():
    assert differences({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]}) == ["$.a[1].b: 2 != 3"]
    assert differences({"a": 1}, {"c": 1}) == ["$.a: only on one side", "$.c: only on one side"]
    assert strip_metadata({"//": 1, "x": [{"//": 2, "y": 3}]}) == {"x": [{"y": 3}]}


def test_readme_names_the_provider_each_engines_bindings_target(engine_outputs):
    """The Engines table's provider versions are those the pinned bindings were generated from
    (bumping a binding without the README fails here)."""
    readme = (REPO / "README.md").read_text()
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line[:3] == "| `"}
    for engine, outdir in engine_outputs.items():
        version = json.loads((outdir / "engine.json").read_text())["provider_version"]
        row = next(line for name, line in rows.items() if name.startswith(f"`{engine}`"))
        assert f"(provider {version})" in row, (engine, row)
