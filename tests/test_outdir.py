"""The output directory: only a new, empty or earlier output is replaced; nothing else is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coding_assistants.outdir import MARKER, carried, is_ours, mark, outdir_problem
from tests.conftest import REPO

sys.path.insert(0, str(REPO))
import main


def snapshot_tree(root: Path) -> dict[str, bytes | None]:
    """Every path under root with its bytes (None for directories and links)."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() and not p.is_symlink() else None)
        for p in sorted(root.rglob("*"))
    }


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home directory with a file in it, and the working directory inside a project."""
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "todo.txt").write_text("keep me\n")
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.mark.parametrize(
    "where",
    ["unrelated", "dot", "dotdot", "project", "home", "link-to-project", "link-to-home", "root"],
)
def test_fails_when_outdir_is_not_ours_and_changes_nothing(where, tmp_path, home, capsys):
    unrelated = tmp_path / "work"
    (unrelated / "src").mkdir(parents=True)
    (unrelated / "src" / "app.py").write_text("print('mine')\n")
    (tmp_path / "link-project").symlink_to(REPO)
    (tmp_path / "link-home").symlink_to(home)
    chosen = {
        "unrelated": unrelated,
        "dot": Path("."),
        "dotdot": Path(".."),
        "project": REPO,
        "home": home,
        "link-to-project": tmp_path / "link-project",
        "link-to-home": tmp_path / "link-home",
        "root": Path("/"),
    }[where]
    watched = {"unrelated": unrelated, "home": home, "link-to-home": home}.get(where, unrelated)
    before = snapshot_tree(watched)
    cwd = os.getcwd()
    os.chdir(unrelated / "src")
    try:
        code = main.main(["--outdir", str(chosen)])
    finally:
        os.chdir(cwd)
    err = capsys.readouterr().err
    assert code == 2
    assert f"--outdir {chosen}" in err, "the message names the directory as given"
    assert "nothing was written" in err
    assert snapshot_tree(watched) == before


def test_outdir_problem_accepts_new_empty_and_earlier_output(tmp_path):
    empty = tmp_path / "empty"
    (empty / "stacks" / "a").mkdir(parents=True)  # folders without a file lose nothing
    earlier = tmp_path / "earlier"
    (earlier / "stacks" / "a").mkdir(parents=True)
    mark(earlier)
    legacy = tmp_path / "legacy"
    (legacy / "stacks" / "a").mkdir(parents=True)
    (legacy / "stacks" / "a" / "cdk.tf.json").write_text("{}")
    stacks = {"a": {"synthesizedStackPath": "stacks/a/cdk.tf.json"}}
    (legacy / "manifest.json").write_text(json.dumps({"version": "0.21.0", "stacks": stacks}))
    for place in (tmp_path / "new" / "deeper", empty, earlier, legacy):
        assert outdir_problem(place) is None, place
    (legacy / "README.md").write_text("mine")
    assert not is_ours(legacy), "a manifest beside unrelated files is not enough"
    assert "holds files that a synthesis did not write ('README.md'" in outdir_problem(legacy)


@pytest.mark.parametrize(
    "manifest",
    [
        {"version": "0.21.0", "stacks": {}},
        {"stacks": {"a": {"synthesizedStackPath": "stacks/a/cdk.tf.json"}}},
        {"stacks": {"a": {"synthesizedStackPath": "../../etc/passwd"}}},
        {"stacks": {"a": "stacks/a/cdk.tf.json"}},
        ["stacks"],
    ],
)
def test_a_users_folder_with_a_manifest_is_not_taken_for_an_earlier_output(manifest, tmp_path):
    """Only a manifest that names stacks whose cdk.tf.json are there marks an earlier output
    without the marker; a folder of the user's own with a manifest.json is refused."""
    folder = tmp_path / "mine"
    (folder / "stacks").mkdir(parents=True)
    (folder / "stacks" / "notes.txt").write_text("mine")
    (folder / "manifest.json").write_text(json.dumps(manifest))
    assert not is_ours(folder)
    assert "holds files that a synthesis did not write" in outdir_problem(folder)


def test_outdir_problem_refuses_a_file_and_a_directory_holding_the_working_directory(tmp_path):
    afile = tmp_path / "out.txt"
    afile.write_text("x")
    assert "is a file" in outdir_problem(afile)
    inner = tmp_path / "out" / "project"
    inner.mkdir(parents=True)
    mark(tmp_path / "out")
    assert "contains" in outdir_problem(tmp_path / "out", protected=(inner,))


def test_synthesis_keeps_terraform_working_files_and_other_files(tmp_path, capsys):
    outdir = tmp_path / "cdktf.out"
    assert main.main(["--outdir", str(outdir)]) == 0
    stack = outdir / "stacks" / "coding-assistants-cluster"
    (stack / ".terraform" / "providers").mkdir(parents=True)
    (stack / ".terraform" / "providers" / "cached").write_text("provider binary")
    (stack / ".terraform.lock.hcl").write_text('provider "registry/databricks" {}\n')
    (stack / "plan.tfplan").write_bytes(b"\x00plan")
    (outdir / "NOTES.md").write_text("team notes\n")
    (outdir / "stacks" / "coding-assistants-cluster-module" / "scripts" / "local.sh").write_text(
        "echo mine\n"
    )
    (outdir / "stacks" / "retired").mkdir()
    (outdir / "stacks" / "retired" / "cdk.tf.json").write_text("{}")
    (outdir / "stacks" / "retired" / ".terraform.lock.hcl").write_text("old lock\n")
    kept = {p: (outdir / p).read_bytes() for p in _kept_files()}

    assert main.main(["--outdir", str(outdir)]) == 0

    assert {p: (outdir / p).read_bytes() for p in _kept_files()} == kept
    assert not (outdir / "stacks" / "retired" / "cdk.tf.json").exists(), "generated: replaced"
    assert (outdir / MARKER).is_file()
    assert (stack / "cdk.tf.json").is_file()
    assert not list(tmp_path.glob(".cdktf.out.*")), "no staging or backup directory is left"
    assert "synthesized" in capsys.readouterr().out


def _kept_files() -> list[str]:
    stack = "stacks/coding-assistants-cluster"
    return [
        f"{stack}/.terraform/providers/cached",
        f"{stack}/.terraform.lock.hcl",
        f"{stack}/plan.tfplan",
        "NOTES.md",
        "stacks/coding-assistants-cluster-module/scripts/local.sh",
        "stacks/retired/.terraform.lock.hcl",
    ]


def test_carried_lists_only_what_synthesis_does_not_write(tmp_path):
    out = tmp_path / "out"
    (out / "stacks" / "s" / "assets" / "x").mkdir(parents=True)
    (out / "stacks" / "s" / "cdk.tf.json").write_text("{}")
    (out / "stacks" / "s" / ".terraform").mkdir()
    (out / "manifest.json").write_text("{}")
    (out / "stacks" / "loose.txt").write_text("x")
    mark(out)
    assert carried(out) == [Path("stacks/loose.txt"), Path("stacks/s/.terraform")]


def test_a_failed_synthesis_leaves_the_previous_output_as_it_was(tmp_path, monkeypatch):
    from coding_assistants import app
    from coding_assistants.settings import EXAMPLE_CLUSTER_SETTINGS, cluster_props
    from coding_assistants.workshop.settings import example_workshop

    outdir = tmp_path / "cdktf.out"
    (outdir / "stacks" / "s" / ".terraform").mkdir(parents=True)
    (outdir / "stacks" / "s" / ".terraform" / "f").write_text("x")
    (outdir / "stacks" / "s" / "cdk.tf.json").write_text("{}")
    mark(outdir)
    before = snapshot_tree(outdir)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("synthesis failed")

    monkeypatch.setattr(app, "build_app", broken)
    props = cluster_props(EXAMPLE_CLUSTER_SETTINGS, "example", tmp_path)
    with pytest.raises(RuntimeError):
        app.synth_atomically(outdir, props, example_workshop(), example_roster=True)
    assert snapshot_tree(outdir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdktf.out"]


def test_cdktf_outdir_variable_is_checked_like_the_option(tmp_path):
    env_dir = tmp_path / "busy"
    env_dir.mkdir()
    (env_dir / "keep.txt").write_text("x")
    process = subprocess.run(
        [sys.executable, str(REPO / "main.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={
            **os.environ,
            "CDKTF_OUTDIR": str(env_dir),
            "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        },
        check=False,
        timeout=300,
    )
    assert process.returncode == 2
    assert (
        f"--outdir {env_dir} holds files that a synthesis did not write ('keep.txt')"
        in process.stderr
    )
    assert "Traceback" not in process.stderr
    assert (env_dir / "keep.txt").read_text() == "x"


@pytest.mark.parametrize("where", ["loop", "inside-loop", "under-a-file", "under-a-file-slash"])
def test_unusable_paths_are_refused_with_exit_2_and_no_traceback(where, tmp_path, home, capsys):
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    afile = tmp_path / "notes.txt"
    afile.write_text("keep me\n")
    chosen, words = {
        "loop": (str(tmp_path / "loop-a"), "cannot be followed"),
        "inside-loop": (str(tmp_path / "loop-a" / "out"), "cannot be followed"),
        "under-a-file": (str(afile / "out"), f"is inside {afile}, which is a file"),
        "under-a-file-slash": (str(afile / "out") + "/", f"is inside {afile}, which is a file"),
    }[where]
    before = snapshot_tree(tmp_path)
    code = main.main(["--outdir", chosen])
    err = capsys.readouterr().err
    assert code == 2
    assert words in err and "nothing was written" in err
    assert snapshot_tree(tmp_path) == before


@pytest.mark.parametrize("inside", [False, True])
def test_a_loop_is_refused_where_resolve_leaves_it_in_the_path(inside, tmp_path, monkeypatch):
    """Python 3.13 and later: ``Path.resolve`` no longer raises on a loop of links, it returns
    the path with the loop still in it; the system's ELOOP is what refuses it then."""
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    resolve = Path.resolve

    def resolve_as_3_13(self: Path, strict: bool = False) -> Path:
        try:
            return resolve(self, strict)
        except RuntimeError:
            return Path(os.path.abspath(self))

    monkeypatch.setattr(Path, "resolve", resolve_as_3_13)
    chosen = tmp_path / "loop-a" / ("out" if inside else "")
    assert "cannot be followed (a loop of symbolic links?)" in outdir_problem(chosen)


def test_a_parent_that_cannot_be_written_is_refused(tmp_path, monkeypatch):
    from coding_assistants import outdir as module

    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr(module.os, "access", lambda path, mode: Path(path) != locked)
    assert f"{locked} is not writable" in outdir_problem(locked / "a" / "out")
    (locked / "out").mkdir()
    mark(locked / "out")
    assert f"{locked} is not writable" in outdir_problem(locked / "out"), "an earlier output too"
    assert outdir_problem(tmp_path / "free") is None


def test_a_write_failure_after_the_checks_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    from coding_assistants import app

    def full(directory: Path) -> None:  # writing into the new output fails: the disk is full
        raise OSError(28, "No space left on device", str(directory / "scripts"))

    monkeypatch.setattr(app, "ship_module_files", full)
    code = main.main(["--outdir", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"--outdir {tmp_path / 'out'}: cannot write (No space left on device" in err
    assert "Traceback" not in err and "internal error" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [], "the staging directory is gone"


@pytest.mark.parametrize(
    "failure",
    [OSError("could not get source code"), RuntimeError("jsii kernel died"), KeyError("x")],
    ids=["oserror-without-a-file", "runtime", "keyerror"],
)
def test_an_internal_error_is_never_blamed_on_the_output_directory(
    failure, tmp_path, monkeypatch, capsys
):
    """An error of the synthesis itself (such as inspect's "could not get source code" on a
    bytecode-only install) is the product's: one line that says so, exit 1, the output left
    as it was; never "--outdir ...: cannot write"."""
    from coding_assistants import app

    outdir = tmp_path / "cdktf.out"
    (outdir / "stacks" / "s").mkdir(parents=True)
    (outdir / "stacks" / "s" / "cdk.tf.json").write_text("{}")
    mark(outdir)
    before = snapshot_tree(outdir)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(app, "build_app", broken)
    code = main.main(["--outdir", str(outdir)])
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert code == 1
    assert len(errors) == 1, err
    assert errors[0].startswith(f"error: internal error: {type(failure).__name__}: ")
    assert errors[0].endswith(f"(--outdir {outdir} was left as it was)")
    assert "cannot write" not in err and "Traceback" not in err
    assert snapshot_tree(outdir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdktf.out"]


def test_a_full_disk_that_names_no_file_is_still_the_outputs(tmp_path, monkeypatch, capsys):
    from coding_assistants import app

    def full(directory: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app, "ship_module_files", full)
    assert main.main(["--outdir", str(tmp_path / "out")]) == 1
    assert "--outdir" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("path", "written"),
    [
        ("out", True),
        ("out/stacks/x/cdk.tf.json", True),
        (".out.abc123/stacks", True),
        (".out.old-42", True),
        ("", True),
        ("other/out", False),
        ("out-2", False),
        (".other.abc", False),
    ],
)
def test_a_write_error_is_the_outdirs_only_where_the_synthesis_writes(tmp_path, path, written):
    from coding_assistants.outdir import touches

    assert touches(tmp_path / "out", str(tmp_path / path)) is written


def test_an_empty_cdktf_outdir_means_the_default(monkeypatch):
    monkeypatch.setenv("CDKTF_OUTDIR", " ")
    assert main.parse_args([]).outdir == Path("cdktf.out")
