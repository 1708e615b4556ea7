"""Versions in the window, as a user: snapshot, edit, compare, the change list, restore, merge."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLineEdit

from jmap_desktop.canvas.view import OPEN_MIN_ZOOM
from jmap_desktop.io import load_map, save_map
from jmap_desktop.io.history import record_revision
from jmap_desktop.io.templates import new_from_template
from jmap_desktop.model import DocumentStore
from tests.canvas.driver import CanvasDriver
from tests.factories import small_map
from tests.ui.uidriver import (
    cell_text,
    choose,
    menu_action,
    open_cell,
    press_button,
    trigger,
    type_into,
    when_modal,
)


@pytest.fixture(autouse=True)
def errors_fail_the_test(monkeypatch):
    """An error box would wait for a click that never comes: make it fail the test instead."""
    def fail(_parent, title, text):
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr("jmap_desktop.ui.versions.show_error", fail)


def answer_input(text: str | None = None, choice: str | None = None):
    """Answer the next QInputDialog: type ``text`` or pick ``choice``, then OK."""
    def answer(dialog):
        if text is not None:
            dialog.findChild(QLineEdit).setText(text)
        if choice is not None:
            dialog.findChild(QComboBox).setCurrentText(choice)
        dialog.accept()

    when_modal(answer)


def edit_text(window, card_id: str, text: str) -> None:
    window.scene.select_cards([card_id])
    window.properties.text.setPlainText(text)
    QApplication.sendEvent(window.properties.text, QFocusEvent(QEvent.Type.FocusOut))


def snapshot_then_edit(window, map_file, qtbot):
    window.open_file(map_file)
    answer_input(text="After workshop 1")
    menu = menu_action(window, "File", "Take Snapshot…")
    assert menu.shortcut().toString() == "Ctrl+Alt+S"
    trigger(window, "File", "Take Snapshot…")
    history = window.session.doc.history
    assert [s.name for s in history.snapshots] == ["After workshop 1"]
    assert load_map(map_file).history.snapshots[0].name == "After workshop 1"
    # Edits as a user makes them: text in Properties, a delete, a drag to another stage.
    edit_text(window, "c2", "Reads reviews on two sites")
    window.scene.select_cards(["c4"])
    trigger(window, "Edit", "Delete")
    ui = CanvasDriver.over(qtbot, window.view)
    window.view.zoom_reset()
    ui.drag(ui.card_center("c3"), ui.empty_spot("s-use", "l-actions"))
    assert window.session.store.card("c3").stage_id == "s-use"
    return ui


def test_compare_with_a_snapshot_marks_the_canvas_and_lists_changes(window, map_file, qtbot,
                                                                     tmp_path, monkeypatch):
    snapshot_then_edit(window, map_file, qtbot)
    answer_input(choice=next(t for t in compare_entries(window) if "After workshop 1" in t))
    trigger(window, "File", "Compare With…")
    overlay, panel = window.versions.overlay, window.versions.changes
    assert window.changes_dock.isVisible()
    QApplication.processEvents()
    # Half the column for the list and its legend: its group starts short, for the find fields.
    assert window.changes_dock.height() >= 0.4 * window.centralWidget().height()
    assert len(overlay.marks_of("removed")) == 1 and len(overlay.marks_of("moved")) == 1
    (curve,) = overlay.marks_of("curve")  # the snapshot's emotion curve, over today's
    assert curve.path().elementCount() > 3
    (changed,) = overlay.marks_of("changed")
    assert "Reads reviews → Reads reviews on two sites" in changed.toolTip().replace("Text: ", "")
    assert "After workshop 1" in panel.title.text()
    panel.filter.setCurrentIndex(panel.filter.findData("moved"))
    assert panel.list.count() == 1
    item = panel.list.item(0)
    rect = panel.list.visualItemRect(item)
    from PySide6.QtTest import QTest

    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.scene.selected_card_ids() == ["c3"]
    # Editing while comparing updates the marks.
    edit_text(window, "c1", "Sees an ad on TikTok")
    qtbot.waitUntil(lambda: len(overlay.marks_of("changed")) == 2, timeout=3000)
    pdf = tmp_path / "changes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    panel.pdf_button.click()
    assert pdf.read_bytes().startswith(b"%PDF")
    panel.close_button.click()
    assert overlay.items == []


def compare_entries(window):
    history = window.session.doc.history
    from jmap_desktop.io.history import snapshot_names
    from jmap_desktop.ui.locale_format import date_time

    when = date_time(history.head.time)  # as the list shows it
    return [f"★ {n} ({when})" for n in snapshot_names(history, history.head.id)]


def test_compare_with_another_file(window, map_file, tmp_path, monkeypatch):
    future = small_map()
    future.cards[0].text = "Sees a friend's post"
    other = tmp_path / "future.jmap"
    save_map(future, other)
    window.open_file(map_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    answer_input(choice="Another file…")
    trigger(window, "File", "Compare With…")
    changes = window.versions.changes
    assert "future.jmap" in changes.title.text() and changes.list.count() == 1


def test_revisions_panel_restore_is_one_undo_step(window, map_file, qtbot):
    snapshot_then_edit(window, map_file, qtbot)
    trigger(window, "File", "Save")
    panel = window.versions.revisions
    assert "After workshop 1" in panel.list.item(1).text()
    panel.list.setCurrentRow(1)
    panel.restore_button.click()
    store = window.session.store
    assert store.card("c4").text == "Shipping cost appears late" and store.card("c3").stage_id == "s-buy"
    assert window.undo_action.text() == "&Undo Restore snapshot “After workshop 1”"
    trigger(window, "Edit", "Undo Restore snapshot “After workshop 1”")
    assert not store.has_card("c4")
    trigger(window, "File", "Save")  # the restore was undone: no revision claims it
    assert load_map(map_file).history.head.note == ""
    trigger(window, "Edit", "Redo Restore snapshot “After workshop 1”")
    trigger(window, "File", "Save")
    head = load_map(map_file).history.head
    assert head.note == "Restored snapshot “After workshop 1”"
    panel.list.setCurrentRow(panel.list.count() - 1)  # the oldest revision
    panel.open_button.click()
    (viewer,) = window.versions.viewers
    assert "read-only" in viewer.windowTitle() and not viewer.centralWidget().isInteractive()
    assert viewer.centralWidget().scene().store.card("c4") is not None
    viewer.close()


def two_copies(tmp_path):
    base = small_map()
    original = tmp_path / "journey.jmap"
    pending = record_revision(base)
    save_map(base, original)
    pending.commit()
    theirs = tmp_path / "theirs.jmap"
    shutil.copy(original, theirs)
    doc = load_map(theirs)
    store = DocumentStore(doc)
    store.update_card("c2", text="Reads reviews on YouTube")
    store.update_card("c5", text="Relieved and happy")
    record_revision(doc)
    save_map(doc, theirs)
    return original, theirs


def test_merge_copy_settles_conflicts_in_the_dialog(window, tmp_path, qtbot, monkeypatch):
    mine, theirs = two_copies(tmp_path)
    window.open_file(mine)
    edit_text(window, "c2", "Reads reviews on Reddit")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    seen = {}

    def answer(dialog):
        seen["title"] = dialog.windowTitle()
        seen["mine"] = cell_text(dialog.table, 0, 1)
        seen["theirs"] = cell_text(dialog.table, 0, 2)
        keep = open_cell(dialog.table, 0, 3)
        assert keep.accessibleName() == "Keep for card “Reads reviews on Reddit”: text"
        choose(keep, "Type a value")
        value = open_cell(dialog.table, 0, 4)
        assert value.accessibleName() == "Value for card “Reads reviews on Reddit”: text"
        type_into(value, "Reads reviews on Reddit and YouTube")
        press_button(dialog, "Merge")

    when_modal(answer)
    trigger(window, "File", "Merge Copy…")
    assert seen == {"title": "Merge Conflicts", "mine": "Reads reviews on Reddit",
                    "theirs": "Reads reviews on YouTube"}
    store = window.session.store
    assert store.card("c2").text == "Reads reviews on Reddit and YouTube"
    assert store.card("c5").text == "Relieved and happy"  # their change without conflict
    assert window.undo_action.text() == "&Undo Merge copy theirs.jmap"
    trigger(window, "File", "Save")
    head = load_map(mine).history.head
    assert head.merged == load_map(theirs).history.head.id and head.note == "Merged theirs.jmap"


def test_edited_in_theirs_deleted_in_mine_shows_the_fields_edited(window, tmp_path, monkeypatch):
    """A card I deleted that they edited: the dialog names the fields they edited and their
    values beside "(deleted)", and keeping theirs brings the card back as they left it."""
    mine, theirs = two_copies(tmp_path)
    doc = load_map(theirs)
    DocumentStore(doc).update_card("c5", emotion=None)  # cleared; and its text, in two_copies
    record_revision(doc)
    save_map(doc, theirs)
    window.open_file(mine)
    window.scene.select_cards(["c5"])
    trigger(window, "Edit", "Delete")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    seen = {}

    def answer(dialog):
        row = next(r for r in range(dialog.table.model().rowCount()) if "c5" in dialog.conflicts[r].key)
        seen["what"], seen["mine"], seen["theirs"] = (cell_text(dialog.table, row, i) for i in range(3))
        keep = open_cell(dialog.table, row, 3)
        assert keep.accessibleName() == "Keep for card “Relieved and happy”"
        choose(keep, "Keep theirs")
        press_button(dialog, "Merge")

    when_modal(answer)
    trigger(window, "File", "Merge Copy…")
    assert seen == {"what": "card “Relieved and happy”: text, emotion (edited in one copy, deleted in the other)",
                    "mine": "(deleted)", "theirs": "text: Relieved and happy\nemotion: (none)"}
    card = window.session.store.card("c5")
    assert (card.text, card.emotion) == ("Relieved and happy", None)


def shown(window) -> tuple[list, list]:
    """What the user sees of a comparison: the marks on the canvas (their kind, place and
    tooltip) and the rows of the Changes panel (text and tooltip)."""
    overlay, panel = window.versions.overlay, window.versions.changes
    marks = sorted((type(i).__name__, getattr(i, "kind", ""), i.toolTip(), i.boundingRect().getRect())
                   for i in overlay.items)
    rows = [(panel.list.item(i).text(), panel.list.item(i).toolTip()) for i in range(panel.list.count())]
    return marks, rows


def test_edits_while_comparing_show_what_comparing_again_shows(window, map_file, qtbot):
    """The comparison follows edits from the store's records (only what they touched is
    compared and drawn again); what it shows then is what comparing from scratch shows."""
    from jmap_desktop.versions import map_data

    ui = snapshot_then_edit(window, map_file, qtbot)
    snapshot = next(t for t in compare_entries(window) if "After workshop 1" in t)
    answer_input(choice=snapshot)
    trigger(window, "File", "Compare With…")
    overlay = window.versions.overlay

    def settled():
        qtbot.waitUntil(lambda: overlay.comparison.after == map_data(window.session.doc), timeout=3000)

    edit_text(window, "c1", "Sees an ad on TikTok, twice\nand once more on a poster")  # taller card
    settled()
    window.scene.select_cards(["c5"])
    trigger(window, "Edit", "Delete")
    settled()
    ui.drag(ui.card_center("c2"), ui.empty_spot("s-buy", "l-pain"))
    settled()
    trigger(window, "Edit", "Undo")  # the drag again undone
    settled()
    edit_text(window, "c3", "Pays with card at the till")
    settled()
    followed = shown(window)
    assert len(overlay.marks_of("removed")) == 2 and overlay.marks_of("changed")
    window.versions.changes.close_button.click()
    answer_input(choice=snapshot)
    trigger(window, "File", "Compare With…")
    assert shown(window) == followed


def test_a_file_changed_by_another_program_says_so_when_compared_and_merged(window, tmp_path, monkeypatch):
    """Its history was written for another map: comparing with a snapshot says the result is
    inexact, and merging a copy of it matches the two and asks, saying why."""
    import json

    def edit_outside(path, text):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["cards"][0]["text"] = text  # another program's edit; the history left as it was
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

    mine, theirs = two_copies(tmp_path)
    edit_outside(mine, "Sees an ad on TikTok")
    edit_outside(theirs, "Sees an ad on the bus")
    window.open_file(mine)
    answer_input(choice=next(t for t in compare_entries_of(window)))
    trigger(window, "File", "Compare With…")
    assert "Inexact: this file was changed by another program" in window.versions.changes.title.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    when_modal(lambda dialog: dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click())
    trigger(window, "File", "Merge Copy…")
    assert "a copy was changed by another program" in window.statusBar().currentMessage()
    assert window.session.store.card("c1").text == "Sees an ad on TikTok"  # asked; mine kept


def compare_entries_of(window):
    """The revisions offered by File › Compare With…, as the list shows them."""
    from jmap_desktop.ui.locale_format import date_time

    history = window.session.doc.history
    return [f"Revision of {date_time(r.time)} by unknown" for r in reversed(history.revisions)]


def test_a_revision_opens_at_the_zoom_a_map_opens_at(window, tmp_path, qtbot):
    """A tall map's old revision is read, not looked at as grey bars: its window opens at the
    readable zoom of any opened map (fit to width with a floor), not shrunk to fit its height."""
    path = tmp_path / "purchase.jmap"
    save_map(new_from_template("b2c-online-purchase"), path)
    window.open_file(path)
    edit_text(window, window.session.store.doc.cards[0].id, "Sees an ad for running shoes")
    trigger(window, "File", "Save")
    panel = window.versions.revisions
    panel.list.setCurrentRow(panel.list.count() - 1)  # the oldest revision
    panel.open_button.click()
    (viewer,) = window.versions.viewers
    view = viewer.centralWidget()
    qtbot.wait(20)  # the window has shown and taken its opening zoom
    assert view.zoom() >= OPEN_MIN_ZOOM
    layout = view.scene().layout
    assert view.viewport().height() / view.zoom() < layout.height  # a fit would have shrunk it
    viewer.close()
