"""A double-click in the macOS Finder reaches the running app as a QFileOpenEvent: the map opens
in the empty window the app started with, the next one in a new window, an open one comes to
the front instead of opening twice."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from jmap_desktop.resources import templates_dir
from jmap_desktop.ui.app import Application
from jmap_desktop.ui.windows import Windows


@pytest.fixture
def windows(qtbot, settings):
    assert isinstance(QApplication.instance(), Application)  # the app's own event() gets them
    manager = Windows(QApplication.instance(), settings)
    yield manager
    manager.detach()
    for window in manager.windows:
        window.close()


def finder_opens(path) -> None:
    """What macOS does when the user double-clicks ``path``: post the event, let Qt deliver it."""
    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    QCoreApplication.processEvents()


def test_finder_double_clicks_open_maps_in_windows(windows, tmp_path):
    first_map = tmp_path / "Store visit.jmap"
    second_map = tmp_path / "Patient visit.jmap"
    shutil.copy2(templates_dir() / "b2c-online-purchase.jmap", first_map)
    shutil.copy2(templates_dir() / "patient-visit.jmap", second_map)
    started = windows.new_window()

    finder_opens(first_map)
    assert windows.windows == [started]  # the empty start window took it
    assert started.session.path == first_map.resolve()
    assert started.windowTitle().startswith("Store visit.jmap")

    finder_opens(second_map)
    assert len(windows.windows) == 2
    second = windows.windows[1]
    assert second.session.path == second_map.resolve()
    assert second.isVisible()
    assert started.session.path == first_map.resolve()  # untouched

    finder_opens(first_map)  # already open: no third window
    assert len(windows.windows) == 2


def test_a_broken_file_from_the_finder_keeps_the_window_and_says_why(windows, tmp_path,
                                                                      monkeypatch):
    from jmap_desktop.ui import window_files

    shown = []
    monkeypatch.setattr(window_files, "show_error", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "broken.jmap"
    broken.write_text("{ not json", "utf-8")
    started = windows.new_window()
    finder_opens(broken)
    assert windows.windows == [started]
    assert started.session.path is None
    assert shown and str(broken) in shown[0]
