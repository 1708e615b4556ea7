"""A template whose stages and cards link to other templates: making it with its detailed maps.

The lifecycle overview template links its stages (and a few cards) to bundled templates beside
it, e.g. ``saas-trial-onboarding.jmap``. Opened from the templates folder, those links work as
they are. A new map made from it lives somewhere else, so its links would point at nothing: the
new-map flow (window and ``jmap-desktop new``) writes a new map from each linked template next
to the overview, with fresh ids, and rewrites the overview's links to those files and to the
fresh ids of the cards they named. An existing file is never overwritten: a taken name gets a
number. Without the detailed maps (an untitled overview) the links are simply broken, which the
canvas shows as broken.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ..model import JourneyMap, MapLink
from .load import load_map
from .save import save_map
from .templates import list_templates, template_info, with_fresh_ids


def _links(doc: JourneyMap) -> list[MapLink]:
    return [e.link for e in (*doc.stages, *doc.cards) if e.link is not None]


def linked_templates(doc: JourneyMap, folder: Path | None = None) -> list[str]:
    """Names of the templates (in ``folder``, the bundled ones by default) that ``doc``'s links
    point to as siblings, in the order the links first name them."""
    names = {t.name for t in list_templates(folder)}
    found: list[str] = []
    for link in _links(doc):
        rel = PurePosixPath(link.path)
        if len(rel.parts) == 1 and rel.suffix == ".jmap" and rel.stem in names and rel.stem not in found:
            found.append(rel.stem)
    return found


def free_path(folder: Path, stem: str, taken: set[Path] = frozenset()) -> Path:
    """``folder/stem.jmap``, or ``stem 2.jmap``, ``stem 3.jmap``… when that file exists."""
    candidate, n = folder / f"{stem}.jmap", 1
    while candidate.exists() or candidate in taken:
        n += 1
        candidate = folder / f"{stem} {n}.jmap"
    return candidate


def write_with_linked(name: str, overview: Path, folder: Path | None = None) -> list[Path]:
    """Write a new map from template ``name`` to ``overview`` and, next to it, a new map from
    every template its links name; the overview's links follow the files and card ids written.

    Returns the files written, the overview first. Raises ``LoadError`` for a broken template
    and ``SaveError`` when a file cannot be written (files written before it stay).
    """
    overview = Path(overview)
    doc = with_fresh_ids(load_map(template_info(name, folder).path))
    written: list[Path] = []
    targets: dict[str, tuple[str, dict[str, str]]] = {}  # "b2b.jmap" -> (file written, card ids)
    for detail in linked_templates(doc, folder):
        source = load_map(template_info(detail, folder).path)
        fresh = with_fresh_ids(source)
        path = free_path(overview.parent, detail, {overview})
        save_map(fresh, path, backup=False)
        written.append(path)
        card_ids = {old.id: new.id for old, new in zip(source.cards, fresh.cards, strict=True)}
        targets[f"{detail}.jmap"] = (path.name, card_ids)
    for entity in (*doc.stages, *doc.cards):
        link = entity.link
        if link is not None and link.path in targets:
            path, card_ids = targets[link.path]
            card = card_ids.get(link.card_id, link.card_id) if link.card_id else None
            entity.link = MapLink(path=path, card_id=card)
    save_map(doc, overview, backup=False)
    return [overview, *written]
