"""A first session on a 1920 x 1080 screen at 2x scaling, run by ``test_hidpi`` in a process of
its own (the scale factor is fixed when Qt starts): launch as a first-time user, Enter on the
start page, click a cell, type a card, then F5. Prints what the user would see, as JSON."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication


def ink(image, area: QRect) -> int:
    """Pixels in ``area`` (device pixels) dark enough to be text, not a grey stand-in bar."""
    area = area.intersected(image.rect())
    return sum(1 for y in range(area.top(), area.bottom() + 1)
               for x in range(area.left(), area.right() + 1) if image.pixelColor(x, y).lightness() < 110)


def main(folder: Path) -> dict:
    app = QApplication(sys.argv[:1])
    from jmap_desktop.ui.main_window import MainWindow, place_first_window
    from tests.ui import uidriver

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    place_first_window(window)  # a first launch: no saved geometry
    window.show()
    window.activateWindow()
    app.processEvents()
    uidriver.press(Qt.Key.Key_Return)  # the start page's first template
    app.processEvents()
    view = window.view
    uidriver.click_cell(view, "Stage 1", "Actions")
    uidriver.type_text("Hears about us from a friend")
    uidriver.press(Qt.Key.Key_Return)
    uidriver.press(Qt.Key.Key_Escape)
    scene = view.scene()
    card = next(c for c in scene.store.doc.cards if c.text == "Hears about us from a friend")
    r = scene.layout.cards[card.id].rect
    ratio = view.devicePixelRatioF()
    image = view.viewport().grab().toImage()  # device pixels
    top_left, bottom_right = view.mapFromScene(QPointF(r.x, r.y)), view.mapFromScene(QPointF(r.x + r.w, r.y + r.h))
    area = QRect(top_left * ratio, bottom_right * ratio).adjusted(8, 12, -8, -8)
    seen = {"ratio": ratio, "screen": [window.screen().geometry().width(), window.screen().geometry().height()],
            "zoom": view.zoom(), "card_px": area.width(), "ink": ink(image, area),
            "text_px": scene.layout.style.card_font_size * view.zoom() * ratio}

    uidriver.press(Qt.Key.Key_F5)
    shown = window.presentation.screen_window
    slide = shown.stack.currentWidget()
    seen["slide_text_px"] = scene.layout.style.card_font_size * slide.zoom() * shown.devicePixelRatioF()
    seen["slide_ratio"] = shown.devicePixelRatioF()
    uidriver.press(Qt.Key.Key_Escape)
    return seen


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))), flush=True)
    os._exit(0)  # as the app leaves (cli/editor.leave_now): no teardown of leftover Qt objects
