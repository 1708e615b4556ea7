"""Match the entities of two maps drawn separately (current state vs a future state from scratch).

Ids first; then stages, lanes and personas by name; cards by text similarity (difflib, with
rapidfuzz ruling out the pairs that cannot be alike enough), first
within the matching cell, or anywhere for the same text (a card that moved); and
connections by the cards they join. The result renames one map's ids to the other's, so
comparing and merging afterwards work by id alone. The user corrects the matching of cards,
stages, lanes and personas with ``MatchFixes``: pairs they made by hand come first, pairs they
took apart are never made; cards then follow the corrected stages and lanes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz.distance import Indel
from rapidfuzz.process import extract

CELL_SIMILARITY = 0.6  # text this alike in the same cell is the same card, reworded
SLACK = 1e-9  # rounding between two ways of working out a ratio of the same two lengths
CUTOFF_SLACK = 0.01  # below the threshold, what rapidfuzz is asked for (see _most_similar)
MEMO_LIMIT = 200_000  # pairs of texts remembered by a live comparison (about 20 MB at most)
REFERENCES = {"cards": ("stage_id", "lane_id", "persona_id"),
              "connections": ("source_id", "target_id")}


@dataclass(frozen=True)
class MatchFixes:
    """The user's corrections to the matching, as ``(id in b, id in a)`` pairs of cards, stages,
    lanes or personas (ids are unique across a map, so one set holds them all).

    ``pairs`` are entities the user declared the same; ``apart`` are matches they took apart
    (both then stay unmatched: one added, one removed). Pairs that no longer fit the maps (an
    entity deleted since, an id now in both maps, two entities of different collections) are
    ignored rather than refused.
    """

    pairs: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    apart: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def pair(self, b_id: str, a_id: str) -> MatchFixes:
        """These two are the same; whatever either was paired with before is undone."""
        keep = lambda p: p[0] != b_id and p[1] != a_id  # noqa: E731
        return MatchFixes(frozenset(filter(keep, self.pairs)) | {(b_id, a_id)},
                          frozenset(filter(keep, self.apart)))

    def unpair(self, b_id: str, a_id: str) -> MatchFixes:
        """These two are different."""
        return MatchFixes(self.pairs - {(b_id, a_id)}, self.apart | {(b_id, a_id)})

    def swapped(self) -> MatchFixes:
        """The same corrections for matching the two maps the other way round (a comparison
        matches the other map to the open one; a merge matches their copy to mine)."""
        return MatchFixes(frozenset((a, b) for b, a in self.pairs), frozenset((a, b) for b, a in self.apart))

    def by_user(self, b_id: str) -> bool:
        return any(p[0] == b_id for p in self.pairs)


def match_ids(a: dict[str, Any], b: dict[str, Any], fixes: MatchFixes | None = None,
              memo: dict[tuple[str, str], float] | None = None) -> dict[str, str]:
    """``{id in b: id in a}`` for entities of ``b`` matched to a differently named one of ``a``.

    ``memo`` keeps how alike two card texts are between calls: matching again after an edit
    (a live comparison) then compares only the texts that changed, with the same result.
    """
    fixes = fixes or MatchFixes()
    mapping: dict[str, str] = {}
    for name in ("stages", "lanes", "personas"):
        mapping.update(_by_name(a.get(name) or [], b.get(name) or [], fixes))
    mapping.update(_cards(a.get("cards") or [], b.get("cards") or [], mapping, fixes, memo))
    mapping.update(_connections(a.get("connections") or [], b.get("connections") or [], mapping))
    return mapping


def renamed_entity(collection: str, entity: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """``entity`` (of ``collection``) with its id and references renamed by ``mapping``."""
    refs = ("id",) + REFERENCES.get(collection, ())
    if any(entity.get(ref) in mapping for ref in refs):
        return {**entity, **{ref: mapping[entity[ref]] for ref in refs if entity.get(ref) in mapping}}
    return entity


def renamed(data: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """A copy of ``data`` with ids (and the references to them) renamed by ``mapping``.

    Only the entities that change are copied (shallowly); the rest are shared with ``data``.
    """
    out = dict(data)
    for name in ("stages", "lanes", "personas", "cards", "connections"):
        if name in out:
            out[name] = [renamed_entity(name, entity, mapping) for entity in out.get(name) or []]
    meta = out.get("meta")
    if isinstance(meta, dict) and meta.get("primary_persona_id") in mapping:
        out["meta"] = {**meta, "primary_persona_id": mapping[meta["primary_persona_id"]]}
    return out


@functools.lru_cache(maxsize=1 << 16)  # matching again after each edit asks for the same texts
def _key(name: str | None) -> str:
    return " ".join(str(name or "").lower().split())


def _by_hand(a_ids: set[str], b_ids: set[str], fixes: MatchFixes) -> tuple[dict[str, str], set[str], set[str]]:
    """The user's pairs among these entities, the ids of ``a`` taken, the ids of ``b`` done
    (paired or kept apart). A pair only counts between entities each in one map alone."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    done: set[str] = set()
    for b_id, a_id in sorted(fixes.pairs):
        if b_id in b_ids and b_id not in a_ids and a_id in a_ids and a_id not in b_ids \
                and a_id not in taken and b_id not in done:
            mapping[b_id] = a_id
            taken.add(a_id)
            done.add(b_id)
    for b_id, a_id in fixes.apart:
        taken.add(a_id)
        done.add(b_id)
    return mapping, taken, done


def _by_name(a: list[dict], b: list[dict], fixes: MatchFixes) -> dict[str, str]:
    a_ids = {e["id"] for e in a}
    b_ids = {e["id"] for e in b}
    mapping, taken, done = _by_hand(a_ids, b_ids, fixes)
    free: dict[str, str] = {}
    for e in a:
        if e["id"] not in b_ids and e["id"] not in taken:
            free.setdefault(_key(e.get("name")), e["id"])
    for e in b:
        if e["id"] in a_ids or e["id"] in done:
            continue
        match = free.pop(_key(e.get("name")), None)
        if match is not None:
            mapping[e["id"]] = match
    return mapping


def _cards(a: list[dict], b: list[dict], axes: dict[str, str], fixes: MatchFixes,
           memo: dict[tuple[str, str], float] | None) -> dict[str, str]:
    a_ids = {c["id"] for c in a}
    b_ids = {c["id"] for c in b}
    # taken: ids of ``a`` already matched; done: ids of ``b`` already matched or kept apart
    mapping, taken, done = _by_hand(a_ids, b_ids, fixes)
    free = [c for c in a if c["id"] not in b_ids and c["id"] not in taken]
    todo = [c for c in b if c["id"] not in a_ids and c["id"] not in done]
    if not free or not todo:
        return mapping
    # Exact text anywhere first: cheap with a dictionary, and the surest match.
    by_text: dict[str, list[dict]] = {}
    for c in free:
        by_text.setdefault(_key(c.get("text")), []).append(c)
    cell = lambda c: (axes.get(c["stage_id"], c["stage_id"]), axes.get(c["lane_id"], c["lane_id"]))  # noqa: E731
    rest = []
    for c in todo:
        same = [x for x in by_text.get(_key(c.get("text")), []) if x["id"] not in taken]
        if same and _key(c.get("text")):
            best = next((x for x in same if (x["stage_id"], x["lane_id"]) == cell(c)), same[0])
            mapping[c["id"]] = best["id"]
            taken.add(best["id"])
        else:
            rest.append(c)
    # Reworded cards: the most similar free card of the same cell.
    in_cell: dict[tuple[str, str], list[dict]] = {}
    for c in free:
        in_cell.setdefault((c["stage_id"], c["lane_id"]), []).append(c)
    for c in rest:
        text = _key(c.get("text"))
        candidates = [x for x in in_cell.get(cell(c), []) if x["id"] not in taken]
        best = _most_similar(text, candidates, CELL_SIMILARITY, memo)
        if best is not None:
            mapping[c["id"]] = best["id"]
            taken.add(best["id"])
    return mapping


def _most_similar(text: str, candidates: list[dict], threshold: float,
                  memo: dict[tuple[str, str], float] | None = None) -> dict | None:
    """The candidate whose text is most like ``text`` by difflib's ratio, at least
    ``threshold``; of equals the last. ``memo`` keeps each pair's ratio between calls.

    difflib compares a pair in Python, and thousands of reworded cards compared with every
    free card of their cell took seconds. Its ratio (twice the matched characters over both
    lengths) is never above the same ratio counted with the longest common subsequence,
    which rapidfuzz's Indel similarity gives in C for a whole cell at once: pairs whose bound
    is under the threshold are never compared, and the rest are compared from the highest
    bound down, stopping where no bound left can reach the best ratio found. The choice is the
    one the plain loop over every pair makes (a property test holds the two equal)."""
    if len(candidates) == 0:
        return None
    others = [_key(x.get("text")) for x in candidates]
    # Every candidate whose bound nears the threshold (rapidfuzz rounds the cut-off it is given
    # the strict way: at 0.6 minus a hair it dropped a pair at exactly 0.6), highest bound
    # first, of equal bounds the last first.
    bounds = extract(text, others, scorer=Indel.normalized_similarity, processor=None,
                     score_cutoff=max(threshold - CUTOFF_SLACK, 0.0), limit=None)
    bounds.sort(key=lambda found: (found[1], found[2]), reverse=True)
    best, best_ratio = None, threshold
    for other, bound, i in bounds:
        if bound + SLACK < best_ratio:
            break  # nor can any after it
        ratio = memo.get((text, other)) if memo is not None else None
        if ratio is None:
            ratio = SequenceMatcher(None, text, other, autojunk=False).ratio()
            if memo is not None:
                if len(memo) > MEMO_LIMIT:
                    memo.clear()
                memo[(text, other)] = ratio
        if ratio > best_ratio or (ratio == best_ratio and (best is None or i > best)):
            best, best_ratio = i, ratio
    return None if best is None else candidates[best]


def _connections(a: list[dict], b: list[dict], ids: dict[str, str]) -> dict[str, str]:
    a_ids = {c["id"] for c in a}
    b_ids = {c["id"] for c in b}
    free = {(c["source_id"], c["target_id"]): c["id"] for c in a if c["id"] not in b_ids}
    mapping = {}
    for c in b:
        if c["id"] in a_ids:
            continue
        ends = (ids.get(c["source_id"], c["source_id"]), ids.get(c["target_id"], c["target_id"]))
        match = free.pop(ends, None)
        if match is not None:
            mapping[c["id"]] = match
    return mapping
