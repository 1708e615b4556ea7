"""Dropping a palette entry on the canvas: a card kind on a cell, a stage or a lane in a gap.

While the drag hovers, the drop marker shows where the new thing will go; the drop pushes one
AddCardsCommand or AddAxisCommand, then opens the editor on the new card or name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from ...commands import AcceptNotesCommand, AddCardsCommand
from ...layout import palette
from ...model import Card, StoreError
from ..labels import label


def _qrect(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def target(scene, entry: dict, pos: QPointF):
    """Where ``entry`` would land at ``pos``: (cell, index) for cards, an index for axes."""
    layout = scene.layout
    if entry["type"] in ("card", "inbox"):
        cell = layout.cell_at(pos.x(), pos.y())
        return None if cell is None else (cell, layout.drop_index(cell, pos.x(), pos.y()))
    if entry["type"] == "stage":
        return sum(1 for b in layout.stages if b.column.center[0] < pos.x())
    return sum(1 for b in layout.lanes if b.row.center[1] < pos.y())


def preview(scene, entry: dict, pos: QPointF) -> bool:
    """Show the drop marker for ``entry`` at ``pos``; False when it cannot land there."""
    layout = scene.layout
    where = target(scene, entry, pos)
    marker = scene.drop_marker
    if where is None:
        marker.setVisible(False)
        return False
    if entry["type"] in ("card", "inbox"):
        cell, index = where
        marker.show_at(_qrect(layout.cells[cell]), _qrect(layout.drop_marker(cell, index)))
    elif entry["type"] == "stage":
        boxes = layout.stages
        x = boxes[where].header.x if where < len(boxes) else (boxes[-1].header.right if boxes else 0)
        marker.show_at(QRectF(x, 0, 0, 0), QRectF(x - 2, 0, 4, layout.height))
    else:
        boxes = layout.lanes
        top = layout.stages[0].header.bottom if layout.stages else 0
        y = boxes[where].header.y if where < len(boxes) else (boxes[-1].row.bottom if boxes else top)
        marker.show_at(QRectF(0, y, 0, 0), QRectF(0, y - 2, layout.width, 4))
    return True


def drop(scene, entry: dict, pos: QPointF) -> bool:
    where = target(scene, entry, pos)
    scene.drop_marker.setVisible(False)
    if where is None:
        return False
    store = scene.store
    if entry["type"] == "card":
        (stage_id, lane_id), index = where
        kind = entry["kind"]
        card = Card(stage_id=stage_id, lane_id=lane_id, kind=kind)
        scene.push(AddCardsCommand(store, [(card, index)],
                                   text=QCoreApplication.translate("Canvas", "Add {kind}").format(kind=label(palette.card_style(kind).label))))
        scene.edit_card(card.id)
    elif entry["type"] == "inbox":  # workshop notes: one card in the cell they were dropped on
        cell, index = where
        notes = [i for i in entry["ids"] if any(n.id == i for n in store.doc.inbox)]
        if not notes:
            return False
        command = AcceptNotesCommand(store, notes, cell, index)
        try:
            scene.push(command)
        except StoreError:
            return False
        scene.select_cards([command.card_id])
    elif entry["type"] == "stage":
        scene.add_stage(where)
    else:
        scene.add_lane(entry["kind"], where)
    return True
