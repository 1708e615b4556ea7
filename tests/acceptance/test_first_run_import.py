"""Research notes imported into a new map as a first user did it (File › Import Cards…): the file
picker opened in the folder the program was started from, and the rows table cut the notes to
"Sees an ad for ..." while the last column (tags) took the rest of the width."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from jmap_desktop.ui.import_dialog import ImportDialog
from tests.io import tables
from tests.ui.uidriver import answering, find_dialog, press_enter, save_as, trigger

NOTE = "Sees an ad for trail shoes on Instagram while commuting"


def test_notes_of_an_untitled_map_are_picked_from_home_and_shown_in_full(window, tmp_path):
    with answering(press_enter):  # File › New from Template…, Enter takes the blank map
        trigger(window, "File", "New from Template…")
    data = tables.write_csv(tmp_path / "notes.csv", [
        ["stage", "lane", "text", "tags"],
        ["Stage 1", "Actions", NOTE, "social"],
        ["Stage 2", "Thoughts", "Are these better than my old ones?", "interview"]])
    started = []

    def pick(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        started.append(Path(dialog.directory().absolutePath()))
        save_as(data)(dialog)  # types the path and presses Enter

    with answering(pick):
        trigger(window, "File", "Import Cards…")
    assert started == [Path.home()]
    dialog = find_dialog(window, ImportDialog)
    rows = dialog.rows_view
    text_column = [rows.horizontalHeaderItem(c).text() for c in range(rows.columnCount())].index("text")
    needed = rows.fontMetrics().horizontalAdvance(NOTE)
    assert rows.columnWidth(text_column) >= needed, "the note is cut in the rows table"
    dialog.reject()
