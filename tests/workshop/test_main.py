"""main.py with workshop inputs: every problem is reported before anything is written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_main import tree_digest

sys.path.insert(0, str(REPO))
import main
from coding_assistants.outdir import mark


@pytest.fixture
def previous_output(tmp_path: Path) -> Path:
    outdir = tmp_path / "cdktf.out"
    (outdir / "stacks" / "old").mkdir(parents=True)
    (outdir / "stacks" / "old" / "cdk.tf.json").write_text('{"kept": true}')
    mark(outdir)  # an earlier synthesis
    return outdir


def test_main_as_a_process_reports_a_bad_roster_by_line(tmp_path, previous_output):
    roster = tmp_path / "bad.txt"
    roster.write_text("ada@example.com\nnot-an-email\n\nADA@example.com\n")
    before = tree_digest(previous_output)
    argv = ["--attendees", str(roster), "--outdir", str(previous_output)]
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *argv],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{roster}: line 2: 'not-an-email' is not a valid email" in result.stderr
    assert f"{roster}: line 4: ada@example.com is a duplicate of line 1" in result.stderr
    assert "nothing was written" in result.stderr
    assert tree_digest(previous_output) == before


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"pool_max_capacity": 3}, "pool_max_capacity: smaller than the roster, got 3"),
        ({"clustr_name_prefix": "x"}, "did you mean 'cluster_name_prefix'?"),
        ({"tags": {"ManagedBy": "me"}}, "tags: reserved tag key"),
    ],
)
def test_fails_when_workshop_file_is_bad_leaving_output_untouched(
    settings, message, tmp_path, previous_output, capsys
):
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps(settings))
    before = tree_digest(previous_output)
    code = main.main(["--workshop-file", str(path), "--outdir", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"error: {path}:" in err and message in err and "nothing was written" in err
    assert tree_digest(previous_output) == before


def test_main_reports_var_file_and_roster_problems_together(tmp_path, previous_output, capsys):
    var_file, roster = tmp_path / "vars.json", tmp_path / "roster.txt"
    var_file.write_text('{"cluster_name": "x"}')
    roster.write_text("# nobody yet\n")
    code = main.main(
        ["--var-file", str(var_file), "--attendees", str(roster), "--outdir", str(previous_output)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "catalog_name: required input is missing" in err
    assert f"{roster}: no attendees" in err


def backend_path(outdir: Path, stack: str) -> str:
    written = json.loads((outdir / "stacks" / stack / "cdk.tf.json").read_text())
    return written["terraform"]["backend"]["local"]["path"]


def test_main_with_the_example_roster_says_so_and_keeps_the_example_state_apart(
    previous_output, monkeypatch, capsys
):
    monkeypatch.delenv("CODING_ASSISTANTS_ATTENDEES", raising=False)
    assert main.main(["--outdir", str(previous_output)]) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "note: workshop stacks use the example roster examples/attendees.example.txt "
        "(5 attendees, state in terraform.<stack>.example.tfstate); pass --attendees FILE "
        "(or CODING_ASSISTANTS_ATTENDEES) for a real workshop"
    ]
    for stack in ("workshop-shared", "workshop-fleet"):
        assert backend_path(previous_output, stack) == f"../../../terraform.{stack}.example.tfstate"
    assert backend_path(previous_output, "coding-assistants-cluster") == (
        "../../../terraform.coding-assistants-cluster.tfstate"
    )


def test_main_synthesizes_the_roster_and_settings_given(tmp_path, previous_output, capsys):
    roster, settings = tmp_path / "roster.txt", tmp_path / "workshop.json"
    roster.write_text("\ufeffOmar.Mo@x.com\r\nomar-mo@x.com\r\n")
    settings.write_text(json.dumps({"cluster_name_prefix": "ccw", "pool_max_capacity": 4}))
    argv = ["--attendees", str(roster), "--workshop-file", str(settings)]
    code = main.main([*argv, "--outdir", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "note:" not in err  # a real roster: no note, and the real state files
    for stack in ("workshop-shared", "workshop-fleet"):
        assert backend_path(previous_output, stack) == f"../../../terraform.{stack}.tfstate"
    stacks = sorted(p.name for p in (previous_output / "stacks").iterdir())
    assert stacks == [
        "coding-assistants-cluster",
        "coding-assistants-cluster-module",
        "workshop-fleet",
        "workshop-shared",
    ]
    fleet = json.loads((previous_output / "stacks/workshop-fleet/cdk.tf.json").read_text())
    clusters = fleet["resource"]["databricks_cluster"]["attendee"]["for_each"]
    assert sorted(c["email"] for c in clusters.values()) == ["omar-mo@x.com", "omar.mo@x.com"]
    assert len(clusters) == 2  # look-alike emails, two keys
    assert all(c["cluster_name"].startswith("ccw-") for c in clusters.values())
    pool = fleet["resource"]["databricks_instance_pool"]["workshop"]
    assert (pool["max_capacity"], pool["min_idle_instances"]) == (4, 0)


def test_main_reports_roster_and_workshop_settings_problems_together(
    tmp_path, previous_output, capsys
):
    roster, settings = tmp_path / "roster.txt", tmp_path / "ws.json"
    roster.write_text("not-an-email\n")
    settings.write_text('{"pool_max_capacty": 3, "autotermination_minutes": 5, "tags": {"a": 1}}')
    before = tree_digest(previous_output)
    code = main.main(
        [
            "--attendees",
            str(roster),
            "--workshop-file",
            str(settings),
            "--outdir",
            str(previous_output),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert f"{roster}: line 1: 'not-an-email' is not a valid email" in err
    assert f"error: {settings}:" in err
    assert "pool_max_capacty: unknown input; did you mean 'pool_max_capacity'?" in err
    assert "autotermination_minutes: out of range, got 5" in err
    assert "tags: wrong type, got {'a': 1}; expected map(string)" in err
    assert tree_digest(previous_output) == before


def test_workshop_settings_refuse_duplicate_keys_and_case_variants_of_its_tags(
    tmp_path, previous_output, capsys
):
    settings = tmp_path / "ws.json"
    settings.write_text(
        '{"workshop_name": "a", "workshop_name": "b", "tags": {"attendee": "x"},'
        ' "claude_api_route": "gateway", "pool_max_capacity": 1e999}'
    )
    code = main.main(["--workshop-file", str(settings), "--outdir", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2
    assert "workshop_name: key given twice; expected each key once" in err
    assert "tags: reserved tag key, got {'attendee': 'x'}" in err
    assert "claude_api_route: not a known value, got 'gateway'" in err
    assert "pool_max_capacity: number out of range, got 1e999" in err


def test_main_reads_each_input_file_once(tmp_path, monkeypatch):
    """main.py decides what is read; nothing below it reads a settings file or roster again."""
    import coding_assistants.app

    var_file, roster, settings = tmp_path / "v.json", tmp_path / "r.txt", tmp_path / "w.json"
    backend = tmp_path / "b.json"
    backend.write_text('{"type": "pg"}')
    var_file.write_text('{"cluster_name": "c", "catalog_name": "main"}')
    roster.write_text("ada@example.com\n")
    settings.write_text('{"workshop_name": "spring"}')
    reads: list[Path] = []
    for method in ("open",):  # read_text and read_bytes open the file through it
        original = getattr(Path, method)

        def counting(self, *args, _original=original, **kwargs):
            mode = args[0] if args else kwargs.get("mode", "r")
            if not set(mode) & set("wax"):  # a read (writing the stack lock is not)
                reads.append(Path(self).resolve())
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Path, method, counting)
    calls = []
    monkeypatch.setattr(
        coding_assistants.app, "synth_atomically", lambda *a, **k: calls.append((a, k)) or []
    )
    args = ["--var-file", str(var_file), "--attendees", str(roster), "--workshop-file"]
    args += [str(settings), "--backend-file", str(backend)]
    assert main.main([*args, "--outdir", str(tmp_path / "out")]) == 0
    read_once = (var_file, roster, settings, backend)
    assert sorted(map(str, reads)) == sorted(str(p.resolve()) for p in read_once)
    (_, cluster, workshop), options = calls[0]
    assert (cluster.cluster_name, workshop.workshop_name) == ("c", "spring")
    assert options["example_roster"] is False
    assert options["backend"].kind == "pg"


@pytest.mark.parametrize(
    ("settings", "line"),
    [
        ({"fleet_stacks": 100000}, "fleet_stacks: out of range, got 100000; expected a whole "
         "number from 1 to 99"),
        ({"pool_max_capacity": 10**9}, "pool_max_capacity: out of range, got 1000000000"),
        ({"pool_capacity_headroom": 5000}, "pool_capacity_headroom: out of range, got 5000"),
        ({"policy_max_clusters_per_user": 2**40}, "policy_max_clusters_per_user: out of range"),
    ],
)  # fmt: skip
def test_every_count_has_an_upper_bound_checked_before_synthesis(
    settings, line, tmp_path, previous_output, capsys
):
    """A count no synthesis, plan or API could hold is refused at once with the field named
    (fleet_stacks 100000 used to be accepted and synthesized for an hour)."""
    path = tmp_path / "w.json"
    path.write_text(json.dumps(settings))
    roster = tmp_path / "r.txt"
    roster.write_text("ada@example.com\n")
    before = tree_digest(previous_output)
    argv = ["--workshop-file", str(path), "--attendees", str(roster)]
    code = main.main([*argv, "--outdir", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2 and line in err and "nothing was written" in err
    assert tree_digest(previous_output) == before
    assert not (tmp_path / "r.txt.lock.json").exists()


def test_a_roster_larger_than_an_account_is_refused(tmp_path, previous_output, capsys):
    roster = tmp_path / "r.txt"
    roster.write_text("".join(f"a{n}@example.com\n" for n in range(10_001)))
    code = main.main(["--attendees", str(roster), "--outdir", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2 and "10001 attendees; expected at most 10000" in err
