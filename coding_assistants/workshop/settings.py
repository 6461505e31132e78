"""Reading a workshop: the roster file and the settings file (JSON, like the var-file).

Roster problems raise :class:`~coding_assistants.roster.RosterError`, settings problems
:class:`~coding_assistants.settings.SettingsError`; both messages are meant for people.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coding_assistants.props import PropsError
from coding_assistants.roster import Attendee, RosterError, load_roster
from coding_assistants.settings import SettingsError, load_json_object, unknown_key_problems
from coding_assistants.workshop.props import SETTINGS_FIELDS, WorkshopProps

_REPO = Path(__file__).resolve().parents[2]
EXAMPLE_ROSTER = _REPO / "examples" / "attendees.example.txt"
"""The small roster ``make synth`` uses without ATTENDEES=. Stacks built on it keep their
state apart from a real workshop's (see ``uses_example_roster``)."""


def workshop_props(
    data: dict[str, Any], source: str, base_dir: Path, attendees: tuple[Attendee, ...]
) -> WorkshopProps:
    """Props from a settings object and a roster. Relative script paths are taken from
    ``base_dir``; every problem is reported at once, each line naming the setting."""
    problems = unknown_key_problems(data, list(SETTINGS_FIELDS))
    if "attendees" in data:
        problems.append("attendees: not a setting; the roster comes from --attendees FILE")
    if problems:
        raise SettingsError(_lines(source, problems))
    values = dict(data)
    script = values.get("init_script_source_path")
    if isinstance(script, str) and script:
        values["init_script_source_path"] = str((base_dir / script).resolve())
    try:
        return WorkshopProps(attendees=attendees, **values)
    except PropsError as error:
        raise SettingsError(_lines(source, error.problems)) from None


def load_workshop(
    roster_path: Path | None = None, settings_path: Path | None = None, base_dir: Path | None = None
) -> WorkshopProps:
    """The workshop of a roster file and a settings file; each defaults to the built-in example
    (examples/attendees.example.txt, default settings). The roster is read first; a relative
    init_script_source_path is taken from ``base_dir`` (default: the working directory, as
    for the var-file)."""
    attendees = load_roster(roster_path or EXAMPLE_ROSTER)
    base = base_dir or Path.cwd()
    if settings_path is None:
        return workshop_props({}, "workshop settings (defaults)", base, attendees)
    return workshop_props(load_json_object(settings_path), str(settings_path), base, attendees)


def example_workshop() -> WorkshopProps:
    """The built-in example: the example roster with every default setting."""
    return load_workshop()


def uses_example_roster(props: WorkshopProps) -> bool:
    """True when the workshop's attendees are exactly those of the example roster, whichever
    way it was given (no --attendees, or the example file named explicitly)."""
    try:
        example = load_roster(EXAMPLE_ROSTER)
    except RosterError:  # no example file: the roster cannot be the example's
        return False
    return {a.email for a in props.attendees} == {a.email for a in example}


def example_roster_note(props: WorkshopProps) -> str:
    """The one line main.py prints when the workshop stacks use the example roster."""
    return (
        f"note: workshop stacks use the example roster {EXAMPLE_ROSTER.relative_to(_REPO)} "
        f"({len(props.attendees)} attendees, state in terraform.<stack>.example.tfstate); "
        "pass --attendees FILE (or CODING_ASSISTANTS_ATTENDEES) for a real workshop"
    )


def _lines(source: str, problems: list[str]) -> str:
    return f"{source}:\n" + "\n".join(f"  {p}" for p in problems)


__all__ = [
    "EXAMPLE_ROSTER",
    "SettingsError",
    "example_roster_note",
    "example_workshop",
    "load_workshop",
    "uses_example_roster",
    "workshop_props",
]
