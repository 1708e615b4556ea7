"""Acceptance fixtures: the real MainWindow as the app starts it, and a pilot for its dialogs."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from jmap_desktop.ui.main_window import MainWindow
from tests.ui import uidriver


@pytest.fixture(autouse=True)
def pilot():
    """Answers dialogs the test arranged; closes (and fails on) any it did not expect."""
    uidriver.PILOT = uidriver.DialogPilot()
    yield uidriver.PILOT
    uidriver.PILOT.stop()
    unexpected, uidriver.PILOT = uidriver.PILOT.unexpected, None
    assert not unexpected, f"dialogs nobody answered: {unexpected}"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def errors(monkeypatch):
    """Exceptions raised inside Qt callbacks (slots, event handlers), as sys.excepthook sees them."""
    caught: list[str] = []
    previous = sys.excepthook

    def hook(kind, value, tb):
        caught.append(f"{kind.__name__}: {value}")
        previous(kind, value, tb)

    monkeypatch.setattr(sys, "excepthook", hook)
    return caught


@pytest.fixture
def window(qtbot, settings, pilot):
    """A fresh window, shown, with its own settings (never the user's)."""
    win = MainWindow(settings)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    if win.isVisible():
        if win.isWindowModified():
            with uidriver.answering(uidriver.standard_button(QMessageBox.StandardButton.Discard)):
                win.close()
        else:
            win.close()
    win.deleteLater()
