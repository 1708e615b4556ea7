"""Where a version to compare or merge comes from: ``MAP.jmap`` or ``MAP.jmap@snapshot-name``.

A path that exists is a file, even with an ``@`` in its name; otherwise the text after the last
``@`` names a snapshot (or a revision id) in that file's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..io import LoadError, load_map
from ..model import JourneyMap
from .compare import map_data


class VersionNotFound(LookupError):
    """``MAP.jmap@name`` where the file has no snapshot or revision of that name."""


@dataclass
class Version:
    """One version of a map: its JSON data, the document it came from, a label for people."""

    label: str
    data: dict[str, Any]
    doc: JourneyMap  # the file's document (for ``@name``, the file the version is stored in)


def split_spec(spec: str) -> tuple[Path, str | None]:
    path = Path(spec)
    if path.exists() or "@" not in spec:
        return path, None
    file, _, name = spec.rpartition("@")
    return Path(file), name


def open_version(spec: str) -> Version:
    """The version ``spec`` names; raises LoadError (bad file) or VersionNotFound."""
    path, name = split_spec(spec)
    doc = load_map(path)
    if name is None:
        return Version(path.name, map_data(doc), doc)
    from ..io.history import find_version, rebuild

    revision = find_version(doc, name)
    if revision is None:
        raise VersionNotFound(f"{path}: no snapshot or revision named {name!r} in this file")
    return Version(f"{path.name}@{name}", rebuild(doc, revision.id), doc)


__all__ = ["LoadError", "Version", "VersionNotFound", "open_version", "split_spec"]
