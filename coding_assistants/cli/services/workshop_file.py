"""The workshop's own settings as defaults of ``coding-assistants cost`` and ``preflight``.

``--workshop-file FILE`` (or ``CODING_ASSISTANTS_WORKSHOP_FILE``, as for ``main.py``) is the
JSON settings file the workshop stacks are synthesized from. Its ``node_type_id`` (else its
``cloud``'s workshop node type) is the VM type estimated when no ``--vm-type`` is given, and
its ``autotermination_minutes`` the first start at deploy when no ``--first-start-hours`` is
given; for ``preflight`` its ``claude_model``, ``claude_serving_endpoint``, ``claude_api_route``,
``offline_bundle_path``, ``node_type_id``, ``spark_version`` and ``cloud`` are what the checks
ask for when the command line names none.
Without a file: the documented defaults. The file is checked as synthesis checks it; a problem
ends the command.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from coding_assistants import facts
from coding_assistants.cli.services.serving import DEFAULT_ENDPOINT, DEFAULT_MODEL
from coding_assistants.settings import SettingsError, read_settings
from coding_assistants.workshop.settings import check_workshop_settings

WORKSHOP_FILE_ENV = "CODING_ASSISTANTS_WORKSHOP_FILE"


@dataclass(frozen=True)
class WorkshopDefaults:
    """The VM type and first start an estimate uses when the command line names none."""

    node_type: str | None
    """The file's ``node_type_id``; None: the cloud's workshop node type."""
    first_start_hours: Decimal
    source: str
    """``the defaults`` or the file the values came from, for the assumptions."""
    pool_max_capacity: int | None = None
    """The file's ``pool_max_capacity``: what ``pool warm`` fills by default."""
    pool_headroom: int = facts.WORKSHOP_POOL_HEADROOM
    """VMs beyond one per attendee the pool holds when ``pool_max_capacity`` is null."""
    model: str = DEFAULT_MODEL
    """The file's ``claude_model``: the model whose tokens are priced."""
    cloud: str | None = None
    """The file's ``cloud``; None: not said."""

    def warm_vms(self, attendees: int) -> int:
        """The VMs ``pool warm`` keeps idle by default: the pool's max_capacity."""
        return self.pool_max_capacity or attendees + self.pool_headroom


def workshop_file(given: Path | None) -> Path | None:
    """The option, else the environment variable, else None."""
    if given is not None:
        return given
    value = os.environ.get(WORKSHOP_FILE_ENV, "").strip()
    return Path(value) if value else None


def read_workshop_file(path: Path | None) -> tuple[dict[str, object], str]:
    """The settings of the file ``path`` and where they came from; ({}, "the workshop
    defaults") without one. A file that synthesis would refuse raises SettingsError naming
    every problem."""
    if path is None:
        return {}, "the workshop defaults"
    settings = read_settings(path)
    check_workshop_settings(settings, Path.cwd())
    return dict(settings.data), str(path)


def workshop_defaults(path: Path | None) -> WorkshopDefaults:
    """The defaults of the settings file ``path`` (None: the documented ones); a file that
    synthesis would refuse raises SettingsError naming every problem."""
    data, source = read_workshop_file(path)
    node, cloud = data.get("node_type_id"), data.get("cloud")
    minutes = data.get("autotermination_minutes", facts.WORKSHOP_AUTOTERMINATION_MINUTES)
    capacity = data.get("pool_max_capacity")
    headroom = data.get("pool_capacity_headroom", facts.WORKSHOP_POOL_HEADROOM)
    if not isinstance(node, str | None) or not isinstance(minutes, int):
        raise SettingsError(f"{source}: node_type_id or autotermination_minutes is unusable")
    if not isinstance(capacity, int | None) or not isinstance(headroom, int):
        raise SettingsError(f"{source}: pool_max_capacity or pool_capacity_headroom is unusable")
    if not isinstance(cloud, str | None):
        raise SettingsError(f"{source}: cloud is unusable")
    model = str(data.get("claude_model") or DEFAULT_MODEL)
    return WorkshopDefaults(node, Decimal(minutes) / 60, source, capacity, headroom, model, cloud)


PREFLIGHT_DEFAULTS = {
    "model": ("claude_model", DEFAULT_MODEL),
    "endpoint": ("claude_serving_endpoint", DEFAULT_ENDPOINT),
    "route": ("claude_api_route", facts.DEFAULT_API_ROUTE),
    "offline_bundle": ("offline_bundle_path", None),
    "node_type": ("node_type_id", None),
    "spark_version": ("spark_version", facts.DEFAULT_SPARK_VERSION),
}
"""``preflight`` option -> (the workshop setting that is its default, the default without
one)."""


def preflight_defaults(
    given: Mapping[str, object], path: Path | None
) -> tuple[dict[str, object], dict[str, object]]:
    """``preflight``'s options (``given``: option -> what the command line named, None for
    nothing) with the workshop file's setting, else the default, where it named nothing (a new
    mapping), and the file's settings. SettingsError when the file is one synthesis would
    refuse."""
    settings, _ = read_workshop_file(workshop_file(path))
    route = given.get("route") or settings.get("claude_api_route") or facts.DEFAULT_API_ROUTE
    chosen = {}
    for option, (setting, default) in PREFLIGHT_DEFAULTS.items():
        value = given.get(option)
        if value is None:
            value = settings.get(setting)
            if value is None and option == "model" and route == GATEWAY:
                value = facts.DEFAULT_GATEWAY_MODEL  # as the init script names it there
            value = default if value is None else value
        chosen[option] = value
    return chosen, settings


GATEWAY = facts.API_ROUTE_AI_GATEWAY
