"""The real Terraform engine (tfcheck: terraform + a stub provider with the real schema)
validates every synthesized stack."""

from __future__ import annotations

import pytest

from tests.conftest import CLUSTER_EXAMPLES

pytestmark = pytest.mark.terraform


@pytest.mark.parametrize("name", CLUSTER_EXAMPLES)
def test_example_stack_is_valid_terraform(name, example_synth, tfcheck):
    result = tfcheck("validate", str(example_synth.stack_dir(name)))
    assert result.returncode == 0, result.stderr
    assert "The configuration is valid" in result.stdout


def test_every_default_stack_is_valid_terraform(default_synth, tfcheck):
    names = default_synth.names()
    assert {"coding-assistants-cluster", "coding-assistants-cluster-module"} <= set(names)
    for name in names:
        result = tfcheck("validate", str(default_synth.stack_dir(name)))
        assert result.returncode == 0, f"{name}:\n{result.stderr}"
