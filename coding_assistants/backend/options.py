"""The backend setting's table: each option of each kind of backend, declared once.

Every root stack (the cluster and every workshop stack) keeps its state where the backend
settings file says: ``local`` (the default: a file in the project directory), ``s3``,
``azurerm``, ``gcs``, ``pg`` or ``cloud`` (HCP Terraform and Terraform Enterprise). Option names
are Terraform's own, except the per-stack prefixes (``key_prefix``, ``schema_prefix``,
``workspace_prefix``): each stack's own state key is derived from its name, so options that
would give every stack the same state (``key``, ``prefix``, ``schema_name``, ``workspaces``) are
refused, as are secrets, which Terraform reads from the environment or from a partial backend
configuration file (``terraform init -backend-config=FILE``) instead.

Imports nothing of the package but the standard library.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class BackendKind(enum.StrEnum):
    """Where Terraform keeps the root stacks' state (the ``type`` of the settings file)."""

    LOCAL = "local"
    """A state file per stack in the project directory, ``terraform.<stack>.tfstate``."""
    S3 = "s3"
    """Amazon S3 (or an S3-compatible server), locked by a lock file or a DynamoDB table."""
    AZURERM = "azurerm"
    """An Azure Storage blob container, locked by blob leases."""
    GCS = "gcs"
    """A Google Cloud Storage bucket, locked by a lock object."""
    PG = "pg"
    """A PostgreSQL database: a schema per stack, locked by advisory locks."""
    CLOUD = "cloud"
    """HCP Terraform or Terraform Enterprise: a workspace per stack."""


@dataclass(frozen=True)
class Option:
    """One option of one or more kinds of backend."""

    name: str
    kinds: tuple[BackendKind, ...]
    doc: str
    """One line: what the option does, and what happens when it is left out."""
    kind_of_value: str = "string"
    """``string``, ``bool``, ``list(string)`` or ``map(string)``, in Terraform's words."""
    required: bool = False
    default: Any = None
    """Written into the JSON when the option is left out (None: Terraform's own default)."""
    pattern: str | None = None
    """Whole-value regular expression of a string option (None: any non-blank text)."""
    expected: str = ""
    """What a value must look like, for messages (patterns only)."""
    rendered: bool = True
    """False for the project's own options, which shape a derived value instead."""


S3, AZ, GCS, PG, CLOUD = (
    BackendKind.S3,
    BackendKind.AZURERM,
    BackendKind.GCS,
    BackendKind.PG,
    BackendKind.CLOUD,
)

KEY_PREFIX_PATTERN = r"([A-Za-z0-9_.-]+/)*[A-Za-z0-9_.-]*"
KEY_PREFIX_EXPECTED = (
    "path segments of letters, digits, '_', '.' or '-', separated by '/', with no leading '/' "
    "(each stack adds <stack>.tfstate)"
)
NAME_EXPECTED = "letters, digits, '-' or '_'"

OPTIONS: tuple[Option, ...] = (
    # --- S3 ---------------------------------------------------------------------------------
    Option(
        "bucket", (S3,), "Bucket that holds the state objects. Required.", required=True,
        pattern=r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]",
        expected="an S3 bucket name: 3-63 lower-case letters, digits, '.' or '-'",
    ),
    Option(
        "bucket", (GCS,), "Bucket that holds the state objects. Required.", required=True,
        pattern=r"[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]",
        expected="a Cloud Storage bucket name: 3-63 lower-case letters, digits, '.', '_' or '-'",
    ),
    Option(
        "region", (S3,), "AWS region of the bucket. Required.", required=True,
        pattern=r"[a-z]{2}(-[a-z]+)+-[0-9]{1,2}", expected="an AWS region such as eu-west-1",
    ),
    Option(
        "key_prefix", (S3, AZ, GCS),
        "Prefix of every stack's state; a stack's key is <key_prefix><stack>.tfstate "
        "(gcs: the prefix <key_prefix><stack>). Left out: coding-assistants/.",
        default="coding-assistants/", pattern=KEY_PREFIX_PATTERN, expected=KEY_PREFIX_EXPECTED,
        rendered=False,
    ),
    Option(
        "use_lockfile", (S3,),
        "Lock the state with a lock object beside it (Terraform 1.10+). Left out: true.",
        "bool", default=True,
    ),
    Option(
        "dynamodb_table", (S3,),
        "DynamoDB table (hash key LockID) that locks the state; left out, no table.",
        pattern=r"[A-Za-z0-9_.-]{3,255}", expected="a DynamoDB table name: 3-255 letters, "
        "digits, '_', '.' or '-'",
    ),
    Option("encrypt", (S3,), "Server-side encryption of the state. Left out: true.", "bool",
           default=True),
    Option("kms_key_id", (S3,), "KMS key that encrypts the state; left out, S3's own key."),
    Option("profile", (S3,), "AWS profile to read credentials from; left out, the default chain."),
    Option(
        "endpoints", (S3,),
        "Service URLs (s3, dynamodb, sts, iam) of an S3-compatible server; left out, AWS's.",
        "map(string)",
    ),
    Option("use_path_style", (S3,), "Path-style bucket URLs (S3-compatible servers).", "bool"),
    Option("skip_credentials_validation", (S3,), "Skip the STS credentials check.", "bool"),
    Option("skip_requesting_account_id", (S3,), "Do not look the account id up.", "bool"),
    Option("skip_metadata_api_check", (S3,), "Do not ask the EC2 metadata API.", "bool"),
    Option("skip_region_validation", (S3,), "Accept a region AWS does not list.", "bool"),
    # --- Azure ------------------------------------------------------------------------------
    Option(
        "storage_account_name", (AZ,), "Storage account of the container. Required.",
        required=True, pattern=r"[a-z0-9]{3,24}",
        expected="a storage account name: 3-24 lower-case letters or digits",
    ),
    Option(
        "container_name", (AZ,), "Blob container that holds the state blobs. Required.",
        required=True, pattern=r"[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]",
        expected="a container name: 3-63 lower-case letters, digits or single '-'",
    ),
    Option("resource_group_name", (AZ,), "Resource group of the storage account."),
    Option("subscription_id", (AZ,), "Subscription of the storage account."),
    Option("tenant_id", (AZ,), "Microsoft Entra tenant to authenticate against."),
    Option("use_azuread_auth", (AZ,), "Authenticate with Entra ID instead of an access key.",
           "bool"),
    Option("use_oidc", (AZ,), "Authenticate with an OpenID Connect token (CI).", "bool"),
    Option("use_msi", (AZ,), "Authenticate with a managed identity.", "bool"),
    # --- GCS --------------------------------------------------------------------------------
    Option("impersonate_service_account", (GCS,), "Service account to impersonate."),
    Option("kms_encryption_key", (GCS,), "Cloud KMS key that encrypts the state."),
    # --- PostgreSQL -------------------------------------------------------------------------
    Option(
        "conn_str", (PG,),
        "postgres:// URL of the database, without a password; left out, $PG_CONN_STR.",
        pattern=r"postgres(ql)?://[^\s]+", expected="a postgres:// URL without a password",
    ),
    Option(
        "schema_prefix", (PG,),
        "Prefix of every stack's schema, <schema_prefix>_<stack>. Left out: coding_assistants.",
        default="coding_assistants", pattern=r"[a-z_][a-z0-9_]{0,29}",
        expected="1-30 lower-case letters, digits or '_', not starting with a digit",
        rendered=False,
    ),
    # --- HCP Terraform / Terraform Enterprise -----------------------------------------------
    Option(
        "organization", (CLOUD,), "Organization of the workspaces. Required.", required=True,
        pattern=r"[A-Za-z0-9_-]{1,64}", expected=f"an organization name: {NAME_EXPECTED}",
    ),
    Option(
        "hostname", (CLOUD,), "Terraform Enterprise host; left out, app.terraform.io.",
        pattern=r"[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?",
        expected="a host name such as tfe.example.com, without https://",
    ),
    Option("project", (CLOUD,), "Project new workspaces are created in; left out, the default."),
    Option(
        "workspace_prefix", (CLOUD,),
        "Prefix of every stack's workspace, <workspace_prefix><stack>. Left out: "
        "coding-assistants-.",
        default="coding-assistants-", pattern=r"[A-Za-z0-9_-]{0,60}",
        expected=f"up to 60 {NAME_EXPECTED}", rendered=False,
    ),
    Option(
        "workspace_tags", (CLOUD,),
        "Select workspaces by these tags plus the stack's workspace name (instead of by name).",
        "list(string)", pattern=r"[A-Za-z0-9]([A-Za-z0-9:_-]*[A-Za-z0-9])?",
        expected="tags of letters, digits, ':', '_' or '-', starting and ending with a letter "
        "or digit",
        rendered=False,
    ),
)  # fmt: skip

DERIVED: dict[BackendKind, dict[str, str]] = {
    S3: {"key": "key_prefix"},
    AZ: {"key": "key_prefix"},
    GCS: {"prefix": "key_prefix"},
    PG: {"schema_name": "schema_prefix"},
    CLOUD: {"workspaces": "workspace_prefix or workspace_tags"},
}
"""Options derived from each stack's name, and the option that shapes them instead."""

SECRETS: dict[BackendKind, dict[str, str]] = {
    S3: {
        "access_key": "AWS_ACCESS_KEY_ID",
        "secret_key": "AWS_SECRET_ACCESS_KEY",
        "token": "AWS_SESSION_TOKEN",
        "sse_customer_key": "AWS_SSE_CUSTOMER_KEY",
    },
    AZ: {
        "access_key": "ARM_ACCESS_KEY",
        "sas_token": "ARM_SAS_TOKEN",
        "client_secret": "ARM_CLIENT_SECRET",
        "client_certificate": "ARM_CLIENT_CERTIFICATE",
        "client_certificate_password": "ARM_CLIENT_CERTIFICATE_PASSWORD",
        "oidc_token": "ARM_OIDC_TOKEN",
    },
    GCS: {
        "credentials": "GOOGLE_BACKEND_CREDENTIALS",
        "access_token": "GOOGLE_OAUTH_ACCESS_TOKEN",
        "encryption_key": "GOOGLE_ENCRYPTION_KEY",
    },
    PG: {"password": "PGPASSWORD"},
    CLOUD: {"token": "TF_TOKEN_<host> (terraform login)"},
}
"""Secret options, refused in the settings file, and where Terraform reads each instead."""


def options_of(kind: BackendKind) -> dict[str, Option]:
    """The options of one kind of backend, by name, in table order."""
    return {o.name: o for o in OPTIONS if kind in o.kinds}
