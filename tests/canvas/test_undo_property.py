"""Property: any sequence of edits through the commands undoes back to the original document
and redoes to the final one, byte for byte (as saved)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from jmap_desktop.commands import (
    AddAxisCommand,
    AddCardsCommand,
    AddConnectionCommand,
    MoveAxisCommand,
    MoveCardsCommand,
    RemoveAxisCommand,
    RemoveCardsCommand,
    RemoveConnectionsCommand,
    UpdateAxisCommand,
    UpdateCardsCommand,
)
from jmap_desktop.io.jsonfile import dumps_map
from jmap_desktop.model import Card, CardKind, Connection, Lane, LaneKind, Stage

from .conftest import small_map


def _pick(items, n):
    return items[n % len(items)] if items else None


def _command(store, op: int, n: int):
    """Build one edit from two random numbers, valid for the document as it is now."""
    doc = store.doc
    cards = [c.id for c in doc.cards]
    stages = [s.id for s in doc.stages]
    lanes = [lane.id for lane in doc.lanes]
    if op == 0 and stages and lanes:
        card = Card(stage_id=_pick(stages, n), lane_id=_pick(lanes, n // 7),
                    kind=list(CardKind)[n % 8], text=f"card {n}")
        return AddCardsCommand(store, [(card, n % 4)])
    if op == 1 and cards:
        return RemoveCardsCommand(store, [_pick(cards, n), _pick(cards, n // 3)])
    if op == 2 and cards:
        return UpdateCardsCommand(store, {_pick(cards, n): {"text": f"edited {n}"}}, merge=n % 2 == 0)
    if op == 3 and cards and stages and lanes:
        return MoveCardsCommand(store, [_pick(cards, n)], _pick(stages, n // 5),
                                _pick(lanes, n // 11), n % 3)
    if op == 4:
        return AddAxisCommand(store, Stage(name=f"stage {n}"), n % 4)
    if op == 5:
        return AddAxisCommand(store, Lane(name=f"lane {n}", kind=list(LaneKind)[n % 14]), n % 4)
    if op == 6 and len(stages) > 1:
        return RemoveAxisCommand(store, _pick(stages, n), is_stage=True)
    if op == 7 and len(lanes) > 1:
        return RemoveAxisCommand(store, _pick(lanes, n), is_stage=False)
    if op == 8 and stages:
        return MoveAxisCommand(store, _pick(stages, n), True, n % (len(stages) + 1))
    if op == 9 and lanes:
        return UpdateAxisCommand(store, _pick(lanes, n), False,
                                 {"collapsed": n % 2 == 0, "name": f"renamed {n}"})
    if op == 10 and len(cards) > 1:
        a, b = _pick(cards, n), _pick(cards, n // 13 + 1)
        if a != b:
            return AddConnectionCommand(store, Connection(source_id=a, target_id=b))
    if op == 11 and doc.connections:
        return RemoveConnectionsCommand(store, [_pick(doc.connections, n).id])
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 11), st.integers(0, 10**6)), min_size=1, max_size=30))
def test_undo_all_restores_the_original_and_redo_all_the_final(edits):
    store = small_map()
    stack = QUndoStack()
    original = dumps_map(store.doc)
    for op, n in edits:
        command = _command(store, op, n)
        if command is not None:
            stack.push(command)
    final = dumps_map(store.doc)
    while stack.canUndo():
        stack.undo()
    assert dumps_map(store.doc) == original
    while stack.canRedo():
        stack.redo()
    assert dumps_map(store.doc) == final
