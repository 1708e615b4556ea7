"""File › Save as a user meets it: a read-only file is kept and Save As offered; two windows on
one file never lose an edit without being asked."""

import os
import signal
import stat
import subprocess
import sys
import textwrap

from PySide6.QtCore import QSettings

from jmap_desktop.commands import UpdateCardsCommand
from jmap_desktop.io import load_map
from jmap_desktop.ui.main_window import MainWindow
from tests.ui.uidriver import answering, save_as, trigger


def edit(window, text: str) -> None:
    window.session.undo_stack.push(UpdateCardsCommand(window.session.store, {"c1": {"text": text}}))


def test_saving_over_a_read_only_file_asks_and_offers_save_as(window, map_file, tmp_path):
    window.open_file(map_file)
    map_file.chmod(0o444)
    before = map_file.read_bytes()
    edit(window, "mine")
    with answering("Cancel") as seen:
        trigger(window, "File", "Save")
    assert "read-only" in seen[0]
    assert map_file.read_bytes() == before and window.isWindowModified()

    copy = tmp_path / "my copy.jmap"
    with answering("Save As…", save_as(copy)):
        trigger(window, "File", "Save")
    assert map_file.read_bytes() == before
    assert stat.S_IMODE(map_file.stat().st_mode) == 0o444
    assert load_map(copy).card("c1").text == "mine"
    assert window.session.path == copy.resolve() and not window.isWindowModified()


def test_two_windows_saving_one_file_never_lose_an_edit_silently(qtbot, map_file, tmp_path, monkeypatch):
    """Two computers on a shared folder (each with its own state folder, so neither sees the
    other's open-file lock): the save-time check still catches the race."""
    windows = []
    for name in ("left", "right"):
        monkeypatch.setenv("JMAP_DESKTOP_STATE_DIR", str(tmp_path / f"state-{name}"))
        win = MainWindow(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.show()
        win.open_file(map_file)
        windows.append(win)
    left, right = windows
    edit(left, "left edit")
    edit(right, "right edit")
    trigger(left, "File", "Save")
    assert load_map(map_file).card("c1").text == "left edit"
    with answering("Cancel") as seen:  # the second save is told, not silently applied
        trigger(right, "File", "Save")
    assert "changed by another window" in seen[0]
    assert load_map(map_file).card("c1").text == "left edit"
    with answering("Overwrite", "No") as seen:
        trigger(right, "File", "Save")
        qtbot.waitUntil(lambda: len(seen) == 2)  # the left window, unmodified, offers to reload
    assert "Reload" in seen[1]
    assert load_map(map_file).card("c1").text == "right edit"
    kept = list(map_file.parent.glob("shoes (outside edit *).jmap"))
    assert [load_map(k).card("c1").text for k in kept] == ["left edit"]
    assert load_map(map_file.with_name("shoes.jmap.bak")).card("c1").text == "left edit"


def open_window(qtbot, tmp_path, name: str) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    return win


def test_second_window_is_told_the_map_is_open_and_may_read_it(qtbot, map_file, tmp_path):
    first, second = open_window(qtbot, tmp_path, "first"), open_window(qtbot, tmp_path, "second")
    assert first.open_file(map_file)
    with answering("Cancel") as seen:
        assert not second.open_file(map_file)
    assert "already open for editing in another window" in seen[0] and str(os.getpid()) in seen[0]

    with answering("Open Read-Only"):
        assert second.open_file(map_file)
    assert "(read-only)" in second.windowTitle()
    edit(second, "from the reader")
    copy = tmp_path / "reader's copy.jmap"
    with answering("Save As…", save_as(copy)) as seen:
        trigger(second, "File", "Save")
    assert "it is open in another window" in seen[0]
    assert load_map(map_file).card("c1").text == "Sees an ad on Instagram"
    assert load_map(copy).card("c1").text == "from the reader"

    third = open_window(qtbot, tmp_path, "third")
    with answering("Open a Copy"):
        assert third.open_file(map_file)
    assert third.session.path is None and third.isWindowModified()

    first.close()  # the editing window closes: the file is free again
    fourth = open_window(qtbot, tmp_path, "fourth")
    assert fourth.open_file(map_file)
    assert "(read-only)" not in fourth.windowTitle()


OTHER_PROCESS = textwrap.dedent("""
    import sys
    from jmap_desktop.ui.app import application
    from jmap_desktop.ui.session import MapSession
    app = application()
    session = MapSession()
    session.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
""")


def test_a_map_open_in_another_process_is_detected_and_a_crashed_ones_lock_is_stale(
        qtbot, map_file, tmp_path, private_state_dir):
    env = {**os.environ, "JMAP_DESKTOP_STATE_DIR": str(private_state_dir), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", OTHER_PROCESS, str(map_file)], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        window = open_window(qtbot, tmp_path, "here")
        with answering("Cancel") as seen:
            assert not window.open_file(map_file)
        assert f"process {proc.pid}" in seen[0]
    finally:
        proc.send_signal(signal.SIGKILL)  # a crash: its lock stays behind, stale
        proc.wait(timeout=20)
    assert window.open_file(map_file)  # no question: the holder is gone
    assert "(read-only)" not in window.windowTitle()


def test_a_crashed_windows_lock_is_stale_though_its_process_id_names_a_running_python(
        qtbot, map_file, tmp_path, private_state_dir):
    """The lock a crashed window left names a process id now used by another Python (here this
    very test process, alive, on this boot): the map still opens for editing, unasked."""
    from PySide6.QtCore import QLockFile

    from jmap_desktop.ui.file_lock import lock_file_for

    target = lock_file_for(map_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    probe = QLockFile(str(target))  # written as Qt writes it, then left behind by a "crash"
    assert probe.tryLock(0)
    content = target.read_bytes()
    probe.unlock()
    target.write_bytes(content)  # names this running Python process, on this boot
    window = open_window(qtbot, tmp_path, "after-crash")
    with answering() as seen:
        assert window.open_file(map_file)
    assert seen == [] and "(read-only)" not in window.windowTitle()
