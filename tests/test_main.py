"""main.py: bad input is reported before anything is written; good input is synthesized."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO))
import main
from coding_assistants.outdir import mark


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def previous_output(tmp_path: Path) -> Path:
    outdir = tmp_path / "cdktf.out"
    (outdir / "stacks" / "old").mkdir(parents=True)
    (outdir / "stacks" / "old" / "cdk.tf.json").write_text('{"kept": true}')
    mark(outdir)  # an earlier synthesis
    return outdir


BAD_VAR_FILES = {
    "invalid-json": ('{"cluster_name": "x",}', "invalid JSON at line 1, column 22"),
    "unknown-key": (
        '{"cluster_name": "x", "catalog_name": "m", "clustr_mode": "STANDARD"}',
        "clustr_mode: unknown input; did you mean 'cluster_mode'",
    ),
    "bad-value": (
        '{"cluster_name": "x", "catalog_name": "m", "autotermination_minutes": 3}',
        "autotermination_minutes: out of range, got 3",
    ),
    "missing": ('{"cluster_name": "x"}', "catalog_name: required input is missing"),
}


@pytest.mark.parametrize("case", sorted(BAD_VAR_FILES))
def test_fails_when_var_file_is_bad_leaving_output_untouched(
    case, tmp_path, previous_output, capsys
):
    text, message = BAD_VAR_FILES[case]
    var_file = tmp_path / "vars.json"
    var_file.write_text(text)
    before = tree_digest(previous_output)
    code = main.main(["--var-file", str(var_file), "--outdir", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ")
    assert message in err
    assert "nothing was written" in err
    assert tree_digest(previous_output) == before


def test_main_replaces_the_output_with_the_new_synthesis(tmp_path, previous_output, capsys):
    var_file = tmp_path / "vars.json"
    var_file.write_text(json.dumps({"cluster_name": "from-file", "catalog_name": "cat"}))
    assert main.main(["--var-file", str(var_file), "--outdir", str(previous_output)]) == 0
    stacks = sorted(p.name for p in (previous_output / "stacks").iterdir())
    assert "old" not in stacks
    assert "coding-assistants-cluster" in stacks
    stack = json.loads(
        (previous_output / "stacks/coding-assistants-cluster/cdk.tf.json").read_text()
    )
    cluster = stack["resource"]["databricks_cluster"]["coding_assistants"]
    assert cluster["cluster_name"] == "from-file"
    assert stack["resource"]["databricks_volume"]["init_scripts"]["catalog_name"] == "cat"
    assert not list(tmp_path.glob(".cdktf.out.*")), "no staging directory is left behind"
    assert "synthesized coding-assistants-cluster" in capsys.readouterr().out


def test_main_as_a_process_prints_no_traceback(tmp_path):
    var_file = tmp_path / "vars.json"
    var_file.write_text('{"cluster_name": "x", "catalog_name": "a b"}')
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "main.py"),
            "--var-file",
            str(var_file),
            "--outdir",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "catalog_name: invalid format, got 'a b'" in result.stderr
    assert "Node" not in result.stderr + result.stdout, "the jsii banner is silenced"
    assert not (tmp_path / "out").exists()


def test_main_reads_the_files_from_the_environment_when_cdktf_runs_it(
    tmp_path, previous_output, monkeypatch, capsys
):
    """`cdktf deploy` runs main.py without options; the variables carry the same files."""
    roster = tmp_path / "roster.txt"
    roster.write_text("ok@example.com\nnot-an-email\n")
    monkeypatch.setenv("CODING_ASSISTANTS_ATTENDEES", str(roster))
    before = tree_digest(previous_output)
    assert main.main(["--outdir", str(previous_output)]) == 2
    assert "line 2" in capsys.readouterr().err
    assert tree_digest(previous_output) == before


def test_fleet_stack_is_deployed_after_the_shared_stack(default_synth):
    manifest = json.loads((default_synth.outdir / "manifest.json").read_text())
    assert manifest["stacks"]["workshop-fleet"]["dependencies"] == ["workshop-shared"]


def readme_block(after: str) -> str:
    """The first ```text block of README.md after the line ``after``."""
    text = (REPO / "README.md").read_text()
    rest = text[text.index(after) :]
    start = rest.index("```text\n") + len("```text\n")
    return rest[start : rest.index("```", start)]


def test_readme_invalid_settings_example_reproduces_exactly(tmp_path, monkeypatch, capsys):
    """The README's example: a misspelt key does not hide an out-of-range value."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CODING_ASSISTANTS_ATTENDEES", raising=False)
    monkeypatch.delenv("CODING_ASSISTANTS_WORKSHOP_FILE", raising=False)
    Path("my.tfvars.json").write_text(
        json.dumps(
            {
                "cluster_name": "ai-dev-cluster",
                "catalog_name": "main",
                "clustr_mode": "SINGLE_NODE",
                "autotermination_minutes": 5,
            }
        )
    )
    assert main.main(["--var-file", "my.tfvars.json", "--outdir", "out"]) == 2
    assert capsys.readouterr().err == readme_block("Invalid settings are reported")
    assert not Path("out").exists()


HOSTILE_JSON = {
    "duplicate-key": (
        '{"cluster_name": "a", "catalog_name": "main", "cluster_name": "b"}',
        "cluster_name: key given twice; expected each key once",
    ),
    "duplicate-tag": (
        '{"cluster_name": "a", "catalog_name": "main", "tags": {"Team": "a", "Team": "b"}}',
        "tags.Team: key given twice; expected each key once",
    ),
    "nan": (
        '{"cluster_name": "a", "catalog_name": "main", "max_workers": NaN}',
        "max_workers: not a JSON number, got NaN; expected a finite number",
    ),
    "infinity": (
        '{"cluster_name": "a", "catalog_name": "main", "min_workers": Infinity}',
        "min_workers: not a JSON number, got Infinity;",
    ),
    "minus-infinity": (
        '{"cluster_name": "a", "catalog_name": "main", "num_workers": -Infinity}',
        "num_workers: not a JSON number, got -Infinity;",
    ),
    "huge-integer": (
        '{"cluster_name": "a", "catalog_name": "main", "max_workers": ' + "9" * 400 + "}",
        "max_workers: number too large, got 99999999... (400 digits); expected a whole number "
        "from -9007199254740991 to 9007199254740991",
    ),
    "just-too-large": (
        '{"cluster_name": "a", "catalog_name": "main", "max_workers": 9007199254740992}',
        "max_workers: number too large, got 9007199254740992;",
    ),
    "float-overflow": (
        '{"cluster_name": "a", "catalog_name": "main", "autotermination_minutes": 1e400}',
        "autotermination_minutes: number out of range, got 1e400; expected a finite number",
    ),
    "case-of-a-project-tag": (
        '{"cluster_name": "a", "catalog_name": "main", "tags": {"managedby": "me"}}',
        "tags: tag key differs only in case from a tag the cluster adds, got {'managedby': 'me'}",
    ),
    "model-with-spaces": (
        '{"cluster_name": "a", "catalog_name": "main", "claude_model": "claude sonnet"}',
        "claude_model: invalid format, got 'claude sonnet'",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_JSON))
def test_fails_when_var_file_holds_what_terraform_refuses(case, tmp_path, previous_output, capsys):
    text, message = HOSTILE_JSON[case]
    var_file = tmp_path / "vars.json"
    var_file.write_text(text)
    before = tree_digest(previous_output)
    code = main.main(["--var-file", str(var_file), "--outdir", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"error: {var_file}:\n  " in err
    assert message in err
    assert "Traceback" not in err
    assert tree_digest(previous_output) == before


def test_json_problems_and_value_problems_are_reported_together(tmp_path, capsys):
    var_file = tmp_path / "vars.json"
    var_file.write_text(
        '{"cluster_name": "a", "catalog_name": "a b", "max_workers": NaN, "nope": 1}'
    )
    assert main.main(["--var-file", str(var_file), "--outdir", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "max_workers: not a JSON number" in err
    assert "nope: unknown input" in err
    assert "catalog_name: invalid format, got 'a b'" in err


ENGINE_LINES = {
    "CDKTF": "error: ENGINE must be cdktf or cdktn, got 'CDKTF'",
    "cdktf cdktn": "error: ENGINE must be cdktf or cdktn, got 'cdktf cdktn'",
    "terraform": "error: ENGINE must be cdktf or cdktn, got 'terraform'",
}
"""make's own refusal (Makefile), word for word, after ``error:``."""


@pytest.mark.parametrize("engine", [*sorted(ENGINE_LINES), " other-engine "])
def test_an_unusable_engine_is_one_line_and_exit_2_as_make_says_it(engine, tmp_path):
    """python main.py (as `cdktf synth` runs it) reads ENGINE as make does and refuses it as
    make does: one line, exit 2, no traceback, nothing written."""
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--outdir", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**_clean_environ(), "ENGINE": engine},
        check=False,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    expected = ENGINE_LINES.get(engine, "error: ENGINE must be cdktf or cdktn, got 'other-engine'")
    assert errors == [expected], result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_engine_not_installed_here_is_one_line_and_exit_2(tmp_path):
    """' cdktn ' names the second engine (blanks dropped, as make drops them); where its package
    is missing, the line says how to install it, exit 2, no traceback."""
    other = "cdktn" if Path(sys.executable).parent.parent.name == ".venv" else "cdktf"
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--outdir", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**_clean_environ(), "ENGINE": f" {other} "},
        check=False,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"ENGINE={other} needs the Python package" in errors[0]
    assert f"make install ENGINE={other}" in errors[0]
    assert "Traceback" not in result.stderr


def _clean_environ() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "ENGINE"}


@pytest.mark.parametrize(
    ("field", "value"),
    [("max_workers", 2**31), ("num_workers", 10**12), ("min_workers", 2**31)],
)
def test_worker_counts_are_bounded_by_what_the_api_takes(field, value, tmp_path, capsys):
    var_file = tmp_path / "vars.json"
    var_file.write_text(json.dumps({"cluster_name": "x", "catalog_name": "m", field: value}))
    code = main.main(["--var-file", str(var_file), "--outdir", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert (
        f"{field}: out of range, got {value}; expected a whole number from 0 to 2147483647" in err
    )


def test_main_outside_the_engines_environment_prints_one_line(tmp_path):
    """A Python without the engine (here: without site-packages) gets the one line that says
    what to do, not a traceback ending in it."""
    roster = tmp_path / "roster.txt"
    roster.write_text("someone@example.com\n")
    result = subprocess.run(
        [sys.executable, "-S", str(REPO / "main.py"), "--attendees", str(roster)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert result.returncode == 2  # the engine named is not this Python's: as make says, 2
    assert "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert line.startswith("error: ENGINE=") and "run `make install ENGINE=" in line, line
    assert not (tmp_path / "cdktf.out").exists()


def test_fails_when_backend_file_is_bad_reporting_it_with_the_var_file_leaving_output_untouched(
    tmp_path, previous_output, capsys
):
    var_file, backend = tmp_path / "vars.json", tmp_path / "backend.json"
    var_file.write_text('{"cluster_name": "x"}')
    backend.write_text('{"type": "s3", "bucket": "state", "access_key": "AKIAEXAMPLE12345"}')
    before = tree_digest(previous_output)
    args = ["--var-file", str(var_file), "--backend-file", str(backend)]
    assert main.main([*args, "--outdir", str(previous_output)]) == 2
    err = capsys.readouterr().err
    assert "catalog_name: required input is missing" in err
    assert f"error: {backend}:\n  access_key: a secret, never written" in err
    assert "region: required input is missing for the s3 backend" in err
    assert "AKIAEXAMPLE12345" not in err
    assert err.rstrip().endswith("nothing was written.")
    assert tree_digest(previous_output) == before


def test_main_reads_the_backend_file_from_the_environment(tmp_path, monkeypatch, capsys):
    backend = tmp_path / "backend.json"
    backend.write_text('{"type": "gcs", "bucket": "team-state"}')
    monkeypatch.setenv("CODING_ASSISTANTS_BACKEND_FILE", str(backend))
    outdir = tmp_path / "out"
    assert main.main(["--outdir", str(outdir)]) == 0
    stack = json.loads(
        (outdir / "stacks" / "coding-assistants-cluster" / "cdk.tf.json").read_text()
    )
    assert stack["terraform"]["backend"] == {
        "gcs": {"bucket": "team-state", "prefix": "coding-assistants/coding-assistants-cluster"}
    }
