"""The comparison on paper: marks, KPI changes, the older emotion curve and the legend."""

from __future__ import annotations

from pypdf import PdfReader

from jmap_desktop.layout import compute_layout
from jmap_desktop.model import DocumentStore
from jmap_desktop.versions import compare
from jmap_desktop.versions.compare_pdf import export_comparison_pdf
from jmap_desktop.versions.curve import before_runs
from tests.factories import small_map
from tests.versions.test_kpi import with_kpi


def text_of(path) -> str:
    return "".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_the_older_emotion_curve_is_drawn_dashed_and_in_the_legend(tmp_path):
    store = DocumentStore(small_map())
    store.update_card("c1", emotion=2.0)
    store.update_card("c5", emotion=-1.0)
    result = compare(small_map(), store.doc)
    runs = before_runs(result, compute_layout(store.doc))
    emotion = compute_layout(store.doc).emotion
    assert [round(y, 3) for _x, y in runs[0]] == [round(emotion.y_for(v), 3) for v in (0.5, -1.0, 2.0)]
    path = export_comparison_pdf(store.doc, result, tmp_path / "changes.pdf", "Since last week")
    text = text_of(path)
    assert "Emotioncurvebefore(dashed)" in text and "Moved(arrowfromitsoldcell)" in text


def test_kpi_changes_are_on_paper_and_no_curve_without_scores(tmp_path):
    after = with_kpi(9.1)
    for card in after.cards:
        card.emotion = None
    before = with_kpi(7.8)
    for card in before.cards:
        card.emotion = None
    result = compare(before, after)
    path = export_comparison_pdf(after, result, tmp_path / "kpi.pdf", "Since March")
    text = text_of(path)
    assert "7.8→9.1%/10▲+1.3" in text
    assert "Emotioncurvebefore" not in text


def test_a_longer_legend_heading_in_another_language_keeps_clear_of_the_first_mark(tmp_path):
    from jmap_desktop.model import messages

    store = DocumentStore(small_map())
    store.update_card("c2", text="Liest Bewertungen")
    result = compare(small_map(), store.doc)
    messages.use({"Changes:": "Änderungen:", "Added": "Hinzugefügt"})  # what a German window hands over
    try:
        path = export_comparison_pdf(store.doc, result, tmp_path / "changes.pdf", "Seit letzter Woche")
    finally:
        messages.use({})
    placed: dict[str, float] = {}

    def visit(text, _cm, tm, _font, size):
        if text.strip():
            placed.setdefault(text.strip(), (tm[4], size))

    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    (heading_x, heading_size), (added_x, _size) = placed["Änderungen:"], placed["Hinzugefügt"]
    from jmap_desktop.layout import font_metrics

    heading_end = heading_x + font_metrics().width("Änderungen:", 14, bold=True) * heading_size / 14
    # The mark's badge (22 wide, its left edge 28 before the word) must keep clear of the heading.
    assert added_x - 28 >= heading_end + 8, (heading_x, heading_end, added_x)
