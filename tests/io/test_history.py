"""The history in the file: every save a revision, exact rebuilds, bounded size, pruning."""

from __future__ import annotations

import datetime as dt
import random

from jmap_desktop.io import dumps_map, loads_map
from jmap_desktop.io.history import (
    add_snapshot,
    find_version,
    map_data,
    rebuild,
    record_revision,
)
from jmap_desktop.model import Card, CardKind, DocumentStore, Lane, Stage
from tests.factories import small_map

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
WORDS = ["price", "delivery", "wait", "login", "refund", "chat", "trust", "cart", "search", "basket", "slow", "friendly"]


def save(doc, when, author="Ana"):
    """What a save does to the history, without the disk: record, then commit."""
    pending = record_revision(doc, author=author, now=when)
    pending.commit()
    return pending


def random_edit(store: DocumentStore, rng: random.Random) -> None:
    doc = store.doc
    choice = rng.random()
    if choice < 0.35 or len(doc.cards) < 3:
        stage, lane = rng.choice(doc.stages), rng.choice(doc.lanes)
        store.add_card(Card(stage_id=stage.id, lane_id=lane.id, text=" ".join(rng.sample(WORDS, 3)),
                            kind=rng.choice(list(CardKind))), index=rng.randint(0, 3))
    elif choice < 0.6:
        card = rng.choice(doc.cards)
        store.update_card(card.id, text=card.text + " " + rng.choice(WORDS),
                          tags=sorted(set(card.tags) | {rng.choice(WORDS)}))
    elif choice < 0.75:
        store.remove_cards([rng.choice(doc.cards).id])
    elif choice < 0.9:
        store.move_cards([rng.choice(doc.cards).id], rng.choice(doc.stages).id,
                         rng.choice(doc.lanes).id, rng.randint(0, 2))
    elif choice < 0.95:
        store.add_stage(Stage(name=rng.choice(WORDS).title()), index=rng.randint(0, len(doc.stages)))
    else:
        store.update_meta(title=" ".join(rng.sample(WORDS, 2)))


def test_rebuild_every_revision_of_a_200_save_session_exactly():
    rng = random.Random(14)
    store = DocumentStore(small_map())
    expected = {}
    for i in range(200):
        for _ in range(rng.randint(1, 3)):
            random_edit(store, rng)
        store.doc.meta.modified = T0 + dt.timedelta(minutes=i)
        save(store.doc, T0 + dt.timedelta(minutes=i))
        store.doc.history.max_share = 100  # no pruning: every revision must come back
        expected[store.doc.history.head.id] = map_data(store.doc)
    # Through the file text too: what a later session reads back.
    doc = loads_map(dumps_map(store.doc))
    assert len(doc.history.revisions) == 200
    for revision in doc.history.revisions:
        assert rebuild(doc, revision.id) == expected[revision.id]
    parents = [r.parent for r in doc.history.revisions]
    assert parents == [None] + [r.id for r in doc.history.revisions[:-1]]


def test_a_save_of_an_unchanged_map_adds_no_revision():
    doc = small_map()
    save(doc, T0)
    doc.meta.modified = T0 + dt.timedelta(hours=1)
    save(doc, T0 + dt.timedelta(hours=1))
    assert len(doc.history.revisions) == 1


def big_map(n=500):
    store = DocumentStore()
    for i in range(8):
        store.add_stage(Stage(id=f"s{i}", name=f"Stage {i}"))
    for i in range(6):
        store.add_lane(Lane(id=f"l{i}", name=f"Lane {i}"))
    rng = random.Random(1)
    for i in range(n):
        store.add_card(Card(id=f"c{i}", stage_id=f"s{i % 8}", lane_id=f"l{i % 6}",
                            text=" ".join(rng.choice(WORDS) for _ in range(12))))
    return store


def test_one_card_edit_adds_under_2_kb_and_100_saves_stay_under_3x():
    store = big_map()
    doc = store.doc
    save(doc, T0)
    alone = len(dumps_map(doc.model_copy(update={"history": None})).encode())
    before = len(dumps_map(doc).encode())
    store.update_card("c7", text="A new text for this card, typed in the workshop")
    save(doc, T0 + dt.timedelta(minutes=1))
    assert len(dumps_map(doc).encode()) - before < 2048
    rng = random.Random(3)
    for i in range(2, 101):
        store.update_card(f"c{rng.randrange(500)}", text=" ".join(rng.sample(WORDS, 6)))
        save(doc, T0 + dt.timedelta(minutes=i))
        if i % 10 == 0:
            add_snapshot(doc, f"Workshop {i // 10}", now=T0 + dt.timedelta(minutes=i))
    assert len(doc.history.snapshots) == 10
    assert len(dumps_map(doc).encode()) < 3 * alone


def test_pruning_by_size_keeps_snapshots_and_their_maps(monkeypatch):
    monkeypatch.setattr("jmap_desktop.io.history.MIN_LIMIT", 1024)
    store = big_map(60)
    doc = store.doc
    save(doc, T0)
    doc.history.max_share = 0.5
    pinned = {}
    for i in range(1, 80):
        store.update_card(f"c{i % 60}", text=f"Edit number {i} " + "long text " * 20)
        save(doc, T0 + dt.timedelta(minutes=i))
        if i in (5, 40):
            add_snapshot(doc, f"Snap {i}")
            pinned[doc.history.head.id] = map_data(doc)
    history = doc.history
    assert len(history.revisions) < 80
    for revision_id, data in pinned.items():
        assert history.revision(revision_id) is not None
        assert rebuild(doc, revision_id) == data
    assert find_version(doc, "Snap 5").id in pinned


def test_pruning_by_age():
    store = big_map(20)
    doc = store.doc
    save(doc, T0)
    store.update_card("c1", text="kept a while")
    save(doc, T0 + dt.timedelta(days=1))
    add_snapshot(doc, "Pinned")
    for day in (2, 3):
        store.update_card("c2", text=f"day {day}")
        save(doc, T0 + dt.timedelta(days=day))
    store.update_card("c3", text="a year later")
    save(doc, T0 + dt.timedelta(days=400))
    notes = [(r.time - T0).days for r in doc.history.revisions]
    assert notes == [1, 400]  # the pinned one and the newest survive
    assert rebuild(doc, find_version(doc, "Pinned").id)["cards"][1]["text"] == "kept a while"


def test_failed_save_rolls_the_history_back():
    doc = small_map()
    save(doc, T0)
    doc.cards[0].text = "changed"
    pending = record_revision(doc, now=T0 + dt.timedelta(minutes=1))
    assert len(doc.history.revisions) == 2
    pending.rollback()
    assert len(doc.history.revisions) == 1 and doc.history.revisions[0].patch is None


def test_a_file_without_history_is_written_as_before():
    doc = small_map()
    assert '"history"' not in dumps_map(doc)
    save(doc, T0)
    text = dumps_map(doc)
    assert text.index('"history"') > text.index('"connections"')


def test_a_damaged_history_is_reported_by_place_and_never_crashes(tmp_path):
    import json

    import pytest

    from jmap_desktop.io import LoadError, load_map
    from jmap_desktop.io.history import HistoryError

    doc = small_map()
    save(doc, T0)
    doc.cards[0].text = "changed"
    save(doc, T0 + dt.timedelta(minutes=1))
    data = json.loads(dumps_map(doc))
    bad_time = json.loads(json.dumps(data))
    bad_time["history"]["revisions"][0]["time"] = "yesterday"
    path = tmp_path / "bad.jmap"
    path.write_text(json.dumps(bad_time), "utf-8")
    with pytest.raises(LoadError) as info:
        load_map(path)
    assert info.value.place == "history.revisions[0].time"
    # A patch that no longer fits the map: the map opens, rebuilding says which revision.
    data["history"]["revisions"][0]["patch"] = [{"op": "replace", "path": "/cards/99/text", "value": "x"}]
    path.write_text(json.dumps(data), "utf-8")
    doc = load_map(path)
    with pytest.raises(HistoryError, match="cannot be rebuilt"):
        rebuild(doc, doc.history.revisions[0].id)
    doc.cards[1].text = "and saved again"  # saving still works, pruning skips what it cannot read
    save(doc, T0 + dt.timedelta(minutes=2))
    assert len(doc.history.revisions) == 3
