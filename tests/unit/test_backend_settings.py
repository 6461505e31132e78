"""The backend settings file: every problem at once, naming the option; no secret is quoted;
each stack's state key is derived from its name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding_assistants.backend.blocks import (
    backend_block,
    pg_schema,
    state_name,
    tags_workspace,
)
from coding_assistants.backend.options import OPTIONS, SECRETS, BackendKind, options_of
from coding_assistants.backend.settings import (
    LOCAL_BACKEND,
    backend_settings,
    read_backend,
)
from coding_assistants.facts import (
    FLEET_PART_STACK,
    FLEET_STACK,
    ROOT_STACK,
    SHARED_PART_STACK,
    SHARED_STACK,
)
from coding_assistants.settings import SettingsError, SettingsFile

S3 = {"type": "s3", "bucket": "team-state", "region": "eu-west-1"}
EVERY_STACK = (ROOT_STACK, SHARED_STACK, FLEET_STACK, FLEET_PART_STACK.format(99))
EVERY_STACK += (SHARED_PART_STACK.format(99),)


def settings(data: dict) -> SettingsFile:
    return SettingsFile("backend.json", data)


def problems(data: dict) -> list[str]:
    with pytest.raises(SettingsError) as caught:
        backend_settings(settings(data))
    head, *lines = str(caught.value).splitlines()
    assert head == "backend.json:"
    return [line.strip() for line in lines]


def test_backend_without_a_file_is_local():
    assert read_backend(None) is LOCAL_BACKEND
    assert LOCAL_BACKEND.kind is BackendKind.LOCAL
    assert backend_block(LOCAL_BACKEND, ROOT_STACK) is None


def test_backend_file_is_read_by_the_strict_reader(tmp_path: Path):
    path = tmp_path / "backend.json"
    path.write_text('{"type": "s3", "type": "gcs", "bucket": "b-1", "region": "eu-west-1"}')
    with pytest.raises(SettingsError, match="type: key given twice"):
        read_backend(path)


def test_backend_s3_defaults_lock_and_encrypt_and_derives_each_stacks_key():
    chosen = backend_settings(settings(S3))
    key, block = backend_block(chosen, state_name(FLEET_PART_STACK.format(3)))
    assert key == "backend"
    assert block == {
        "s3": {
            "bucket": "team-state",
            "region": "eu-west-1",
            "use_lockfile": True,
            "encrypt": True,
            "key": "coding-assistants/workshop-fleet-03.tfstate",
        }
    }


def test_backend_keys_differ_for_every_stack_and_for_the_example_roster():
    for data in (
        S3,
        {"type": "gcs", "bucket": "b-1"},
        {"type": "azurerm", "storage_account_name": "acct1", "container_name": "tfstate"},
        {"type": "pg"},
        {"type": "cloud", "organization": "acme"},
        {"type": "cloud", "organization": "acme", "workspace_tags": ["workshop"]},
    ):
        chosen = backend_settings(settings(data))
        names = [state_name(s, e) for s in EVERY_STACK for e in (False, True)]
        blocks = [json.dumps(backend_block(chosen, n)) for n in names]
        assert len(set(blocks)) == len(names), data["type"]


def test_backend_pg_schema_is_a_plain_identifier_for_every_stack_name():
    longest = state_name(SHARED_PART_STACK.format(99), example=True)
    schema = pg_schema("a" * 30, longest)
    assert len(schema) <= 63
    assert schema.replace("_", "").isalnum() and schema == schema.lower()


def test_backend_pg_leaves_the_connection_to_the_environment_when_left_out():
    _, block = backend_block(backend_settings(settings({"type": "pg"})), "workshop-fleet")
    assert block == {"pg": {"schema_name": "coding_assistants_workshop_fleet"}}


def test_backend_cloud_selects_a_workspace_per_stack_by_name_or_by_tags():
    by_name = backend_settings(settings({"type": "cloud", "organization": "acme"}))
    assert backend_block(by_name, "workshop-fleet") == (
        "cloud",
        {"organization": "acme", "workspaces": {"name": "coding-assistants-workshop-fleet"}},
    )
    tagged = backend_settings(
        settings(
            {
                "type": "cloud",
                "organization": "acme",
                "hostname": "tfe.example.com",
                "project": "workshops",
                "workspace_tags": ["claude", "env:prod"],
            }
        )
    )
    _, block = backend_block(tagged, "workshop-shared")
    assert block == {
        "organization": "acme",
        "hostname": "tfe.example.com",
        "workspaces": {
            "tags": ["claude", "env:prod", "coding-assistants-workshop-shared"],
            "project": "workshops",
        },
    }
    assert tags_workspace(block) == "coding-assistants-workshop-shared"
    assert tags_workspace(backend_block(by_name, "x")[1]) is None


def test_fails_when_backend_type_is_missing_or_unknown():
    assert problems({}) == [
        'type: required input is missing; expected one of "local", "s3", "azurerm", "gcs", '
        '"pg", "cloud"'
    ]
    assert problems({"type": "azure"})[0].startswith(
        "type: not a known backend (did you mean 'azurerm'?), got 'azure'"
    )


def test_fails_with_every_problem_of_the_file_at_once():
    found = problems(
        {
            "type": "s3",
            "bucket": "Team_State",
            "secret_key": "wJalrXUtnFEMI",
            "key": "state.tfstate",
            "dynamodb_tabel": "locks",
            "container_name": "tfstate",
            "encrypt": "yes",
            "use_lockfile": False,
        }
    )
    assert found == [
        "secret_key: a secret, never written into the synthesized JSON; expected it in the "
        "environment (AWS_SECRET_ACCESS_KEY) or in a partial backend configuration file "
        "(terraform init -backend-config=FILE)",
        "key: derived from each stack's name, so every stack keeps its own state; expected "
        "key_prefix instead",
        "dynamodb_tabel: unknown option of the s3 backend; did you mean 'dynamodb_table'?",
        "container_name: not an option of the s3 backend (only of azurerm)",
        "bucket: invalid format, got 'Team_State'; expected an S3 bucket name: 3-63 "
        "lower-case letters, digits, '.' or '-'",
        "encrypt: wrong type, got 'yes'; expected true or false",
        "region: required input is missing for the s3 backend",
        "use_lockfile: false without a dynamodb_table leaves the state unlocked, got false; "
        "expected true, or a dynamodb_table that locks it",
    ]
    assert not any("wJalrXUtnFEMI" in line for line in found)


@pytest.mark.parametrize(
    "conn_str",
    [
        "postgres://tf:hunter2@db.internal:5432/state",
        "postgresql://db.internal/state?sslmode=require&password=hunter2",
    ],
)
def test_fails_when_pg_conn_str_holds_a_password_never_quoting_it(conn_str):
    (line,) = problems({"type": "pg", "conn_str": conn_str})
    assert line.startswith("conn_str: holds a password, got 'postgres")
    assert "hunter2" not in line and "***" in line


@pytest.mark.parametrize(("kind", "secrets"), sorted(SECRETS.items()))
def test_fails_when_any_secret_option_is_in_the_file(kind, secrets):
    required = {o.name: "acme1" for o in options_of(kind).values() if o.required}
    required = {k: "eu-west-1" if k == "region" else v for k, v in required.items()}
    data = {"type": kind.value, **required, **dict.fromkeys(secrets, "s3cr3t-value")}
    found = problems(data)
    assert [line.split(":")[0] for line in found] == list(secrets)
    assert all("s3cr3t-value" not in line for line in found)


def test_fails_when_the_local_backend_is_given_options():
    assert problems({"type": "local", "path": "x.tfstate"}) == [
        "path: unknown option of the local backend; known options: none (the local backend "
        "has no options)"
    ]


def test_fails_when_a_value_holds_a_terraform_template_or_a_bad_endpoint():
    found = problems(
        {
            **S3,
            "profile": "${var.profile}",
            "endpoints": {"s3": "not a url", "ec2": "http://x"},
            "kms_key_id": " ",
        }
    )
    assert found == [
        "profile: contains a Terraform template sequence, got '${var.profile}'; expected "
        "plain text without '${' or '%{'",
        "endpoints.s3: invalid format, got 'not a url'; expected a URL",
        "endpoints.ec2: unknown service; expected one of s3, dynamodb, sts, iam",
        "kms_key_id: blank or padded, got ' '; expected text without surrounding blanks",
    ]


def test_fails_when_cloud_tags_are_empty_or_malformed():
    assert problems({"type": "cloud", "organization": "acme", "workspace_tags": []}) == [
        "workspace_tags: empty list, got []; expected at least one tag (or leave it out)"
    ]
    (line,) = problems({"type": "cloud", "organization": "acme", "workspace_tags": ["a b"]})
    assert line.startswith("workspace_tags: invalid format, got 'a b'")


def test_backend_options_each_have_a_doc_and_patterns_have_words():
    for option in OPTIONS:
        assert option.doc.endswith("."), option.name
        assert option.pattern is None or option.expected, option.name
