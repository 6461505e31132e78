"""The workshop's own settings as ``coding-assistants cost``'s defaults.

``--workshop-file FILE`` (or ``CODING_ASSISTANTS_WORKSHOP_FILE``, as for ``main.py``) is the
JSON settings file the workshop stacks are synthesized from. Its ``node_type_id`` is the VM
type estimated when no ``--vm-type`` is given, and its ``autotermination_minutes`` the first
start at deploy when no ``--first-start-hours`` is given. Without a file: the documented
defaults. The file is checked as synthesis checks it; a problem ends the command.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from coding_assistants import facts
from coding_assistants.settings import SettingsError, read_settings
from coding_assistants.workshop.settings import check_workshop_settings

WORKSHOP_FILE_ENV = "CODING_ASSISTANTS_WORKSHOP_FILE"


@dataclass(frozen=True)
class WorkshopDefaults:
    """The VM type and first start an estimate uses when the command line names none."""

    node_type: str
    first_start_hours: Decimal
    source: str
    """``the defaults`` or the file the values came from, for the assumptions."""


def workshop_file(given: Path | None) -> Path | None:
    """The option, else the environment variable, else None."""
    if given is not None:
        return given
    value = os.environ.get(WORKSHOP_FILE_ENV, "").strip()
    return Path(value) if value else None


def workshop_defaults(path: Path | None) -> WorkshopDefaults:
    """The defaults of the settings file ``path`` (None: the documented ones); a file that
    synthesis would refuse raises SettingsError naming every problem."""
    data: dict[str, object] = {}
    source = "the workshop defaults"
    if path is not None:
        settings = read_settings(path)
        check_workshop_settings(settings, Path.cwd())
        data, source = settings.data, str(path)
    node = data.get("node_type_id", facts.WORKSHOP_NODE_TYPE)
    minutes = data.get("autotermination_minutes", facts.WORKSHOP_AUTOTERMINATION_MINUTES)
    if not isinstance(node, str) or not isinstance(minutes, int):
        raise SettingsError(f"{source}: node_type_id or autotermination_minutes is unusable")
    return WorkshopDefaults(node, Decimal(minutes) / 60, source)
