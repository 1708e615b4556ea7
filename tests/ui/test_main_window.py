"""The main window opens a map, shows when it is modified, saves it, and asks before losing work."""

import subprocess
import sys

from jmap_desktop.commands import UpdateCardsCommand
from jmap_desktop.io import load_map
from jmap_desktop.ui import dialogs, window_files
from jmap_desktop.ui.dialogs import Answer
from tests.ui.uidriver import answering


def edit(window, text="Sees a billboard"):
    window.session.undo_stack.push(UpdateCardsCommand(window.session.store, {"c1": {"text": text}}))


def test_open_edit_save(window, map_file):
    assert window.open_file(map_file)
    assert window.windowTitle() == "shoes.jmap[*] — JMap Desktop"
    assert not window.isWindowModified()
    edit(window)
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Edit card"
    window.save_action.trigger()
    assert not window.isWindowModified()
    assert load_map(map_file).card("c1").text == "Sees a billboard"
    assert (map_file.parent / "shoes.jmap.bak").is_file()
    window.undo_action.trigger()  # undoing past the save point makes it modified again
    assert window.isWindowModified()


def test_broken_file_shows_an_error_and_keeps_the_current_map(window, map_file, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(window_files, "show_error", lambda parent, title, text: errors.append(text))
    window.open_file(map_file)
    broken = tmp_path / "broken.jmap"
    broken.write_text('{"format": "jmap", "cards": [', "utf-8")
    assert not window.open_file(broken)
    assert "broken.jmap" in errors[0] and "line 1" in errors[0]
    assert window.session.path == map_file.resolve()
    assert broken.read_text("utf-8") == '{"format": "jmap", "cards": ['


def test_close_with_unsaved_changes_asks(window, map_file, monkeypatch):
    window.open_file(map_file)
    edit(window)
    answers = [Answer.CANCEL, Answer.DISCARD]
    asked = []

    def ask(parent, name):
        asked.append(name)
        return answers.pop(0)

    monkeypatch.setattr(window_files, "ask_unsaved_changes", ask)
    assert not window.close()  # Cancel keeps the window open
    assert window.isVisible() and window.session.undo_stack.count() == 1  # and its history
    assert window.close()  # Discard closes without saving
    # The history is deleted with the window, not left to Python's cycle collector (which may
    # free a command before its stack, and crash later: see MapSession.release).
    assert window.session.undo_stack.count() == 0
    assert asked == ["shoes.jmap", "shoes.jmap"]
    assert load_map(map_file).card("c1").text == "Sees an ad on Instagram"


def test_opening_another_map_asks_and_save_answer_saves(window, map_file, tmp_path, monkeypatch):
    window.open_file(map_file)
    edit(window, "Changed before switching")
    monkeypatch.setattr(window_files, "ask_unsaved_changes", lambda parent, name: Answer.SAVE)
    other = tmp_path / "other.jmap"
    other.write_bytes(map_file.read_bytes())
    assert window.open_file(other)
    assert load_map(map_file).card("c1").text == "Changed before switching"
    assert window.session.path == other.resolve()


def test_recent_files_are_remembered(window, map_file, settings, qtbot):
    window.open_file(map_file)
    window.recent_menu.popup(window.mapToGlobal(window.rect().center()))  # File › Open Recent
    qtbot.waitUntil(window.recent_menu.isVisible)
    names = [a.text() for a in window.recent_menu.actions()]
    window.recent_menu.close()
    assert names[0] == "shoes.jmap"


def test_failed_save_keeps_modified_flag(window, map_file, monkeypatch):
    from jmap_desktop.io import SaveError

    window.open_file(map_file)
    edit(window)

    def failing_save(doc, path, **kwargs):
        raise SaveError(path, "the disk is full; the file was not changed")

    monkeypatch.setattr("jmap_desktop.ui.session.save_map", failing_save)
    with answering("OK") as shown:
        assert not window.save()
    assert window.isWindowModified()
    assert "disk is full" in shown[0]


def test_editor_start_does_not_import_reportlab():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from jmap_desktop.ui.app import application\n"
        "from jmap_desktop.ui.main_window import MainWindow\n"
        "app = application(); w = MainWindow(); w.show(); app.processEvents()\n"
        "print('reportlab' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("False")


def test_unsaved_prompt_offers_three_choices(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def fake_exec(box):
        seen["buttons"] = box.standardButtons()
        seen["text"] = box.text()
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialogs.ask_unsaved_changes(None, "shoes.jmap") == Answer.DISCARD
    assert "shoes.jmap" in seen["text"]
    for button in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                   QMessageBox.StandardButton.Cancel):
        assert seen["buttons"] & button
