"""The Journey Library as a first user met it: the folder picker opened in the home folder though
the map was saved elsewhere, a search listed the cards found but still showed every map, two
copies of a template looked the same, and the library stayed in front of the map it opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from jmap_desktop.io import save_map
from tests.factories import small_map
from tests.ui.uidriver import answering, press_button, trigger, type_into

from .test_library import make_library


def choose_folder(folder, seen: list):
    """Answer the folder picker: note where it opened, type ``folder`` and press Enter."""

    def handler(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.directory().absolutePath())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setFocus(Qt.FocusReason.MouseFocusReason)
        name.setText(str(folder))
        QTest.keyClick(name, Qt.Key.Key_Return)

    return handler


def captions(library) -> list[str]:
    return [library.grid.item(i).text() for i in range(library.grid.count())]


def test_the_library_starts_at_the_map_narrows_to_a_search_and_steps_aside(window, tmp_path, qtbot):
    root = make_library(tmp_path / "maps")
    twin = small_map()  # a second copy of a template: same title, another file
    twin.meta.title = "Buying shoes"
    save_map(twin, root / "shoes-copy.jmap")
    window.open_file(root / "shoes.jmap")
    trigger(window, "File", "Journey Library…")
    library = window.library
    started = []
    with answering(choose_folder(root, started)):
        press_button(library, "Choose Folder…")
    assert started == [str(root)]  # where the open map is, not the home folder
    assert library.grid.count() == 6

    twins = [c.split("\n")[0] for c in captions(library) if c.startswith("Buying shoes ·")]
    assert twins == ["Buying shoes · shoes-copy.jmap", "Buying shoes · shoes.jmap"]

    type_into(library.search, "product page")  # one card, in one map
    assert [c.split("\n")[0] for c in captions(library)] == ["Buying shoes tomorrow"]
    assert library.summary.text() == "1 of 6 maps · 1 card found"
    type_into(library.search, "reviews")  # in both copies: the hits name their files too
    hits = [library.hits.item(i).text() for i in range(library.hits.count())]
    assert "Buying shoes · shoes-copy.jmap — Reads reviews" in hits and "Buying shoes · shoes.jmap — Reads reviews" in hits
    type_into(library.search, "visit to the")  # no card says it; a title does
    assert [c.split("\n")[0] for c in captions(library)] == ["A visit to the GP"]
    type_into(library.search, "")
    assert library.grid.count() == 6

    visit = next(i for i in range(library.grid.count()) if captions(library)[i].startswith("A visit"))
    library.grid.scrollToItem(library.grid.item(visit))
    where = library.grid.visualItemRect(library.grid.item(visit)).center()
    QTest.mouseClick(library.grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert library.grid.currentRow() == visit, (where, library.grid.viewport().rect())
    QTest.keyClick(library.grid, Qt.Key.Key_Return)  # Enter opens it, as a double-click does
    qtbot.waitUntil(lambda: window.session.doc.meta.title == "A visit to the GP")
    assert not library.isVisible()  # the map it opened is in front, not under the library
    trigger(window, "File", "Journey Library…")
    assert library.isVisible() and library.grid.count() == 6  # back as it was
