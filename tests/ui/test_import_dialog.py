"""File › Import Cards… and tables dropped on the window, driven through the dialog's widgets."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from jmap_desktop.ui.import_dialog import ImportDialog
from tests.io import tables
from tests.ui.uidriver import choose, click_button, find_dialog, trigger


def import_through_menu(window, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    trigger(window, "File", "Import Cards…")
    return find_dialog(window, ImportDialog)


def test_csv_import_maps_previews_and_is_one_undo_step(window, map_file, tmp_path, monkeypatch, qtbot):
    window.open_file(map_file)
    rows = [["Phase", "Ebene", "Notiz", "Wert"],
            ["Buy", "Actions", "Compares prices", "1"],
            ["", "Gedanken", "Lohnt es sich für mich?", "-1"],
            ["Use", "Actions", "", "0"]]
    data = tables.write_csv(tmp_path / "workshop.csv", rows, encoding="cp1252", delimiter=";")
    dialog = import_through_menu(window, monkeypatch, data)
    assert "encoding Windows-1252" in dialog.detected.text() and "semicolon-separated" in dialog.detected.text()
    assert not dialog.sheet.isVisible()
    # "Wert" reads as a metric value; the user means the emotion score.
    assert dialog.field_combos["Wert"].currentText() == "Metric value"
    choose(dialog.field_combos["Wert"], "Emotion score")
    assert dialog.lane_kind_combos["Gedanken"].currentText() == "Thoughts"
    assert dialog.problems.item(0).text() == "Row 4, column Notiz: the text is empty"
    assert dialog.rows_view.item(2, 2).toolTip() == "the text is empty"
    assert dialog.summary.text() == "2 new, 0 updated, 1 skipped (1 new lane)"
    assert not dialog.preview.pixmap().isNull()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Skip 1 Row and Import"
    before = len(window.session.doc.cards)
    stack = window.session.undo_stack
    click_button(dialog.buttons)
    doc = window.session.doc
    assert len(doc.cards) == before + 2
    thought = next(c for c in doc.cards if c.text == "Lohnt es sich für mich?")
    assert thought.emotion == -1 and doc.stage(thought.stage_id).name == "Buy"
    assert doc.lane(thought.lane_id).name == "Gedanken"
    assert stack.undoText() == "Import 2 cards from workshop.csv"
    trigger(window, "Edit", "Undo Import 2 cards from workshop.csv")
    assert len(window.session.doc.cards) == before
    assert [ln.name for ln in window.session.doc.lanes] == ["Actions", "Emotion curve", "Pain points"]


def test_workbook_sheet_picker_and_cancel_changes_nothing(window, map_file, tmp_path, monkeypatch):
    window.open_file(map_file)
    data = tables.write_xlsx(tmp_path / "research.xlsx")
    dialog = import_through_menu(window, monkeypatch, data)
    assert dialog.sheet.isEnabled() and dialog.sheet.currentText() == "Notes"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    choose(dialog.sheet, "Map")
    assert "sheet “Map”" in dialog.detected.text()
    assert dialog.summary.text() == "3 new, 0 updated, 0 skipped (2 new stages, 2 new lanes)"
    choose(dialog.lane_kind_combos["Handlungen"], "Frontstage")
    assert dialog.plan.new_lanes[0].kind == "frontstage"
    click_button(dialog.buttons, QDialogButtonBox.StandardButton.Cancel)
    assert len(window.session.doc.cards) == 5 and window.session.undo_stack.count() == 0


def test_reimport_of_the_exported_csv_updates(window, map_file, tmp_path, monkeypatch):
    from jmap_desktop.export.csv_export import export_csv

    window.open_file(map_file)
    out = tmp_path / "cards.csv"
    export_csv(window.session.doc, out)
    text = out.read_text("utf-8-sig").replace("Reads reviews", "Reads reviews on forums")
    out.write_text(text, "utf-8-sig")
    dialog = import_through_menu(window, monkeypatch, out)
    assert "encoding UTF-8 (BOM)" in dialog.detected.text()
    assert dialog.summary.text() == "0 new, 1 updated, 4 unchanged, 0 skipped"
    click_button(dialog.buttons)
    assert window.session.doc.card("c2").text == "Reads reviews on forums"
    assert len(window.session.doc.cards) == 5


def test_a_table_dropped_on_the_window_opens_the_dialog(window, map_file, tmp_path):
    window.open_file(map_file)
    data = tables.write_csv(tmp_path / "drop.tsv", encoding="utf-16", delimiter="\t")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(data))])
    at, copy, left, none = QPointF(50, 50), Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = window.view.viewport()  # dropped on the canvas: the scene passes it to the window
    enter = QDragEnterEvent(at.toPoint(), copy, mime, left, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(at.toPoint(), copy, mime, left, none))
    QApplication.sendEvent(target, QDropEvent(at, copy, mime, left, none))
    dialog = find_dialog(window, ImportDialog)
    assert "encoding UTF-16" in dialog.detected.text() and "tab-separated" in dialog.detected.text()
    assert dialog.summary.text().startswith("3 new")


def test_unreadable_file_shows_why_and_imports_nothing(window, map_file, tmp_path, monkeypatch):
    from jmap_desktop.ui import import_dialog

    window.open_file(map_file)
    errors = []
    monkeypatch.setattr(import_dialog, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tables.zip_bomb(tmp_path / "b.xlsx")), ""))
    trigger(window, "File", "Import Cards…")
    assert errors and errors[0].startswith("b.xlsx: would unpack to")
    assert not [w for w in window.findChildren(ImportDialog) if w.isVisible()]
