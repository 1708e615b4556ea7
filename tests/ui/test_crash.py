"""An exception nobody caught, raised in a slot as any bug would be: the open map's edits are
written to a recovery copy first, a log lands in the user log folder, and a dialog says what
happened and where the log is; Copy Details puts the report on the clipboard."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from jmap_desktop.ui import crash
from tests.ui.uidriver import answering, trigger


@pytest.fixture
def crash_handler():
    previous = sys.excepthook
    crash.install()
    yield
    sys.excepthook = previous


def explode() -> None:
    raise RuntimeError("the printer caught fire")


def test_unhandled_exception_in_a_slot_keeps_edits_logs_and_explains(window, qtbot,
                                                                     crash_handler,
                                                                     private_state_dir, map_file):
    assert window.open_file(map_file, ask=False)
    trigger(window, "Edit", "Add Stage")  # an unsaved edit, as a user makes it
    assert window.session.is_modified()
    seen = {}

    def answer(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["message"] = dialog.message.text()
        seen["autosaved"] = window.autosaver.map_path.is_file()  # before the user answers
        dialog.copy_button.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        dialog.continue_button.click()

    with answering(answer):
        QTimer.singleShot(0, explode)  # a slot that raises, called by Qt's event loop
        qtbot.waitUntil(lambda: "clipboard" in seen, timeout=10_000)

    logs = list((private_state_dir / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    log = logs[0].read_text("utf-8")
    assert "RuntimeError: the printer caught fire" in log
    assert "in explode" in log  # the traceback names the function that failed

    assert seen["title"] == "JMap Desktop hit a problem"
    assert "RuntimeError: the printer caught fire" in seen["message"]
    assert str(logs[0]) in seen["message"]
    assert "recovery copy" in seen["message"]
    assert seen["autosaved"]
    assert seen["clipboard"] == log
    assert window.isVisible()  # Continue: the app goes on
