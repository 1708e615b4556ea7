"""Compare two journey maps: what was added, removed, changed (field, before, after) and moved.

Works on the plain JSON form of maps (``map_data``), so a revision rebuilt from the file's
history compares like a map opened from disk. Entities are matched by id; maps drawn separately
are first matched by names and text (``matching.match_ids``, corrected by the user's
``MatchFixes``) and the older map's ids renamed to the newer one's, so every change names the
entity as the open map (the canvas) knows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ..model import JourneyMap
from .matching import MatchFixes, match_ids, renamed

COLLECTIONS = ("stages", "lanes", "personas", "cards", "connections")
SINGLETONS = ("meta", "emotion_scale")
KINDS = ("added", "removed", "changed", "moved")
BEFORE_CURVE = "#cc79a7"  # the older map's emotion curve, dashed (reddish purple)
# How each kind of change is marked, on the canvas and on paper: a colour-blind-safe colour
# (Okabe-Ito), a badge and a line style, so no mark depends on colour alone.
MARKS = {
    "added": {"colour": "#009e73", "badge": "+", "dash": False, "label": "Added",
              "paper": "Added"},
    "removed": {"colour": "#6b6b6b", "badge": "−", "dash": True,
                "label": "Removed (ghost in its old cell)", "paper": "Removed (ghost in its old cell)"},
    "changed": {"colour": "#e69f00", "badge": "✎", "dash": False,
                "label": "Changed (hover for before/after)", "paper": "Changed (text or fields edited)"},
    "moved": {"colour": "#0072b2", "badge": "→", "dash": False,
              "label": "Moved (arrow from its old cell)", "paper": "Moved (arrow from its old cell)"},
}
# Bookkeeping that changes on every save or follows from other edits: never a difference.
IGNORED = {"meta": {"modified", "created"}, "cards": {"order"}}
CELL_FIELDS = ("stage_id", "lane_id")
MATCHABLE_AXES = ("stages", "lanes", "personas")  # matched by name, correctable like cards


def map_data(doc: JourneyMap) -> dict[str, Any]:
    """The JSON form of ``doc``'s content (without the file's history)."""
    return doc.model_dump(mode="json", exclude={"history"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class EntityChange:
    """One difference. ``id`` is the entity's id in the newer map (the older one's if removed)."""

    kind: str  # added | removed | changed | moved
    collection: str  # stages, lanes, personas, cards, connections, meta, emotion_scale
    id: str
    label: str
    fields: tuple[FieldChange, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"collection": self.collection, "id": self.id, "label": self.label}
        if self.fields:
            out["fields"] = [{"field": f.field, "before": f.before, "after": f.after}
                             for f in self.fields]
        return out


@dataclass
class Comparison:
    """The differences from ``before`` to ``after``; both maps kept for drawing ghosts and tips."""

    before: dict[str, Any]
    after: dict[str, Any]
    changes: list[EntityChange] = field(default_factory=list)
    matched: dict[str, str] = field(default_factory=dict)  # after id -> before id, when renamed
    fixes: MatchFixes = field(default_factory=MatchFixes)  # the user's corrections to ``matched``

    @property
    def identical(self) -> bool:
        return not self.changes

    def of_kind(self, kind: str, collection: str | None = None) -> list[EntityChange]:
        return [c for c in self.changes
                if c.kind == kind and (collection is None or c.collection == collection)]

    def for_card(self, card_id: str) -> list[EntityChange]:
        return [c for c in self.changes if c.collection == "cards" and c.id == card_id]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind in KINDS}

    def cell_name(self, stage_id: str, lane_id: str) -> str:
        """"Stage / Lane" by the names in either map (the newer one's first)."""
        return f"{self.name_of('stages', stage_id)} / {self.name_of('lanes', lane_id)}"

    def name_of(self, collection: str, entity_id: str) -> str:
        """The name of a stage, lane or persona in either map (the newer one's first)."""
        for data in (self.after, self.before):
            for e in data.get(collection) or []:
                if e["id"] == entity_id:
                    return e.get("name") or entity_id
        return entity_id

    def cells_of_move(self, change: EntityChange) -> tuple[str, str]:
        """The old and new cell of a moved card, as readable names."""
        old = self._card(self.before, change.id)
        new = self._card(self.after, change.id)
        return (self.cell_name(old["stage_id"], old["lane_id"]),
                self.cell_name(new["stage_id"], new["lane_id"]))

    @staticmethod
    def _card(data: dict, card_id: str) -> dict:
        return next(c for c in data.get("cards") or [] if c["id"] == card_id)

    def match_of(self, entity_id: str, collection: str = "cards") -> tuple[str, str] | None:
        """``(before id, "user" | "text" | "name")`` for a card (or stage, lane, persona) of the
        newer map matched to one with another id in the older map, by the user or by names and
        text; None otherwise."""
        before_id = self.matched.get(entity_id)
        if before_id is None or entity_id not in self._ids_after(collection):
            return None
        how = "text" if collection == "cards" else "name"
        return before_id, "user" if self.fixes.by_user(entity_id) else how

    def _ids_after(self, collection: str) -> set[str]:
        """The ids of one collection of the newer map, gathered once: the change list asks
        for every entry, and a scan each time made listing 5,000 changes take seconds."""
        cache = self.__dict__.setdefault("_after_ids", {})
        if collection not in cache:
            cache[collection] = {e["id"] for e in self.after.get(collection) or []}
        return cache[collection]

    def axis_matches(self) -> list[tuple[str, str, str]]:
        """``(collection, id, before id)`` for the stages, lanes and personas matched to one with
        another id (maps drawn separately): the matches the user may want to check, in map order."""
        return [(name, e["id"], self.matched[e["id"]]) for name in MATCHABLE_AXES
                for e in self.after.get(name) or [] if e["id"] in self.matched]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"identical": self.identical, "counts": self.counts()}
        for kind in KINDS:
            out[kind] = [c.to_json() for c in self.of_kind(kind)]
        for item, change in zip(out["moved"], self.of_kind("moved"), strict=True):
            if change.collection == "cards":
                item["from"], item["to"] = self.cells_of_move(change)
        for kind in ("changed", "moved"):  # matched by names and text: the id it had in A
            for item in out[kind]:
                if item["id"] in self.matched:
                    item["before_id"] = self.matched[item["id"]]
        return out


def compare(before: dict[str, Any] | JourneyMap, after: dict[str, Any] | JourneyMap,
            *, match: bool = True, fixes: MatchFixes | None = None) -> Comparison:
    """The differences between two maps (JSON data or documents).

    With ``match`` (the default), entities of ``after`` whose ids are not in ``before`` are
    matched by stage and lane names and card text, so maps drawn separately compare sensibly;
    ``fixes`` are the user's corrections to that matching.
    """
    a = map_data(before) if isinstance(before, JourneyMap) else before
    b = map_data(after) if isinstance(after, JourneyMap) else after
    fixes = fixes or MatchFixes()
    matched: dict[str, str] = {}
    if match:
        matched = match_ids(a, b, fixes)
        if matched:
            # The older map takes the newer one's ids: changes then name what the canvas shows.
            a = renamed(a, {old: new for new, old in matched.items()})
    result = Comparison(a, b, matched=matched, fixes=fixes)
    labels = Labels(a, b)
    for name in SINGLETONS:
        fields = field_changes(a.get(name) or {}, b.get(name) or {}, IGNORED.get(name, set()))
        if fields:
            result.changes.append(EntityChange("changed", name, name, SINGLETON_LABELS[name], fields))
    for name in COLLECTIONS:
        result.changes.extend(collection_changes(name, a.get(name) or [], b.get(name) or [], labels))
    return result


SINGLETON_LABELS = {"meta": "Map settings", "emotion_scale": "Emotion scale"}


def collection_changes(name: str, old: list[dict], new: list[dict], labels: Labels) -> list[EntityChange]:
    old_by_id = {e["id"]: e for e in old}
    new_by_id = {e["id"]: e for e in new}
    changes = {}
    for e in old:
        if e["id"] not in new_by_id:
            changes[e["id"]] = entity_changes(name, e, None, labels)
    for e in new:
        found = entity_changes(name, old_by_id.get(e["id"]), e, labels)
        if found:
            changes[e["id"]] = found
    return in_order(name, old, new, changes, labels)


def entity_changes(name: str, before: dict | None, after: dict | None, labels: Labels) -> list[EntityChange]:
    """The differences of one entity (the same id in both maps, or in one only): removed, added,
    or moved and changed. A live comparison (``versions.live``) calls this for the cards an edit
    touched, so both ways of comparing say exactly the same."""
    if after is None:
        return [] if before is None else [EntityChange("removed", name, before["id"], labels.of(name, before, old=True))]
    if before is None:
        return [EntityChange("added", name, after["id"], labels.of(name, after))]
    if before == after:
        return []
    fields = field_changes(before, after, IGNORED.get(name, set()))
    moved = tuple(f for f in fields if f.field in CELL_FIELDS)
    edited = tuple(f for f in fields if f.field not in CELL_FIELDS)
    label = labels.of(name, after)
    changes = []
    if moved:
        changes.append(EntityChange("moved", name, after["id"], label, moved))
    if edited:
        changes.append(EntityChange("changed", name, after["id"], label, edited))
    return changes


def in_order(name: str, old: list[dict], new: list[dict], changes: dict[str, list[EntityChange]],
             labels: Labels) -> list[EntityChange]:
    """The changes of one collection (``changes``: by id, only the ids that have some) in the
    order people read them: removed in the older map's order, added, then moved and changed in
    the newer map's order; for stages and lanes, those whose place among the others changed."""
    out: list[EntityChange] = []
    if changes:
        new_ids = {e["id"] for e in new}
        old_ids = {e["id"] for e in old}
        for e in old:
            if e["id"] not in new_ids and e["id"] in changes:
                out.extend(changes[e["id"]])
        for e in new:
            if e["id"] not in old_ids and e["id"] in changes:
                out.extend(changes[e["id"]])
        for e in new:
            if e["id"] in old_ids and e["id"] in changes:
                out.extend(changes[e["id"]])
    if name in ("stages", "lanes"):
        out.extend(_reordered(name, old, new, labels))
    return out


def _reordered(name: str, old: list[dict], new: list[dict], labels: Labels) -> list[EntityChange]:
    """Stages or lanes whose place among the others changed (outside the longest common run)."""
    new_ids = {e["id"] for e in new}
    old_ids = {e["id"] for e in old}
    a = [e["id"] for e in old if e["id"] in new_ids]
    b = [e["id"] for e in new if e["id"] in old_ids]
    if a == b:
        return []
    kept = set()
    for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        kept.update(a[block.a:block.a + block.size])
    by_id = {e["id"]: e for e in new}
    return [EntityChange("moved", name, i, labels.of(name, by_id[i]),
                         (FieldChange("position", a.index(i) + 1, b.index(i) + 1),))
            for i in b if i not in kept]


def field_changes(before: dict, after: dict, ignored: set[str]) -> tuple[FieldChange, ...]:
    names = list(before) + [k for k in after if k not in before]
    return tuple(FieldChange(n, before.get(n), after.get(n)) for n in names
                 if n != "id" and n not in ignored and before.get(n) != after.get(n))


class Labels:
    """Readable names for entities: a card's text, a stage's name, "A → B" for connections."""

    def __init__(self, before: dict, after: dict) -> None:
        self._cards = {c["id"]: c for c in before.get("cards") or []}
        self._cards.update({c["id"]: c for c in after.get("cards") or []})

    def of(self, collection: str, entity: dict, old: bool = False) -> str:
        if collection == "cards":
            return short(entity.get("text") or "(empty card)")
        if collection == "connections":
            ends = [short(self._cards.get(entity.get(e), {}).get("text") or "?", 24)
                    for e in ("source_id", "target_id")]
            return f"{ends[0]} → {ends[1]}"
        return entity.get("name") or f"({collection[:-1]} {entity.get('id')})"


def short(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
