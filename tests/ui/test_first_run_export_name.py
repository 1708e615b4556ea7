"""Export › Interactive HTML page from a map made from a template and not saved yet: the file
name offered is the map's title (as Save offers it), not "journey.html"."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit

from tests.ui.uidriver import answering, button, choose, click_button, press_enter, trigger


def test_an_untitled_map_is_exported_under_its_title(window):
    with answering(press_enter):  # the blank map, the gallery's first
        trigger(window, "File", "New from Template…")
    title = window.session.doc.meta.title
    assert title == "New journey map" and window.session.path is None
    offered = []

    def export_html(dialog) -> None:
        choose(dialog.format, "Interactive HTML page")
        click_button(dialog, "Export…")
        if dialog.isVisible():  # the file dialog was cancelled: so is the export
            button("Cancel")(dialog)

    def read_name(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        offered.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        button("Cancel")(dialog)

    with answering(export_html, read_name):
        trigger(window, "File", "Export…")
    assert offered == [f"{title}.html"]
