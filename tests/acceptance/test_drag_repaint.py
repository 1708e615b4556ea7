"""A card dragged to another cell leaves nothing behind on screen.

The screen is compared with a fresh render of the canvas: Qt repainted a moved card's old place
only within its new cell's bounds, so after every drag to another cell the old cell went on
showing the card, selection and all, until something else happened to repaint it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from jmap_desktop.io import save_map
from tests.factories import small_map
from tests.ui.uidriver import activate, canvas_of, trigger


def on_screen(view) -> QImage:
    """The canvas as the screen shows it (the window's backing store), not a new render."""
    QApplication.processEvents()
    viewport = view.viewport()
    corner = viewport.mapTo(viewport.window(), viewport.rect().topLeft())
    shot = QGuiApplication.primaryScreen().grabWindow(viewport.window().winId())
    return shot.toImage().copy(QRect(corner, viewport.size())).convertToFormat(QImage.Format.Format_RGB32)


def screen_is_current(view) -> bool:
    """The screen shows what a full repaint of the canvas shows now."""
    shown = on_screen(view)
    return shown == view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def card_centre(scene, card_id: str) -> QPointF:
    r = scene.layout.cards[card_id].rect
    return QPointF(r.x + r.w / 2, r.y + r.h / 2)


def test_a_card_dragged_to_another_cell_is_gone_from_the_old_one(window, qtbot, tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    window.open_file(path)
    activate(window)
    canvas, scene, view = canvas_of(window, qtbot), window.scene, window.view
    doc = window.session.doc
    card = next(c for c in doc.cards if c.text == "Reads reviews")  # the last card of its cell
    old_stage = card.stage_id
    buy = next(s for s in doc.stages if s.name == "Buy")
    cell = scene.layout.cells[(buy.id, card.lane_id)]
    qtbot.wait(100)  # the first paint

    canvas.drag(card_centre(scene, card.id), QPointF(cell.x + cell.w / 2, cell.y + cell.h - 8))
    assert window.session.store.card(card.id).stage_id == buy.id
    assert screen_is_current(view), "the old cell still shows the moved card"

    trigger(window, "Edit", "Undo Move card")
    assert window.session.store.card(card.id).stage_id == old_stage
    assert screen_is_current(view), "the Buy cell still shows the card moved back"
