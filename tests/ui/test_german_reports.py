"""What the window reports from the Qt-free layers reads German in a German window on a German
system: a table import's row problems and summary, a KPI feed's summary, problems and numbers,
the export dialog's page count and poster warnings, and the Changes list's "Karte:" entries."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from jmap_desktop.io import save_map
from jmap_desktop.layout import words
from jmap_desktop.model import Source, Stage
from jmap_desktop.ui import poster_words
from jmap_desktop.ui.import_dialog import ImportDialog
from jmap_desktop.ui.kpi_dialog import KpiDialog
from tests.canvas.driver import CanvasDriver
from tests.factories import small_map
from tests.io import tables
from tests.io.test_kpi_feed import metric_map
from tests.ui.test_german import english_afterwards, german_window  # noqa: F401 (fixtures)
from tests.ui.test_locale_numbers import german_system  # noqa: F401 (fixture)
from tests.ui.test_versions_ui import answer_input
from tests.ui.uidriver import choose, click_button, find_dialog, trigger, when_modal


def test_a_table_import_reports_its_rows_in_german(german_window, map_file, tmp_path, monkeypatch):  # noqa: F811
    window = german_window
    window.open_file(map_file)
    rows = [["Phase", "Ebene", "Notiz", "Wert"],
            ["Buy", "Actions", "Compares prices", "1"],
            ["", "Gedanken", "Lohnt es sich für mich?", "-1"],
            ["Use", "Actions", "", "0"],
            ["Use", "Actions", "Wartet", "viele"]]
    data = tables.write_csv(tmp_path / "workshop.csv", rows, encoding="cp1252", delimiter=";")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data), ""))
    trigger(window, "Datei", "Karten importieren…")
    dialog = find_dialog(window, ImportDialog)
    assert dialog.detected.text().startswith("Kodierung Windows-1252, durch Semikolons getrennt, ")
    assert dialog.field_combos["Wert"].currentText() == "Kennzahl: Wert"  # what the column is read as
    assert dialog.lane_kind_combos["Gedanken"].currentText() == "Gedanken"  # the new lane's kind
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["Tabellenzeile 4, Spalte Notiz: der Text ist leer",
                        "Tabellenzeile 5, Spalte Wert: 'viele' ist keine Zahl"]
    assert dialog.rows_view.item(2, 2).toolTip() == "der Text ist leer"
    assert dialog.summary.text() == "2 neu, 0 aktualisiert, 2 übersprungen (1 neue Zeile)"
    click_button(dialog.buttons, QDialogButtonBox.StandardButton.Cancel)


def test_a_kpi_feed_reports_in_german_with_german_numbers(german_system, german_window, tmp_path,  # noqa: F811
                                                          monkeypatch):
    window = german_window
    path = tmp_path / "kpis.jmap"
    save_map(metric_map().doc, path)
    window.open_file(path)
    feed = tables.write_csv(tmp_path / "feed.csv", [["Phase", "Kennzahl", "Datum", "Wert"],
                                                    ["Buy", "Conversion", "31.03.2026", "2,9"],
                                                    ["Use", "Retention", "31.03.2026", "80"],
                                                    ["Buy", "Conversion", "gestern", "3"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(feed), ""))
    trigger(window, "Datei", "Kennzahlen aktualisieren…")
    dialog = find_dialog(window, KpiDialog)
    assert dialog.summary.text() == "1 Kennzahl aus 1 Wert aktualisiert, 2 Tabellenzeile(n) nicht verwendet"
    assert dialog.changes.item(0).text().startswith("Conversion: 2,1 → 2,9 %")
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["Tabellenzeile 3, Spalte Kennzahl: keine Kennzahlkarte 'Retention' in der Phase 'Use'",
                        "Tabellenzeile 4, Spalte Datum: 'gestern' ist kein Datum (z. B. 2026-03-31 oder 31.03.2026)"]
    click_button(dialog.buttons, QDialogButtonBox.StandardButton.Cancel)


def test_the_export_dialog_warns_in_german_with_a_german_decimal_comma(german_system, german_window, tmp_path):  # noqa: F811
    window = german_window
    wide = small_map()
    wide.stages += [Stage(id=f"s-{i}", name=f"Phase {i}") for i in range(30)]  # too wide for A4
    path = tmp_path / "breit.jmap"
    save_map(wide, path)
    window.open_file(path)
    seen = {}

    def read(dialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))  # the poster on one page
        choose(dialog.page, "A4")
        seen["summary"] = dialog.summary.text()
        dialog.reject()

    when_modal(read)
    trigger(window, "Datei", "Exportieren…")
    warning = seen["summary"].splitlines()[-1]
    assert re.fullmatch(r"Kartentext wird mit \d+,\d pt gedruckt, unter lesbaren 6 pt: wählen Sie ein größeres "
                        r"Format, blenden Sie Zeilen aus oder teilen Sie das Poster auf Bögen auf", warning), warning


def test_the_changes_list_names_what_changed_in_german(german_window, map_file, tmp_path, monkeypatch):  # noqa: F811
    window = german_window
    future = small_map()
    future.cards[0].text = "Sieht den Beitrag einer Freundin"
    other = tmp_path / "zukunft.jmap"
    save_map(future, other)
    window.open_file(map_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    answer_input(choice="Andere Datei…")
    trigger(window, "Datei", "Vergleichen mit…")
    changes = window.versions.changes
    assert [changes.list.item(i).text() for i in range(changes.list.count())] == [
        f"Karte: {small_map().cards[0].text}"]  # named as in the open map


def test_properties_tell_what_a_card_was_before_in_german(german_window, map_file, tmp_path, monkeypatch,  # noqa: F811
                                                          qtbot):
    window = german_window
    monkeypatch.setattr(words, "_words", words._words)  # the next test starts English again
    poster_words.share_with_export()  # what the app does at start, once its language is installed
    before = small_map()
    before.cards[3].kind = "note"  # c4 was a plain note with two sources; now a pain point
    before.cards[3].evidence.sources = [Source(description="Interview 1"), Source(description="Interview 2")]
    other = tmp_path / "vorher.jmap"
    save_map(before, other)
    window.open_file(map_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    answer_input(choice="Andere Datei…")
    trigger(window, "Datei", "Vergleichen mit…")
    window.properties_dock.raise_()
    ui = CanvasDriver.over(qtbot, window.view)
    window.view.zoom_reset()
    ui.click(ui.card_center("c4"))
    assert window.versions.before_section.values() == {
        "Art": "Notiz\n→ Schmerzpunkt", "Beleg": "Validiert (2 Quellen)\n→ Validiert"}
