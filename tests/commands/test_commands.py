"""Undo commands: each one applies on push, undoes exactly, redoes exactly, and merges bursts."""

import pytest
from PySide6.QtGui import QUndoStack

from jmap_desktop.commands import (
    AddAxisCommand,
    AddCardsCommand,
    AddConnectionCommand,
    MoveAxisCommand,
    MoveCardsCommand,
    RemoveAxisCommand,
    RemoveCardsCommand,
    UpdateAxisCommand,
    UpdateCardsCommand,
    UpdateMetaCommand,
    push_command,
)
from jmap_desktop.io.jsonfile import dumps_map
from jmap_desktop.model import Card, Connection, DocumentStore, Lane, LaneKind, Stage, StoreError
from tests.factories import small_map


@pytest.fixture
def store():
    s = DocumentStore()
    for name in ("Discover", "Buy", "Use"):
        s.add_stage(Stage(id=f"s-{name.lower()}", name=name))
    for name, kind in (("Actions", LaneKind.ACTIONS), ("Pain points", LaneKind.PAIN_POINTS)):
        s.add_lane(Lane(id=f"l-{kind}", name=name, kind=kind))
    for i in range(3):
        s.add_card(Card(id=f"c{i}", stage_id="s-discover", lane_id="l-actions", text=f"step {i}"))
    s.add_connection(Connection(id="k1", source_id="c0", target_id="c1"))
    return s


def texts(store, stage, lane):
    return [c.text for c in store.cell_cards(stage, lane)]


def check_undo_redo(store, command):
    stack = QUndoStack()
    before = dumps_map(store.doc)
    stack.push(command)
    after = dumps_map(store.doc)
    assert after != before
    stack.undo()
    assert dumps_map(store.doc) == before
    stack.redo()
    assert dumps_map(store.doc) == after
    return stack


def test_add_cards_undo_redo(store):
    card = Card(id="new", stage_id="s-buy", lane_id="l-actions", text="pay")
    check_undo_redo(store, AddCardsCommand(store, [(card, None)]))
    assert texts(store, "s-buy", "l-actions") == ["pay"]


def test_remove_cards_brings_back_connections(store):
    stack = check_undo_redo(store, RemoveCardsCommand(store, ["c0"]))
    assert [c.id for c in store.doc.connections] == []
    stack.undo()
    assert [c.id for c in store.doc.connections] == ["k1"]
    assert texts(store, "s-discover", "l-actions") == ["step 0", "step 1", "step 2"]


def test_move_within_and_between_cells(store):
    check_undo_redo(store, MoveCardsCommand(store, ["c0"], "s-discover", "l-actions", 3))
    assert texts(store, "s-discover", "l-actions") == ["step 1", "step 2", "step 0"]
    check_undo_redo(store, MoveCardsCommand(store, ["c1", "c2"], "s-use", "l-pain_points", 0))
    assert texts(store, "s-use", "l-pain_points") == ["step 1", "step 2"]
    assert MoveCardsCommand(store, ["c0"], "s-use", "l-actions").text() == "Move card"


def test_typing_burst_merges_into_one_step(store):
    stack = QUndoStack()
    for text in ("s", "st", "sta"):
        stack.push(UpdateCardsCommand(store, {"c0": {"text": text}}, "Edit text", merge=True))
    assert stack.count() == 1
    stack.undo()
    assert store.card("c0").text == "step 0"
    stack.redo()
    assert store.card("c0").text == "sta"


def test_remove_stage_with_cards_and_undo(store):
    command = RemoveAxisCommand(store, "s-discover", is_stage=True)
    assert command.text() == "Delete stage “Discover” and its 3 cards"
    stack = check_undo_redo(store, command)
    assert store.doc.cards == [] and store.doc.connections == []
    stack.undo()
    assert len(store.doc.cards) == 3 and len(store.doc.connections) == 1


def test_axis_add_move_update(store):
    check_undo_redo(store, AddAxisCommand(store, Lane(id="l-new", name="Thoughts"), 0))
    check_undo_redo(store, MoveAxisCommand(store, "s-use", True, 0))
    assert [s.name for s in store.doc.stages][0] == "Use"
    check_undo_redo(store, UpdateAxisCommand(store, "s-buy", True, {"name": "Purchase", "width": 400}))


def test_connection_and_meta(store):
    check_undo_redo(store, AddConnectionCommand(store, Connection(id="k2", source_id="c1", target_id="c2")))
    check_undo_redo(store, UpdateMetaCommand(store, {"title": "Buying a bike"}))


def test_a_refused_edit_raises_records_nothing_and_leaves_the_stack_usable(store):
    from jmap_desktop.commands import SetEmotionScaleCommand, push_command
    from jmap_desktop.model import EmotionScale, StoreError

    store.update_card("c0", emotion=-2.0)
    stack = QUndoStack()
    with pytest.raises(StoreError, match="outside"):
        push_command(stack, SetEmotionScaleCommand(store, EmotionScale(min=-1, max=1, labels=["-", "0", "+"])))
    assert stack.count() == 0 and store.doc.emotion_scale.min == -2
    push_command(stack, UpdateCardsCommand(store, {"c1": {"text": "still fine"}}))
    assert stack.count() == 1 and store.card("c1").text == "still fine"
    with pytest.raises(StoreError):  # a refused typing burst step does not merge either
        push_command(stack, UpdateCardsCommand(store, {"c1": {"emotion": 9}}, merge=True))
    assert stack.count() == 1


def test_a_refused_edit_inside_a_macro_undoes_the_partial_step_and_raises():
    from jmap_desktop.commands import macro

    store = DocumentStore(small_map())
    stack = QUndoStack()
    before = [c.id for c in store.doc.cards]
    card = Card(id="new", stage_id="s-buy", lane_id="l-actions", text="added")
    with pytest.raises(StoreError), macro(stack, "Paste card"):
        push_command(stack, AddCardsCommand(store, [(card, None)], text="Paste card"))
        push_command(stack, AddConnectionCommand(store, Connection(source_id="new", target_id="nowhere")))
    assert [c.id for c in store.doc.cards] == before  # nothing half-done
    assert stack.count() == 0 and not stack.canRedo()  # and nothing in the history
    with macro(stack, "Paste card"):
        push_command(stack, AddCardsCommand(store, [(card, None)], text="Paste card"))
    assert stack.count() == 1 and stack.undoText() == "Paste card"
