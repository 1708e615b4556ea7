"""Suite-wide safety: autosave copies go to a temporary folder, never the user's state folder."""

import pytest


@pytest.fixture(scope="session")
def qapp_cls():
    """The app's own QApplication (ui.app.Application), so tests go through what users run."""
    from jmap_desktop.ui.app import Application

    return Application


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


@pytest.fixture(autouse=True)
def undo_histories_deleted_after_each_test(monkeypatch):
    """Every undo history a test pushed to is deleted when the test ends, as a closing window
    deletes its own (MapSession.release).

    A stack and its commands sit in reference cycles (a command holds the store, whose listener
    holds the scene or panel, which holds the stack); left to Python's cycle collector, shiboken
    may free a command before the stack that holds it, and the stack then frees it again: a
    segmentation fault at a random later test, far from its cause."""
    import shiboken6
    from PySide6.QtGui import QUndoStack

    stacks = {}
    push = QUndoStack.push

    def recorded(self, command):
        stacks[id(self)] = self
        return push(self, command)

    monkeypatch.setattr(QUndoStack, "push", recorded)
    yield
    for stack in stacks.values():
        if shiboken6.isValid(stack):
            stack.clear()


def pytest_sessionfinish(session, exitstatus):
    session.config._jmap_exit_status = int(exitstatus)


def pytest_unconfigure(config):
    """Leave as soon as the report is written, like the app does (cli/editor.leave_now).

    Tearing down the interpreter destroys whatever Qt objects the tests left (windows, scenes,
    sockets) in an order PySide does not control, and now and then that ends a run whose every
    test passed in a segmentation fault: a red build for nothing the product does. The status
    pytest decided is kept."""
    status = getattr(config, "_jmap_exit_status", None)
    if status is None:
        return
    import logging
    import os
    import sys

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
