"""CSV of all cards: one row per card with every field, UTF-8 with a byte-order mark so that
spreadsheet programs (Excel included) read accents and other scripts correctly. A cell that a
spreadsheet would run as a formula (``=...``, ``+...``, ``-...``, ``@...``) is written with an
apostrophe in front (``io.formula_guard``); importing the file removes it again."""

from __future__ import annotations

import csv
from pathlib import Path

from ..io.formula_guard import guard
from ..model import JourneyMap

COLUMNS = ["id", "stage", "lane", "order", "kind", "text", "colour", "tags", "owner", "emotion",
           "evidence", "sources", "channel", "metric_value", "metric_unit", "metric_target",
           "polarity", "persona", "votes"]


def card_rows(doc: JourneyMap) -> list[dict[str, str]]:
    stages = {s.id: (i, s.name) for i, s in enumerate(doc.stages)}
    lanes = {ln.id: (i, ln.name) for i, ln in enumerate(doc.lanes)}
    personas = {p.id: p.name for p in doc.personas}
    cards = sorted(doc.cards, key=lambda c: (stages[c.stage_id][0], lanes[c.lane_id][0], c.order))
    rows = []
    for c in cards:
        sources = "; ".join(
            " | ".join(x for x in (s.kind.value, s.date.isoformat() if s.date else "", s.description, s.link) if x)
            for s in c.evidence.sources)
        rows.append({
            "id": c.id, "stage": stages[c.stage_id][1], "lane": lanes[c.lane_id][1],
            "order": str(c.order), "kind": c.kind.value, "text": c.text, "colour": c.colour or "",
            "tags": ", ".join(c.tags), "owner": c.owner,
            "emotion": "" if c.emotion is None else _number(c.emotion),
            "evidence": c.evidence.status.value, "sources": sources,
            "channel": c.channel.value if c.channel else "",
            "metric_value": "" if not c.metric or c.metric.value is None else _number(c.metric.value),
            "metric_unit": c.metric.unit if c.metric else "",
            "metric_target": "" if not c.metric or c.metric.target is None else _number(c.metric.target),
            "polarity": c.polarity.value if c.polarity else "",
            "persona": personas.get(c.persona_id, "") if c.persona_id else "",
            "votes": "" if c.votes is None else str(c.votes),  # dots from a workshop vote
        })
    return rows


def _number(value: float) -> str:
    """Every digit kept ({:g} would write 1234567 as 1.23457e+06), no trailing .0 on whole numbers."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def export_csv(doc: JourneyMap, path: str | Path) -> int:
    """Write the cards of ``doc`` to ``path``; returns the number of rows."""
    rows = card_rows(doc)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({k: guard(v) for k, v in row.items()} for row in rows)
    return len(rows)
