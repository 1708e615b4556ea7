"""The journey library built from a folder of generated maps: every summary (title, persona,
state, card count, validated share, tags, personas) agrees with the map it came from, filters
and search find exactly what the maps hold, and nested folders are walked to their limit."""

from __future__ import annotations

import random

from jmap_desktop.io import save_map
from jmap_desktop.io.library import MAX_DEPTH, scan_library
from jmap_desktop.model import (
    Card,
    DocumentStore,
    Evidence,
    EvidenceStatus,
    JourneyMap,
    Lane,
    MapState,
    Persona,
    Stage,
)

WORDS = ["checkout", "delivery", "returns", "advice", "price", "fitting", "loyalty", "app", "store", "review"]
PEOPLE = ["Ana", "Ben", "Chidi", "Dana", "Émile"]
TAGS = ["retail", "health", "b2b", "mobile"]


def generated_map(rng: random.Random, n: int) -> JourneyMap:
    store = DocumentStore()
    stages = [store.add_stage(Stage(name=f"Stage {i}")) for i in range(rng.randint(2, 5))]
    lanes = [store.add_lane(Lane(name=f"Lane {j}")) for j in range(rng.randint(1, 3))]
    for name in rng.sample(PEOPLE, rng.randint(0, 2)):
        store.add_persona(Persona(id=f"p{PEOPLE.index(name)}", name=name))
    doc = store.doc
    doc.meta.title = f"Journey {n}: {rng.choice(WORDS)}"
    doc.meta.state = rng.choice(list(MapState))
    if doc.personas:
        doc.meta.primary_persona_id = doc.personas[-1].id
    for k in range(rng.randint(0, 25)):
        store.add_card(Card(stage_id=rng.choice(stages).id, lane_id=rng.choice(lanes).id,
                            text=" ".join(rng.choice(WORDS) for _ in range(3)) + f" #{n}.{k}",
                            tags=rng.sample(TAGS, rng.randint(0, 2)), owner=rng.choice(["", "Ops", "Sales"]),
                            evidence=Evidence(status=rng.choice(list(EvidenceStatus)))))
    return doc


def test_a_library_of_generated_maps_summarises_filters_and_searches_them_exactly(tmp_path):
    rng = random.Random(15)
    root = tmp_path / "library"
    made: dict[str, JourneyMap] = {}
    for n in range(30):
        depth = n % (MAX_DEPTH + 2)  # some folders nested deeper than the library walks
        folder = root.joinpath(*[f"d{i}" for i in range(depth)])
        folder.mkdir(parents=True, exist_ok=True)
        doc = generated_map(rng, n)
        save_map(doc, folder / f"map-{n}.jmap")
        relative = (folder / f"map-{n}.jmap").relative_to(root).as_posix()
        if depth <= MAX_DEPTH:
            made[relative] = doc
    library = scan_library(root)
    assert {m.relative for m in library.maps} == set(made)  # too deep: not walked
    for summary in library.maps:
        doc = made[summary.relative]
        assert not summary.problem and summary.title == doc.meta.title
        assert summary.card_count == len(doc.cards)
        validated = sum(c.evidence.status == EvidenceStatus.VALIDATED for c in doc.cards)
        assert summary.validated_share == (validated / len(doc.cards) if doc.cards else 0.0)
        assert summary.state == ("Future state" if doc.meta.state == MapState.FUTURE else "Current state")
        assert summary.primary_persona == (doc.personas[-1].name if doc.personas else "")
        assert summary.tags == {t for c in doc.cards for t in c.tags}
        assert summary.personas == {p.name for p in doc.personas}
    for tag in TAGS:
        assert {m.relative for m in library.filtered(tag=tag)} == \
            {r for r, d in made.items() if any(tag in c.tags for c in d.cards)}
    for person in PEOPLE:
        assert {m.relative for m in library.filtered(persona=person, state="Future state")} == \
            {r for r, d in made.items() if d.meta.state == MapState.FUTURE and any(p.name == person for p in d.personas)}
    hits = library.search("DELIVERY", limit=10_000)  # across every map's cards, any case
    assert {(s.relative, c.id) for s, c in hits} == \
        {(r, c.id) for r, d in made.items() for c in d.cards if "delivery" in c.text}
    relative, doc = next((r, d) for r, d in sorted(made.items()) if len(d.cards) > 3)
    marker = doc.cards[3].text.split()[-1]  # "#n.3": one card of one map
    assert [(s.relative, c.id) for s, c in library.search(marker)] == [(relative, doc.cards[3].id)]
