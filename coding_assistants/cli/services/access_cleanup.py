"""``cleanup``: the attendees' access that outlives the fleet, and only that.

The workshop grants each attendee (every one on the roster but the deploying user) exactly:
``USE_CATALOG`` on the script's catalog, ``USE_SCHEMA`` on its schema, ``READ_VOLUME`` on its
volume (and the same on an offline bundle's securables), ``CAN_USE`` on the workshop's cluster
policy, and, with ``serving_endpoint_query: attendees``, ``CAN_QUERY`` on the model's serving
endpoint. These are held by ``workshop-shared`` (and its ``-NN`` shares), which is kept between
workshops, or by nobody once a state is lost. This module removes those and nothing else: only
principals on the roster, only the privilege or permission level the workshop grants, only on
the securables named by the workshop file and the policy it names; the caller's own access,
other principals' entries, and an attendee's other privileges are kept, and counted.

Reads are one request per securable; removals are batched (``BATCH`` principals a request), so
1,000 attendees cost a few dozen requests.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.services.workshop import Workshop
from coding_assistants.untrusted import as_dict, as_list, as_text

UC_PATH = "/api/2.1/unity-catalog/permissions/{kind}/{name}"
POLICY_ACL = "/api/2.0/permissions/cluster-policies/"
ENDPOINT_ACL = "/api/2.0/permissions/serving-endpoints/"
"""The Permissions API's paths of a cluster policy's and a serving endpoint's access list."""
POLICIES_PATH = "/api/2.0/policies/clusters/list"
ENDPOINT_PATH = "/api/2.0/serving-endpoints/{name}"
BATCH = 50
"""Principals changed per request."""
MAX_ENTRIES = 20_000
"""Entries read from one access list at most."""
UC_PRIVILEGES = {"catalog": "USE_CATALOG", "schema": "USE_SCHEMA", "volume": "READ_VOLUME"}


class AccessError(Exception):
    """A read failed; the message names the securable."""


@dataclass(frozen=True)
class Target:
    """One securable or object whose entries for attendees are removed."""

    label: str
    """``USE_CATALOG on catalog workshops``: what is removed, where."""
    kind: str
    """A Unity Catalog securable type (catalog, schema, volume), or the Permissions API's path
    of an object type (``POLICY_ACL``, ``ENDPOINT_ACL``)."""
    name: str
    """Full name (Unity Catalog) or object id (permissions)."""
    level: str
    """The privilege or permission level the workshop grants there."""

    @property
    def unity_catalog(self) -> bool:
        return self.kind in UC_PRIVILEGES


@dataclass(frozen=True)
class AccessPlan:
    """What would be removed on one target, and what stays."""

    target: Target
    remove: tuple[str, ...] = ()
    """Attendees whose entry goes."""
    kept: int = 0
    """Entries (principals) that stay: others, the caller, attendees' other privileges."""
    skip: str = ""
    """Why nothing is done here (the securable is gone, ...)."""
    entries: tuple[dict[str, Any], ...] = ()
    """The direct access list as read (permissions objects): what a removal sends back."""


def _call(api: WorkspaceApi, what: str, method: str, path: str, body: Any = None) -> Any:
    try:
        reply = api.call(method, path, body)
    except CallError as error:
        raise AccessError(f"{what}: {error.reason}") from None
    if reply.status == 404:
        return None
    if not reply.ok:
        raise AccessError(f"{what}: HTTP {reply.status}: {reply.message}")
    return reply.body


def _quoted(name: str) -> str:
    return urllib.parse.quote(name, safe="")


def targets(api: WorkspaceApi, workshop: Workshop) -> tuple[list[Target], list[str]]:
    """The securables and objects of the workshop file, and what was not found (as lines)."""
    found = [
        Target(f"{UC_PRIVILEGES[kind]} on {kind} {name}", kind, name, UC_PRIVILEGES[kind])
        for kind, name in (
            ("catalog", workshop.catalog),
            ("schema", workshop.schema),
            ("volume", workshop.volume),
            *workshop.bundle_securables.items(),
        )
    ]
    missing = []
    policies = as_list(
        as_dict(_call(api, "cluster policies", "GET", POLICIES_PATH)).get("policies")
    )
    ids = [
        as_text(as_dict(p).get("policy_id"))
        for p in policies
        if as_dict(p).get("name") == workshop.policy_name
    ]
    if len(ids) == 1 and ids[0]:
        found.append(
            Target(f"CAN_USE on policy {workshop.policy_name}", POLICY_ACL, ids[0], "CAN_USE")
        )
    else:
        missing.append(
            f"policy {workshop.policy_name}: {'several' if ids else 'none'} of that name"
        )
    if workshop.endpoint_query == "attendees":
        path = ENDPOINT_PATH.format(name=_quoted(workshop.model_endpoint))
        endpoint = _call(api, f"serving endpoint {workshop.model_endpoint}", "GET", path)
        endpoint_id = as_text(as_dict(endpoint).get("id"))
        if endpoint_id:
            label = f"CAN_QUERY on serving endpoint {workshop.model_endpoint}"
            found.append(Target(label, ENDPOINT_ACL, endpoint_id, "CAN_QUERY"))
        else:
            missing.append(f"serving endpoint {workshop.model_endpoint}: not found")
    return found, missing


def _direct_levels(entry: dict[str, Any]) -> list[str]:
    return [
        as_text(as_dict(p).get("permission_level"))
        for p in as_list(entry.get("all_permissions"))
        if not as_dict(p).get("inherited")
    ]


def _principal(entry: dict[str, Any]) -> tuple[str, str]:
    for key in ("user_name", "group_name", "service_principal_name"):
        if entry.get(key):
            return key, as_text(entry[key])
    return "", ""


def plan(api: WorkspaceApi, target: Target, attendees: set[str], me: str) -> AccessPlan:
    """Read the target's direct access and choose the attendees' entries to remove."""
    if target.unity_catalog:
        path = UC_PATH.format(kind=target.kind, name=_quoted(target.name))
        body = _call(api, target.label, "GET", path)
        if body is None:
            return AccessPlan(target, skip=f"{target.kind} {target.name} no longer exists")
        assignments = [
            as_dict(a) for a in as_list(as_dict(body).get("privilege_assignments"), MAX_ENTRIES)
        ]
        remove = sorted(
            as_text(a.get("principal")).lower()
            for a in assignments
            if as_text(a.get("principal")).lower() in attendees - {me}
            and target.level in as_list(a.get("privileges"))
        )
        return AccessPlan(target, tuple(remove), len(assignments) - len(remove))
    path = target.kind + _quoted(target.name)
    body = _call(api, target.label, "GET", path)
    if body is None:
        return AccessPlan(target, skip="it no longer exists")
    entries = [as_dict(e) for e in as_list(as_dict(body).get("access_control_list"), MAX_ENTRIES)]
    direct = [e for e in entries if _direct_levels(e)]
    remove = sorted(
        name.lower()
        for e in direct
        for key, name in [_principal(e)]
        if key == "user_name"
        and name.lower() in attendees - {me}
        and _direct_levels(e) == [target.level]
    )
    return AccessPlan(target, tuple(remove), len(direct) - len(remove), entries=tuple(direct))


def _batches(names: Sequence[str]) -> list[Sequence[str]]:
    return [names[i : i + BATCH] for i in range(0, len(names), BATCH)]


def remove(api: WorkspaceApi, access: AccessPlan) -> str:
    """Remove the planned entries; the problem in words, or ``""`` when every request worked."""
    target = access.target
    try:
        if target.unity_catalog:
            path = UC_PATH.format(kind=target.kind, name=_quoted(target.name))
            for batch in _batches(access.remove):
                changes = [{"principal": p, "remove": [target.level]} for p in batch]
                _call(api, target.label, "PATCH", path, {"changes": changes})
            return ""
        gone = set(access.remove)
        keep = []
        for entry in access.entries:
            key, name = _principal(entry)
            if key == "user_name" and name.lower() in gone:
                continue
            keep += [{key: name, "permission_level": level} for level in _direct_levels(entry)]
        path = target.kind + _quoted(target.name)
        _call(api, target.label, "PUT", path, {"access_control_list": keep})
        return ""
    except AccessError as error:
        return str(error)


@dataclass(frozen=True)
class AccessReview:
    """Every target's plan, and what could not be looked at."""

    plans: tuple[AccessPlan, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def removals(self) -> int:
        return sum(len(p.remove) for p in self.plans)


def review(api: WorkspaceApi, workshop: Workshop, me: str) -> AccessReview:
    """Plan the removals on every target of the workshop; AccessError when a read failed."""
    found, missing = targets(api, workshop)
    attendees = {a.email for a in workshop.attendees}
    plans = tuple(plan(api, target, attendees, me) for target in found)
    return AccessReview(plans, tuple(missing))


def describe(access: AccessPlan, dry_run: bool) -> str:
    """``USE_CATALOG on catalog main: would remove 999 attendees; keep 4 other entries``."""
    if access.skip:
        return f"{access.target.label}: skip: {access.skip}"
    verb = "would remove" if dry_run else "remove"
    people = f"{len(access.remove)} attendee{'s' if len(access.remove) != 1 else ''}"
    kept = f"keep {access.kept} other entr{'ies' if access.kept != 1 else 'y'}"
    return f"{access.target.label}: {verb} {people}; {kept}"
