"""File › Update KPIs…: the feed's effect shown first, applied as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from jmap_desktop.io import save_map
from jmap_desktop.ui.kpi_dialog import KpiDialog
from tests.io import tables
from tests.io.test_kpi_feed import metric_map
from tests.ui.uidriver import click_button, find_dialog, trigger


def test_update_kpis_through_the_file_menu(window, tmp_path, monkeypatch):
    path = tmp_path / "kpis.jmap"
    save_map(metric_map().doc, path)
    window.open_file(path)
    feed = tables.write_csv(tmp_path / "feed.csv", [["Stage", "Metric", "Date", "Value"],
                                                    ["Buy", "Conversion", "2026-03-31", "2.9"],
                                                    ["Use", "Retention", "2026-03-31", "80"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(feed), ""))
    trigger(window, "File", "Update KPIs…")
    dialog = find_dialog(window, KpiDialog)
    assert dialog.summary.text() == "1 metric updated from 1 value, 1 row(s) not used"
    assert dialog.changes.item(0).text() == "Conversion: 2.1 → 2.9 %  (1 dated values)"
    assert dialog.problems.item(0).text() == "Row 3, column Metric: no metric card 'Retention' in the stage 'Use'"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Skip 1 Row and Update"
    click_button(dialog.buttons)
    card = window.session.store.card("m-conv")
    assert card.metric.value == 2.9 and len(card.metric.history) == 1
    trigger(window, "Edit", "Undo Update KPIs from feed.csv")
    assert window.session.store.card("m-conv").metric.value == 2.1
