"""Keyboard-first editing: focus moves with the arrows, typing creates cards.

- Arrow keys move the focus between the cards of a cell and on to the neighbouring cells
  (an empty cell takes the focus itself, so a new card can be typed there).
- A printable key on a focused cell or card starts a new card with that character.
- Enter or F2 edits the focused card (Enter on an empty cell starts a new card).
- Delete/Backspace deletes the selection; Escape cancels a drag, else clears the selection.
- The standard copy/cut/paste/select-all keys work even without the main window's menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from .scene import MapScene

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier | Qt.KeyboardModifier.AltModifier
)


def handle_key(scene: MapScene, event: QKeyEvent) -> bool:
    """Act on a key the canvas understands; False lets Qt handle it."""
    key = event.key()
    if key == Qt.Key.Key_Escape:
        if not scene.cancel_gesture():
            scene.clearSelection()
        return True
    if scene.gesture is not None:
        return True  # no edits while a drag is in progress
    standard = (
        (QKeySequence.StandardKey.Copy, scene.copy),
        (QKeySequence.StandardKey.Cut, scene.cut),
        (QKeySequence.StandardKey.Paste, scene.paste),
        (QKeySequence.StandardKey.SelectAll, scene.select_all),
    )
    for sequence, action in standard:
        if event.matches(sequence):
            action()
            return True
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        scene.delete_selection()
        return True
    if key in ARROWS and not event.modifiers() & COMMAND_MODIFIERS:
        move_focus(scene, *ARROWS[key])
        return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
        if scene.focus_card is not None:
            scene.edit_card(scene.focus_card)
        elif scene.focus_cell is not None and key != Qt.Key.Key_F2:
            scene.start_new_card(scene.focus_cell)
        return True
    text = event.text()
    if text and text.isprintable() and not event.modifiers() & COMMAND_MODIFIERS:
        cell, index = scene._insertion_point()
        if cell is not None and (scene.focus_card or scene.focus_cell):
            scene.start_new_card(cell, index, text=text)
            return True
    return False


def move_focus(scene: MapScene, dx: int, dy: int) -> None:
    """Move the keyboard focus one step; the focused card is also selected."""
    layout = scene.layout
    if layout is None or not layout.cells:
        return
    if scene.focus_card is None and scene.focus_cell is None:
        first = next(iter(layout.cells))
        _focus_cell_start(scene, first, dx, dy)
        return
    if scene.focus_card is not None:
        card = scene.store.card(scene.focus_card)
        cell = (card.stage_id, card.lane_id)
        neighbour = _neighbour_in_cell(scene, card.id, dx, dy)
        if neighbour is not None:
            scene.select_cards([neighbour])
            scene.ensureVisibleRequested.emit(_qrect(layout.cards[neighbour].rect))
            return
    else:
        cell = scene.focus_cell
    target = _adjacent_cell(scene, cell, dx, dy)
    if target is not None:
        _focus_cell_start(scene, target, dx, dy)


def _neighbour_in_cell(scene: MapScene, card_id: str, dx: int, dy: int) -> str | None:
    """The card left/right (in order) or above/below (on screen) within the same cell."""
    card = scene.store.card(card_id)
    cards = [c for c in scene.store.cell_cards(card.stage_id, card.lane_id)
             if c.id in scene.layout.cards and scene.layout.cards[c.id].visible]
    ids = [c.id for c in cards]
    if card_id not in ids:
        return None
    i = ids.index(card_id)
    if dx:
        j = i + dx
        return ids[j] if 0 <= j < len(ids) else None
    here = scene.layout.cards[card_id].rect
    best, best_distance = None, None
    for other in ids:
        r = scene.layout.cards[other].rect
        vertical = (r.y - here.y) * dy
        if vertical <= 1:
            continue
        distance = vertical * 4 + abs(r.x - here.x)  # prefer the same column
        if best_distance is None or distance < best_distance:
            best, best_distance = other, distance
    return best


def _adjacent_cell(scene: MapScene, cell: tuple[str, str], dx: int, dy: int):
    stages = [b.stage_id for b in scene.layout.stages]
    lanes = [b.lane_id for b in scene.layout.lanes]
    if cell[0] not in stages or cell[1] not in lanes:
        return None
    si, li = stages.index(cell[0]) + dx, lanes.index(cell[1]) + dy
    if 0 <= si < len(stages) and 0 <= li < len(lanes):
        return stages[si], lanes[li]
    return None


def _focus_cell_start(scene: MapScene, cell: tuple[str, str], dx: int, dy: int) -> None:
    """Entering a cell focuses its first card (last when coming from the right), or the cell."""
    cards = [c.id for c in scene.store.cell_cards(*cell)
             if c.id in scene.layout.cards and scene.layout.cards[c.id].visible]
    if cards:
        target = cards[-1] if dx < 0 else cards[0]
        scene.select_cards([target])
        scene.ensureVisibleRequested.emit(_qrect(scene.layout.cards[target].rect))
    else:
        scene.clearSelection()
        scene.set_focus_cell(cell)
        scene.ensureVisibleRequested.emit(_qrect(scene.layout.cells[cell]))


def _qrect(r):
    from PySide6.QtCore import QRectF

    return QRectF(r.x, r.y, r.w, r.h)
