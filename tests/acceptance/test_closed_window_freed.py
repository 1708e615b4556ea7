"""A closed editor window is freed, its map and canvas with it, while the app runs on.

Its menu actions and panels hold it through signal connections that Python's collector cannot
see, so a closed window was never freed: every map opened in another window (a double-click in
the file manager, a second launch) and closed again stayed in memory until the app quit.
"""

from __future__ import annotations

import gc
import shutil
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from jmap_desktop.resources import templates_dir
from jmap_desktop.ui.windows import Windows
from tests.ui.uidriver import trigger


@pytest.fixture
def windows(qapp, settings):
    manager = Windows(QApplication.instance(), settings)  # the app's list of editor windows
    yield manager
    manager.detach()
    for window in manager.windows:
        window.close()


def maps(tmp_path):
    first, second = tmp_path / "Store visit.jmap", tmp_path / "Patient visit.jmap"
    shutil.copy2(templates_dir() / "b2c-online-purchase.jmap", first)
    shutil.copy2(templates_dir() / "patient-visit.jmap", second)
    return first, second


def collect() -> None:
    """What the running app gets to sooner or later: Qt's deferred deletes, the collector."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


def test_a_closed_window_is_freed_while_another_stays_open(windows, tmp_path, errors):
    first_map, second_map = maps(tmp_path)
    stays = windows.open_path(first_map)
    closes = windows.open_path(second_map)
    assert len(windows.windows) == 2
    for _ in range(20):  # settled: opening zoom, panels, first paint
        QApplication.processEvents()
    gone, doc = weakref.ref(closes), weakref.ref(closes.session.doc)
    trigger(closes, "File", "Quit")  # Quit closes its own window
    del closes
    collect()
    assert gone() is None and doc() is None
    assert windows.windows == [stays] and stays.session.path == first_map.resolve()
    assert errors == []


def test_a_window_closed_at_once_after_opening_raises_nothing_later(windows, tmp_path, errors):
    first_map, second_map = maps(tmp_path)
    stays = windows.open_path(first_map)
    closes = windows.open_path(second_map)
    gone = weakref.ref(closes)
    trigger(closes, "File", "Quit")  # before its first turn of the event loop
    del closes
    collect()
    assert gone() is None
    for _ in range(20):  # what it had asked for on the next turn must not run on a deleted window
        QApplication.processEvents()
    assert windows.windows == [stays]
    assert errors == []
