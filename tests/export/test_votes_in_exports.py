"""A workshop's dot votes (``Card.votes``) reach every deliverable: a pill and a detail row in
the HTML page, a column in the Excel and CSV tables (and the note on the Map sheet), a mark on
the PowerPoint card. Each output is read back."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from pptx import Presentation

from jmap_desktop.export import export_html
from jmap_desktop.export.csv_export import export_csv
from jmap_desktop.export.pptx_export import export_pptx
from jmap_desktop.export.xlsx_export import export_xlsx
from tests.export.chromium import Browser, chromium_binary
from tests.export.pptx_read import card_groups, parts
from tests.factories import small_map


def voted_map():
    doc = small_map()
    doc.card("c1").votes = 7
    doc.card("c2").votes = 1
    doc.card("c3").votes = 0  # voted on, no dots: no pill, but the table still says 0
    return doc


def test_xlsx_has_a_votes_column_and_the_map_sheet_names_them(tmp_path):
    doc = voted_map()
    export_xlsx(doc, tmp_path / "map.xlsx")
    book = openpyxl.load_workbook(tmp_path / "map.xlsx")
    rows = list(book["Cards"].iter_rows(values_only=True))
    votes = {row[0]: row[rows[0].index("votes")] for row in rows[1:]}
    assert (votes["c1"], votes["c2"], votes["c3"]) == (7, 1, 0)
    assert all(votes[c.id] is None for c in doc.cards if c.votes is None)
    notes = [str(cell.value) for row in book["Map"].iter_rows() for cell in row if cell.value]
    assert any(n.startswith(doc.card("c1").text) and "7 votes" in n for n in notes)
    assert any(n.startswith(doc.card("c2").text) and "1 vote]" in n for n in notes)


def test_csv_has_a_votes_column(tmp_path):
    export_csv(voted_map(), tmp_path / "cards.csv")
    with open(tmp_path / "cards.csv", encoding="utf-8-sig", newline="") as f:
        rows = {r["id"]: r["votes"] for r in csv.DictReader(f)}
    assert (rows["c1"], rows["c2"], rows["c3"], rows["c4"]) == ("7", "1", "0", "")


def test_pptx_cards_carry_their_votes(tmp_path):
    doc = voted_map()
    export_pptx(doc, tmp_path / "deck.pptx")
    groups = card_groups(Presentation(str(tmp_path / "deck.pptx")))
    badges = {card_id: [s.text_frame.text for s in parts(group, "votes")] for card_id, (_, group) in groups.items()}
    assert (badges["c1"], badges["c2"], badges["c3"], badges["c4"]) == (["\u25cf 7"], ["\u25cf 1"], [], [])


@pytest.mark.skipif(chromium_binary() is None, reason="chromium is not installed; scripts/system-deps.sh installs it")
def test_html_card_shows_a_vote_pill_and_its_details_the_count(tmp_path):
    export_html(voted_map(), tmp_path / "votes.html")
    browser = Browser()
    try:
        browser.open(tmp_path / "votes.html")
        browser.print_pdf()  # every card drawn in full
        pills = browser.eval("Object.fromEntries([...document.querySelectorAll('g.card')].map("
                             "g => [g.dataset.id, [...g.querySelectorAll('g.votes text')].map(t => t.textContent)]))")
        assert (pills["c1"], pills["c2"], pills["c3"], pills["c4"]) == (["7"], ["1"], [], [])
        browser.click('g.card[data-id="c1"] rect')
        assert "Votes7 dots in a workshop vote" in browser.eval("document.getElementById('details').textContent")
    finally:
        browser.close()
