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
