"""Every shell block in README.md and docs/*.md parses, and the make targets and project files
it names exist, so the commands can be pasted as written."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.conftest import REPO

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
BLOCK = re.compile(r"^ *```(?:sh|bash|shell)\n(.*?)^ *```", re.MULTILINE | re.DOTALL)
MAKE_TARGET = re.compile(r"(?<![\w-])make\s+([a-z][a-z-]*)")
PROJECT_PATH = re.compile(r"(?<![\w./-])((?:examples|docs|init_scripts|tests|bench)/[\w./-]*\w)")
GENERATED_PATH = re.compile(r"cdktf\.out/stacks/([\w-]+)")


def shell_blocks() -> list[tuple[str, str]]:
    return [
        (f"{doc.relative_to(REPO)}#{n}", block)
        for doc in DOCS
        for n, block in enumerate(BLOCK.findall(doc.read_text()))
    ]


def make_targets() -> set[str]:
    return set(re.findall(r"^([a-z][a-z-]*):", (REPO / "Makefile").read_text(), re.MULTILINE))


BLOCKS = shell_blocks()


def test_docs_have_shell_blocks():
    assert len(BLOCKS) >= 10


@pytest.mark.parametrize(("where", "block"), BLOCKS, ids=[w for w, _ in BLOCKS])
def test_shell_block_parses(where, block):
    result = subprocess.run(["bash", "-n"], input=block, capture_output=True, text=True)
    assert result.returncode == 0, f"{where}: {result.stderr}"


@pytest.mark.parametrize(("where", "block"), BLOCKS, ids=[w for w, _ in BLOCKS])
def test_shell_block_names_existing_targets_and_files(where, block):
    from coding_assistants import facts

    stacks = {facts.ROOT_STACK, facts.MODULE_STACK, facts.SHARED_STACK, facts.FLEET_STACK}
    stacks.add(facts.FLEET_PART_STACK.split("{")[0])  # cdktf.out/stacks/workshop-fleet-*
    stacks.add(facts.SHARED_PART_STACK.split("{")[0])  # cdktf.out/stacks/workshop-shared-*
    assert set(MAKE_TARGET.findall(block)) <= make_targets(), where
    for path in PROJECT_PATH.findall(block):
        assert (REPO / path).exists(), f"{where}: {path}"
    assert set(GENERATED_PATH.findall(block)) <= stacks, where


def test_shell_blocks_do_not_cd_relative_to_an_earlier_cd():
    """Pasted into one shell, a second relative `cd` starts where the first one went."""
    for where, block in BLOCKS:
        cds = re.findall(r"(?:^|&&|;)\s*cd\s+([^\s;&]+)", block, re.MULTILINE)
        relative = [d for d in cds if not d.startswith(("/", "~", "$", "-"))]
        assert len(relative) <= 1, f"{where}: {relative}"
