"""The preflight rows of the workspace's compute: does it offer the workshop's node type and
its Databricks Runtime? When it does not, the row names the nearest choices it does offer.

Both listings (``/api/2.0/clusters/list-node-types``, ``/api/2.0/clusters/spark-versions``)
are answers of the workspace, read as untrusted: at most ``MAX_LISTED`` entries each, every
entry parsed on its own (a malformed one is counted and left out, never a traceback), text cut
to ``MAX_TEXT`` characters before it is shown.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from coding_assistants import facts
from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.checks import FAIL, OK, Check
from coding_assistants.cli.services.prices import builtin_prices
from coding_assistants.cli.services.workspace_cloud import CloudChoice, choose_cloud
from coding_assistants.untrusted import Node, UntrustedError, rows

NODE_TYPES_PATH = "/api/2.0/clusters/list-node-types"
SPARK_VERSIONS_PATH = "/api/2.0/clusters/spark-versions"
NODE_TYPE_CHECK = "node type"
RUNTIME_CHECK = "runtime"
COMPUTE_CHECKS = (NODE_TYPE_CHECK, RUNTIME_CHECK)
MAX_LISTED = 5000
"""Entries read of either listing: a workspace offers a few hundred node types and runtimes."""
MAX_TEXT = 200
"""Longest identifier taken from an entry; a longer one is not a node type or runtime."""
NEAREST = 3

T = TypeVar("T")


@dataclass(frozen=True)
class NodeType:
    """One entry of the workspace's node types."""

    node_type_id: str
    num_cores: float | None
    memory_mb: float | None
    arm64: bool
    deprecated: bool

    def describe(self) -> str:
        parts = []
        if self.num_cores is not None:
            parts.append(f"{self.num_cores:g} cores")
        if self.memory_mb is not None:
            parts.append(f"{self.memory_mb / 1024:.3g} GB")
        if self.arm64:
            parts.append("arm64 (an offline bundle needs stage-offline --platform linux-arm64)")
        if self.deprecated:
            parts.append("deprecated by Databricks: a newer type is faster")
        return ", ".join(parts)


def _identifier(node: Node) -> str:
    text = node.text()
    if not text.strip() or len(text) > MAX_TEXT:
        raise node.problem(f"expected an identifier of 1 to {MAX_TEXT} characters")
    return text


def _node_type(entry: Node) -> NodeType:
    return NodeType(
        node_type_id=_identifier(entry["node_type_id"]),
        num_cores=entry["num_cores"].number(optional=True),
        memory_mb=entry["memory_mb"].number(optional=True),
        arm64=entry["is_graviton"].flag(default=False),
        deprecated=entry["is_deprecated"].flag(default=False),
    )


def _runtime(entry: Node) -> str:
    return _identifier(entry["key"])


@dataclass(frozen=True)
class Listing:
    """What a listing gave: the good entries, how many were malformed, whether it was cut."""

    found: list
    malformed: int
    cut: bool

    def note(self, what: str) -> str:
        notes = []
        if self.malformed:
            notes.append(f"{self.malformed} malformed {what} left out")
        if self.cut:
            notes.append(f"only the first {MAX_LISTED} {what} read")
        return f" ({'; '.join(notes)})" if notes else ""


def _listing(
    api: WorkspaceApi, console: Console, path: str, key: str, parse: Callable[[Node], T]
) -> Listing | Check:
    """The entries of ``key`` in the answer of ``path``, or the failed row."""
    name = NODE_TYPE_CHECK if path == NODE_TYPES_PATH else RUNTIME_CHECK
    try:
        reply = api.call("GET", path)
    except CallError as error:
        return Check(name, FAIL, error.reason, error.fix)
    if not reply.ok:
        fix = "retry later" if reply.status >= 500 else "check that the user may list compute"
        return Check(name, FAIL, f"{path}: {console.shorten(reply.message)}", fix)
    try:
        entries = Node(reply.body, f"{api.host}{path}")[key].items()
    except UntrustedError as error:
        fix = "retry later; if it persists, the workspace's answer is not what Databricks sends"
        return Check(name, FAIL, console.shorten(str(error)), fix)
    found, bad = rows(entries[:MAX_LISTED], parse)
    return Listing(found, len(bad), len(entries) > MAX_LISTED)


def nearest(wanted: str, choices: list[str]) -> list[str]:
    """The choices closest to ``wanted``: the same name in another case first."""
    same = [c for c in choices if c.lower() == wanted.lower()]
    close = difflib.get_close_matches(wanted, choices, n=NEAREST, cutoff=0.5)
    return list(dict.fromkeys([*same, *close]))[:NEAREST]


def check_node_type(
    api: WorkspaceApi,
    console: Console,
    wanted: str,
    cloud: CloudChoice,
    cloud_of_type: Callable[[str], str | None] = lambda _: None,
) -> Check:
    """The workspace offers ``wanted``; else the nearest it offers, and the workshop default
    of the workspace's cloud when a node type of another cloud was asked for."""
    listing = _listing(api, console, NODE_TYPES_PATH, "node_types", _node_type)
    if isinstance(listing, Check):
        return listing
    offered = {n.node_type_id: n for n in listing.found}
    extra = listing.note("node types")
    if wanted in offered:
        return Check(NODE_TYPE_CHECK, OK, f"{wanted}: {offered[wanted].describe()}{extra}")
    suggestions = nearest(wanted, sorted(offered))
    home = cloud_of_type(wanted)
    detail = f"{wanted} is not offered by this workspace{extra}"
    if home and home != cloud.cloud and cloud.source.startswith("the workspace URL"):
        label, own = facts.CLOUD_LABELS, facts.WORKSHOP_NODE_TYPES[cloud.cloud]
        detail += f": a VM type of {label[home]}, and this workspace is on {label[cloud.cloud]}"
        suggestions = list(dict.fromkeys([*([own] if own in offered else []), *suggestions]))
    fix = _fix(suggestions, "node_type_id or --node-type", "list-node-types")
    return Check(NODE_TYPE_CHECK, FAIL, console.shorten(detail), console.shorten(fix))


def _fix(suggestions: list[str], setting: str, command: str) -> str:
    offered = f"the nearest offered: {', '.join(suggestions)}" if suggestions else "one offered"
    return f"set {setting} to {offered} (all: databricks clusters {command})"


def check_runtime(api: WorkspaceApi, console: Console, wanted: str) -> Check:
    """The workspace offers the Databricks Runtime ``wanted``; else the nearest it offers."""
    listing = _listing(api, console, SPARK_VERSIONS_PATH, "versions", _runtime)
    if isinstance(listing, Check):
        return listing
    extra = listing.note("runtimes")
    if wanted in listing.found:
        return Check(RUNTIME_CHECK, OK, f"{wanted}: offered{extra}")
    suggestions = nearest(wanted, sorted(set(listing.found)))
    fix = _fix(suggestions, "spark_version or --spark-version", "spark-versions")
    detail = f"{wanted} is not offered by this workspace{extra}"
    return Check(RUNTIME_CHECK, FAIL, console.shorten(detail), console.shorten(fix))


def compute_checks(
    api: WorkspaceApi,
    console: Console,
    node_type: str | None,
    spark_version: str,
    workshop_cloud: str | None,
) -> list[Check]:
    """Both rows. Without a node type, the workshop node type of the workshop file's cloud,
    else of the cloud the workspace URL names (``workspace_cloud``)."""
    cloud = choose_cloud(None, workshop_cloud, api.host)
    wanted = node_type or facts.WORKSHOP_NODE_TYPES[cloud.cloud]
    return [
        check_node_type(api, console, wanted, cloud, builtin_prices().cloud_of),
        check_runtime(api, console, spark_version),
    ]
