"""Recovery as a user meets it: continuous typing is protected within two seconds, a crashed
session is found by its lock (also after a reboot reused its process id), a recovered map does
not overwrite a newer file unasked, and an unusable state folder is said, not fatal."""

import json
import os
import subprocess
import sys
import textwrap
import time
import uuid

import pytest
from PySide6.QtCore import QLockFile

from jmap_desktop.commands import UpdateCardsCommand
from jmap_desktop.io import file_digest, load_map, save_map
from jmap_desktop.ui.recovery import MAX_WAIT_MS, offer_recovery, pending_copies
from tests.canvas.driver import CanvasDriver
from tests.factories import small_map
from tests.ui.uidriver import answering, trigger


def test_continuous_typing_is_in_a_recovery_copy_within_two_seconds(window, map_file, qtbot):
    window.open_file(map_file)
    driver = CanvasDriver.over(qtbot, window.view)
    driver.double_click(driver.empty_spot("s-use", "l-actions"))
    assert window.scene.editor.active
    words = "Waits all afternoon for the courier and never hears back "
    typed, first_copy_after = "", None
    start = time.monotonic()
    while time.monotonic() - start < 3.5:  # a typist who never pauses for two seconds
        driver.type(words[len(typed) % len(words)])
        typed += words[(len(typed)) % len(words)]
        qtbot.wait(60)
        if first_copy_after is None and window.autosaver.note_path.exists():
            first_copy_after = time.monotonic() - start
    assert first_copy_after is not None and first_copy_after <= MAX_WAIT_MS / 1000 + 0.5
    assert window.scene.editor.active and window.session.undo_stack.count() == 0  # nothing committed
    copy = load_map(window.autosaver.map_path)
    new = [c for c in copy.cards if c.stage_id == "s-use" and c.lane_id == "l-actions"]
    assert len(new) == 1 and len(new[0].text) > 10 and typed.startswith(new[0].text)
    assert load_map(map_file).cards == small_map().cards  # the file itself is untouched


def _lock_naming(path, pid, boot=None):
    """A lock file as Qt's QLockFile writes it, naming process ``pid`` (alive, but not the
    crashed session) on this boot or on another one."""
    probe = QLockFile(str(path) + ".probe")
    assert probe.tryLock(0)
    lines = path.with_name(path.name + ".probe").read_bytes().split(b"\n")
    probe.unlock()
    lines[0] = str(pid).encode()
    if boot is not None:
        lines[4] = boot.encode()  # the boot id Qt compares
    path.write_bytes(b"\n".join(lines))


def _crashed_copy(folder, original, title, based_on=None, pid=None, boot=None):
    key = uuid.uuid4().hex
    doc = small_map()
    doc.meta.title = title
    save_map(doc, folder / f"{key}.jmap", backup=False)
    pid = os.getpid() if pid is None else pid
    note = {"session": key, "original": str(original), "based_on": based_on, "title": title,
            "saved_at": "2026-01-02T03:04:05+00:00", "pid": pid}
    (folder / f"{key}.json").write_text(json.dumps(note), "utf-8")
    _lock_naming(folder / f"{key}.lock", pid, boot)
    return key


def test_copy_is_offered_though_its_process_id_was_reused_after_a_reboot(window, map_file,
                                                                          private_state_dir):
    folder = private_state_dir / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    _crashed_copy(folder, map_file, "Before the reboot", boot=str(uuid.uuid4()))
    assert [c.title for c in pending_copies()] == ["Before the reboot"]
    with answering("Recover") as seen:
        assert offer_recovery(window) == 1
    assert "Before the reboot" in seen[0]
    assert window.session.doc.meta.title == "Before the reboot" and window.isWindowModified()


@pytest.fixture(params=["this Python process", "a sleep", "the test's parent"])
def live_unrelated_pid(request):
    """The id of a running process that is not the crashed session: the id was reused."""
    if request.param == "a sleep":
        sleeper = subprocess.Popen(["sleep", "60"])
        yield sleeper.pid
        sleeper.kill()
        sleeper.wait()
    else:  # a Python, like the editor: Qt's QLockFile takes it for the crashed session
        yield os.getpid() if request.param == "this Python process" else os.getppid()


def test_copy_is_offered_though_its_process_id_now_names_a_running_program(
        window, map_file, private_state_dir, live_unrelated_pid):
    folder = private_state_dir / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    _crashed_copy(folder, map_file, "Before the crash", pid=live_unrelated_pid)
    with answering("Recover") as seen:
        assert offer_recovery(window) == 1
    assert "Before the crash" in seen[0]
    assert window.session.doc.meta.title == "Before the crash" and window.isWindowModified()
    assert not list(folder.iterdir())  # the copy, its note and its lock are gone


def test_saving_a_recovered_map_over_a_newer_file_asks_first(window, map_file, private_state_dir):
    folder = private_state_dir / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    _crashed_copy(folder, map_file.resolve(), "Recovered", based_on=file_digest(map_file))
    newer = small_map()
    newer.meta.title = "Saved elsewhere after the crash"
    save_map(newer, map_file)
    with answering("Recover"):
        offer_recovery(window)
    with answering("Cancel") as seen:
        trigger(window, "File", "Save")
    assert "changed by another window or program" in seen[0]
    assert load_map(map_file).meta.title == "Saved elsewhere after the crash"
    with answering("Overwrite"):
        trigger(window, "File", "Save")
    assert load_map(map_file).meta.title == "Recovered"
    kept = list(map_file.parent.glob("shoes (outside edit *).jmap"))
    assert [load_map(k).meta.title for k in kept] == ["Saved elsewhere after the crash"]


def test_a_failing_autosave_is_shown_in_the_status_bar(window, map_file, qtbot, tmp_path, monkeypatch):
    window.open_file(map_file)
    blocked = tmp_path / "full"
    blocked.mkdir()
    (blocked / "recovery").write_text("not a folder")  # the recovery folder cannot be made
    monkeypatch.setenv("JMAP_DESKTOP_STATE_DIR", str(blocked))
    window.session.undo_stack.push(UpdateCardsCommand(window.session.store, {"c1": {"text": "mine"}}))
    qtbot.waitUntil(lambda: "Autosave failed" in window.statusBar().currentMessage(), timeout=4000)
    (blocked / "recovery").unlink()
    window.session.undo_stack.push(UpdateCardsCommand(window.session.store, {"c1": {"text": "again"}}))
    qtbot.waitUntil(lambda: window.autosaver.note_path.exists(), timeout=4000)
    assert "Autosave failed" not in window.statusBar().currentMessage()


START_WITH_BROKEN_STATE = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from jmap_desktop.ui.app import application
    app = application()
    def report():
        for w in QApplication.topLevelWidgets():
            if hasattr(w, "session"):
                print("STATUS:", w.statusBar().currentMessage(), flush=True)
        app.quit()
    QTimer.singleShot(1500, report)
    from jmap_desktop.cli.editor import open_editor
    open_editor([])
""")


def test_the_editor_starts_with_a_warning_when_the_state_folder_is_unusable(tmp_path):
    not_a_folder = tmp_path / "state"
    not_a_folder.write_text("a file where the state folder should be")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JMAP_DESKTOP_STATE_DIR": str(not_a_folder),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", START_WITH_BROKEN_STATE], env=env, text=True,
                            capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "STATUS: Unsaved work cannot be protected" in result.stdout
    assert str(not_a_folder) in result.stdout
