"""The validation table: each rule written once, rendered three ways.

A rule knows how to test a literal value in Python and how to say the same test as a Terraform
expression. ``props.py`` runs the Python side on literal props; the module stack turns every rule
over one input into a ``validation`` block of that Terraform variable, and every rule across
inputs into a ``precondition`` of the cluster (Terraform 1.2+), so Terraform rejects what Python
rejects, with the same words. A rule over text also keeps its ``pattern``, written in the subset
that Python's ``re``, Terraform's RE2 and bash's POSIX ERE read alike (control characters as
``\x00-\x1f\x7f``, which :mod:`coding_assistants.shell_checks` spells ``[:cntrl:]``), so the
init script's own check (``shell_checks.render()``) is rendered from the same row.

This module imports nothing from the framework.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coding_assistants import facts

UC_NAME_PATTERN = r"[^ ./\x00-\x1f\x7f]{1,255}"
"""Unity Catalog object names: 1-255 characters; no space, period, slash or control character."""
UC_NAME_EXPECTED = (
    "a Unity Catalog name: 1-255 characters, no spaces, periods, slashes or control characters"
)

UC_SCHEMA_PATTERN = rf"{UC_NAME_PATTERN}\.{UC_NAME_PATTERN}"
"""A schema's full name, ``<catalog>.<schema>``."""
UC_SCHEMA_EXPECTED = "<catalog>.<schema>, two Unity Catalog names joined by a period"

WORKSPACE_PATH_PATTERN = r"(/[^/\x00-\x1f\x7f]+)+"
"""An absolute workspace path: starts with '/', no empty segment, no trailing slash."""

TAG_KEY_PATTERN = r"[A-Za-z0-9 _.:/=+@-]{1,127}"
"""Tag keys accepted by every cloud Databricks runs on (the strictest, AWS, rules)."""

ENDPOINT_NAME_PATTERN = r"[A-Za-z0-9_-]{1,63}"
"""Model Serving endpoint names: letters, digits, '-' and '_', at most 63 characters."""
ENDPOINT_NAME_EXPECTED = "an endpoint name of 1-63 letters, digits, '-' or '_'"

MODEL_NAME_PATTERN = r"[A-Za-z0-9_-]{1,63}|system\.ai\.[A-Za-z0-9_-]{1,255}"
"""Models Claude Code may ask for: a serving endpoint name (databricks-claude-sonnet-4-6) or an
AI Gateway model (system.ai.claude-sonnet-4-6)."""
MODEL_NAME_EXPECTED = (
    "a serving endpoint name (1-63 letters, digits, '-' or '_', such as "
    "databricks-claude-sonnet-4-6) or system.ai.<name> for the AI Gateway"
)

CLAUDE_VERSION_PATTERN = r"stable|latest|[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?"
"""What the native installer accepts: a channel or an exact version."""
CLAUDE_VERSION_EXPECTED = '"stable", "latest" or a version such as 2.0.14'

HOST_PATTERN = r"(https://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?/?"
"""The workspace URL the node receives: https:// (optional), a host name, a port (optional),
at most a trailing slash; no path, query, user name or whitespace."""
HOST_EXPECTED = "a workspace URL such as https://adb-1234.5.azuredatabricks.net, without a path"

OTEL_ENDPOINT_PATTERN = r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?"
"""An OTLP collector's base URL: http(s), a host, a port and a path at most (no query, user or
space: the node writes it into Claude Code's settings as it is)."""
OTEL_ENDPOINT_EXPECTED = "an http(s) URL such as https://otel.example.com:4318, without a query"
SECRET_NAME_PATTERN = r"[A-Za-z0-9._-]{1,128}/[A-Za-z0-9._-]{1,128}"
SECRET_NAME_EXPECTED = "<scope>/<key> of a Databricks secret, such as observability/otlp-headers"

MAX_USER_TAGS = facts.MAX_CUSTOM_TAGS - len(facts.CLUSTER_TAG_KEYS)
"""Databricks allows 45 custom tags; the cluster adds ManagedBy and ResourceClass itself."""

MAX_TAG_VALUE_LENGTH = 256

_PLACEHOLDER = re.compile(r"\{v\}|\{var\[(\w+)\]\}")


@dataclass(frozen=True)
class Rule:
    """One constraint on one input, in Python and in Terraform.

    ``holds`` receives the field's value and, for rules across fields, every input by name.
    ``condition`` is the Terraform boolean expression; ``{v}`` stands for the variable reference
    and ``{var[name]}`` for the reference of another input, which ``reads`` must list.
    """

    field: str
    problem: str
    expected: str
    holds: Callable[[Any, Mapping[str, Any]], bool]
    condition: str
    nullable: bool = False
    pattern: str | None = None
    """The whole-value regular expression (portable subset) the node's environment value must
    match: the text itself for a text input, the entries joined by commas for a list, the
    base64 of a JSON object; None when the node checks the rule otherwise, or not at all."""
    reads: tuple[str, ...] = ()
    """The other inputs the rule reads: empty for a rule over its own input alone (a variable
    validation), else a rule across inputs (a precondition, checked once all are known)."""
    when_set: str | None = None
    """The input whose being set (not null) makes the rule apply, when that is all the rule
    asks of the others: the value must then be given and match ``pattern`` (if any). The init
    script checks such a rule itself; others across inputs are Terraform's and Python's."""
    shell: str | None = None
    """A bash condition over ``$value`` (the node's environment value) that holds when the
    rule does, for what a pattern cannot say (a length beyond 255)."""
    jq: str | None = None
    """For a JSON input: a jq filter over the decoded value, true when the rule holds; the
    node checks it once jq is there."""
    terraform: bool = True
    """False when the Terraform variable's type is the whole check (a bool is true or false):
    no validation block is rendered; Terraform refuses another value by its type."""
    explain: Callable[[Any], list[str]] | None = None
    """The lines Python reports for a value that breaks the rule, each naming the place inside
    the value (``claude_policy.permissions.defaultMode: ...``); None: the rule's one line."""

    def __post_init__(self) -> None:
        named = {m.group(1) for m in _PLACEHOLDER.finditer(self.condition) if m.group(1)}
        others = {self.when_set} if self.when_set else set()
        if named != set(self.reads) or not others <= named:
            raise ValueError(
                f"{self.field}: rule {self.problem!r} reads {sorted(self.reads)}, "
                f"its condition names {sorted(named)} (when_set: {self.when_set})"
            )

    @property
    def crosses(self) -> bool:
        """True for a rule across inputs (it reads another input)."""
        return bool(self.reads)

    def message(self) -> str:
        """The words both Python and Terraform use when the rule fails."""
        return f"{self.field}: {self.problem}; expected {self.expected}"

    def check(self, value: Any, values: Mapping[str, Any]) -> bool:
        """Python side. A null value passes a nullable rule."""
        if value is None and self.nullable:
            return True
        return self.holds(value, values)

    def problems(self, value: Any) -> list[str]:
        """The lines Python reports when ``value`` breaks the rule."""
        if self.explain is not None:
            return self.explain(value)
        return [f"{self.field}: {self.problem}, got {value!r}; expected {self.expected}"]

    def hcl(self, refs: Mapping[str, str]) -> str:
        """Terraform side, as a ``${...}`` expression over the given variable references."""
        body = _PLACEHOLDER.sub(lambda m: refs[m.group(1) or self.field], self.condition)
        if self.nullable:
            body = f"{refs[self.field]} == null ? true : ({body})"
        return "${" + body + "}"


def hcl_string(text: str) -> str:
    """Quote ``text`` as an HCL string literal (escapes quotes, backslashes and ``${``)."""
    return json.dumps(text).replace("${", "$${").replace("%{", "%%{")


def hcl_value(value: Any) -> str:
    """A JSON-like value (text, number, bool, null, lists, objects) as an HCL expression."""
    if isinstance(value, str):
        return hcl_string(value)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{hcl_string(k)} = {hcl_value(v)}" for k, v in value.items()) + "}"
    return "[" + ", ".join(hcl_value(v) for v in value) + "]"


def literal_pattern(text: str) -> str:
    """``text`` as a regular expression every dialect here reads as that literal text."""
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", text)


def _fullmatch(pattern: str) -> Callable[[Any, Mapping[str, Any]], bool]:
    compiled = re.compile(pattern)
    return lambda v, _: compiled.fullmatch(v) is not None


def _regex_hcl(pattern: str) -> str:
    return "can(regex(" + hcl_string(f"^(?:{pattern})$") + ", {v}))"


def one_of(field: str, choices: Sequence[str]) -> Rule:
    listed = ", ".join(f'"{c}"' for c in choices)
    return Rule(
        field,
        "not a known value",
        f"one of {listed}",
        lambda v, _: v in choices,
        "contains([" + ", ".join(hcl_string(c) for c in choices) + "], {v})",
        pattern="|".join(literal_pattern(c) for c in choices),
    )


def one_of_nullable(field: str, choices: Sequence[str]) -> Rule:
    """``one_of`` for an opt-in input: null passes."""
    rule = one_of(field, choices)
    return Rule(field, rule.problem, rule.expected, rule.holds, rule.condition, True, rule.pattern)


def matches(field: str, pattern: str, expected: str, *, nullable: bool = False) -> Rule:
    return Rule(
        field,
        "invalid format",
        expected,
        _fullmatch(pattern),
        _regex_hcl(pattern),
        nullable,
        pattern,
    )


def flag(field: str) -> Rule:
    """An on/off input: true or false (the node receives "true" when it is on)."""
    return Rule(
        field,
        "not true or false",
        "true or false",
        lambda v, _: isinstance(v, bool),
        "{v} == true || {v} == false",
        pattern="true|false",
        terraform=False,
    )


def entries(field: str, pattern: str, expected: str, most: int) -> Rule:
    """A list of at most ``most`` texts, each matching ``pattern`` (which must not match a
    comma: the node receives the entries joined by commas)."""
    compiled = re.compile(pattern)
    return Rule(
        field,
        "invalid entries",
        f"at most {most} entries, each {expected}",
        lambda v, _: len(v) <= most and all(compiled.fullmatch(x) for x in v),
        f"length({{v}}) <= {most} && alltrue([for x in {{v}} : can(regex("
        + hcl_string(f"^(?:{pattern})$")
        + ", x))])",
        pattern=f"({pattern})(,({pattern})){{0,{most - 1}}}",
    )


BASE64_PATTERN = r"([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)"
"""What the node receives for a JSON object: standard base64, padded."""


def json_object(field: str, expected: str) -> Rule:
    """A JSON object input (the node receives the base64 of its compact JSON, and checks the
    decoded value with jq)."""
    return Rule(
        field,
        "not a JSON object",
        expected,
        lambda v, _: isinstance(v, Mapping),
        "can(keys({v}))",
        nullable=True,
        pattern=BASE64_PATTERN,
        jq='type == "object"',
    )


def non_blank(field: str, *, nullable: bool = False) -> Rule:
    return Rule(
        field,
        "must not be empty",
        "a non-empty string",
        lambda v, _: v.strip() != "",
        'trimspace({v}) != ""',
        nullable,
    )


def whole_number_within(
    field: str, low: int, high: int, why: str = "", *, nullable: bool = False
) -> Rule:
    """A count from ``low`` to ``high``: every count has an upper bound that Terraform, the
    Databricks API and a synthesis can hold (``why`` says where it comes from)."""
    return Rule(
        field,
        "out of range",
        f"a whole number from {low} to {high}{why}",
        lambda v, _: low <= v <= high,
        f"floor({{v}}) == {{v}} && {{v}} >= {low} && {{v}} <= {high}",
        nullable,
    )


WORKERS_WHY = " (the Clusters API takes worker counts as 32-bit integers)"


def autotermination(field: str) -> Rule:
    return Rule(
        field,
        "out of range",
        "0 (never terminate) or a whole number of minutes from 10 to 10000",
        lambda v, _: v == 0 or 10 <= v <= 10000,
        "floor({v}) == {v} && ({v} == 0 || ({v} >= 10 && {v} <= 10000))",
    )


def _autoscaling(values: Mapping[str, Any]) -> bool:
    return values.get("cluster_mode") == "STANDARD" and values.get("num_workers") is None


_AUTOSCALING_HCL = '({var[cluster_mode]} == "STANDARD" && {var[num_workers]} == null)'


def autoscale_max_at_least_one() -> Rule:
    return Rule(
        "max_workers",
        "too small for autoscaling",
        "at least 1 when cluster_mode is STANDARD and num_workers is null (autoscaling)",
        lambda v, values: not _autoscaling(values) or v >= 1,
        f"!{_AUTOSCALING_HCL} || {{v}} >= 1",
        reads=("cluster_mode", "num_workers"),
    )


def autoscale_min_not_above_max() -> Rule:
    return Rule(
        "min_workers",
        "larger than max_workers",
        "min_workers <= max_workers when autoscaling (cluster_mode STANDARD, num_workers null)",
        lambda v, values: not _autoscaling(values) or v <= values.get("max_workers", v),
        f"!{_AUTOSCALING_HCL} || {{v}} <= {{var[max_workers]}}",
        reads=("cluster_mode", "num_workers", "max_workers"),
    )


def tags_rules(field: str, project_keys: Sequence[str] = facts.CLUSTER_TAG_KEYS) -> list[Rule]:
    """Rules of a user tag map; ``project_keys`` are the keys the project adds to it, which a
    user key may match exactly (the project's value wins) but not differ from only in case."""
    key = re.compile(TAG_KEY_PATTERN)
    own = [_project_case_rule(field, project_keys)] if project_keys else []
    return [
        Rule(
            field,
            "too many tags",
            f"at most {MAX_USER_TAGS} tags (Databricks allows 45; the cluster adds 2)",
            lambda v, _: len(v) <= MAX_USER_TAGS,
            f"length({{v}}) <= {MAX_USER_TAGS}",
        ),
        Rule(
            field,
            "invalid tag key",
            "keys of 1-127 letters, digits, spaces or _ . : / = + - @",
            lambda v, _: all(key.fullmatch(k) for k in v),
            "alltrue([for k in keys({v}) : can(regex("
            + hcl_string(f"^(?:{TAG_KEY_PATTERN})$")
            + ", k))])",
        ),
        Rule(
            field,
            "tag keys differ only in case",
            "keys unique regardless of case (Azure treats Team and team as one tag)",
            lambda v, _: len({k.casefold() for k in v}) == len(v),
            "length(distinct([for k in keys({v}) : lower(k)])) == length({v})",
        ),
        Rule(
            field,
            "tag value too long",
            f"tag values of at most {MAX_TAG_VALUE_LENGTH} characters",
            lambda v, _: all(len(x) <= MAX_TAG_VALUE_LENGTH for x in v.values()),
            f"alltrue([for x in values({{v}}) : length(x) <= {MAX_TAG_VALUE_LENGTH}])",
        ),
        *own,
    ]


def _project_case_rule(field: str, project_keys: Sequence[str]) -> Rule:
    folded = {k.casefold(): k for k in project_keys}
    listed = ", ".join(project_keys)
    lowered = "[" + ", ".join(hcl_string(k.lower()) for k in project_keys) + "]"
    exact = "[" + ", ".join(hcl_string(k) for k in project_keys) + "]"
    return Rule(
        field,
        "tag key differs only in case from a tag the cluster adds",
        f"{listed} spelt exactly so, or other keys (tag keys are case-insensitive on Azure)",
        lambda v, _: all(folded.get(k.casefold(), k) == k for k in v),
        f"alltrue([for k in keys({{v}}) : !contains({lowered}, lower(k)) || contains({exact}, k)])",
    )


def workspace_host() -> Rule:
    """DATABRICKS_HOST on the node: not an input (the cluster passes the workspace URL), so
    only the init script checks it; the rule lives here with the others all the same."""
    return matches(facts.ENV_DATABRICKS_HOST, HOST_PATTERN, HOST_EXPECTED)


CLUSTER_USER_PATTERN = r"[A-Za-z0-9_%+@-][A-Za-z0-9._%+@-]{0,254}"
"""The cluster's single user as the node receives it: a user name (an e-mail) or a service
principal's application ID; one path segment of /Workspace/Users/, never '.' or '..'."""


def cluster_user() -> Rule:
    """CODING_ASSISTANTS_USER on the node: not an input (the cluster passes its single user),
    so only the init script checks it."""
    return matches(
        facts.ENV_CLUSTER_USER,
        CLUSTER_USER_PATTERN,
        "a user name such as ada@example.com or a service principal's application ID",
    )


_BUNDLE_DIR_SEGMENT = r"(\.?[^/.\x00-\x1f\x7f][^/\x00-\x1f\x7f]*|\.\.[^/\x00-\x1f\x7f]+)"
"""A directory name other than '.' and '..' (RE2 has no look-ahead, so spelt out)."""
OFFLINE_BUNDLE_PATH_PATTERN = rf"/Volumes(/{UC_NAME_PATTERN}){{3}}(/{_BUNDLE_DIR_SEGMENT})+"
"""``/Volumes/<catalog>/<schema>/<volume>/<dir>``: a directory inside a Unity Catalog volume;
no DBFS, no trailing slash, no '.' or '..'."""
OFFLINE_BUNDLE_PATH_EXPECTED = (
    "a directory in a Unity Catalog volume, /Volumes/<catalog>/<schema>/<volume>/<dir> "
    "(DBFS and other paths are refused)"
)
VOLUME_FOLDER_EXPECTED = (
    "a folder in a Unity Catalog volume, /Volumes/<catalog>/<schema>/<volume>/<dir> "
    "(DBFS and other paths are refused)"
)
VOLUME_FILE_EXPECTED = (
    "a file in a Unity Catalog volume, /Volumes/<catalog>/<schema>/<volume>/<path> "
    "(DBFS and other paths are refused)"
)
SHA256_PATTERN = r"[0-9a-fA-F]{64}"
SHA256_EXPECTED = "a SHA-256: 64 hexadecimal digits (printed by coding-assistants stage-offline)"
EXACT_VERSION_PATTERN = r"[0-9]+\.[0-9]+\.[0-9]+"


def bundle_needs_hash() -> Rule:
    """offline_bundle_sha256 is required once offline_bundle_path is set (on the node too: the
    hash must then be given)."""
    return Rule(
        "offline_bundle_sha256",
        "required with offline_bundle_path",
        "the manifest's SHA-256 whenever offline_bundle_path is set (Terraform pins the manifest)",
        lambda v, values: values.get("offline_bundle_path") is None or v is not None,
        "{var[offline_bundle_path]} == null || {v} != null",
        reads=("offline_bundle_path",),
        when_set="offline_bundle_path",
    )


def bundle_needs_exact_version() -> Rule:
    """With a bundle, claude_code_version names the staged release: X.Y.Z, not a channel. Its
    ``pattern`` is what the version must match when a bundle is set (the init script checks it
    too, ``shell_checks.when_set_rules``)."""
    exact = re.compile(EXACT_VERSION_PATTERN)
    return Rule(
        "claude_code_version",
        "not an exact version with offline_bundle_path",
        "an exact X.Y.Z, the version the bundle was staged with (a bundle has no channels)",
        lambda v, values: (
            values.get("offline_bundle_path") is None
            or (isinstance(v, str) and exact.fullmatch(v) is not None)
        ),
        "{var[offline_bundle_path]} == null || ({v} != null && can(regex("
        + hcl_string(f"^{EXACT_VERSION_PATTERN}$")
        + ", {v})))",
        pattern=EXACT_VERSION_PATTERN,
        reads=("offline_bundle_path",),
        when_set="offline_bundle_path",
    )


PROXY_URL_PATTERN = r"https?:/{2}[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?/?"
"""The corporate proxy Claude Code is pinned to: http or https, a host, a port (optional); no
user name or password (the managed settings are world-readable) and no path. (``/{2}`` is the
scheme's two slashes: synthesized JSON holds no ``//`` but cdktf's metadata keys.)"""
PROXY_URL_EXPECTED = "an http or https proxy URL with a host and a port, no user, password or path"
NODE_FILE_PATTERN = rf"(/{_BUNDLE_DIR_SEGMENT})+"
"""An absolute file path on the node, such as a file in a Unity Catalog volume; no '.' or '..'."""
NODE_FILE_EXPECTED = "an absolute path of a file on the node, without '.' or '..'"


# --- plugins: names and marketplace sources -----------------------------------------------------


PLUGIN_ID_PATTERN = r"[A-Za-z0-9._-]{1,64}@[A-Za-z0-9._-]{1,64}"
"""A plugin of a marketplace, as Claude Code's ``enabledPlugins`` names it: plugin@marketplace."""
MAX_PLUGINS = 50


def plugin_ids(field: str) -> Rule:
    """A list of plugin@marketplace names (the node receives them joined by commas)."""
    return entries(
        field,
        PLUGIN_ID_PATTERN,
        "a plugin@marketplace name such as formatter@team-tools (letters, digits, '.', '_', "
        "'-'; one '@')",
        MAX_PLUGINS,
    )


MARKETPLACE_SOURCES = {
    "github": ("repo", "ref"),
    "git": ("url", "ref"),
    "directory": ("path",),
}
"""Claude Code's marketplace source kinds this input takes: the key each one needs, then the
one it may have (a git branch, tag or commit)."""
MARKETPLACE_NAME_PATTERN = r"[A-Za-z0-9._-]{1,64}"
MARKETPLACE_VALUE_PATTERN = r"[A-Za-z0-9._~:/@+=-]+"
"""A source's values: repositories (org/repo), URLs without a query, paths, refs."""
MAX_MARKETPLACES = 20


def _marketplace_ok(name: Any, source: Any) -> bool:
    if not isinstance(source, Mapping):
        return False
    value = re.compile(MARKETPLACE_VALUE_PATTERN)
    kind = source.get("source")
    keys = MARKETPLACE_SOURCES.get(kind, ()) if isinstance(kind, str) else ()
    return (
        re.fullmatch(MARKETPLACE_NAME_PATTERN, name) is not None
        and bool(keys)
        and keys[0] in source
        and all(
            (k == "source" or k in keys) and isinstance(x, str) and value.fullmatch(x) is not None
            for k, x in source.items()
        )
    )


def marketplaces(field: str) -> Rule:
    """Marketplace name -> its source (Claude Code's ``extraKnownMarketplaces`` entries, flat);
    the node checks the decoded JSON with jq."""
    allowed = (
        "{"
        + ", ".join(
            f"{k} = [" + ", ".join(hcl_string(x) for x in ("source", *keys)) + "]"
            for k, keys in MARKETPLACE_SOURCES.items()
        )
        + "}"
    )
    needs = "{" + ", ".join(f"{k} = {hcl_string(x[0])}" for k, x in MARKETPLACE_SOURCES.items())
    value_re = hcl_string(f"^(?:{MARKETPLACE_VALUE_PATTERN})$")
    name_re = hcl_string(f"^(?:{MARKETPLACE_NAME_PATTERN})$")
    kind = 'lookup(s, "source", "")'
    listed = ", ".join(f"{k} with {x[0]}" for k, x in MARKETPLACE_SOURCES.items())
    return Rule(
        field,
        "not a map of marketplace sources",
        f"at most {MAX_MARKETPLACES} names mapped to a source ({listed}; git and github may "
        "have a ref), in letters, digits and ._~:/@+=-",
        lambda v, _: (
            isinstance(v, Mapping)
            and len(v) <= MAX_MARKETPLACES
            and all(_marketplace_ok(n, s) for n, s in v.items())
        ),
        f"length({{v}}) <= {MAX_MARKETPLACES} && alltrue([for n, s in {{v}} : "
        f'can(regex({name_re}, n)) && lookup(s, lookup({needs}}}, {kind}, "-"), "") != "" && '
        f"alltrue([for k, x in s : contains(lookup({allowed}, {kind}, []), k) && "
        f"try(tostring(x) == x, false) && can(regex({value_re}, x))])])",
        nullable=True,
        jq=_marketplaces_jq(),
    )


def _marketplaces_jq() -> str:
    """The jq filter of :func:`marketplaces`: the same checks as its Python check."""
    keys = json.dumps({k: ["source", *x] for k, x in MARKETPLACE_SOURCES.items()})
    name = json.dumps(f"^(?:{MARKETPLACE_NAME_PATTERN})$")
    value = json.dumps(f"^(?:{MARKETPLACE_VALUE_PATTERN})$")
    return (
        f'type == "object" and length <= {MAX_MARKETPLACES} and all(to_entries[]; '
        f'.key as $n | .value as $s | ($n | test({name})) and ($s | type) == "object" and '
        f"(({keys}[$s.source | strings] // null) as $k | $k != null and $s[$k[1]] != null and "
        f'all($s | to_entries[]; (.key | IN($k[])) and (.value | type) == "string" and '
        f"(.value | test({value})))))"
    )
