"""Main-window fixtures: a window with its own throw-away settings, never the user's."""

import pytest
from PySide6.QtCore import QSettings

from jmap_desktop.io import save_map
from jmap_desktop.ui.main_window import MainWindow
from tests.factories import small_map


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)  # a desktop-sized window, whatever the first launch picks for the screen
    win.show()
    return win


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    return path


@pytest.fixture(autouse=True)
def no_modal_prompts(monkeypatch):
    """A real modal box would hang a headless test: closing a modified window discards unless a
    test answers the prompt itself."""
    from jmap_desktop.ui import window_files
    from jmap_desktop.ui.dialogs import Answer

    monkeypatch.setattr(window_files, "ask_unsaved_changes", lambda parent, name: Answer.DISCARD)
