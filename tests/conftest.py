"""Suite-wide safety: autosave copies go to a temporary folder, never the user's state folder."""

import pytest


@pytest.fixture(autouse=True)
def private_state_dir(tmp_path, monkeypatch):
    folder = tmp_path / "state"
    monkeypatch.setenv("JMAP_DESKTOP_STATE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def empty_clipboard_after_each_test():
    """A test that puts its own QMimeData on the clipboard must not leave it there: the
    clipboard would destroy it while the interpreter shuts down, after PySide has gone, and the
    run would end in a segmentation fault after every test passed."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
