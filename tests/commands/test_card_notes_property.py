"""Comments and photos through random sessions: every state saves and loads back byte for
byte with its comment ids, undoing everything restores the map exactly (redo the end state),
and two copies annotated separately merge with every new comment and photo of both kept."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from jmap_desktop.commands import push_command
from jmap_desktop.commands.notes import (
    add_comment,
    add_photo,
    remove_comment,
    remove_photo,
    set_comment_resolved,
)
from jmap_desktop.io import dumps_map, loads_map
from jmap_desktop.model import DocumentStore, EmbeddedImage
from jmap_desktop.versions import map_data
from jmap_desktop.versions.merge import merge
from tests.factories import small_map

CARDS = ["c1", "c2", "c3", "c4", "c5"]
OPS = st.lists(st.tuples(st.integers(0, 4), st.sampled_from(CARDS), st.integers(0, 1000)), max_size=10)


def photo(n: int) -> EmbeddedImage:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (3 + n % 5, 2), (n * 37 % 256, n * 91 % 256, 90)).save(buffer, "PNG")
    return EmbeddedImage.from_bytes(buffer.getvalue())


def annotate(store: DocumentStore, stack: QUndoStack, ops, side: str) -> None:
    for n, (op, card_id, x) in enumerate(ops):
        card = store.card(card_id)
        if op == 0:
            command = add_comment(store, card_id, f"{side} says {x} — ça va? 你好", f"{side}-author")
        elif op == 1 and card.comments:
            comment = card.comments[x % len(card.comments)]
            command = set_comment_resolved(store, card_id, comment.id, not comment.resolved)
        elif op == 2 and card.comments:
            command = remove_comment(store, card_id, card.comments[x % len(card.comments)].id)
        elif op == 3 and len(card.photos) < 3:
            command = add_photo(store, card_id, photo(x + n))
        elif op == 4 and card.photos:
            command = remove_photo(store, card_id, x % len(card.photos))
        else:
            continue
        push_command(stack, command)


def notes_of(doc) -> dict:
    return {c.id: ([(k.id, k.author, k.text, k.resolved) for k in c.comments], [p.data for p in c.photos])
            for c in doc.cards}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_save_load_undo_and_redo_keep_comments_and_photos_exactly(ops):
    store, stack = DocumentStore(small_map()), QUndoStack()
    start = dumps_map(store.doc)
    annotate(store, stack, ops, "ana")
    end = dumps_map(store.doc)
    loaded = loads_map(end)
    assert dumps_map(loaded) == end  # byte for byte, ids included
    assert notes_of(loaded) == notes_of(store.doc)
    while stack.canUndo():
        stack.undo()
    assert dumps_map(store.doc) == start
    while stack.canRedo():
        stack.redo()
    assert dumps_map(store.doc) == end


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS, OPS)
def test_copies_annotated_apart_merge_with_every_new_comment_and_photo(ops_a, ops_b):
    base = loads_map(dumps_map(small_map()))
    copies = []
    for ops, side in ((ops_a, "ana"), (ops_b, "bo")):
        store = DocumentStore(loads_map(dumps_map(base)))  # each laptop opens the same file
        annotate(store, QUndoStack(), ops, side)
        copies.append(loads_map(dumps_map(store.doc)))
    result = merge(map_data(base), map_data(copies[0]), map_data(copies[1]))
    merged = {c["id"]: c for c in result.data["cards"]}
    conflicted = {c.entity_id for c in result.conflicts}
    for copy in copies:
        for card in copy.cards:
            for comment in card.comments:
                if comment.id not in conflicted:  # one comment changed two ways is a choice
                    assert comment.id in {k["id"] for k in merged[card.id].get("comments", [])}
            kept = [p["data"] for p in merged[card.id].get("photos", [])]
            assert all(p.data in kept for p in card.photos if card.id not in conflicted)
