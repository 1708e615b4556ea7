"""Where bundled data lives: templates, fonts and icons inside the package itself.

The files sit in ``jmap_desktop/data/`` as real files (no symlinks, so a checkout without
symlink support still builds a complete wheel) and are found through ``importlib.resources``,
which also works in a PyInstaller bundle. Every installed form keeps package data as files on
disk, and fonts must be real paths for ReportLab and Qt, so the data folder is used as a Path.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def data_dir() -> Path:
    """The package's data folder (templates/, fonts/, icons/)."""
    return Path(str(resources.files("jmap_desktop") / "data"))


def templates_dir() -> Path:
    return data_dir() / "templates"


def fonts_dir() -> Path:
    return data_dir() / "fonts"


def font_path(file_name: str) -> Path:
    return fonts_dir() / file_name


def icon_path(file_name: str = "jmap-desktop.svg") -> Path:
    return data_dir() / "icons" / file_name


def is_bundled_template(path: Path) -> bool:
    """True for a file inside the installed templates folder (never a save target)."""
    try:
        return Path(path).resolve().parent == templates_dir().resolve()
    except OSError:
        return False
