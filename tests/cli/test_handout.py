"""``coding-assistants handout``: from the deployed fleet's outputs (every fleet stack's state,
split or not), one file per attendee and a mail-merge CSV, each with the attendee's login line,
``databricks ssh setup`` line (with --profile), cluster page and first steps; into a directory
that is handout's own, and nowhere else."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

from coding_assistants.roster import attendee_key
from tests import clock
from tests.cli.fleet_deploy import deploy, fleet_stacks, synthesize
from tests.conftest import TFCHECK

EMAILS = ["ada.lovelace@example.com", "alan-turing@example.com", "grace@example.com"]
SETTINGS = {
    "workshop_name": "spring",
    "cluster_name_prefix": "ccw",
    "cli_profile": "claude-spring",
    "fleet_stacks": 2,
}
HOST = "https://adb-1234567890123456.7.azuredatabricks.net"


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory) -> Path:
    """A split fleet of three (two fleet stacks and the pool's), synthesized once."""
    project = tmp_path_factory.mktemp("handout-project")
    synthesize(project, EMAILS, SETTINGS)
    return project


@pytest.fixture
def project(synthesized, workspace, monkeypatch) -> Path:
    for state in synthesized.glob("terraform.*.tfstate"):
        state.unlink()
    monkeypatch.chdir(synthesized)
    return synthesized


def test_handout_writes_a_file_per_attendee_and_the_mail_merge(project, workspace, cli, tmp_path):
    deployed = deploy(project / "cdktf.out" / "stacks", HOST, workspace)
    out_dir = tmp_path / "handouts"

    code, out, err = cli(
        "handout",
        "--workshop-file",
        "workshop.json",
        "--attendees",
        "roster.txt",
        "--out",
        str(out_dir),
    )

    assert code == 0, err
    assert len(fleet_stacks(project / "cdktf.out" / "stacks")) == 3  # the pool's and two shares
    assert "Read 3 fleet stacks' outputs: 3 clusters." in out
    assert f"Wrote 3 handouts (Markdown) and handouts.csv to {out_dir}." in out
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == sorted(
        [".coding-assistants-handouts", "handouts.csv", *(f"{attendee_key(e)}.md" for e in EMAILS)]
    )
    ada = (out_dir / "ada_lovelace__example_com.md").read_text()
    cluster = deployed["ada.lovelace@example.com"]
    login = f"databricks auth login --host {HOST} --profile claude-spring"
    ssh = (
        f"databricks ssh setup --name ccw-ada_lovelace__example_com --cluster "
        f"{cluster['cluster_id']} --profile claude-spring"
    )
    assert ada.startswith("# Claude Code workshop: your cluster, ada.lovelace@example.com")
    assert f"- Log in: `{login}`" in ada and f"- Set up SSH: `{ssh}`" in ada
    assert cluster["cluster_url"] in ada
    assert "`ssh ccw-ada_lovelace__example_com` then opens a shell there" in ada
    assert "/Workspace/Users/ada.lovelace@example.com/" in ada
    assert "5. **Check, then start**" in ada
    rows = list(csv.DictReader(io.StringIO((out_dir / "handouts.csv").read_text())))
    assert [r["email"] for r in rows] == EMAILS  # roster order
    assert rows[0] == {
        "email": "ada.lovelace@example.com",
        "cluster_name": "ccw-ada_lovelace__example_com",
        "cluster_id": cluster["cluster_id"],
        "cluster_url": cluster["cluster_url"],
        "login_command": login,
        "ssh_setup_command": ssh,
        "handout_file": "ada_lovelace__example_com.md",
    }


def test_handout_html_escapes_every_value(project, workspace, cli, tmp_path):
    deploy(project / "cdktf.out" / "stacks", HOST, workspace)
    state = project / "terraform.workshop-fleet-01.tfstate"
    document = json.loads(state.read_text())
    clusters = document["outputs"]["attendee_clusters"]["value"]
    email = next(iter(clusters))
    clusters[email]["cluster_name"] = "<script>alert(1)</script>"
    state.write_text(json.dumps(document))

    code, _, _ = cli("handout", "--format", "html", "--out", str(tmp_path / "h"))

    assert code == 0
    page = (tmp_path / "h" / f"{attendee_key(email)}.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith("<!DOCTYPE html>")
    assert f'<a href="{HOST}/#setting/clusters/' in page


def test_handout_names_attendees_without_a_cluster_and_unusable_outputs(
    project, workspace, cli, tmp_path
):
    deploy(project / "cdktf.out" / "stacks", HOST, workspace)
    (project / "late.txt").write_text("\n".join([*EMAILS, "late@example.com"]) + "\n")
    state = project / "terraform.workshop-fleet-02.tfstate"
    document = json.loads(state.read_text())
    first = next(iter(document["outputs"]["attendee_clusters"]["value"].values()))
    first["cluster_id"] = {"not": "a string"}
    state.write_text(json.dumps(document))

    code, out, _ = cli("handout", "--attendees", "late.txt", "--out", str(tmp_path / "h"))

    assert code == 1
    assert "On the roster without a deployed cluster (2):" in out
    assert "  late@example.com" in out
    assert "cluster_id: not a usable value, got \"{'not': 'a string'}\"" in out


def test_handout_rewrites_its_own_directory_and_nothing_else(project, workspace, cli, tmp_path):
    deploy(project / "cdktf.out" / "stacks", HOST, workspace)
    out_dir = tmp_path / "h"
    cli("handout", "--out", str(out_dir))
    (out_dir / "notes.txt").write_text("mine")
    (out_dir / "agenda.md").write_text("mine too")  # named like a handout, never written by it
    (project / "two.txt").write_text("\n".join(EMAILS[:2]) + "\n")

    code, out, _ = cli("handout", "--attendees", "two.txt", "--out", str(out_dir))

    assert code == 0
    assert "(removed 1 of an earlier run)" in out
    assert not (out_dir / "grace__example_com.md").exists()
    assert (out_dir / "notes.txt").read_text() == "mine"
    assert (out_dir / "agenda.md").read_text() == "mine too"

    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "report.docx").write_text("x")
    code, _, err = cli("handout", "--out", str(foreign))

    assert code == 2
    assert "holds files that handout did not write ('report.docx')" in err
    assert sorted(p.name for p in foreign.iterdir()) == ["report.docx"]


def test_handout_before_the_deploy_says_what_is_missing(project, cli, tmp_path):
    code, _, err = cli("handout", "--out", str(tmp_path / "h"))

    assert code == 1
    assert "workshop-fleet: no state at" in err and "deploy the stack first" in err
    assert not (tmp_path / "h").exists()

    code, _, err = cli("handout", "--stacks-dir", str(tmp_path / "nowhere"))

    assert code == 1
    assert "is not a directory: run `make synth" in err


def test_handout_refuses_outputs_beyond_the_bounds(project, cli, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100 + "]" * 100)

    code, _, err = cli("handout", "--outputs", str(deep), "--out", str(tmp_path / "h"))

    assert code == 1
    assert "JSON nested more than 64 levels deep" in err


def test_handout_from_real_terraform_state_and_output(tmp_path, tfcheck, cli, monkeypatch):
    """The real Terraform applies the synthesized split fleet (tfcheck's stub provider); the
    handout reads its state files, and also the saved answers of `terraform output -json`."""
    project = tmp_path / "real"
    stacks = synthesize(project, EMAILS, SETTINGS)
    env = _stub_env(tmp_path)
    saved = []
    for stack in fleet_stacks(stacks):
        for command in (["init", "-no-color"], ["apply", "-auto-approve", "-no-color"]):
            done = subprocess.run(["terraform", *command], cwd=stack, env=env, capture_output=True)
            assert done.returncode == 0, done.stderr.decode()
        answer = subprocess.run(
            ["terraform", "output", "-json"], cwd=stack, env=env, capture_output=True, check=True
        )
        saved.append(tmp_path / f"{stack.name}.json")
        saved[-1].write_bytes(answer.stdout)
    monkeypatch.chdir(project)

    code, out, err = cli("handout", "--attendees", "roster.txt", "--out", "from-state")
    assert code == 0, err
    assert "Read 3 fleet stacks' outputs: 3 clusters." in out
    text = (project / "from-state" / "grace__example_com.md").read_text()
    assert (
        "databricks auth login --host https://stub.cloud.databricks.com --profile claude-spring"
        in text
    )
    assert "databricks ssh setup --name ccw-grace__example_com --cluster stub-cluster_id " in text

    args = [a for path in saved for a in ("--outputs", str(path))]
    code, _, err = cli("handout", "--attendees", "roster.txt", "--out", "from-output", *args)
    assert code == 0, err
    assert (project / "from-output" / "handouts.csv").read_text() == (
        project / "from-state" / "handouts.csv"
    ).read_text()


def _stub_env(tmp_path: Path) -> dict[str, str]:
    """The environment in which Terraform runs against tfcheck's stub provider."""
    exports = subprocess.run(
        [str(TFCHECK), "env", str(tmp_path / "stub")],
        capture_output=True,
        text=True,
        check=True,
        env=clock.real(os.environ),
    ).stdout
    env = clock.real(os.environ)
    for line in exports.splitlines():
        for pair in line.removeprefix("export ").split():
            name, _, value = pair.partition("=")
            env[name] = value
    return env


def test_handout_asks_terraform_for_a_stack_whose_state_is_not_local(tmp_path, cli, monkeypatch):
    """A stack with another backend (here HCP Terraform's ``cloud`` block, which nothing
    serves) is read with the real ``terraform output``; its failure names the stack."""
    stack = tmp_path / "stacks" / "workshop-fleet"
    stack.mkdir(parents=True)
    config = {"terraform": {"cloud": {"organization": "acme", "workspaces": {"name": "fleet"}}}}
    (stack / "cdk.tf.json").write_text(json.dumps(config))
    monkeypatch.setenv("TF_CLI_CONFIG_FILE", str(tmp_path / "none.tfrc"))
    monkeypatch.setenv("CHECKPOINT_DISABLE", "1")

    code, _, err = cli(
        "handout",
        "--stacks-dir",
        str(tmp_path / "stacks"),
        "--out",
        str(tmp_path / "h"),
        "--timeout",
        "60",
    )

    assert code == 1
    assert f"{stack}: terraform output failed:" in err
    assert not (tmp_path / "h").exists()
