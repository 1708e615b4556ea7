"""KPI feeds: rows of (metric card id, or stage + metric name), date, value from an analytics
export or a spreadsheet, turned into new metric values and history points.

``plan_kpis`` reads the rows against the map without changing it: which metric cards get which
dated values (a date already in a card's history is replaced, so feeding the same file twice
changes nothing), and which rows name no metric card or hold no date or number, by row and
column. The GUI applies the plan as one undo step, the CLI saves it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Card, CardKind, JourneyMap, Metric, MetricPoint, limits
from ..model.messages import say
from . import card_rows as cr
from .table_import import RowProblem
from .table_read import Table

_WORDS = {
    "id": ("id", "card id", "metric id", "kpi id", "kennung"),
    "stage": ("stage", "phase", "step", "stufe", "etappe", "schritt"),
    "metric": ("metric", "kpi", "name", "text", "metric name", "kpi name", "kennzahl", "metrik", "indicator"),
    "date": ("date", "day", "week", "month", "period", "datum", "tag", "monat", "zeitraum", "stichtag"),
    "value": ("value", "kpi value", "metric value", "wert", "messwert", "istwert", "ist"),
}


@dataclass
class KpiPlan:
    source: str
    updates: dict[str, dict[str, Metric]] = field(default_factory=dict)  # card id -> {"metric": ...}
    points: int = 0  # dated values read
    unchanged: int = 0  # metric cards the feed names whose values are already recorded
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def summary(self) -> str:
        n = len(self.updates)
        metrics = say("1 metric") if n == 1 else say("{count} metrics", count=n)
        values = say("1 value") if self.points == 1 else say("{count} values", count=self.points)
        text = say("{metrics} updated from {values}", metrics=metrics, values=values)
        if self.unchanged:
            text += ", " + say("{count} unchanged", count=self.unchanged)
        if self.problems:
            text += ", " + say("{count} row(s) not used", count=len({p.row for p in self.problems}))
        return text


def kpi_columns(headers: list[str]) -> dict[str, int]:
    """Which column holds the id, stage, metric name, date and value (by English/German header)."""
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        key = cr.normalise(header)
        for name, words in _WORDS.items():
            if key in words and name not in found:
                found[name] = i
                break
    return found


def is_metric(card: Card) -> bool:
    return card.kind == CardKind.METRIC or card.metric is not None


def plan_kpis(doc: JourneyMap, table: Table) -> KpiPlan:
    plan = KpiPlan(table.source)
    columns = kpi_columns(table.headers)
    missing = [say("date") if name == "date" else say("value")
               for name in ("date", "value") if name not in columns]
    if "id" not in columns and "metric" not in columns:
        missing.insert(0, say("metric id or metric name"))
    if missing:
        plan.problems.append(RowProblem(1, "", say(
            "no column for {missing} (headers like id, stage, metric, date, value are recognised)",
            missing=", ".join(missing))))
        return plan
    metrics = [c for c in doc.cards if is_metric(c)]
    by_id = {c.id: c for c in metrics}
    stage_names = {s.id: cr.normalise(s.name) for s in doc.stages}
    fed: dict[str, dict] = {}  # card id -> date -> value
    for index, cells in enumerate(table.rows):
        if not any(cell.strip() for cell in cells):
            continue
        row = table.row_number(index)
        get = {name: cells[i].strip() for name, i in columns.items()}
        card = _find(get, by_id, metrics, stage_names, plan, row, table.headers, columns)
        try:
            date = cr.parse_date(get["date"])
        except cr.CellError as exc:
            plan.problems.append(RowProblem(row, table.headers[columns["date"]], str(exc)))
            continue
        try:
            value = cr.parse_number(get["value"])
        except cr.CellError as exc:
            plan.problems.append(RowProblem(row, table.headers[columns["value"]], str(exc)))
            continue
        if card is None:
            continue
        fed.setdefault(card.id, {})[date] = value
        plan.points += 1
    for card_id, values in fed.items():
        card = by_id[card_id]
        metric = card.metric.model_copy(deep=True) if card.metric else Metric()
        history = {p.date: p.value for p in metric.history}
        history.update(values)
        points = [MetricPoint(date=d, value=v) for d, v in sorted(history.items())]
        metric.history = points[-limits.MAX_METRIC_HISTORY:]
        metric.value = metric.history[-1].value
        if card.metric is not None and metric.model_dump() == card.metric.model_dump():
            plan.unchanged += 1
        else:
            plan.updates[card_id] = {"metric": metric}
    return plan


def _find(get: dict[str, str], by_id: dict[str, Card], metrics: list[Card], stage_names: dict[str, str],
          plan: KpiPlan, row: int, headers: list[str], columns: dict[str, int]) -> Card | None:
    card_id = get.get("id", "")
    if card_id:
        if card_id in by_id:
            return by_id[card_id]
        plan.problems.append(RowProblem(row, headers[columns["id"]], say("no metric card has the id {id!r}", id=card_id)))
        return None
    name = cr.normalise(get.get("metric", ""))
    stage = cr.normalise(get.get("stage", ""))
    column = headers[columns["metric"]] if "metric" in columns else ""
    if not name:
        plan.problems.append(RowProblem(row, column, say("no metric named")))
        return None
    found = [c for c in metrics if cr.normalise(c.text) == name and (not stage or stage_names.get(c.stage_id) == stage)]
    if len(found) == 1:
        return found[0]
    metric, stage_name = get.get("metric"), get.get("stage")
    if not found:
        message = (say("no metric card {metric!r} in the stage {stage!r}", metric=metric, stage=stage_name)
                   if stage else say("no metric card {metric!r}", metric=metric))
    else:
        message = (say("{count} metric cards are called {metric!r} in the stage {stage!r}; add a stage "
                       "column or use ids", count=len(found), metric=metric, stage=stage_name) if stage
                   else say("{count} metric cards are called {metric!r}; add a stage column or use ids",
                            count=len(found), metric=metric))
    plan.problems.append(RowProblem(row, column, message))
    return None
