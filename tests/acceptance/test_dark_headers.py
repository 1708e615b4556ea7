"""On the dark theme, every lane header's kind glyph and the emotion lane's scale labels stand
out from the dark header (navy, purple and grey accents used to vanish into it)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt

from jmap_desktop.layout import Rect
from jmap_desktop.layout.header_face import lane_header_face
from tests.ui.uidriver import answering, grab, keys, trigger


def _contrast(image, area: QRect, background) -> int:
    """How far the most distinct pixel of ``area`` is from ``background`` (lightness)."""
    area = area.intersected(image.rect())
    return max(abs(image.pixelColor(x, y).lightness() - background.lightness())
               for y in range(area.top(), area.bottom() + 1) for x in range(area.left(), area.right() + 1))


def test_lane_glyphs_and_scale_labels_are_readable_on_the_dark_theme(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    trigger(window, "View", "Theme", "Dark")
    scene, view = window.scene, window.view
    image = grab(view)
    doc = scene.store.doc
    seen = []
    for lane in doc.lanes:
        header = scene.layout.lane_box(lane.id).header
        if not view.viewport().rect().contains(view.mapFromScene(QPointF(header.x + 20, header.y + 30))):
            continue  # below the fold
        face = lane_header_face("x", "#000000", lane.name, Rect(header.x, header.y, header.w, header.h),
                                scene.lane_font_size, lane.collapsed)
        g = face.glyph
        corner = view.mapFromScene(QPointF(g.x, g.y))
        size = view.mapFromScene(QPointF(g.x + g.size, g.y + g.size)) - corner
        glyph_area = QRect(corner.x(), corner.y(), max(size.x(), 4), max(size.y(), 4))
        background = image.pixelColor(view.mapFromScene(QPointF(header.x + 8, header.bottom - 4)))
        assert background.lightness() < 110, "the header is dark"
        assert _contrast(image, glyph_area, background) > 60, f"the {lane.name} glyph vanishes"
        seen.append(lane.kind)
        if lane.kind == "emotion":  # "+ positive" under the name
            top_left = view.mapFromScene(QPointF(header.x + 14, header.y + 52))
            bottom_right = view.mapFromScene(QPointF(header.x + 70, header.y + 52 + scene.lane_font_size))
            assert _contrast(image, QRect(top_left, bottom_right), background) > 60, "+ positive vanishes"
    assert "emotion" in seen and len(seen) >= 4
