"""The fake workspace's access: cluster policies, access lists (Permissions API), Unity Catalog
grants, and SCIM users that can be created and activated, for ``cleanup`` and ``users``.

Answers as the real APIs do: ``GET /api/2.0/permissions/<type>/<id>`` lists every principal
with ``all_permissions`` (inherited ones marked), ``PUT`` replaces the direct entries;
``GET``/``PATCH /api/2.1/unity-catalog/permissions/<type>/<name>`` read and change privilege
assignments (``changes`` with ``add``/``remove``); a missing object or securable is a 404.
SCIM ``POST .../Users`` creates a user (409 when the name exists), ``PATCH .../Users/<id>``
sets ``active``; a user's SCIM id is ``u-<user name>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from tests.cli.fake_workspace import _error

PERMISSIONS = "/api/2.0/permissions/"
GRANTS = "/api/2.1/unity-catalog/permissions/"
USERS = "/api/2.0/preview/scim/v2/Users"
POLICIES = "/api/2.0/policies/clusters/list"
ADMINS = {
    "group_name": "admins",
    "all_permissions": [
        {
            "permission_level": "CAN_MANAGE",
            "inherited": True,
            "inherited_from_object": ["/cluster-policies/"],
        }
    ],
}


@dataclass
class AccessState:
    """Mixed into the fake's state."""

    policies: list[dict[str, Any]] = field(default_factory=list)
    acls: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    """(object type, id) -> principal -> permission level (direct entries; ``group:x`` for a
    group, ``sp:x`` for a service principal, a user name otherwise)."""
    grants: dict[tuple[str, str], dict[str, list[str]]] = field(default_factory=dict)
    """(securable type, full name) -> principal -> privileges."""
    users_create_status: int = 201


_KEYS = {"group:": "group_name", "sp:": "service_principal_name"}


def _entry(principal: str, level: str) -> dict[str, Any]:
    key = next((k for p, k in _KEYS.items() if principal.startswith(p)), "user_name")
    name = principal.split(":", 1)[1] if key != "user_name" else principal
    return {key: name, "all_permissions": [{"permission_level": level, "inherited": False}]}


def _principal(entry: dict[str, Any]) -> str:
    for prefix, key in _KEYS.items():
        if key in entry:
            return prefix + entry[key]
    return str(entry.get("user_name"))


class AccessRoutes:
    """Handler methods for the routes above; ``access_route`` names the one for a path."""

    def access_route(self, method: str, path: str) -> str | None:
        if path.startswith(PERMISSIONS):
            return {"GET": "_acl_get", "PUT": "_acl_put"}.get(method)
        if path.startswith(GRANTS):
            return {"GET": "_grants_get", "PATCH": "_grants_patch"}.get(method)
        if (method, path) == ("GET", POLICIES):
            return "_policies"
        if (method, path) == ("POST", USERS):
            return "_user_create"
        if method == "PATCH" and path.startswith(USERS + "/"):
            return "_user_patch"
        return None

    def _object(self, prefix: str) -> tuple[str, str]:
        kind, _, name = unquote(self.path.split("?")[0].removeprefix(prefix)).partition("/")  # type: ignore[attr-defined]
        return kind, name

    def _policies(self, state: Any, body: Any, query: Any) -> tuple[int, dict]:
        return 200, {"policies": state.policies, "total_count": len(state.policies)}

    def _acl_get(self, state: Any, body: Any, query: Any) -> tuple[int, dict]:
        key = self._object(PERMISSIONS)
        if key not in state.acls:
            return _error(404, "RESOURCE_DOES_NOT_EXIST", f"{key[0]} {key[1]} does not exist")
        acl = [_entry(p, level) for p, level in state.acls[key].items()] + [ADMINS]
        return 200, {
            "object_id": f"/{key[0]}/{key[1]}",
            "object_type": key[0],
            "access_control_list": acl,
        }

    def _acl_put(self, state: Any, body: dict, query: Any) -> tuple[int, dict]:
        key = self._object(PERMISSIONS)
        if key not in state.acls:
            return _error(404, "RESOURCE_DOES_NOT_EXIST", f"{key[0]} {key[1]} does not exist")
        state.acls[key] = {
            _principal(e): e["permission_level"] for e in body.get("access_control_list", [])
        }
        return self._acl_get(state, body, query)

    def _grants_get(self, state: Any, body: Any, query: Any) -> tuple[int, dict]:
        key = self._object(GRANTS)
        if key not in state.grants:
            return _error(404, "NOT_FOUND", f"{key[0]} '{key[1]}' does not exist.")
        assignments = [
            {"principal": p, "privileges": list(privs)}
            for p, privs in state.grants[key].items()
            if privs
        ]
        return 200, {"privilege_assignments": assignments}

    def _grants_patch(self, state: Any, body: dict, query: Any) -> tuple[int, dict]:
        key = self._object(GRANTS)
        if key not in state.grants:
            return _error(404, "NOT_FOUND", f"{key[0]} '{key[1]}' does not exist.")
        for change in body.get("changes", []):
            held = state.grants[key].setdefault(change["principal"], [])
            held += [p for p in change.get("add", []) if p not in held]
            held[:] = [p for p in held if p not in change.get("remove", [])]
        return self._grants_get(state, body, query)

    def _user_create(self, state: Any, body: dict, query: Any) -> tuple[int, dict]:
        if state.users_create_status != 201:
            return _error(state.users_create_status, "PERMISSION_DENIED", "only admins")
        name = str(body.get("userName") or "").lower()
        users = state.users if state.users is not None else {}
        if name in users:
            return _error(409, "RESOURCE_ALREADY_EXISTS", f"User {name} already exists")
        users[name] = bool(body.get("active", True))
        state.users = users
        return 201, {"id": f"u-{name}", "userName": name, "active": users[name]}

    def _user_patch(self, state: Any, body: dict, query: Any) -> tuple[int, dict]:
        user_id = unquote(self.path.split("?")[0].rsplit("/", 1)[1])  # type: ignore[attr-defined]
        name = user_id.removeprefix("u-")
        if not user_id.startswith("u-") or name not in (state.users or {}):
            return _error(404, "NOT_FOUND", f"User {user_id} not found")
        for operation in body.get("Operations", []):
            if operation.get("path") == "active":
                state.users[name] = bool(operation.get("value"))
        return 200, {"id": user_id, "userName": name, "active": state.users[name]}
