"""The workshop a facilitator's command acts on: one settings file, and the roster when needed.

Every workspace command takes ``--workshop-file FILE`` (default:
``$CODING_ASSISTANTS_WORKSHOP_FILE``, as for synthesis) and, where it needs the attendees,
``--attendees FILE`` (default: ``$CODING_ASSISTANTS_ATTENDEES``). The file is read and checked
as synthesis reads it, and every name a command looks for is the one the stacks were built
with: the ``Workshop`` tag, the cluster name prefix, the pool and the policy
(``<workshop_name>-pool``, ``-policy``), the handout's CLI profile, the grants' catalog, schema
and volume, the model's endpoint. Without a file every setting has its default, and a command
that finds nothing names the file it needs.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from coding_assistants.cli.core.workspace import non_blank
from coding_assistants.cli.services.workshop_file import WORKSHOP_FILE_ENV, workshop_file
from coding_assistants.roster import Attendee, RosterError, load_roster
from coding_assistants.settings import SettingsError, SettingsFile, read_settings
from coding_assistants.workshop.settings import (
    EXAMPLE_ROSTER,
    check_workshop_settings,
    workshop_props,
)

ATTENDEES_ENV = "CODING_ASSISTANTS_ATTENDEES"
ROSTER_SIZED = ("pool_max_capacity", "pool_min_idle_instances")
"""Settings checked against the roster's size: read from the file as they are, and left out
when the names are derived without the roster."""
DEFAULTS_SOURCE = "the workshop defaults"


class WorkshopInputError(Exception):
    """The settings file or the roster cannot be used; the message names every problem."""


@dataclass(frozen=True)
class Workshop:
    """What the commands need to know of one workshop, as the stacks were synthesized."""

    name: str
    """``workshop_name``: the Workshop tag of every attendee cluster."""
    cluster_prefix: str
    """``cluster_name_prefix``: cluster names are ``<prefix>-<attendee key>``."""
    pool_name: str
    policy_name: str
    cli_profile: str
    catalog: str
    schema: str
    volume: str
    """The init script's volume, ``catalog.schema.volume``."""
    model_endpoint: str
    endpoint_query: str
    """``serving_endpoint_query``: attendees, group:<name> or none."""
    bundle_securables: Mapping[str, str]
    """Securable kind -> full name the attendees read an offline bundle through (beyond the
    script's own); empty without a bundle."""
    tags: Mapping[str, str]
    """The pool's custom tags (the settings' ``tags``)."""
    pool_max_capacity: int | None
    source: str
    """The settings file, or ``the workshop defaults``."""
    given: bool
    """True when a settings file was named (option or environment)."""
    attendees: tuple[Attendee, ...] = ()
    """The roster, when one was given."""
    roster_source: str = ""
    fleet_parts: Mapping[str, tuple[Attendee, ...]] = field(default_factory=dict)
    """Fleet stack -> its attendees (only with a roster)."""

    @property
    def file_hint(self) -> str:
        """How the command learnt the workshop's names, for a message that found nothing."""
        if self.given:
            return f"the workshop file {self.source}"
        return (
            f"the default workshop_name {self.name!r} (no --workshop-file, and "
            f"{WORKSHOP_FILE_ENV} unset): pass --workshop-file FILE, the settings file the "
            "stacks were synthesized from"
        )


def roster_file(given: Path | None) -> Path | None:
    """The option, else ``$CODING_ASSISTANTS_ATTENDEES``, else None."""
    if given is not None:
        return given
    value = os.environ.get(ATTENDEES_ENV, "").strip()
    return Path(value) if value else None


def _settings(path: Path | None) -> SettingsFile:
    if path is None:
        return SettingsFile(DEFAULTS_SOURCE, {})
    settings = read_settings(path)
    check_workshop_settings(settings, Path.cwd())
    return settings


def load_workshop(
    workshop_path: Path | None,
    roster_path: Path | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Workshop:
    """The workshop of the settings file (None: the defaults), with ``overrides`` set over it,
    and, when given, the roster; WorkshopInputError names every problem of either."""
    try:
        settings = _settings(workshop_path)
        data = {**settings.data, **(overrides or {})}
        attendees = load_roster(roster_path) if roster_path else ()
        if not attendees:  # names only: the example roster stands in, unsized settings out
            data = {k: v for k, v in data.items() if k not in ROSTER_SIZED}
        roster = attendees or load_roster(EXAMPLE_ROSTER)
        props = workshop_props(data, settings.source, Path.cwd(), roster)
    except (SettingsError, RosterError) as error:
        raise WorkshopInputError(str(error)) from None
    capacity = settings.data.get("pool_max_capacity")
    return Workshop(
        name=props.workshop_name,
        cluster_prefix=props.cluster_name_prefix,
        pool_name=props.pool_name,
        policy_name=props.policy_name,
        cli_profile=props.cli_profile,
        catalog=props.catalog_name,
        schema=f"{props.catalog_name}.{props.schema_name}",
        volume=props.volume_full_name,
        model_endpoint=props.model_endpoint,
        endpoint_query=props.serving_endpoint_query,
        bundle_securables=dict(props.bundle_securables),
        tags=dict(props.tags),
        pool_max_capacity=capacity if isinstance(capacity, int) else None,
        source=settings.source if workshop_path else DEFAULTS_SOURCE,
        given=workshop_path is not None or bool(overrides),
        attendees=attendees,
        roster_source=str(roster_path or ""),
        fleet_parts=dict(props.fleet_parts) if attendees else {},
    )


def workshop_from_args(args: object, roster: bool = False) -> Workshop:
    """The workshop of a command's ``--workshop-file`` (and ``--attendees`` when ``roster``);
    a ``--workshop NAME`` given as well stands for the file's workshop_name. ``args`` is the
    command's options object (its ``workshop_file``, ``attendees`` and ``workshop`` fields)."""
    path = workshop_file(getattr(args, "workshop_file", None))
    attendees = roster_file(getattr(args, "attendees", None)) if roster else None
    name = getattr(args, "workshop", None)
    return load_workshop(path, attendees, {"workshop_name": name} if name else None)


def add_workshop_file_option(parser: argparse.ArgumentParser, uses: str) -> None:
    """``--workshop-file FILE``: the settings file the stacks were synthesized from."""
    parser.add_argument(
        "--workshop-file",
        type=Path,
        metavar="FILE",
        help=f"the workshop stacks' settings file (default: ${WORKSHOP_FILE_ENV}, else the "
        f"defaults): {uses}",
    )


def add_workshop_name_option(parser: argparse.ArgumentParser) -> None:
    """``--workshop NAME``: the workshop_name instead of the file's (:func:`workshop_from_args`)."""
    parser.add_argument(
        "--workshop", type=non_blank, metavar="NAME", help="the workshop_name instead of the file's"
    )


def add_roster_option(parser: argparse.ArgumentParser, uses: str, required: bool = False) -> None:
    """``--attendees FILE``: the roster the stacks were synthesized from."""
    parser.add_argument(
        "--attendees",
        type=Path,
        metavar="FILE",
        required=required,
        help=f"the roster, one email per line (default: ${ATTENDEES_ENV}): {uses}",
    )
