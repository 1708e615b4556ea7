"""The whole window in German: chosen in Edit › Preferences, the next start shows German in the
start page, panels, palette, status bar and dialogs; every translation is finished and keeps its
placeholders; every kind's name has a German translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QTableWidget

from jmap_desktop.canvas.labels import NAMES, label
from jmap_desktop.model.kinds import (
    CARD_KIND_LABELS,
    CHANNEL_LABELS,
    EVIDENCE_LABELS,
    LANE_KIND_LABELS,
)
from jmap_desktop.resources import data_dir
from jmap_desktop.ui import translations
from jmap_desktop.ui.main_window import MainWindow
from tests.ui.uidriver import answering, choose, field, filled, trigger

TS = data_dir() / "translations" / "jmap_desktop_de.ts"


@pytest.fixture
def english_afterwards():
    yield
    translations.install(QApplication.instance(), "en")


@pytest.fixture
def german_window(window, qtbot, settings, english_afterwards, monkeypatch):
    """The user picks Deutsch in Preferences; the next start reads it (as ui.app does)."""
    monkeypatch.delenv(translations.ENV, raising=False)

    with answering(filled(lambda dialog: choose(field(dialog, "Language"), "Deutsch"))):
        trigger(window, "Edit", "Preferences…")
    assert translations.install(QApplication.instance(), translations.chosen_language(settings))
    german = MainWindow(settings)
    qtbot.addWidget(german)
    german.show()
    return german


def texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel)]


def test_german_start_page_panels_palette_and_status_bar(german_window, map_file):
    window = german_window
    assert "Eine Journey Map beginnen" in texts(window.start_page)
    assert "Zuletzt geöffnet" in texts(window.start_page)

    window.open_file(map_file)
    assert window.status_counts.text() == "3 Phasen · 3 Zeilen · 5 Karten"
    assert window.status_evidence.text().endswith("validiert")
    assert window.properties.empty.text() == (
        "Wählen Sie eine oder mehrere Karten, um ihre Eigenschaften zu bearbeiten.")
    assert window.find.query.placeholderText() == "In Karten suchen…"
    palette = [window.palette.item(i).text() for i in range(window.palette.count())]
    assert {"Schmerzpunkt", "Kundenzitat", "Phase", "Zeile Aktionen"} <= set(palette)
    assert window.windowTitle().startswith("shoes.jmap")
    assert window.view.accessibleName() == "Arbeitsfläche der Journey Map"  # what a screen reader says

    trigger(window, "Bearbeiten", "Phase hinzufügen")  # an edit, named in German in the Edit menu
    assert window.undo_action.text().replace("&", "").endswith("Phase hinzufügen")


def test_german_dialogs(german_window, map_file):
    window = german_window
    window.open_file(map_file)
    seen = {}

    def read_export(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        combo = dialog.findChild(QComboBox)
        seen["formats"] = [combo.itemText(i) for i in range(combo.count())]
        dialog.reject()

    with answering(read_export):
        trigger(window, "Datei", "Exportieren…")
    assert seen["title"] == "Exportieren"
    assert {"PDF-Poster", "PDF auf Druckbögen", "Excel-Arbeitsmappe"} <= set(seen["formats"])

    def read_shortcuts(dialog) -> None:
        table = dialog.findChild(QTableWidget)
        seen["shortcuts"] = (dialog.windowTitle(), table.horizontalHeaderItem(0).text(),
                             [table.item(r, 1).text() for r in range(table.rowCount())])
        dialog.reject()

    with answering(read_shortcuts):
        trigger(window, "Hilfe", "Tastenkürzel")
    title, header, does = seen["shortcuts"]
    assert (title, header) == ("Tastenkürzel", "Tasten")
    assert "Die ausgewählte Karte bearbeiten" in does

    def read_preferences(dialog) -> None:
        seen["preferences"] = dialog.windowTitle()
        dialog.reject()

    with answering(read_preferences):
        trigger(window, "Bearbeiten", "Einstellungen…")
    assert seen["preferences"] == "Einstellungen"


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_german_entry_is_finished_and_keeps_its_placeholders():
    count = 0
    for context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        assert (translation.text or "").strip(), f"{where} has an empty translation"
        placeholders = sorted(re.findall(r"\{[^}]*\}", source))
        assert sorted(re.findall(r"\{[^}]*\}", translation.text)) == placeholders, where
        count += 1
    assert count > 500


def test_every_kind_lane_evidence_and_channel_name_is_translated(english_afterwards):
    names = [*CARD_KIND_LABELS.values(), *LANE_KIND_LABELS.values(), *EVIDENCE_LABELS.values(),
             *CHANNEL_LABELS.values()]
    assert set(names) <= set(NAMES), "add the new name to canvas/labels.py, then make translations"
    assert translations.install(QApplication.instance(), "de")
    assert label("Pain point") == "Schmerzpunkt" and label("Validated") == "Validiert"
    kinds = {m.findtext("source") for c, m in _messages() if c == "Kinds"}
    assert set(names) <= kinds


def test_a_poster_exported_from_the_german_window_prints_german_words(english_afterwards, tmp_path):
    from pypdf import PdfReader

    from jmap_desktop.export import export_pdf
    from jmap_desktop.layout import words
    from jmap_desktop.ui import poster_words
    from tests.factories import small_map

    assert translations.install(QApplication.instance(), "de")
    poster_words.share_with_export()  # what the app does at start
    try:
        export_pdf(small_map(), tmp_path / "poster.pdf")
    finally:
        words.use({})  # the command line's English again
    text = "".join(page.extract_text() for page in PdfReader(str(tmp_path / "poster.pdf")).pages)
    assert {"Ist-Zustand", "Kartenarten", "Schmerzpunkt", "Kundenzitat", "Validiert"} <= set(
        re.findall(r"[\w-]+", text))
    export_pdf(small_map(), tmp_path / "english.pdf")
    assert "Current state" in "".join(p.extract_text() for p in PdfReader(str(tmp_path / "english.pdf")).pages)


def test_the_inbox_status_reads_german(german_window, map_file, qtbot):
    """The Inbox dock's status line (notes waiting, session) is German, plural forms included."""
    window = german_window
    window.open_file(map_file)
    window.workshop.dock.show()
    window.workshop.dock.raise_()
    qtbot.waitUntil(window.workshop.inbox.status.isVisible)
    assert window.workshop.inbox.status.text() == "0 Notizen warten · keine Sitzung aktiv"


def test_screen_reader_names_read_german(german_window, map_file, tmp_path, monkeypatch):
    """What a screen reader says for panels, persona and metric fields and the import dialog's
    per-column choosers (they were English f-strings)."""
    from PySide6.QtWidgets import QDockWidget, QFileDialog

    from jmap_desktop.ui.import_dialog import ImportDialog
    from tests.io import tables
    from tests.ui.uidriver import find_dialog

    window = german_window
    window.open_file(map_file)
    docks = {d.accessibleName() for d in window.findChildren(QDockWidget)}
    assert {"Bereich „Eigenschaften“", "Bereich „Personas“"} <= docks
    assert not any(name.endswith(" panel") for name in docks)
    assert window.properties.metric_value.accessibleName() == "Kennzahl: Wert"
    assert window.personas.name.accessibleName() == "Persona: Name"  # built when read, like a tab shown
    assert window.personas.lists["goals"].accessibleName() == "Persona: Ziele, eine pro Zeile"

    rows = [["Phase", "Ebene", "Notiz"], ["Buy", "Gedanken", "Lohnt es sich?"]]
    data = tables.write_csv(tmp_path / "workshop.csv", rows, encoding="utf-8", delimiter=",")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data), ""))
    trigger(window, "Datei", "Karten importieren…")
    dialog = find_dialog(window, ImportDialog)
    assert dialog.field_combos["Notiz"].accessibleName() == "Feld für Spalte Notiz"
    assert dialog.lane_kind_combos["Gedanken"].accessibleName() == "Art der neuen Zeile Gedanken"
    dialog.reject()


def test_a_comparison_tooltip_reads_the_users_words(german_window, tmp_path, monkeypatch):
    """The Changes panel's tooltip names fields and values as the window does ("Art:
    Schmerzpunkt → Notiz"), not as the file stores them ("kind: pain_point → note")."""
    from PySide6.QtWidgets import QFileDialog

    from jmap_desktop.io import save_map
    from jmap_desktop.model import CardKind, DocumentStore
    from tests.factories import small_map
    from tests.ui.uidriver import when_modal

    before, after = tmp_path / "before.jmap", tmp_path / "after.jmap"
    save_map(small_map(), before)
    store = DocumentStore(small_map())
    store.update_card("c4", kind=CardKind.NOTE)
    save_map(store.doc, after)
    window = german_window
    window.open_file(after)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(before), ""))
    when_modal(lambda dialog: (dialog.findChild(QComboBox).setCurrentText("Andere Datei…"), dialog.accept()))
    trigger(window, "Datei", "Vergleichen mit…")
    panel = window.versions.changes
    tips = [panel.list.item(i).toolTip() for i in range(panel.list.count())]
    tip = next(t for t in tips if "Shipping cost appears late" in t)
    assert "Art: Schmerzpunkt → Notiz" in tip
    assert "kind" not in tip and "pain_point" not in tip


def test_a_bad_kind_in_an_imported_table_lists_the_german_kinds(german_window, map_file, tmp_path, monkeypatch):
    """The import's problem list offers the kinds as the window names them, and each one offered
    reads back."""
    from PySide6.QtWidgets import QFileDialog

    from jmap_desktop.ui.import_dialog import ImportDialog
    from tests.io import tables
    from tests.ui.uidriver import find_dialog

    window = german_window
    window.open_file(map_file)
    rows = [["Phase", "Ebene", "Notiz", "Art"], ["Buy", "Actions", "Vergleicht Preise", "Aufkleber"],
            ["Buy", "Actions", "„Zu teuer“", "Kundenzitat"]]
    data = tables.write_csv(tmp_path / "workshop.csv", rows, encoding="utf-8", delimiter=",")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data), ""))
    trigger(window, "Datei", "Karten importieren…")
    dialog = find_dialog(window, ImportDialog)
    problem = dialog.problems.item(0).text()
    assert "Schmerzpunkt" in problem and "Kundenzitat" in problem, problem
    assert "pain_point" not in problem and "Pain point" not in problem
    assert dialog.problems.count() == 1  # "Kundenzitat", a word it offers, reads as a kind
    dialog.reject()


def test_the_changes_legend_reads_german(german_window, map_file, qtbot):
    """The Changes panel's legend named its marks in English ("Added", "Moved") in a German
    window; it uses the filter's words and the comparison PDF's explanations."""
    window = german_window
    window.open_file(map_file)
    trigger(window, "Ansicht", "Bereiche", "Änderungen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.test_panels import _dock_tab

    bar, index = _dock_tab(window, "Änderungen")  # its tab, behind Suchen und Filtern: clicked
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: any(label.toolTip() for label in window.changes_dock.findChildren(QLabel)))
    legend = [label for label in window.changes_dock.findChildren(QLabel) if label.toolTip()]
    words = {label.text().split("  ", 1)[-1] for label in legend}
    assert {"Hinzugefügt", "Entfernt", "Geändert", "Verschoben", "Kurve vorher"} <= words, words
    assert not {"Added", "Removed", "Changed", "Moved"} & words
    english = {"Added", "Removed (ghost in its old cell)", "Changed (text or fields edited)",
               "Moved (arrow from its old cell)"}
    assert not english & {label.toolTip() for label in legend}  # the explanations too
