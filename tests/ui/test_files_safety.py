"""Work is never lost: autosave and recovery after a real crash, external changes detected."""

import os
import signal
import subprocess
import sys
import textwrap

from jmap_desktop.io import load_map
from jmap_desktop.ui.recovery import Autosaver, offer_recovery, pending_copies
from tests.ui.uidriver import answering, trigger

CRASHING_SESSION = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from jmap_desktop.commands import UpdateCardsCommand
    from jmap_desktop.ui.app import application
    from jmap_desktop.ui.main_window import MainWindow
    app = application()
    window = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.autosaver.set_delay(1)  # Preferences: autosave one second after the last edit
    window.show()
    window.open_file(sys.argv[1], ask=False)
    window.session.undo_stack.push(UpdateCardsCommand(
        window.session.store, {"c1": {"text": "Typed just before the power cut"}}))
    deadline = time.time() + 20
    while time.time() < deadline and not window.autosaver.note_path.exists():
        app.processEvents()
        time.sleep(0.02)
    print("autosaved", flush=True)
    while True:  # keeps running until it is killed
        app.processEvents()
        time.sleep(0.02)
""")


def test_recovery_after_a_real_crash(window, map_file, tmp_path, private_state_dir):
    env = {**os.environ, "JMAP_DESKTOP_STATE_DIR": str(private_state_dir)}
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_SESSION, str(map_file),
                             str(tmp_path / "crash.ini")], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "autosaved"
        assert not pending_copies()  # the editing process is still alive: nothing to offer
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
    copies = pending_copies()
    assert len(copies) == 1 and copies[0].original == map_file.resolve()
    asked = []
    recovered = offer_recovery(window, lambda copy: asked.append(copy) or "recover")
    assert recovered == 1 and asked[0].saved_at is not None
    assert window.session.doc.card("c1").text == "Typed just before the power cut"
    assert window.isWindowModified() and window.session.path == map_file.resolve()
    assert load_map(map_file).card("c1").text == "Sees an ad on Instagram"  # file untouched
    assert not pending_copies()


def test_autosave_is_removed_on_save_and_discard_is_honoured(window, map_file, qtbot):
    from jmap_desktop.commands import UpdateCardsCommand

    window.open_file(map_file)
    window.session.undo_stack.push(UpdateCardsCommand(window.session.store, {"c1": {"text": "x"}}))
    window.autosaver.save_now()
    assert window.autosaver.map_path.exists()
    window.save()
    assert not window.autosaver.map_path.exists()


def test_pending_copy_can_be_discarded(window, map_file, private_state_dir):
    """A copy from before session locks (keyed by a process id that is gone) is still offered."""
    import json

    from jmap_desktop.commands import UpdateCardsCommand
    from jmap_desktop.ui.session import MapSession

    session = MapSession(window)  # parented: torn down with the window, in Qt's order
    session.open(map_file, read_only=True)
    session.undo_stack.push(UpdateCardsCommand(session.store, {"c1": {"text": "x"}}))
    saver = Autosaver(session, parent=window)
    saver.save_now()
    note = json.loads(saver.note_path.read_text("utf-8"))
    del note["session"]
    note["pid"] = 999999999
    saver.note_path.write_text(json.dumps(note), "utf-8")
    assert len(pending_copies()) == 1
    assert offer_recovery(window, lambda copy: "discard") == 0
    assert not pending_copies() and not saver.map_path.exists()


def test_external_change_asks_before_overwriting(window, map_file):
    from jmap_desktop.commands import UpdateCardsCommand

    window.open_file(map_file)
    window.session.undo_stack.push(UpdateCardsCommand(window.session.store, {"c1": {"text": "mine"}}))
    other = map_file.read_text("utf-8").replace("Sees an ad on Instagram", "Theirs")
    map_file.write_text(other, "utf-8")
    with answering("Cancel") as seen:
        trigger(window, "File", "Save")
    assert "changed by another window or program" in seen[0]
    assert load_map(map_file).card("c1").text == "Theirs"  # kept, nothing overwritten
    assert window.isWindowModified()
    with answering("Overwrite"):
        trigger(window, "File", "Save")
    assert load_map(map_file).card("c1").text == "mine"
    kept = list(map_file.parent.glob("shoes (outside edit *).jmap"))
    assert len(kept) == 1 and load_map(kept[0]).card("c1").text == "Theirs"
    assert not window.isWindowModified()


def test_unmodified_map_offers_to_reload_an_external_change(window, map_file, qtbot):
    window.open_file(map_file)
    # Another program rewrites the file; the window notices by itself (its file watcher) and asks.
    with answering("Yes") as seen:
        map_file.write_text(map_file.read_text("utf-8").replace("Reads reviews", "Reads forums"), "utf-8")
        qtbot.waitUntil(lambda: window.session.doc.card("c2").text == "Reads forums", timeout=5000)
    assert "changed by another program" in seen[0]
    assert not window.isWindowModified()
