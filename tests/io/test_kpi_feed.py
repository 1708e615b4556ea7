"""KPI feeds: dated values matched to metric cards by id or by stage and name."""

from __future__ import annotations

import datetime as dt

import pytest

from jmap_desktop.io import dumps_map, loads_map
from jmap_desktop.io.kpi_feed import plan_kpis
from jmap_desktop.io.table_read import read_table
from jmap_desktop.model import Card, CardKind, DocumentStore, Metric, MetricPoint
from tests.factories import small_map
from tests.io import tables


def metric_map():
    store = DocumentStore(small_map())
    store.add_card(Card(id="m-conv", stage_id="s-buy", lane_id="l-actions", kind=CardKind.METRIC,
                        text="Conversion", metric=Metric(value=2.1, unit="%", target=3)))
    store.add_card(Card(id="m-nps", stage_id="s-use", lane_id="l-actions", kind=CardKind.METRIC,
                        text="NPS", metric=Metric(value=20, target=40)))
    store.add_card(Card(id="m-conv-use", stage_id="s-use", lane_id="l-actions", kind=CardKind.METRIC,
                        text="Conversion"))
    return store


def test_feed_by_id_and_by_stage_and_name_appends_history(tmp_path):
    store = metric_map()
    rows = [["Phase", "Kennzahl", "Datum", "Wert"],
            ["Buy", "Conversion", "2026-01-31", "2,4"],
            ["Buy", "conversion", "28.02.2026", "2.6"],
            ["", "NPS", "2026-02-28", "25"],
            ["Use", "Churn", "2026-02-28", "3"],
            ["", "Conversion", "2026-02-28", "1"]]
    plan = plan_kpis(store.doc, read_table(tables.write_csv(tmp_path / "feed.csv", rows)))
    assert [p.line("feed.csv") for p in plan.problems] == [
        "feed.csv: row 5, column Kennzahl: no metric card 'Churn' in the stage 'Use'",
        "feed.csv: row 6, column Kennzahl: 2 metric cards are called 'Conversion'; add a stage column or use ids"]
    conversion = plan.updates["m-conv"]["metric"]
    assert [(p.date, p.value) for p in conversion.history] == [(dt.date(2026, 1, 31), 2.4), (dt.date(2026, 2, 28), 2.6)]
    assert (conversion.value, conversion.unit, conversion.target) == (2.6, "%", 3)
    assert plan.summary == "2 metrics updated from 3 values, 2 row(s) not used"
    store.update_cards(plan.updates)
    # Feeding the same rows again changes nothing; the history survives a save and load.
    again = plan_kpis(store.doc, read_table(tmp_path / "feed.csv"))
    assert not again.updates and again.unchanged == 2
    reloaded = loads_map(dumps_map(store.doc))
    assert reloaded.card("m-conv").metric.history[-1] == MetricPoint(date=dt.date(2026, 2, 28), value=2.6)


def test_metric_without_history_is_written_as_before():
    doc = metric_map().doc
    assert '"history"' not in dumps_map(doc).split('"cards"')[1]


@pytest.mark.parametrize(("rows", "message"), [
    ([["id", "date", "value"], ["m-nps", "yesterday", "3"]], "row 2, column date: 'yesterday' is not a date (use 2026-03-31)"),
    ([["id", "date", "value"], ["m-nps", "2026-01-01", "lots"]], "row 2, column value: 'lots' is not a number"),
    ([["id", "date", "value"], ["c1", "2026-01-01", "1"]], "row 2, column id: no metric card has the id 'c1'"),
    ([["what", "when"], ["x", "y"]], "row 1: no column for metric id or metric name, date, value"),
])
def test_bad_rows_are_reported_by_row_and_column(tmp_path, rows, message):
    plan = plan_kpis(metric_map().doc, read_table(tables.write_csv(tmp_path / "f.csv", rows)))
    assert plan.problems[0].line("f.csv").startswith(f"f.csv: {message}") and not plan.updates
