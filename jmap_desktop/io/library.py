"""The journey library: every map in a folder the user chose, summarised for a grid, searched
and filtered. Reads only inside that folder: subfolders are walked without following directory
symlinks, and a file symlink whose target lies outside is listed as such and never opened."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Card, JourneyMap
from ..model.kinds import EvidenceStatus, MapState
from .errors import LoadError
from .links import inside
from .load import load_map

MAX_MAPS = 1_000  # a library of more maps is cut here (and says so)
MAX_DEPTH = 6


@dataclass
class MapSummary:
    path: Path  # absolute
    relative: str  # as shown, with "/" separators
    doc: JourneyMap | None = None
    problem: str = ""  # why the file is not shown as a map
    modified: dt.datetime | None = None
    tags: set[str] = field(default_factory=set)
    personas: set[str] = field(default_factory=set)

    @property
    def title(self) -> str:
        return self.doc.meta.title if self.doc else self.relative

    @property
    def primary_persona(self) -> str:
        if self.doc is None:
            return ""
        meta = self.doc.meta
        persona = next((p for p in self.doc.personas if p.id == meta.primary_persona_id), None)
        persona = persona or (self.doc.personas[0] if self.doc.personas else None)
        return persona.name if persona else ""

    @property
    def state(self) -> str:
        if self.doc is None:
            return ""
        return "Future state" if self.doc.meta.state == MapState.FUTURE else "Current state"

    @property
    def card_count(self) -> int:
        return len(self.doc.cards) if self.doc else 0

    @property
    def validated_share(self) -> float:
        cards = self.doc.cards if self.doc else []
        return sum(c.evidence.status == EvidenceStatus.VALIDATED for c in cards) / len(cards) if cards else 0.0


@dataclass
class Library:
    folder: Path
    maps: list[MapSummary]
    truncated: bool = False

    def tags(self) -> list[str]:
        return sorted(set().union(*(m.tags for m in self.maps)), key=str.casefold)

    def personas(self) -> list[str]:
        return sorted(set().union(*(m.personas for m in self.maps)), key=str.casefold)

    def filtered(self, tag: str = "", persona: str = "", state: str = "") -> list[MapSummary]:
        return [m for m in self.maps
                if (not tag or tag in m.tags) and (not persona or persona in m.personas)
                and (not state or m.state == state)]

    def search(self, query: str, maps: list[MapSummary] | None = None, limit: int = 500) -> list[tuple[MapSummary, Card]]:
        """Cards whose text, tags or owner contain ``query`` (case-insensitive), map by map."""
        needle = query.strip().casefold()
        hits: list[tuple[MapSummary, Card]] = []
        if not needle:
            return hits
        for summary in self.maps if maps is None else maps:
            for card in summary.doc.cards if summary.doc else []:
                if needle in " ".join([card.text, *card.tags, card.owner]).casefold():
                    hits.append((summary, card))
                    if len(hits) >= limit:
                        return hits
        return hits


def scan_library(folder: str | Path) -> Library:
    folder = Path(folder).resolve()
    maps: list[MapSummary] = []
    truncated = False
    for root, dirs, files in os.walk(folder, followlinks=False):  # never into linked folders
        depth = len(Path(root).relative_to(folder).parts)
        if depth >= MAX_DEPTH:
            dirs[:] = []
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.lower().endswith(".jmap") or name.startswith("."):
                continue
            if len(maps) >= MAX_MAPS:
                truncated = True
                break
            maps.append(_summary(folder, Path(root) / name))
    maps.sort(key=lambda m: m.relative.casefold())
    return Library(folder, maps, truncated)


def _summary(folder: Path, path: Path) -> MapSummary:
    relative = path.relative_to(folder).as_posix()
    if not inside(folder, path):
        return MapSummary(path, relative, problem="links to a file outside the library folder (not read)")
    try:
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
        doc = load_map(path)
    except LoadError as exc:
        return MapSummary(path, relative, problem=str(exc).splitlines()[0])
    except OSError as exc:
        return MapSummary(path, relative, problem=f"cannot be read ({exc.strerror or exc})")
    tags = {t for c in doc.cards for t in c.tags}
    personas = {p.name for p in doc.personas if p.name}
    return MapSummary(path, relative, doc, "", modified, tags, personas)
