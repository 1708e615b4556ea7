"""Dot votes come back in: the ``votes`` column JMap's CSV and Excel exports write imports to
``Card.votes`` (CSV, TSV, the workbook's *Cards* sheet), as one undo step; bad counts are
named by row and column."""

from __future__ import annotations

import openpyxl
from PySide6.QtGui import QUndoStack

from jmap_desktop.commands import push_command
from jmap_desktop.commands.import_cards import ImportCardsCommand
from jmap_desktop.export.csv_export import export_csv
from jmap_desktop.export.xlsx_export import export_xlsx
from jmap_desktop.io import dumps_map
from jmap_desktop.io.card_rows import guess_mapping
from jmap_desktop.io.table_import import plan_import
from jmap_desktop.io.table_read import read_table
from jmap_desktop.model import DocumentStore, JourneyMap
from tests.factories import small_map
from tests.io import tables


def voted_map() -> JourneyMap:
    doc = small_map()
    doc.card("c1").votes = 7
    doc.card("c2").votes = 1
    doc.card("c3").votes = 0  # voted on, no dots: stays 0, not "never voted"
    return doc


def votes_of(cards) -> dict[str, int | None]:
    return {c.id: c.votes for c in cards}


def test_csv_and_workbook_exports_import_back_with_their_votes(tmp_path):
    doc = voted_map()
    export_csv(doc, tmp_path / "cards.csv")
    export_xlsx(doc, tmp_path / "map.xlsx")
    for table in (read_table(tmp_path / "cards.csv"), read_table(tmp_path / "map.xlsx", sheet="Cards")):
        assert "votes" in guess_mapping(table.headers)
        assert plan_import(doc, table).summary == "0 new, 0 updated, 5 unchanged, 0 skipped"
        fresh = plan_import(JourneyMap(), table)  # into an empty map: every card new
        assert not fresh.problems
        assert votes_of(fresh.new_cards) == votes_of(doc.cards) == \
            {"c1": 7, "c2": 1, "c3": 0, "c4": None, "c5": None}


def test_votes_counted_after_a_workshop_update_the_cards_in_one_undo_step(tmp_path):
    """The facilitator counts the dots on paper, types them into the exported sheet, and
    imports it back: the counts change, nothing else, and one Undo takes them back."""
    store = DocumentStore(voted_map())
    export_xlsx(store.doc, tmp_path / "map.xlsx")
    book = openpyxl.load_workbook(tmp_path / "map.xlsx")
    sheet = book["Cards"]
    column = [cell.value for cell in sheet[1]].index("votes") + 1
    counted = {"c1": 9, "c4": 3, "c3": None}  # a blank cell: no votes any more
    for row in range(2, sheet.max_row + 1):
        card_id = sheet.cell(row, 1).value
        if card_id in counted:
            sheet.cell(row, column).value = counted[card_id]
    book.save(tmp_path / "counted.xlsx")
    before = dumps_map(store.doc)
    plan = plan_import(store.doc, read_table(tmp_path / "counted.xlsx", sheet="Cards"))
    assert plan.summary == "0 new, 3 updated, 2 unchanged, 0 skipped"
    assert plan.updates == {"c1": {"votes": 9}, "c4": {"votes": 3}, "c3": {"votes": None}}
    stack = QUndoStack()
    push_command(stack, ImportCardsCommand(store, plan))
    assert stack.count() == 1
    assert votes_of(store.doc.cards) == {"c1": 9, "c2": 1, "c3": None, "c4": 3, "c5": None}
    stack.undo()
    assert dumps_map(store.doc) == before


def test_tsv_with_german_headers_and_bad_counts_named_by_row_and_column(tmp_path):
    rows = [["Phase", "Ebene", "Notiz", "Stimmen"],
            ["Buy", "Actions", "Asks a friend", "4"],
            ["Buy", "Actions", "Compares prices", "-1"],
            ["Buy", "Actions", "Reads the label", "2,5"],
            ["Buy", "Actions", "Waits for a sale", "viele"],
            ["Buy", "Actions", "Tries them on", ""]]
    path = tables.write_csv(tmp_path / "dots.tsv", rows, delimiter="\t")
    plan = plan_import(small_map(), read_table(path))
    assert [p.line("dots.tsv") for p in plan.problems] == [
        "dots.tsv: row 3, column Stimmen: '-1' is not a number of votes (a whole number, 0 or more)",
        "dots.tsv: row 4, column Stimmen: '2,5' is not a number of votes (a whole number, 0 or more)",
        "dots.tsv: row 5, column Stimmen: 'viele' is not a number",
    ]
    assert [(c.text, c.votes) for c in plan.new_cards] == [("Asks a friend", 4), ("Tries them on", None)]
