"""Where bundled data lives: templates and fonts, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

BUNDLED = Path(__file__).resolve().parent / "bundled"


def templates_dir() -> Path:
    return BUNDLED / "templates"


def fonts_dir() -> Path:
    return BUNDLED / "resources" / "fonts"


def font_path(file_name: str) -> Path:
    return fonts_dir() / file_name
