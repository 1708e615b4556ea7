"""The Open Recent list, kept in QSettings (most recent first, at most ten, existing files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "files/recent"
LIMIT = 10


def recent_files(settings: QSettings) -> list[Path]:
    value = settings.value(KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [Path(p) for p in value or [] if Path(p).is_file()]


def remember(settings: QSettings, path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files(settings) if p.resolve() != path]
    files = files[:LIMIT]
    settings.setValue(KEY, [str(p) for p in files])
    return files


def clear(settings: QSettings) -> None:
    settings.remove(KEY)
