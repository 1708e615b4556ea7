"""The user's corrections to the matching of maps drawn separately (``versions.MatchFixes``),
remembered in QSettings for each pair of versions compared: this map's file and the other
version (another file, or a revision of this one). Comparing the same two again, also after a
restart, starts from the corrections made last time. At most ``LIMIT`` pairs, newest first;
entries whose ids no longer fit the maps are ignored by the matching, so stale ones do no harm.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from ..versions import MatchFixes

KEY = "compare/corrections"
LIMIT = 20


def pair_key(map_path: Path | None, version: str) -> str:
    """The key of comparing the map saved at ``map_path`` with ``version``; "" for an unsaved
    map (its corrections are kept for the session only)."""
    return f"{Path(map_path).resolve()} | {version}" if map_path is not None and version else ""


def recall(settings: QSettings, key: str) -> MatchFixes | None:
    for entry_key, fixes in _entries(settings):
        if entry_key == key:
            return fixes
    return None


def keep(settings: QSettings, key: str, fixes: MatchFixes) -> None:
    entries = [(k, f) for k, f in _entries(settings) if k != key]
    if fixes.pairs or fixes.apart:
        entries.insert(0, (key, fixes))
    settings.setValue(KEY, json.dumps([{"key": k, "pairs": sorted(f.pairs), "apart": sorted(f.apart)}
                                       for k, f in entries[:LIMIT]], ensure_ascii=False))


def _entries(settings: QSettings) -> list[tuple[str, MatchFixes]]:
    """What is stored, skipping anything damaged (a hand-edited settings file loses nothing else)."""
    try:
        raw = json.loads(str(settings.value(KEY, "[]") or "[]"))
    except ValueError:
        return []
    entries = []
    for item in raw if isinstance(raw, list) else []:
        try:
            pairs = frozenset((str(b), str(a)) for b, a in item["pairs"])
            apart = frozenset((str(b), str(a)) for b, a in item["apart"])
            entries.append((str(item["key"]), MatchFixes(pairs, apart)))
        except (KeyError, TypeError, ValueError):
            continue
    return entries
