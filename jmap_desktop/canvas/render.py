"""Rendering the canvas without a window: screenshots, the benchmark, PNG previews.

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
