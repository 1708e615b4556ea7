"""Links between maps: a card or a stage points to another map (and maybe a card in it).

A link is stored relative to the linking map's folder, with "/" separators, so a folder of maps
can be moved, zipped or put under version control as a whole. Resolving a link never leaves
that folder: an absolute path, a "../" that climbs out, or a symlink whose target lies outside
is *outside* and treated like a missing target, so a shared map cannot make the program read
other files on the machine (PRODUCT.md §4). A broken link is a state to show, never an error.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

from ..model import JourneyMap, MapLink
from ..model.messages import say
from .errors import LoadError
from .load import load_map


class LinkState(StrEnum):
    OK = "ok"
    NO_FOLDER = "no folder"  # the linking map has not been saved yet
    OUTSIDE = "outside"  # the target is not inside the linking map's folder
    MISSING = "missing"  # no such file
    UNREADABLE = "unreadable"  # the file is not a map this program can open
    NO_CARD = "no card"  # the map is there, the card is not


@dataclass(frozen=True)
class LinkTarget:
    state: LinkState
    path: Path | None = None  # the resolved file, when inside the folder
    card_id: str | None = None

    @property
    def broken(self) -> bool:
        return self.state != LinkState.OK

    def describe(self, link: MapLink) -> str:
        """What the user reads in the status bar."""
        return {
            LinkState.OK: f"Opens {link.path}",
            LinkState.NO_FOLDER: "Save this map first: links are relative to its folder",
            LinkState.OUTSIDE: f"{link.path} is outside this map's folder and is not opened",
            LinkState.MISSING: f"The linked map {link.path} is missing (moved or deleted?)",
            LinkState.UNREADABLE: f"The linked file {link.path} is not a map that can be opened",
            LinkState.NO_CARD: f"{link.path} has no card {link.card_id!r} any more; opens the map",
        }[self.state]


def inside(folder: Path, candidate: Path) -> bool:
    """True when ``candidate`` (symlinks resolved) lies within ``folder`` (resolved)."""
    try:
        candidate.resolve(strict=False).relative_to(folder.resolve(strict=False))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False
    return True


def link_path(map_path: Path | None, link: MapLink) -> tuple[LinkState, Path | None]:
    """Where ``link`` points, or why it cannot be followed; reads nothing but file metadata."""
    if map_path is None:
        return LinkState.NO_FOLDER, None
    folder = Path(map_path).parent
    rel = PurePosixPath(link.path.replace("\\", "/"))
    if rel.is_absolute() or (rel.parts and ":" in rel.parts[0]):  # /etc/..., C:/...
        return LinkState.OUTSIDE, None
    target = folder.joinpath(*rel.parts)
    if not inside(folder, target):
        return LinkState.OUTSIDE, None
    if not target.is_file():
        return LinkState.MISSING, None
    return LinkState.OK, target.resolve()


def resolve_link(map_path: Path | None, link: MapLink, loader=None) -> LinkTarget:
    """Follow ``link`` as far as it goes: the file, then (when it names one) the card in it.
    ``loader`` loads a map by path (cached by the caller); ``load_map`` by default."""
    state, path = link_path(map_path, link)
    if state != LinkState.OK:
        return LinkTarget(state)
    if link.card_id is None:
        return LinkTarget(LinkState.OK, path)
    try:
        doc: JourneyMap = (loader or load_map)(path)
    except (LoadError, OSError, ValueError):
        return LinkTarget(LinkState.UNREADABLE, path)
    if doc.card(link.card_id) is None:
        return LinkTarget(LinkState.NO_CARD, path)
    return LinkTarget(LinkState.OK, path, link.card_id)


def make_link(map_path: Path, target: Path, card_id: str | None = None) -> MapLink:
    """A link from the map at ``map_path`` to ``target``; ValueError when the target is not
    inside the map's folder (links never climb out of it)."""
    folder = Path(map_path).parent.resolve()
    target = Path(target).resolve()
    if not inside(folder, target):
        raise ValueError(say("{name} is not inside {folder}: a link can only point to maps in this map's "
                             "folder or its subfolders", name=target.name, folder=folder))
    return MapLink(path=PurePosixPath(*target.relative_to(folder).parts).as_posix(), card_id=card_id)


class LinkChecker:
    """Answers "is this link broken?" for painting, cheaply: each target map is loaded once per
    modification time, so a map full of links does not re-read files on every repaint."""

    def __init__(self, map_path: Path | None) -> None:
        self.map_path = Path(map_path) if map_path else None
        self._maps: dict[Path, tuple[float, JourneyMap | None]] = {}

    def load(self, path: Path) -> JourneyMap:
        mtime = os.stat(path).st_mtime
        cached = self._maps.get(path)
        if cached is None or cached[0] != mtime:
            try:
                cached = (mtime, load_map(path))
            except (LoadError, OSError, ValueError):
                cached = (mtime, None)
            self._maps[path] = cached
        if cached[1] is None:
            raise ValueError(say("{path} cannot be read", path=path))
        return cached[1]

    def resolve(self, link: MapLink) -> LinkTarget:
        return resolve_link(self.map_path, link, self.load)

    def broken(self, link: MapLink) -> bool:
        return self.resolve(link).broken
