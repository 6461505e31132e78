"""The attendee's handout: the quick start logs in with the profile the ssh setup lines use."""

from __future__ import annotations

from coding_assistants.facts import DEFAULT_CLI_PROFILE
from coding_assistants.workshop.fleet import SSH_SETUP
from tests.conftest import REPO

GUIDE = REPO / "docs" / "facilitator-guide.md"


def test_quick_start_logs_in_and_sets_up_ssh_with_the_default_profile():
    quick_start = GUIDE.read_text().split("## The attendee's quick start")[1].split("\n## ")[0]
    assert f"databricks auth login --host https://<workspace> --profile {DEFAULT_CLI_PROFILE}" in (
        quick_start
    )
    assert f"--cluster <your cluster id> --profile {DEFAULT_CLI_PROFILE}" in quick_start
    assert SSH_SETUP.endswith("--profile %s")
