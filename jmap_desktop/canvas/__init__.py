"""The canvas: a Qt Graphics View of the journey map that mirrors the document store.

``MapScene(store, undo_stack)`` holds the items and the editing actions, ``MapView(scene)``
shows it with zoom and pan, ``CardPalette`` offers card kinds, stages and lanes to drag in.
"""

from .palette_widget import CardPalette
from .scene import MapScene
from .view import MapView

__all__ = ["CardPalette", "MapScene", "MapView"]
