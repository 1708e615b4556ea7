"""Numbers and dates follow the user's locale: on a German system a KPI of 1234.5 reads
1.234,5 in Properties, on the canvas and on the poster, and dates read 04.03.2026."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from jmap_desktop.export import export_pdf
from jmap_desktop.io import save_map
from jmap_desktop.layout import numbers
from jmap_desktop.model import Card, CardKind, DocumentStore, Metric
from jmap_desktop.ui import locale_format
from tests.factories import small_map
from tests.ui.uidriver import click_card

WHEN = dt.datetime(2026, 3, 4, 9, 30)


@pytest.fixture
def german_system():
    """A computer set to German (Germany): what ui.app.application() finds at start."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    locale_format.share_with_layout()  # application() does this once QApplication exists
    yield
    QLocale.setDefault(before)
    numbers.use(numbers.NumberFormats())


def kpi_map():
    store = DocumentStore(small_map())
    store.add_card(Card(id="kpi", stage_id="s-use", lane_id="l-actions", kind=CardKind.METRIC,
                        text="Orders", metric=Metric(value=1234.5, unit="€", target=20000)))
    store.update_meta(modified=WHEN)
    return store.doc


def canvas_text(window, qtbot, monkeypatch) -> list[str]:
    """The lines of text the canvas paints on screen (its painters' text calls, recorded)."""
    from jmap_desktop.canvas import painters

    drawn = []
    real = painters.draw_text
    monkeypatch.setattr(painters, "draw_text", lambda p, x, y, text, *a, **k: (drawn.append(text), real(p, x, y, text, *a, **k)))
    window.view.viewport().repaint()
    qtbot.waitUntil(lambda: bool(drawn))
    return drawn


def test_german_numbers_in_properties_and_on_the_canvas(german_system, window, tmp_path, qtbot,
                                                        monkeypatch):
    path = tmp_path / "kpi.jmap"
    save_map(kpi_map(), path)
    window.open_file(path)
    click_card(window, "kpi")
    assert window.properties.metric_value.text() == "1.234,5"
    assert window.properties.metric_target.text() == "20.000"
    window.view.centerOn(window.scene.layout.cards["kpi"].rect.x, window.scene.layout.cards["kpi"].rect.y)
    assert "1.234,5 € / 20.000" in canvas_text(window, qtbot, monkeypatch)


def test_german_numbers_and_date_on_the_poster(german_system, tmp_path):
    pdf = tmp_path / "poster.pdf"
    export_pdf(kpi_map(), pdf)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "1.234,5 € / 20.000" in text
    assert "04.03.2026" in text


def test_without_a_locale_the_command_line_poster_keeps_its_plain_numbers(tmp_path):
    pdf = tmp_path / "poster.pdf"
    export_pdf(kpi_map(), pdf)
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "1234.5 € / 20000" in text and "04 March 2026" in text


def test_locale_formats_follow_qlocale(german_system):
    assert locale_format.number(1234.5) == "1.234,5"
    assert locale_format.percent(0.4) == "40\u00a0%"
    assert locale_format.date_time(WHEN) == "04.03.26 09:30"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert locale_format.number(1234.5) == "1,234.5" and locale_format.percent(0.4) == "40%"


def test_the_c_locale_keeps_the_plain_forms(german_system):
    QLocale.setDefault(QLocale.c())  # LANG=C: no grouping, the posters' own date
    locale_format.share_with_layout()
    assert numbers.number(1234567.5) == "1234567.5"
    assert numbers.date(dt.date(2026, 3, 4)) == "04 March 2026"


def test_dates_in_the_c_locale_read_as_iso_dates():
    """The "C" locale (LANG=C.UTF-8, common on Linux) has no month names and wrote the
    Revisions panel's times as "04 03 2026 09:30"."""
    from PySide6.QtCore import QLocale

    from jmap_desktop.ui import locale_format

    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert locale_format.date_time(WHEN) == "2026-03-04 09:30"
    finally:
        QLocale.setDefault(before)
