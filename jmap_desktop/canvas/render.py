"""Rendering the canvas without a window: screenshots, the benchmark, PNG previews (the whole
map as a PNG file is ``map_png``).

A real MapView is built (never shown on screen) so the picture is exactly what the editor
shows, level of detail included.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QUndoStack

from ..model import DocumentStore
from .scene import MapScene
from .view import MapView


def offscreen_view(store: DocumentStore, width: int, height: int) -> MapView:
    """A MapView of ``store`` sized ``width`` x ``height`` that never appears on screen."""
    scene = MapScene(store, QUndoStack())
    scene.editing_chrome = False  # a picture of the map, not of the editor: no collapse toggles
    view = MapView(scene)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.resize(width, height)
    view.show()  # lays out the viewport; WA_DontShowOnScreen keeps it invisible
    view._keep = scene  # the view does not own its scene; keep it alive as long as the view
    return view


def set_zoom(view: MapView, zoom: str | float) -> None:
    """``"fit"`` fits the whole map; a number is a zoom factor (1 = 100 %) on the top-left."""
    if zoom == "fit":
        view.zoom_fit()
        return
    view.set_zoom(float(zoom))
    # Show the top-left corner, where headers meet, like a freshly opened map.
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())


def render_view(view: MapView, image: QImage | None = None) -> QImage:
    """Paint the whole viewport of ``view`` into an image (a full repaint)."""
    size = view.viewport().size()
    if image is None:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    # Rendering the viewport widget goes through the view's real paintEvent (exposed-region
    # culling, caches), unlike QGraphicsView.render, which paints whole item subtrees.
    view.viewport().render(image)
    return image


def without_lanes(doc, hidden_lanes) -> object:
    """A copy of ``doc`` without the lanes in ``hidden_lanes`` (their cards and arrows too)."""
    if not hidden_lanes:
        return doc
    doc = doc.model_copy(deep=True)
    doc.lanes = [ln for ln in doc.lanes if ln.id not in hidden_lanes]
    doc.cards = [c for c in doc.cards if c.lane_id not in hidden_lanes]
    kept = {c.id for c in doc.cards}
    doc.connections = [k for k in doc.connections if k.source_id in kept and k.target_id in kept]
    return doc
