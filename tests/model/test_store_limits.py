"""Whatever the editor's commands can build, the file format can hold: the store refuses what
the loader would refuse (the 501st stage, the 201st lane or persona), and a property test
builds maps through the commands and checks each one saves and reopens identically."""

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from jmap_desktop.commands import (
    AddAxisCommand,
    AddCardsCommand,
    AddConnectionCommand,
    AddPersonaCommand,
    UpdateCardsCommand,
    UpdateMetaCommand,
    push_command,
)
from jmap_desktop.io import dumps_map, load_map, save_map
from jmap_desktop.model import Card, Connection, DocumentStore, Lane, Persona, Stage, StoreError
from jmap_desktop.model.limits import MAX_LANES, MAX_PERSONAS, MAX_STAGES
from tests.factories import small_map


@pytest.mark.parametrize(("limit", "add", "what"), [
    (MAX_STAGES, lambda s, i: s.add_stage(Stage(name=f"S{i}")), "stages"),
    (MAX_LANES, lambda s, i: s.add_lane(Lane(name=f"L{i}")), "lanes"),
    (MAX_PERSONAS, lambda s, i: s.add_persona(Persona(name=f"P{i}")), "personas"),
])
def test_store_refuses_one_past_the_file_limit_and_the_full_map_reopens(tmp_path, limit, add, what):
    store = DocumentStore(small_map())
    i = 0
    with pytest.raises(StoreError, match=f"at most {limit:,} {what}"):
        while True:
            add(store, i)
            i += 1
    path = tmp_path / "full.jmap"
    save_map(store.doc, path)
    assert dumps_map(load_map(path)) == dumps_map(store.doc)


texts = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)


def _command(store, op: int, n: int, text: str):
    """One edit as the editor's commands make it, from random numbers and text."""
    doc = store.doc
    stages, lanes, cards = [s.id for s in doc.stages], [x.id for x in doc.lanes], [c.id for c in doc.cards]
    if op == 0:
        card = Card(stage_id=stages[n % len(stages)], lane_id=lanes[n % len(lanes)], text=text)
        return AddCardsCommand(store, [(card, None)])
    if op == 1:
        return UpdateCardsCommand(store, {cards[n % len(cards)]: {"text": text, "tags": [text or "t"]}})
    if op == 2:
        return AddAxisCommand(store, Stage(name=text), n % 5)
    if op == 3:
        return AddPersonaCommand(store, Persona(name=text, quote=text))
    if op == 4:
        return UpdateMetaCommand(store, {"title": text, "organisation": text})
    return AddConnectionCommand(store, Connection(source_id=cards[n % len(cards)],
                                                  target_id=cards[(n + 1) % len(cards)]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 10_000), texts), max_size=25))
def test_whatever_the_commands_build_saves_and_reopens(tmp_path, steps):
    store = DocumentStore(small_map())
    stack = QUndoStack()
    for op, n, text in steps:
        # refused edits (StoreError, or a value the model rejects) change nothing: allowed
        with contextlib.suppress(StoreError, ValueError):
            push_command(stack, _command(store, op, n, text))
    path = tmp_path / "built.jmap"
    save_map(store.doc, path)
    assert dumps_map(load_map(path)) == dumps_map(store.doc)
