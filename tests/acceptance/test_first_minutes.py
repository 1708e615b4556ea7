"""The first minutes of a new user: the start page, a template, a first card, legible at once."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from jmap_desktop.canvas.view import OPEN_MIN_ZOOM
from tests.ui.uidriver import (
    answering,
    cell_point,
    click,
    click_cell,
    press,
    press_enter,
    standard_button,
    trigger,
    type_text,
)


def dark_pixels(image: QImage, area: QRect) -> int:
    """Pixels inside the card's border dark enough to be text ink (grey stand-in bars and card
    paper are much lighter)."""
    area = area.adjusted(4, 6, -4, -4).intersected(image.rect())
    count = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            if image.pixelColor(x, y).lightness() < 110:
                count += 1
    return count


def card_screen_rect(window, text: str) -> QRect:
    scene, view = window.scene, window.view
    card = next(c for c in scene.store.doc.cards if c.text == text)
    r = scene.layout.cards[card.id].rect
    top_left = view.mapFromScene(r.x, r.y)
    bottom_right = view.mapFromScene(r.x + r.w, r.y + r.h)
    return QRect(top_left, bottom_right)


def test_start_page_shows_templates_recent_maps_and_how_to(window):
    page = window.start_page
    assert window.on_start_page() and page.isVisible() and not window.view.isVisible()
    titles = [page.templates.item(i).text() for i in range(page.templates.count())]
    assert titles[0] == "Blank map" and len(titles) >= 8
    assert QApplication.focusWidget() is page.templates  # Enter takes the first template
    assert "type" in " ".join(label.text() for label in page.findChildren(type(page.no_recent)))
    assert not window.save_action.isEnabled() and not window.present_action.isEnabled()


def test_four_actions_from_launch_to_a_legible_first_card(window):
    # 1. launch (the fixture), 2. Enter on the focused template, 3. click a cell, 4. type.
    press(Qt.Key.Key_Return)
    assert not window.on_start_page() and window.view.isVisible()
    QApplication.processEvents()  # the opening zoom is set on the next turn of the event loop
    assert window.view.zoom() >= OPEN_MIN_ZOOM
    click_cell(window.view, "Stage 1", "Actions")
    type_text("Hears about us from a friend")
    press(Qt.Key.Key_Return)  # keep it (the next card's editor opens below)
    press(Qt.Key.Key_Escape)

    assert [c.text for c in window.session.doc.cards] == ["Hears about us from a friend"]
    area = card_screen_rect(window, "Hears about us from a friend")
    assert area.width() > 100  # a card, not a speck
    inked = dark_pixels(window.view.viewport().grab().toImage(), area)
    assert inked > 60, "the card's text is not drawn as text at the zoom the map opens at"


def test_opening_zoom_follows_a_window_maximised_after_showing(window):
    window.resize(900, 700)
    with answering(press_enter):
        trigger(window, "File", "New from Template…")
    QApplication.processEvents()
    assert window.view.zoom() == OPEN_MIN_ZOOM  # small window: the readable floor, at the start
    window.resize(2600, 1400)  # the window manager maximises it a moment later
    QApplication.processEvents()
    assert window.view.zoom() == 1.0
    corner = window.view.mapFromScene(0, 0)
    assert window.view.viewport().rect().contains(corner)  # the map's start is in view

    click(window.view, cell_point(window.view, "Stage 1", "Actions"))  # the user takes over
    window.resize(900, 700)
    QApplication.processEvents()
    assert window.view.zoom() == 1.0


def test_the_first_window_fits_the_screen_it_opens_on(qtbot, settings):
    # A fresh install (no saved geometry) on a screen smaller than 1400 x 900, like a 1366 x 768
    # laptop or 1920 x 1080 at 2x. The offscreen screen is 800 x 800: the window fits it, on the
    # start page and with a map open.
    from jmap_desktop.ui.main_window import MainWindow

    win = MainWindow(settings)
    win.show()
    qtbot.waitExposed(win)
    try:
        free = win.screen().availableGeometry()
        assert free.contains(win.geometry()), f"{win.geometry()} runs off the screen {free}"
        assert win.height() >= free.height() * 0.8
        win.activateWindow()
        press(Qt.Key.Key_Return)  # a map opens: the panels come, the window still fits
        assert not win.on_start_page()
        QApplication.processEvents()
        assert free.contains(win.geometry()), f"with a map, {win.geometry()} runs off the screen {free}"
        assert win.view.width() > 150  # the canvas keeps room beside the panels
    finally:
        if win.isWindowModified():  # the new map was never saved
            with answering(standard_button(QMessageBox.StandardButton.Discard)):
                win.close()
        win.close()
        win.deleteLater()
