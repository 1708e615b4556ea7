"""Three-way merge of two copies of a map against the version both started from.

Every change only one side made is taken; a change both made alike is taken once. A
**conflict** is left wherever the sides disagree: the same field changed differently, an entity
edited on one side and deleted on the other, something deleted on one side while the other
still uses it (cards added to a deleted stage, a connection to a deleted card), both sides
reordering the stages, the lanes or the cards of one cell differently. A card's comments merge one by one by their ids and its photos
by their content, so notes two people added to one card in two copies are all kept. Each conflict is settled by a choice (ours, theirs, or an edited
value); unsettled ones take ``default`` or, without one, provisionally ours and stay listed.
With no common version (maps started separately) entities are matched as ``compare`` does and
every difference becomes a conflict. Works on plain JSON data; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .compare import short
from .matching import MatchFixes, match_ids, renamed
from .sequence import merge_order

OURS, THEIRS = "ours", "theirs"
ORDERED = ("personas", "stages", "lanes", "cards", "connections")
MISSING: Any = object()
REFERENCES = (("cards", "stage_id", "stages"), ("cards", "lane_id", "lanes"),
              ("cards", "persona_id", "personas"), ("connections", "source_id", "cards"),
              ("connections", "target_id", "cards"))
DERIVED = {"cards": {"order"}}  # follows from the merged cell order, never a conflict itself


@dataclass(frozen=True)
class Edited:
    """A conflict settled by a value the user typed."""

    value: Any


@dataclass
class Conflict:
    key: str  # stable: "cards/ID/text", "cards/ID", "stages/ID/used", "stages/order"
    kind: str  # field | edit_delete | delete_used | order | presence
    collection: str
    entity_id: str
    field: str | None
    label: str
    ours: Any  # None for "deleted" / "absent" where ``ours_gone``
    theirs: Any
    base: Any = None
    ours_gone: bool = False
    theirs_gone: bool = False
    chosen: Any = None  # "ours", "theirs" or Edited; None while unsettled

    @property
    def resolved(self) -> bool:
        return self.chosen is not None

    def edited_fields(self) -> list[tuple[str, Any, Any]]:
        """For an entity edited in one copy and deleted in the other: ``(field, value in the
        version both started from, value in the copy that edited it)`` for each field edited
        there, so the user sees what deleting would lose. [] for other conflicts."""
        if self.kind != "edit_delete" or not isinstance(self.base, dict):
            return []
        kept = self.theirs if self.ours_gone else self.ours
        if not isinstance(kept, dict):
            return []
        skip = {"id"} | DERIVED.get(self.collection, set())
        names = list(self.base) + [k for k in kept if k not in self.base]
        return [(name, self.base.get(name), kept.get(name)) for name in names
                if name not in skip and self.base.get(name) != kept.get(name)]


@dataclass
class MergeResult:
    data: dict[str, Any]
    conflicts: list[Conflict] = field(default_factory=list)
    base_found: bool = True

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.resolved]


def merge(base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any],
          choices: dict[str, Any] | None = None, default: str | None = None,
          fixes: MatchFixes | None = None) -> MergeResult:
    """Merge ``ours`` and ``theirs`` (map JSON data) against ``base`` (None: no common version).

    Without a common version, ``theirs`` is matched to ``ours`` as compare does, corrected by
    ``fixes`` (pairs of ``(id in theirs, id in ours)``: the user's corrections from comparing
    the two). The inputs are never changed; the result shares their unchanged nested values.
    """
    fallback = base is None
    if fallback:
        theirs = renamed(theirs, match_ids(ours, theirs, fixes))
        base = {}
    run = _Merge(base, ours, theirs, choices or {}, default, fallback)
    out = run.merge()
    return MergeResult(out, run.conflicts, base_found=not fallback)


class _Merge:
    def __init__(self, base, ours, theirs, choices, default, fallback) -> None:
        self.b, self.o, self.t = base, ours, theirs
        self.choices, self.default, self.fallback = choices, default, fallback
        self.conflicts: list[Conflict] = []
        self.deleted_by: dict[tuple[str, str], str] = {}  # (collection, id) -> side that deleted
        # Entities left out because a choice dropped what they depend on: their own users go too,
        # without asking again (asking could bring them back, and their dependency with them).
        self.dropped: set[tuple[str, str]] = set()

    # -- settling ------------------------------------------------------------------------------
    def settle(self, conflict: Conflict) -> Any:
        """Record ``conflict``; returns its choice ("ours", "theirs" or Edited)."""
        earlier = next((c for c in self.conflicts if c.key == conflict.key), None)
        if earlier is not None:  # asked once already: the same answer, listed once
            return earlier.chosen if earlier.chosen is not None else OURS
        chosen = self.choices.get(conflict.key, self.default)
        conflict.chosen = chosen
        self.conflicts.append(conflict)
        return chosen if chosen is not None else OURS

    def value(self, chosen: Any, ours: Any, theirs: Any) -> Any:
        if isinstance(chosen, Edited):
            return chosen.value
        return theirs if chosen == THEIRS else ours

    # -- the whole map ---------------------------------------------------------------------------
    def merge(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        keys = list(self.o) + [k for k in self.t if k not in self.o]
        for key in keys:
            b, o, t = self.b.get(key, MISSING), self.o.get(key, MISSING), self.t.get(key, MISSING)
            if _entities(o) and _entities(t):
                out[key] = self.collection(key, b if _entities(b) else [], o, t)
            elif isinstance(o, dict) and isinstance(t, dict):
                out[key] = self.fields(key, key, _SINGLE_LABELS.get(key, key),
                                       b if isinstance(b, dict) else {}, o, t)
            else:
                merged = self.field(key, key, key, key, b, o, t)
                if merged is not MISSING:
                    out[key] = merged
        for _ in range(8):  # restoring a card may need its stage; dropping it, its connections
            if not self.references(out):
                break
        else:
            self.dangling(out)
        self.order(out)
        return out

    def field(self, key: str, collection: str, entity_id: str, name: str, b: Any, o: Any, t: Any,
              label: str = "") -> Any:
        if o == t:
            return o
        if self.fallback or (o != b and t != b):
            if collection == "meta" and name in ("modified", "created"):
                return _latest(o, t) if name == "modified" else _earliest(o, t)
            chosen = self.settle(Conflict(key, "field", collection, entity_id, name,
                                          label or name, _v(o), _v(t), _v(b),
                                          ours_gone=o is MISSING, theirs_gone=t is MISSING))
            return self.value(chosen, o, t)
        return t if o == b else o

    def fields(self, prefix: str, collection: str, label: str, b: dict, o: dict, t: dict,
               entity_id: str | None = None) -> dict[str, Any]:
        out = {}
        derived = DERIVED.get(collection, set())
        for name in list(o) + [k for k in t if k not in o]:
            bv, ov, tv = b.get(name, MISSING), o.get(name, MISSING), t.get(name, MISSING)
            if name in derived:
                merged = ov if ov is not MISSING else tv
            elif _entities(ov) and _entities(tv) and (bv is MISSING or _entities(bv)):
                # A card's comments and photos carry ids: merged one by one like the map's own
                # collections, so two people commenting on one card in two copies keep both.
                merged = self.collection(name, [] if bv is MISSING else bv, ov, tv, prefix=f"{prefix}/{name}")
            elif _records(ov) and _records(tv) and (bv is MISSING or _records(bv)):
                # Photos have no ids but are their bytes: what either side added or removed.
                merged = _merge_values([] if bv is MISSING else bv, ov, tv)
            else:
                merged = self.field(f"{prefix}/{name}", collection, entity_id or collection, name,
                                    bv, ov, tv, f"{label}: {name}")
            if merged is not MISSING:
                out[name] = merged
        return out

    # -- entity collections ----------------------------------------------------------------------
    def collection(self, name: str, base: list, ours: list, theirs: list, prefix: str = "") -> list[dict]:
        in_base, in_ours, in_theirs = _by_id(base), _by_id(ours), _by_id(theirs)
        merged: dict[str, dict] = {}
        every = {**in_base, **in_theirs, **in_ours}
        for entity_id in every:
            b, o, t = in_base.get(entity_id), in_ours.get(entity_id), in_theirs.get(entity_id)
            label = _label(name, o or t or b)
            key = f"{prefix or name}/{entity_id}"
            if b is None and (o is None or t is None):
                if self.fallback:  # present in one map only: keep it or not
                    chosen = self.settle(Conflict(key, "presence", name, entity_id, None, label,
                                                  o, t, None, ours_gone=o is None, theirs_gone=t is None))
                    kept = self.value(chosen, o, t)
                    if isinstance(chosen, Edited) or kept is None:
                        kept = o if o is not None and chosen != THEIRS else t
                    if kept is not None:
                        merged[entity_id] = dict(kept)
                    else:
                        self.deleted_by[(name, entity_id)] = OURS if o is None else THEIRS
                else:
                    merged[entity_id] = dict(o if o is not None else t)
            elif b is None:
                merged[entity_id] = self.fields(key, name, label, {}, o, t, entity_id)
            elif o is None and t is None:
                continue
            elif o is None or t is None:
                kept, deleter = (t, OURS) if o is None else (o, THEIRS)
                if _same(name, kept, b):
                    self.deleted_by[(name, entity_id)] = deleter
                    continue
                chosen = self.settle(Conflict(key, "edit_delete", name, entity_id, None, label,
                                              o, t, b, ours_gone=o is None, theirs_gone=t is None))
                if isinstance(chosen, Edited):
                    chosen = OURS if o is not None else THEIRS
                if chosen == deleter:
                    self.deleted_by[(name, entity_id)] = deleter
                else:
                    merged[entity_id] = dict(kept)
            else:
                merged[entity_id] = self.fields(key, name, label, b, o, t, entity_id)
        return list(merged.values())

    # -- references to what one side deleted --------------------------------------------------------
    def references(self, out: dict[str, Any]) -> bool:
        """Settle uses of deleted entities; True when something changed (check again)."""
        present = {name: {e["id"] for e in out.get(name) or []} for name in ORDERED}
        users: dict[tuple[str, str], list[tuple[str, dict, str]]] = {}
        for name, ref, target in REFERENCES:
            for entity in out.get(name) or []:
                value = entity.get(ref)
                if value is not None and value not in present[target]:
                    users.setdefault((target, value), []).append((name, entity, ref))
        restored = False
        for (target, target_id), uses in users.items():
            if (target, target_id) in self.dropped:
                self._drop_uses(out, uses)
                restored = True
                continue
            deleter = self.deleted_by.get((target, target_id))
            keeper = THEIRS if deleter == OURS else OURS
            source = (self.t if keeper == THEIRS else self.o).get(target) or []
            version = next((e for e in source if e["id"] == target_id), None)
            if version is None:
                version = next((e for e in self.b.get(target) or [] if e["id"] == target_id), None)
            if deleter is not None and version is not None:
                count = len(uses)
                label = f"{_label(target, version)}: deleted in {deleter}, still used by {count} " \
                        f"{'item' if count == 1 else 'items'} in {keeper}"
                conflict = Conflict(f"{target}/{target_id}/used", "delete_used", target, target_id,
                                    None, label, version if keeper == OURS else None,
                                    version if keeper == THEIRS else None, None,
                                    ours_gone=deleter == OURS, theirs_gone=deleter == THEIRS)
                chosen = self.settle(conflict)
                if isinstance(chosen, Edited):
                    chosen = keeper
                if chosen == keeper:
                    out.setdefault(target, []).append(dict(version))
                    present[target].add(target_id)
                    restored = True
                    continue
            self._drop_uses(out, uses)
            restored = True
        return restored

    def dangling(self, out: dict[str, Any]) -> None:
        """Last resort after the rounds above: whatever still uses a missing entity goes."""
        for _ in range(len(REFERENCES)):
            present = {name: {e["id"] for e in out.get(name) or []} for name in ORDERED}
            uses = [(name, entity, ref) for name, ref, target in REFERENCES
                    for entity in out.get(name) or []
                    if entity.get(ref) is not None and entity[ref] not in present[target]]
            if not uses:
                return
            self._drop_uses(out, uses)

    def _drop_uses(self, out: dict[str, Any], uses: list[tuple[str, dict, str]]) -> None:
        for name, entity, ref in uses:
            if ref == "persona_id":
                entity["persona_id"] = None
            else:
                out[name] = [e for e in out[name] if e is not entity]
                self.dropped.add((name, entity["id"]))
        meta = out.get("meta") or {}
        personas = {p["id"] for p in out.get("personas") or []}
        if meta.get("primary_persona_id") not in personas:
            meta["primary_persona_id"] = None

    # -- order -------------------------------------------------------------------------------------------
    def order(self, out: dict[str, Any]) -> None:
        for name in [k for k in out if _entities(out[k])]:
            by_id = {e["id"]: e for e in out[name]}
            prefer = None
            ids = [[e["id"] for e in data.get(name) or []] for data in (self.b, self.o, self.t)]
            order, conflict = merge_order(*ids, set(by_id))
            if conflict and name in ("stages", "lanes"):
                names = [{e["id"]: e.get("name") or e["id"] for e in data.get(name) or []}
                         for data in (self.o, self.t)]
                chosen = self.settle(Conflict(f"{name}/order", "order", name, name, "order",
                                              f"Order of the {name}",
                                              [names[0][i] for i in ids[1]],
                                              [names[1][i] for i in ids[2]]))
                prefer = chosen if chosen in (OURS, THEIRS) else OURS
                order, _ = merge_order(*ids, set(by_id), prefer)
            out[name] = [by_id[i] for i in order]
        self.cells(out)

    def cells(self, out: dict[str, Any]) -> None:
        """Each cell's card order. Both sides putting the same cards of a cell in different
        orders is a conflict (keep mine or theirs), settled in the map's stage and lane order."""
        cards = out.get("cards") or []
        members: dict[tuple, set[str]] = {}
        for card in cards:
            members.setdefault((card["stage_id"], card["lane_id"]), set()).add(card["id"])
        by_id = {c["id"]: c for c in cards}
        cells = [_cells(data) for data in (self.b, self.o, self.t)]
        place = {e["id"]: i for name in ("stages", "lanes") for i, e in enumerate(out.get(name) or [])}
        for cell in sorted(members, key=lambda c: (place.get(c[0], -1), place.get(c[1], -1), c)):
            ids = members[cell]
            orders = [c.get(cell, []) for c in cells]
            order, conflict = merge_order(*orders, ids)
            if conflict:
                chosen = self.settle(self._cell_conflict(out, cell, orders))
                order, _ = merge_order(*orders, ids, chosen if chosen in (OURS, THEIRS) else OURS)
            for index, card_id in enumerate(order):
                by_id[card_id]["order"] = index

    def _cell_conflict(self, out: dict[str, Any], cell: tuple, orders: list[list[str]]) -> Conflict:
        stage_id, lane_id = cell
        names = {e["id"]: e.get("name") or e["id"] for n in ("stages", "lanes") for e in out.get(n) or []}
        texts = [{c["id"]: short(c.get("text") or "(empty)", 40) for c in data.get("cards") or []}
                 for data in (self.o, self.t)]
        return Conflict(f"cards/order/{stage_id}/{lane_id}", "order", "cards", f"{stage_id}/{lane_id}",
                        "order", f"Order of the cards in “{names.get(stage_id, stage_id)}” / "
                        f"“{names.get(lane_id, lane_id)}”",
                        [texts[0][i] for i in orders[1]], [texts[1][i] for i in orders[2]])


_SINGLE_LABELS = {"meta": "Map settings", "emotion_scale": "Emotion scale"}


def _entities(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(e, dict) and "id" in e for e in value)


def _records(value: Any) -> bool:
    """A non-empty list of plain records without ids (a card's photos)."""
    return isinstance(value, list) and bool(value) and all(isinstance(e, dict) and "id" not in e for e in value)


def _merge_values(base: list, ours: list, theirs: list) -> list:
    """Ours without what theirs removed from base, then what theirs added: order of ours first."""
    removed = [v for v in base if v not in theirs]
    return [v for v in ours if v not in removed] + [v for v in theirs if v not in base and v not in ours]


def _by_id(items: list[dict]) -> dict[str, dict]:
    return {e["id"]: e for e in items}


def _same(collection: str, a: dict, b: dict) -> bool:
    derived = DERIVED.get(collection, set())
    strip = lambda e: {k: v for k, v in e.items() if k not in derived}  # noqa: E731
    return strip(a) == strip(b)


def _cells(data: dict) -> dict[tuple, list[str]]:
    """Card ids per (stage, lane) cell, in their order there."""
    cells: dict[tuple, list[dict]] = {}
    for card in data.get("cards") or []:
        cells.setdefault((card["stage_id"], card["lane_id"]), []).append(card)
    return {cell: [c["id"] for c in sorted(cards, key=lambda c: c.get("order", 0))]
            for cell, cards in cells.items()}


def _label(collection: str, entity: dict | None) -> str:
    entity = entity or {}
    what = collection.rstrip("s")
    if collection == "cards":
        return f"card “{short(entity.get('text') or '(empty)', 40)}”"
    if collection == "connections":
        return f"connection {entity.get('id', '')[:8]}"
    return f"{what} “{short(entity.get('name') or entity.get('id', ''), 40)}”"


def _v(value: Any) -> Any:
    return None if value is MISSING else value


def _latest(a: Any, b: Any) -> Any:
    values = [v for v in (a, b) if isinstance(v, str)]
    return max(values) if values else _v(a)


def _earliest(a: Any, b: Any) -> Any:
    values = [v for v in (a, b) if isinstance(v, str)]
    return min(values) if values else _v(a)
