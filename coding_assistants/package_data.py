"""Files the package ships beside its code, found through :mod:`importlib.resources`.

In a checkout, ``coding_assistants/data/`` holds symbolic links to the committed originals
(``init_scripts/install-claude.sh``, ``examples/attendees.example.txt``), so git keeps one
copy of each; building a wheel copies the linked files in, so an installed package finds the
same bytes at the same place. The package is installed as plain files (never zipped), so each
resource is a real path that Terraform assets and ``shutil`` can read.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from coding_assistants.facts import EXAMPLE_ROSTER_NAME, INIT_SCRIPT_NAME

PACKAGE = "coding_assistants"
DATA_DIR = "data"


def package_file(name: str) -> Path:
    """The path of ``data/<name>`` inside the installed package (the file need not exist)."""
    resource = resources.files(PACKAGE).joinpath(DATA_DIR, name)
    if not isinstance(resource, Path):  # a zipped install: no path Terraform could upload
        raise RuntimeError(f"{PACKAGE} must be installed as files to read {DATA_DIR}/{name}")
    return resource


BUNDLED_INIT_SCRIPT = package_file(INIT_SCRIPT_NAME)
"""The init script shipped with the package, uploaded when no other is given."""

EXAMPLE_ROSTER = package_file(EXAMPLE_ROSTER_NAME)
"""The small example roster (``examples/attendees.example.txt``, shipped as package data)."""

__all__ = ["BUNDLED_INIT_SCRIPT", "EXAMPLE_ROSTER", "package_file"]
