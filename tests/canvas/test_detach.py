"""A scene let go of its document (the window closing it, a PNG export done with its own scene)
hears nothing more from the store or the undo history, and letting go twice is harmless.

It disconnected from the history by the Python function, which PySide looks up by the callable:
that failed now and then with "Failed to disconnect ... from signal indexChanged(int)", and
always on a second detach. It now disconnects the one connection it made."""

from __future__ import annotations

import warnings

from PySide6.QtGui import QUndoStack

from jmap_desktop.canvas.scene import MapScene
from jmap_desktop.commands import RemoveCardsCommand, push_command

from .conftest import small_map


def test_a_detached_scene_hears_nothing_more_and_detaches_twice_quietly(qapp):
    store, stack = small_map(), QUndoStack()
    scene = MapScene(store, stack)
    card_id = store.doc.cards[0].id
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a failed disconnect is a RuntimeWarning
        scene.detach()
        scene.detach()
    push_command(stack, RemoveCardsCommand(store, [card_id]))
    qapp.processEvents()
    assert card_id in scene.layout.cards  # the deletion never reached the scene
    stack.clear()
