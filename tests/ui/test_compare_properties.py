"""Comparing, as a user reads a card: clicking a changed card on the canvas shows in Properties
what it was before (each changed field, or its old cell when it moved); a KPI shows its old and
new value and the change on the canvas and on the comparison's PDF."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog

from jmap_desktop.io import save_map
from tests.ui.test_versions_ui import answer_input, compare_entries, snapshot_then_edit
from tests.ui.uidriver import trigger, type_keys, when_modal
from tests.versions.test_kpi import with_kpi


@pytest.fixture(autouse=True)
def errors_fail_the_test(monkeypatch):
    def fail(_parent, title, text):
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr("jmap_desktop.ui.versions.show_error", fail)


def test_properties_show_a_changed_cards_values_before(window, map_file, qtbot):
    ui = snapshot_then_edit(window, map_file, qtbot)  # c2 reworded, c4 deleted, c3 moved
    section = window.versions.before_section
    ui.click(ui.card_center("c2"))
    assert not section.isVisibleTo(window)  # nothing compared yet
    answer_input(choice=next(t for t in compare_entries(window) if "After workshop 1" in t))
    trigger(window, "File", "Compare With…")
    window.properties_dock.raise_()
    ui.click(ui.card_center("c2"))
    assert window.scene.selected_card_ids() == ["c2"]
    assert section.isVisibleTo(window)
    assert section.values() == {"Text": "Reads reviews\n→ Reads reviews on two sites"}
    assert "After workshop 1" in section.heading.text()
    assert window.properties.text.toPlainText() == "Reads reviews on two sites"  # now, above
    ui.click(ui.card_center("c3"))
    assert section.values() == {"Cell": "Buy / Actions\n→ Use / Actions"}
    ui.click(ui.card_center("c1"))
    assert section.values() == {} and "no change" in section.heading.text()
    # An edit while comparing shows up in the section once the comparison catches up.
    emotion = window.properties.emotion
    emotion.setFocus()
    emotion.selectAll()
    type_keys(emotion, "-2")
    QTest.keyClick(emotion, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Emotion" in section.values(), timeout=3000)
    assert section.values()["Emotion"] == "1\n→ -2"
    window.versions.changes.close_button.click()
    assert not section.isVisibleTo(window)


def test_a_kpis_change_shows_on_the_canvas_and_the_comparison_pdf(window, tmp_path, monkeypatch, qtbot):
    last_month, today = tmp_path / "march.jmap", tmp_path / "april.jmap"
    save_map(with_kpi(7.8), last_month)
    save_map(with_kpi(9.1), today)
    window.open_file(today)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(last_month), ""))
    when_modal(lambda dialog: (dialog.findChild(QComboBox).setCurrentText("Another file…"),
                               dialog.accept()))
    trigger(window, "File", "Compare With…")
    overlay = window.versions.overlay
    (kpi,) = overlay.marks_of("kpi")
    assert kpi.text == "7.8 → 9.1 % / 10  ▲ +1.3"
    card = window.scene.layout.cards["m1"].rect
    assert QRectF(card.x, card.y, card.w, card.h).adjusted(-1, -1, 1, 1).contains(kpi.boundingRect())
    pdf = tmp_path / "kpi-changes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    window.versions.changes.pdf_button.click()
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    # The arrows come from the symbol font, so they are runs of their own: compare without spaces.
    assert "7.8→9.1%/10▲+1.3" in "".join(text.split())
    window.versions.changes.close_button.click()
    assert overlay.marks_of("kpi") == []
