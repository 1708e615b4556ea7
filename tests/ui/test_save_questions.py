"""File › Save as a user meets it: a read-only file is kept and Save As offered; two windows on
one file never lose an edit without being asked."""

import stat

from PySide6.QtCore import QSettings

from jmap_desktop.commands import UpdateCardsCommand
from jmap_desktop.io import load_map
from jmap_desktop.ui.main_window import MainWindow
from tests.ui.answer import answering, file_name, trigger


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
    with answering("Save As…", file_name(copy)):
        trigger(window, "File", "Save")
    assert map_file.read_bytes() == before
    assert stat.S_IMODE(map_file.stat().st_mode) == 0o444
    assert load_map(copy).card("c1").text == "mine"
    assert window.session.path == copy.resolve() and not window.isWindowModified()


def test_two_windows_saving_one_file_never_lose_an_edit_silently(qtbot, map_file, tmp_path):
    windows = []
    for name in ("left", "right"):
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
