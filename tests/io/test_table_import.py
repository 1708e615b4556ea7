"""Reading research tables and planning their import: encodings, delimiters, workbooks,
German headers, problems by row and column, updates by id, hostile files."""

from __future__ import annotations

import pytest

from jmap_desktop.export.csv_export import export_csv
from jmap_desktop.io.card_rows import guess_mapping
from jmap_desktop.io.table_import import plan_import
from jmap_desktop.io.table_read import TableError, read_html, read_table, read_text
from jmap_desktop.model import CardKind, DocumentStore, JourneyMap, LaneKind, limits
from tests.factories import small_map
from tests.io import tables


@pytest.mark.parametrize(("encoding", "shown"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8 (BOM)"),
                                                 ("utf-16", "utf-16"), ("cp1252", "cp1252")])
@pytest.mark.parametrize(("delimiter", "name"), [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_csv_in_every_encoding_and_delimiter(tmp_path, encoding, shown, delimiter, name):
    path = tables.write_csv(tmp_path / "notes.csv", encoding=encoding, delimiter=delimiter)
    table = read_table(path)
    assert (table.encoding, table.delimiter_name) == (shown, name)
    assert table.headers == tables.ROWS[0]
    assert table.rows == tables.ROWS[1:]


def test_workbook_sheets_merged_cells_dates_and_formulas(tmp_path):
    path = tables.write_xlsx(tmp_path / "research.xlsx")
    first = read_table(path)
    assert first.sheets == ["Notes", "Map"] and first.sheet == "Notes"
    table = read_table(path, sheet="Map")
    assert table.headers == ["Phase", "Ebene", "Beobachtung", "Score", "Quelle", "Datum"]
    assert table.rows[0] == ["Entdecken", "Handlungen", "Sieht Werbung", "1", "interview", "2026-03-05"]
    assert table.rows[1][0] == ""  # the merged cell's lower half; the plan fills it down
    # openpyxl stores no computed value: the formula stays text, it is never evaluated.
    assert table.rows[2][2] == '=CONCAT("Bezahlt ","mit Karte")'
    assert guess_mapping(table.headers) == ["stage", "lane", "text", "emotion", "sources", ""]
    plan = plan_import(JourneyMap(), table)
    assert not plan.problems
    assert [s.name for s in plan.new_stages] == ["Entdecken", "Kaufen"]
    assert [(ln.name, ln.kind) for ln in plan.new_lanes] == [
        ("Handlungen", LaneKind.ACTIONS), ("Schmerzpunkte", LaneKind.PAIN_POINTS)]
    second = plan.new_cards[1]
    assert plan.stage_names[second.stage_id] == "Entdecken"
    assert second.kind == CardKind.PAIN_POINT and second.emotion == -1.5
    assert second.evidence.sources[0].kind == "survey"
    with pytest.raises(TableError, match="no sheet 'Nope'"):
        read_table(path, sheet="Nope")


def test_problems_are_named_by_row_and_column_and_skipped(tmp_path):
    rows = [["stage", "lane", "text", "emotion", "kind"],
            ["Buy", "Actions", "fine", "1", "note"],
            ["Buy", "Actions", "", "1", ""],
            ["Buy", "Actions", "too happy", "7", "sticker"],
            ["", "", "", "", ""],  # blank rows are not problems
            ["Buy", "Actions", "=HYPERLINK(\"http://x\",\"click\")", "", ""]]
    table = read_table(tables.write_csv(tmp_path / "t.csv", rows))
    plan = plan_import(small_map(), table)
    assert [p.line("t.csv") for p in plan.problems] == [
        "t.csv: row 3, column text: the text is empty",
        "t.csv: row 4, column emotion: 7 is outside the map's emotion scale -2..2",
        "t.csv: row 4, column kind: 'sticker' is not a known card kind (use one of Note, Touchpoint, "
        "Pain point, Opportunity, Moment of truth, Customer quote, Metric / KPI, Question)",
    ]
    assert plan.skipped_rows == [3, 4]
    assert [c.text for c in plan.new_cards] == ["fine", '=HYPERLINK("http://x","click")']
    assert plan.summary == "2 new, 0 updated, 2 skipped"


def test_reimport_updates_by_id_instead_of_duplicating(tmp_path):
    doc = small_map()
    rows = [["id", "text", "evidence", "stage"],
            ["c1", "Sees an ad on TikTok", "validated", "Discover"],  # text changes
            ["c2", "Reads reviews", "hypothesis", "Buy"],  # moves to another stage
            ["c3", "Pays with card", "hypothesis", "Buy"],  # unchanged
            ["new-1", "Asks a friend", "hypothesis", "Discover"]]
    table = read_table(tables.write_csv(tmp_path / "t.csv", rows))
    plan = plan_import(doc, table, lane_kinds=None, default_cell=("s-discover", "l-actions"))
    assert plan.summary == "1 new, 2 updated, 1 unchanged, 0 skipped"
    assert plan.updates == {"c1": {"text": "Sees an ad on TikTok"}}  # c1 was validated already
    assert plan.moves == {"c2": ("s-buy", "l-actions")}
    assert plan.new_cards[0].id == "new-1"


def test_jmaps_own_csv_export_imports_back_to_the_same_cards(tmp_path):
    original = small_map()
    original.cards[0].tags = ["ads", "social"]
    original.cards[0].evidence.sources = []
    export_csv(original, tmp_path / "cards.csv")
    table = read_table(tmp_path / "cards.csv")
    assert plan_import(original, table).summary == "0 new, 0 updated, 5 unchanged, 0 skipped"
    fresh = plan_import(JourneyMap(), table)
    assert not fresh.problems
    by_id = {c.id: c for c in fresh.new_cards}
    for card in original.cards:
        copy = by_id[card.id]
        assert fresh.stage_names[copy.stage_id] == original.stage(card.stage_id).name
        assert fresh.lane_names[copy.lane_id] == original.lane(card.lane_id).name
        assert copy.model_dump(exclude={"stage_id", "lane_id", "order"}) == card.model_dump(
            exclude={"stage_id", "lane_id", "order"})


def test_lane_order_follows_the_file_even_when_a_lane_appears_late(tmp_path):
    rows = [["stage", "lane", "text"], ["A", "Doing", "1"], ["A", "Pain", "2"],
            ["B", "Doing", "3"], ["B", "Thinking", "4"], ["B", "Pain", "5"]]
    plan = plan_import(JourneyMap(), read_table(tables.write_csv(tmp_path / "t.csv", rows)))
    assert [ln.name for ln in plan.new_lanes] == ["Doing", "Thinking", "Pain"]


def test_pasted_html_and_tsv_tables():
    html = ("<html><body><table><tr><td>Stage</td><td>Text</td></tr>"
            "<tr><td>Buy</td><td>Pays&nbsp;with<br>card</td></tr>"
            "<tr><td colspan=2>merged</td></tr></table></body></html>")
    table = read_html(html)
    assert table.headers == ["Stage", "Text"]
    assert table.rows == [["Buy", "Pays with\ncard"], ["merged", ""]]
    assert read_html("<p>no table here</p>") is None
    tsv = read_text("Stage\tText\nBuy\tPays\n", "clipboard", tab=True)
    assert tsv.rows == [["Buy", "Pays"]]


@pytest.mark.parametrize(("make", "message"), [
    (tables.zip_bomb, "would unpack to"),
    (tables.encrypted_xlsx, "password-protected"),
    (tables.corrupt_xlsx, "not a valid .xlsx"),
    (tables.zip_not_workbook, "not an Excel workbook"),
])
def test_hostile_workbooks_are_refused_with_a_reason(tmp_path, make, message):
    path = make(tmp_path / "evil.xlsx")
    with pytest.raises(TableError, match=message) as info:
        read_table(path)
    assert str(info.value).startswith("evil.xlsx: ")


def test_huge_files_many_rows_and_binary_garbage_are_refused(tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing written
    with pytest.raises(TableError, match="is 105 MB"):
        read_table(big)
    many = tmp_path / "many.csv"
    many.write_bytes(b"text\n" + b"x\n" * 1_000_000)
    with pytest.raises(TableError, match="more than 50,000 rows"):
        read_table(many)
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(TableError, match="binary data"):
        read_table(garbage)
    with pytest.raises(TableError, match="no such file"):
        read_table(tmp_path / "missing.csv")
    assert limits.MAX_IMPORT_ROWS == 50_000


def test_import_command_is_one_undo_step_and_all_or_nothing(tmp_path):
    from PySide6.QtGui import QUndoStack

    from jmap_desktop.commands import push_command
    from jmap_desktop.commands.import_cards import ImportCardsCommand
    from jmap_desktop.io import dumps_map

    store = DocumentStore(small_map())
    before = dumps_map(store.doc)
    rows = [["id", "stage", "lane", "text", "persona"], ["c1", "Use", "Actions", "moved", "Ana"],
            ["", "Return", "Backstage", "Refund process", "Ben"]]
    plan = plan_import(store.doc, read_table(tables.write_csv(tmp_path / "t.csv", rows)))
    stack = QUndoStack()
    push_command(stack, ImportCardsCommand(store, plan))
    assert stack.count() == 1 and stack.undoText() == "Import 2 cards from t.csv"
    assert [s.name for s in store.doc.stages][-1] == "Return"
    assert store.card("c1").text == "moved" and store.card("c1").stage_id == "s-use"
    assert store.doc.lanes[-1].kind == LaneKind.BACKSTAGE
    assert store.doc.personas[-1].name == "Ben"
    stack.undo()
    assert dumps_map(store.doc) == before
    stack.redo()
    assert len(store.doc.cards) == 6


def test_blank_rows_keep_row_numbers_and_trailing_blanks_cost_nothing(tmp_path):
    path = tmp_path / "sparse.csv"
    path.write_text("stage,lane,text\nBuy,Actions,one\n,,\n\nBuy,Actions,\n" + ",,\n" * 200_000, "utf-8")
    table = read_table(path)
    assert len(table.rows) == 4  # the 200,000 empty rows after the data are not kept
    plan = plan_import(small_map(), table)
    assert [p.line("sparse.csv") for p in plan.problems] == ["sparse.csv: row 5, column text: the text is empty"]


def test_rows_are_numbered_as_the_spreadsheet_shows_them_below_a_lower_header(tmp_path):
    path = tmp_path / "low.csv"
    path.write_text(",,\n,,\nstage,lane,text\nBuy,Actions,\n", "utf-8")
    plan = plan_import(small_map(), read_table(path))
    assert [p.line("low.csv") for p in plan.problems] == ["low.csv: row 4, column text: the text is empty"]


def test_google_sheets_and_libreoffice_clipboard_html():
    google = ('<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td '
              '{border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style>'
              '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" '
              'border="1" data-sheets-root="1"><colgroup><col width="100"/><col width="100"/></colgroup>'
              '<tbody><tr style="height:21px;"><td data-sheets-value="{&quot;1&quot;:2,&quot;2&quot;:'
              '&quot;Stage&quot;}">Stage</td><td>Note</td></tr><tr><td>Use</td><td>Säubert die Schuhe'
              '<br/>nach dem Lauf</td></tr></tbody></table>')
    table = read_html(google)
    assert table.headers == ["Stage", "Note"] and table.rows == [["Use", "Säubert die Schuhe\nnach dem Lauf"]]
    libre = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta '
             'http-equiv="content-type" content="text/html; charset=utf-8"/><style type="text/css">'
             'body,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:"Liberation Sans"; }</style>'
             '</head><body><table cellspacing="0" border="0"><colgroup span="2" width="85"></colgroup>'
             '<tr><td height="17" align="left"><font face="Liberation Sans">Phase</font></td>'
             '<td align="left">Score</td></tr><tr><td height="17" align="left">Kaufen</td>'
             '<td align="right" sdval="-1" sdnum="1031;">-1</td></tr></table></body></html>')
    table = read_html(libre)
    assert table.headers == ["Phase", "Score"] and table.rows == [["Kaufen", "-1"]]


def test_any_exported_csv_imports_back_to_the_same_cards(tmp_path_factory):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from jmap_desktop.model import Card, Evidence, EvidenceStatus, Metric

    text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
                   min_size=1, max_size=60).map(str.strip).filter(bool)
    card = st.builds(
        lambda t, emotion, status, tags, owner, metric: (t, emotion, status, tags, owner, metric),
        text, st.one_of(st.none(), st.integers(-2, 2).map(float)), st.sampled_from(list(EvidenceStatus)),
        st.lists(st.text("abcxyzäß-", min_size=1, max_size=8), max_size=3, unique=True),
        st.text("ABC Team", max_size=10).map(str.strip),
        st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 3))))

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(card, min_size=1, max_size=8))
    def round_trip(specs):
        doc = small_map()
        doc.cards = []
        for i, (t, emotion, status, tags, owner, metric) in enumerate(specs):
            doc.cards.append(Card(id=f"k{i}", stage_id="s-buy", lane_id="l-actions", order=i, text=t,
                                  emotion=emotion, evidence=Evidence(status=status), tags=tags,
                                  owner=owner, metric=None if metric is None else Metric(value=metric)))
        path = tmp_path_factory.mktemp("rt") / "cards.csv"
        export_csv(doc, path)
        plan = plan_import(JourneyMap(), read_table(path))
        assert not plan.problems
        for original, copy in zip(doc.cards, plan.new_cards, strict=True):
            assert copy.model_dump(exclude={"stage_id", "lane_id", "order"}) == original.model_dump(
                exclude={"stage_id", "lane_id", "order"})

    round_trip()
