"""Workshop fixtures: rosters, one synthesis per roster per session, and for_each expansion."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from coding_assistants.roster import Attendee, parse_roster

BIG_ROSTER_SIZE = 140
LOOK_ALIKES = ("omar.mo@x.com", "omar-mo@x.com")
"""Two emails whose plain slugs would collide: both must get their own key."""


def big_roster_text(count: int = BIG_ROSTER_SIZE) -> str:
    """A realistic roster: mixed case, hyphens and plus signs (keys with a hash), comments,
    a blank line, CRLF ends, and two look-alike emails."""
    lines = ["# Spring workshop", ""]
    for i in range(count - len(LOOK_ALIKES)):
        first, last = f"first{i:03d}", "Last" if i % 11 == 0 else "last"
        separator = "-" if i % 7 == 0 else "."
        tag = "+ws" if i % 13 == 0 else ""
        lines.append(f"{first}{separator}{last}{tag}@Company.example")
    lines += list(LOOK_ALIKES)
    return "\r\n".join(lines) + "\r\n"


def roster(text: str, source: str = "roster") -> tuple[Attendee, ...]:
    return parse_roster(text, source)


_EACH = re.compile(r"\$\{each\.(key|value)(?:\.(\w+))?\}")
_LOCAL = re.compile(r"\$\{local\.(\w+)\}")
_BUT_DEPLOYER = re.compile(
    r"\$\{\{for key, email in local\.(\w+) : key => email if email != local\.deployer\}\}"
)
"""The one expression the workshop filters a local with (``Deployer.others``)."""


def local_value(stack: dict[str, Any], name: str, deployer: str | None = None) -> Any:
    """A local of the stack as Terraform would compute it, for a deploying user named
    ``deployer`` (None: someone who is not on the roster)."""
    value = stack["locals"][name]
    if isinstance(value, str) and (match := _BUT_DEPLOYER.fullmatch(value)):
        source = local_value(stack, match.group(1), deployer)
        return {k: email for k, email in source.items() if email != deployer}
    assert isinstance(value, dict), f"local.{name} is not a literal map: {value!r}"
    return value


class _Unknown(dict):
    """Attributes only known after apply, spelled so a test can see where they came from."""

    def __init__(self, key: str, known: dict[str, Any]) -> None:
        super().__init__(known)
        self.key = key

    def __missing__(self, attribute: str) -> str:
        return f"({attribute} of {self.key})"


def expand(
    stack: dict[str, Any], resource_type: str, name: str, deployer: str | None = None
) -> dict[str, dict[str, Any]]:
    """The instances of a ``for_each`` resource, by key, with ``each.key`` and ``each.value``
    replaced the way Terraform would (attributes known only after apply become placeholders).
    ``deployer`` is the deploying user's name, for ``for_each`` over a filtered local."""
    block = stack["resource"][resource_type][name]
    for_each = block["for_each"]
    if isinstance(for_each, str) and (match := _LOCAL.fullmatch(for_each)):
        items = local_value(stack, match.group(1), deployer)
    elif isinstance(for_each, str):  # "${<type>.<name>}": every instance of another resource
        source_type, source_name = for_each.removeprefix("${").removesuffix("}").split(".")
        items = {
            key: _Unknown(key, config)
            for key, config in expand(stack, source_type, source_name, deployer).items()
        }
    else:
        items = for_each
    body = json.dumps({k: v for k, v in block.items() if k not in ("for_each", "//")})
    instances = {}
    for key, value in items.items():

        def substitute(match: re.Match[str], key: str = key, value: Any = value) -> str:
            if match.group(1) == "key":
                found = key
            elif match.group(2) is None:
                found = value
            else:
                found = value[match.group(2)]
            return json.dumps(found)[1:-1]

        instances[key] = json.loads(_EACH.sub(substitute, body))
    return instances


SERVING_ENDPOINT_FIELDS = (
    "ai_gateway", "budget_policy_id", "config", "creation_timestamp", "creator", "description",
    "id", "last_updated_timestamp", "name", "state", "tags", "task", "usage_policy_id",
)  # fmt: skip
"""Attributes of one entry of ``data.databricks_serving_endpoints``: the stub wants them all."""


def serving_endpoints_data(**ids_by_name: str) -> dict[str, Any]:
    """TFCHECK_DATA_VALUES for a workspace whose serving endpoints are ``name=id`` (the stub
    lists none otherwise)."""
    endpoints = [
        {**dict.fromkeys(SERVING_ENDPOINT_FIELDS), "name": name, "id": id_}
        for name, id_ in ids_by_name.items()
    ]
    return {"databricks_serving_endpoints": {"endpoints": endpoints}}


@pytest.fixture(scope="session")
def big_roster() -> tuple[Attendee, ...]:
    return roster(big_roster_text(), "roster-140.txt")


def build_workshop(attendees: tuple[Attendee, ...], **settings: Any):
    """A builder for ``synth_app``: both workshop stacks for a roster and settings."""
    from coding_assistants.workshop.props import WorkshopProps
    from coding_assistants.workshop.stacks import (
        FLEET_STACK,
        SHARED_STACK,
        WorkshopFleetStack,
        WorkshopSharedStack,
    )

    props = WorkshopProps(attendees=attendees, **settings)

    def build(app: Any) -> None:
        WorkshopSharedStack(app, SHARED_STACK, props)
        WorkshopFleetStack(app, FLEET_STACK, props)

    return build


@pytest.fixture(scope="session")
def big_synth(synth_app, big_roster):
    """Both workshop stacks for 140 attendees and the default settings."""
    return synth_app(build_workshop(big_roster), "workshop-140")


FIXED_POOL = {"pool_max_capacity": 150, "pool_min_idle_instances": 10}
"""Pool sizes that do not follow the roster, so a roster change leaves the pool as it is."""


@pytest.fixture(scope="session")
def removal_pair(synth_app, big_roster):
    """The 140 roster, and the same roster without its middle attendee: (before, after,
    the removed attendee)."""
    removed = big_roster[len(big_roster) // 2]
    rest = tuple(a for a in big_roster if a != removed)
    before = synth_app(build_workshop(big_roster, **FIXED_POOL), "workshop-140-fixed-pool")
    after = synth_app(build_workshop(rest, **FIXED_POOL), "workshop-139-fixed-pool")
    return before, after, removed
