"""Votes counted after a workshop, typed into the exported CSV and imported back through
File › Import Cards…: the dialog maps the column, the cards get their counts, one Undo."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QFileDialog

from jmap_desktop.export.csv_export import export_csv
from jmap_desktop.io import save_map
from jmap_desktop.ui.import_dialog import ImportDialog
from tests.factories import small_map
from tests.ui.uidriver import click_button, find_dialog, trigger


def test_votes_typed_into_the_exported_csv_import_back(window, tmp_path, monkeypatch):
    doc = small_map()
    doc.card("c1").votes = 2
    save_map(doc, tmp_path / "voted.jmap")
    window.open_file(tmp_path / "voted.jmap")
    out = tmp_path / "cards.csv"
    export_csv(window.session.doc, out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["votes"] = {"c1": "5", "c4": "3"}.get(row["id"], row["votes"])
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    trigger(window, "File", "Import Cards…")
    dialog = find_dialog(window, ImportDialog)
    assert dialog.field_combos["votes"].currentText() == "Votes"
    assert dialog.summary.text() == "0 new, 2 updated, 3 unchanged, 0 skipped"
    click_button(dialog.buttons)
    store = window.session.store
    assert (store.card("c1").votes, store.card("c4").votes, store.card("c2").votes) == (5, 3, None)
    trigger(window, "Edit", "Undo Import 2 cards from cards.csv")
    assert (store.card("c1").votes, store.card("c4").votes) == (2, None)
