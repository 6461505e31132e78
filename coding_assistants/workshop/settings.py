"""A workshop's settings file (JSON, like the var-file) and roster, turned into props.

The settings file goes through the same reader and checks as the cluster's var-file
(:mod:`coding_assistants.settings`). Roster problems raise
:class:`~coding_assistants.roster.RosterError`, settings problems
:class:`~coding_assistants.settings.SettingsError`; both messages are meant for people.
What to read is decided by ``main.py``; :func:`load_workshop` is the same for Python callers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coding_assistants import package_data, untrusted
from coding_assistants.facts import EXAMPLE_ROSTER_NAME
from coding_assistants.roster import Attendee, RosterError, load_roster
from coding_assistants.settings import (
    SettingsError,
    SettingsFile,
    build_props,
    read_settings,
    settings_problems,
)
from coding_assistants.workshop.placement import LOCK_SUFFIX, FleetLock, LockError, parse_lock
from coding_assistants.workshop.props import WORKSHOP_RULES, WorkshopProps

EXAMPLE_ROSTER = package_data.EXAMPLE_ROSTER
"""The small roster ``make synth`` uses without ATTENDEES=. Stacks built on it keep their
state apart from a real workshop's (see ``is_example_roster``)."""

DEFAULT_SETTINGS = SettingsFile("workshop settings (defaults)", {})
"""The workshop settings without a settings file: every documented default."""

_REFUSED = {"attendees": "not a setting; the roster comes from --attendees FILE"}


def _settings(data: dict[str, Any] | SettingsFile, source: str) -> SettingsFile:
    return data if isinstance(data, SettingsFile) else SettingsFile(source, dict(data))


def workshop_props(
    data: dict[str, Any] | SettingsFile,
    source: str,
    base_dir: Path,
    attendees: tuple[Attendee, ...],
    fleet_lock: FleetLock | None = None,
) -> WorkshopProps:
    """Props from a settings object, a roster and its stack lock (None: none yet). Relative
    script paths are taken from ``base_dir``; every problem is reported at once, each line
    naming the setting."""
    props: WorkshopProps = build_props(
        WorkshopProps,
        _settings(data, source),
        base_dir,
        WORKSHOP_RULES,
        refused=_REFUSED,
        extra={"attendees": attendees, "fleet_lock": fleet_lock},
    )
    return props


def lock_path(roster_path: Path) -> Path:
    """The stack lock kept with the roster: ``roster.txt`` -> ``roster.txt.lock.json``."""
    return roster_path.with_name(roster_path.name + LOCK_SUFFIX)


def read_fleet_lock(path: Path) -> FleetLock | None:
    """The stack lock at ``path``, read through the bounded reader; None when there is none
    yet; LockError naming the file and the field when it is not a lock main.py wrote."""
    if not path.exists() and not path.is_symlink():
        return None
    try:
        node = untrusted.read_json(path, untrusted.STACK_LOCK)
    except untrusted.UntrustedError as error:
        raise LockError(f"{error}; a stack lock is written by main.py") from None
    return parse_lock(node)


def check_workshop_settings(settings: SettingsFile, base_dir: Path) -> None:
    """Raise SettingsError naming every problem of ``settings`` that does not depend on the
    roster (used when the roster itself is unusable, so both are reported in one run)."""
    problems = settings_problems(WorkshopProps, settings, base_dir, WORKSHOP_RULES, _REFUSED)
    if problems:
        raise SettingsError(f"{settings.source}:\n" + "\n".join(f"  {p}" for p in problems))


def load_workshop(
    roster_path: Path | None = None, settings_path: Path | None = None, base_dir: Path | None = None
) -> WorkshopProps:
    """The workshop of a roster file and a settings file; each defaults to the built-in example
    (examples/attendees.example.txt, default settings). A relative init_script_source_path is
    taken from ``base_dir`` (default: the working directory, as for the var-file). When both
    files have problems, the roster's RosterError carries the settings' lines too."""
    settings = read_settings(settings_path) if settings_path else DEFAULT_SETTINGS
    base = base_dir or Path.cwd()
    try:
        attendees = load_roster(roster_path or EXAMPLE_ROSTER)
    except RosterError as error:
        try:
            check_workshop_settings(settings, base)
        except SettingsError as settings_error:
            raise RosterError([*error.problems, str(settings_error)]) from None
        raise
    return workshop_props(settings, settings.source, base, attendees)


def example_workshop() -> WorkshopProps:
    """The built-in example: the example roster with every default setting."""
    return load_workshop()


def is_example_roster(roster_path: Path | None) -> bool:
    """True when ``roster_path`` is the example roster (None: no roster given, the example)."""
    if roster_path is None:
        return True
    try:
        return roster_path.samefile(EXAMPLE_ROSTER)
    except OSError:
        return False


def uses_example_roster(props: WorkshopProps) -> bool:
    """True when the workshop's attendees are exactly those of the example roster, whichever
    way it was given (for Python callers; ``main.py`` asks :func:`is_example_roster`)."""
    try:
        example = load_roster(EXAMPLE_ROSTER)
    except RosterError:  # no example file: the roster cannot be the example's
        return False
    return {a.email for a in props.attendees} == {a.email for a in example}


def example_roster_note(props: WorkshopProps) -> str:
    """The one line main.py prints when the workshop stacks use the example roster."""
    return (
        f"note: workshop stacks use the example roster examples/{EXAMPLE_ROSTER_NAME} "
        f"({len(props.attendees)} attendees, state in terraform.<stack>.example.tfstate); "
        "pass --attendees FILE (or CODING_ASSISTANTS_ATTENDEES) for a real workshop"
    )


__all__ = [
    "DEFAULT_SETTINGS",
    "EXAMPLE_ROSTER",
    "LockError",
    "SettingsError",
    "check_workshop_settings",
    "example_roster_note",
    "example_workshop",
    "is_example_roster",
    "load_workshop",
    "lock_path",
    "read_fleet_lock",
    "uses_example_roster",
    "workshop_props",
]
