"""A comparison kept up to date while the open map is edited, from the store's Change records.

Comparing a 5,000-card map from scratch dumps, matches and diffs every card; done on each edit,
that was a second per keystroke-commit while a comparison was shown. ``LiveComparison`` keeps
the open map's JSON form and the differences per card, and on each batch of ``Change`` records
re-dumps and re-diffs only the cards (and connections) those name. Matching (maps drawn
separately) runs again only when an edit can change it: a card of the open map without a
counterpart id in the older one, a card added or removed, a stage, lane, persona or connection
edited; the likeness of card texts is remembered between runs, so only new texts are compared.
The result is exactly ``compare(before, map_data(doc), fixes=...)`` (a property test holds it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import Change, ChangeKind, DocumentStore
from .compare import (
    COLLECTIONS,
    IGNORED,
    MATCHABLE_AXES,
    SINGLETON_LABELS,
    SINGLETONS,
    Comparison,
    EntityChange,
    Labels,
    collection_changes,
    entity_changes,
    field_changes,
    in_order,
    map_data,
)
from .matching import MatchFixes, match_ids, renamed, renamed_entity

CARD_KINDS = {ChangeKind.CARDS_ADDED, ChangeKind.CARDS_REMOVED, ChangeKind.CARDS_UPDATED,
              ChangeKind.CARDS_MOVED}
AXIS_KINDS = {ChangeKind.STAGES, ChangeKind.LANES, ChangeKind.PERSONAS}
OTHER = ("cards", "connections")  # kept entity by entity; the rest is small and dumped whole


class LiveComparison:
    """The differences from ``before`` (JSON data) to the map ``store`` holds, as it changes."""

    def __init__(self, before: dict[str, Any], store: DocumentStore, fixes: MatchFixes | None = None,
                 *, match: bool = True) -> None:
        self.before_raw = before
        self.store = store
        self.match = match
        self.fixes = fixes or MatchFixes()
        self._memo: dict[tuple[str, str], float] = {}  # likeness of card texts, between runs
        self._before_card_ids = {c["id"] for c in before.get("cards") or []}
        self._before_axes = {e["id"] for name in MATCHABLE_AXES for e in before.get(name) or []}
        self.comparison = self.recompute()

    # -- the whole comparison (opening, a reset, a correction of the matching) --------------
    def set_fixes(self, fixes: MatchFixes) -> Comparison:
        self.fixes = fixes
        return self.recompute()

    def recompute(self) -> Comparison:
        b = map_data(self.store.doc)
        self._keys = list(b)
        self._cards = {c["id"]: c for c in b.get("cards") or []}
        self._links = {c["id"]: c for c in b.get("connections") or []}
        self.matched = match_ids(self.before_raw, b, self.fixes, self._memo) if self.match else {}
        self._rename_before()
        labels = Labels(self._a, b)
        self._card_changes: dict[str, list[EntityChange]] = {}
        for card_id in self._a_cards.keys() | self._cards.keys():
            found = entity_changes("cards", self._a_cards.get(card_id), self._cards.get(card_id), labels)
            if found:
                self._card_changes[card_id] = found
        self.comparison = self._assemble(b, labels)
        return self.comparison

    def _rename_before(self) -> None:
        """The older map with the open map's ids (``self._a``), its cards also by id."""
        inverse = {old: new for new, old in self.matched.items()}
        self._a = renamed(self.before_raw, inverse) if inverse else self.before_raw
        self._a_cards = {c["id"]: c for c in self._a.get("cards") or []}

    # -- one batch of edits -------------------------------------------------------------------
    def update(self, changes: Iterable[Change]) -> Comparison:
        """The comparison after the edits ``changes`` records (in the order they were made)."""
        changes = list(changes)
        if not changes:
            return self.comparison
        dirty: set[str] = set()
        links: set[str] = set()
        rematch = False
        for change in changes:
            if change.kind == ChangeKind.RESET:
                return self.recompute()
            if change.kind in CARD_KINDS:
                dirty.update(change.ids)
                if change.kind != ChangeKind.CARDS_UPDATED:  # their order in the cell changed
                    for stage_id, lane_id in change.cells:
                        dirty.update(c.id for c in self.store.cell_cards(stage_id, lane_id))
                rematch = rematch or change.kind in (ChangeKind.CARDS_ADDED, ChangeKind.CARDS_REMOVED) \
                    or any(i not in self._before_card_ids for i in change.ids)
            elif change.kind == ChangeKind.CONNECTIONS:
                links.update(change.ids)
                rematch = True
            elif change.kind in AXIS_KINDS:
                rematch = True
        b = self._dump(dirty, links)
        if self.match and rematch:
            matched = match_ids(self.before_raw, b, self.fixes, self._memo)
            if matched != self.matched:
                if _part(matched, self._before_axes) != _part(self.matched, self._before_axes):
                    return self.recompute()  # stages or lanes matched anew: every card may follow
                dirty |= self._rematch(matched)
        labels = Labels(self._a, b)
        for card_id in dirty:
            found = entity_changes("cards", self._a_cards.get(card_id), self._cards.get(card_id), labels)
            if found:
                self._card_changes[card_id] = found
            else:
                self._card_changes.pop(card_id, None)
        self.comparison = self._assemble(b, labels)
        return self.comparison

    def _dump(self, dirty: set[str], links: set[str]) -> dict[str, Any]:
        """The open map's JSON form: the named cards and connections dumped again, the rest
        (map settings, stages, lanes, personas: small) dumped whole."""
        doc = self.store.doc
        for card_id in dirty:
            if self.store.has_card(card_id):
                self._cards[card_id] = self.store.card(card_id).model_dump(mode="json")
            else:
                self._cards.pop(card_id, None)
        if links:
            live = {c.id: c for c in doc.connections if c.id in links}
            for link_id in links:
                if link_id in live:
                    self._links[link_id] = live[link_id].model_dump(mode="json")
                else:
                    self._links.pop(link_id, None)
        rest = doc.model_dump(mode="json", exclude={"history", *OTHER})
        rest["cards"] = [self._cards[c.id] for c in doc.cards]
        rest["connections"] = [self._links[c.id] for c in doc.connections]
        return {key: rest[key] for key in self._keys}

    def _rematch(self, matched: dict[str, str]) -> set[str]:
        """Take the new card matching; the ids (as the comparison names them) to diff again."""
        old, self.matched = self.matched, matched
        anew = {k for k in old.keys() | matched.keys() if old.get(k) != matched.get(k)}
        raw = {old[k] for k in anew if k in old} | {matched[k] for k in anew if k in matched}
        old_names = {v: k for k, v in old.items() if v in raw}
        new_names = {v: k for k, v in matched.items() if v in raw}
        inverse = {v: k for k, v in matched.items()}
        before = {c["id"]: c for c in self.before_raw.get("cards") or [] if c["id"] in raw}
        for raw_id in raw:
            self._a_cards.pop(old_names.get(raw_id, raw_id), None)
        for raw_id, card in before.items():
            self._a_cards[new_names.get(raw_id, raw_id)] = renamed_entity("cards", card, inverse)
        names = {c["id"]: inverse.get(c["id"], c["id"]) for c in self.before_raw.get("cards") or []}
        a = dict(self._a)
        a["cards"] = [self._a_cards[names[c["id"]]] for c in self.before_raw.get("cards") or []]
        if "connections" in self.before_raw:
            a["connections"] = renamed({"connections": self.before_raw["connections"]}, inverse)["connections"]
        self._a = a
        return anew | raw | set(old_names.values()) | set(new_names.values())

    def _assemble(self, b: dict[str, Any], labels: Labels) -> Comparison:
        a = self._a
        result = Comparison(a, b, matched=self.matched, fixes=self.fixes)
        for name in SINGLETONS:
            fields = field_changes(a.get(name) or {}, b.get(name) or {}, IGNORED.get(name, set()))
            if fields:
                result.changes.append(EntityChange("changed", name, name, SINGLETON_LABELS[name], fields))
        for name in COLLECTIONS:
            old, new = a.get(name) or [], b.get(name) or []
            if name == "cards":
                result.changes.extend(in_order(name, old, new, self._card_changes, labels))
            else:
                result.changes.extend(collection_changes(name, old, new, labels))
        return result


def _part(matched: dict[str, str], before_ids: set[str]) -> dict[str, str]:
    """The entries of a matching that pair with these ids of the older map."""
    return {k: v for k, v in matched.items() if v in before_ids}
