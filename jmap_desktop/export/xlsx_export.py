"""The map as an Excel workbook (openpyxl): a "Map" sheet that looks like the map, and data sheets.

"Map": stages across, lanes down; every card is one cell filled with its kind's paper colour
(a lane is as many rows tall as its fullest cell, its name merged down the side), headers frozen,
text wrapped, printed landscape one page wide. "Cards" holds every field as a filterable table
(the same columns as the CSV export, so it imports back); "Stages", "Lanes", "Personas" and
"KPI history" list the rest. Text that looks like a formula is stored as text, never evaluated.
"""

from __future__ import annotations

import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ..layout.palette import GRID_LINE, INK, card_style, lane_style
from ..model import JourneyMap
from ..model.emotion import curve_cards
from ..model.kinds import LANE_KIND_LABELS
from .csv_export import COLUMNS, card_rows

CARD_WIDTH = 34  # characters: a sticky note's width in the Map sheet
LANE_WIDTH = 22
LINE_HEIGHT = 15  # points per wrapped line (Calibri 11)
_THIN = Side(style="thin", color=GRID_LINE[1:])
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True, size=12, color=INK[1:])
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def export_xlsx(doc: JourneyMap, path: str | Path, hidden_lanes: frozenset[str] = frozenset()) -> int:
    """Write the workbook; returns the number of cards on the Map sheet. Lanes in ``hidden_lanes``
    are left out of every sheet, data included (a client copy must not carry them)."""
    if hidden_lanes:
        doc = doc.model_copy(deep=True)
        doc.lanes = [ln for ln in doc.lanes if ln.id not in hidden_lanes]
        doc.cards = [c for c in doc.cards if c.lane_id not in hidden_lanes]
    wb = Workbook()
    count = _map_sheet(wb.active, doc, hidden_lanes)
    _cards_sheet(wb.create_sheet("Cards"), doc)
    _stages_sheet(wb.create_sheet("Stages"), doc)
    _lanes_sheet(wb.create_sheet("Lanes"), doc)
    _personas_sheet(wb.create_sheet("Personas"), doc)
    _kpi_sheet(wb.create_sheet("KPI history"), doc)
    wb.properties.title = doc.meta.title
    wb.properties.creator = "JMap Desktop"
    wb.save(path)
    return count


def _text(cell, value) -> None:
    """Put ``value`` in ``cell`` as plain text: "=HYPERLINK(...)" must not become a formula."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", start_color=colour[1:].upper(), end_color=colour[1:].upper())


def _lines(text: str, width: int) -> int:
    return sum(max(1, math.ceil(len(part) / max(width - 2, 1))) for part in (text or " ").split("\n"))


def _map_sheet(ws: Worksheet, doc: JourneyMap, hidden: frozenset[str]) -> int:
    ws.title = "Map"
    ws.sheet_view.showGridLines = False
    # Row 1: the title across the map; row 2: the stage headers; the lanes below.
    _text(ws.cell(1, 1), doc.meta.title + (f" — {doc.meta.subtitle}" if doc.meta.subtitle else ""))
    ws.cell(1, 1).font = Font(bold=True, size=16, color=INK[1:])
    ws.cell(1, 1).alignment = Alignment(vertical="center")
    ws.row_dimensions[1].height = 30
    if doc.stages:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(doc.stages) + 1)
    ws.column_dimensions["A"].width = LANE_WIDTH
    for col, stage in enumerate(doc.stages, start=2):
        header = ws.cell(2, col)
        _text(header, stage.name + (f"\n{stage.time_span}" if stage.time_span else ""))
        header.font = _HEADER_FONT
        header.fill = _fill("#ffffff")
        header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.border = Border(bottom=Side(style="medium", color="0072B2"))
        ws.column_dimensions[get_column_letter(col)].width = CARD_WIDTH
    ws.row_dimensions[2].height = 36 if any(s.time_span for s in doc.stages) else 24
    cells: dict[tuple[str, str], list] = {}
    for card in sorted(doc.cards, key=lambda c: c.order):
        cells.setdefault((card.stage_id, card.lane_id), []).append(card)
    row, count = 3, 0
    for lane in doc.lanes:
        if lane.id in hidden:
            continue
        style = lane_style(lane.kind)
        per_stage = [cells.get((s.id, lane.id), []) for s in doc.stages]
        height = max([len(c) for c in per_stage] + [1])
        label = ws.cell(row, 1)
        _text(label, f"{lane.name}\n{LANE_KIND_LABELS[lane.kind]}" if lane.name != LANE_KIND_LABELS[lane.kind] else lane.name)
        label.font = Font(bold=True, color=style.accent[1:])
        label.fill = _fill(style.tint)
        label.alignment = _WRAP_TOP
        label.border = Border(left=Side(style="thick", color=style.accent[1:]), top=_THIN, bottom=_THIN)
        if height > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row + height - 1, end_column=1)
        for col, cards in enumerate(per_stage, start=2):
            for i in range(height):
                cell = ws.cell(row + i, col)
                cell.border = _BOX
                if i < len(cards):
                    card = cards[i]
                    _text(cell, _card_text(card, doc))
                    cell.fill = _fill(card.colour or card_style(card.kind).fill)
                    cell.alignment = _WRAP_TOP
                    cell.font = Font(color=INK[1:], strike=card.evidence.status == "invalidated")
                    count += 1
        for i in range(height):  # Excel does not grow rows for wrapped text on its own
            lines = max([_lines(str(ws.cell(row + i, c).value or ""), CARD_WIDTH) for c in range(2, len(doc.stages) + 2)] + [1])
            ws.row_dimensions[row + i].height = max(30, lines * LINE_HEIGHT + 6)
        row += height
    ws.freeze_panes = "B3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "2:2"
    ws.print_title_cols = "A:A"
    ws.oddFooter.center.text = f"{doc.meta.title} — page &P of &N"
    return count


def _card_text(card, doc: JourneyMap) -> str:
    text = card.text
    extra = []
    if card.metric is not None and card.metric.value is not None:
        target = f" (target {card.metric.target:g})" if card.metric.target is not None else ""
        extra.append(f"{card.metric.value:g} {card.metric.unit}".strip() + target)
    if card.emotion is not None:
        extra.append(f"emotion {card.emotion:+g}")
    if card.evidence.status != "hypothesis":
        extra.append(card.evidence.status.value)
    if card.votes:
        extra.append(f"{card.votes} vote{'s' if card.votes != 1 else ''}")
    return text + (f"\n[{', '.join(extra)}]" if extra else "")


def _table_sheet(ws: Worksheet, name: str, headers: list[str], rows: list[list], widths: dict[int, int]) -> None:
    """A sheet holding one filterable Excel table with a frozen header row."""
    ws.append(headers)
    for values in rows:
        ws.append([None] * len(values))
        for col, value in enumerate(values, start=1):
            _text(ws.cell(ws.max_row, col), value)
    for col in range(1, len(headers) + 1):
        ws.cell(1, col).font = Font(bold=True)
        ws.column_dimensions[get_column_letter(col)].width = widths.get(col, 16)
    if rows:  # an Excel table needs at least one data row
        ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        table = Table(displayName=name, ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)
    ws.freeze_panes = "A2"
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(cell.value, str) and len(cell.value) > 30)


def _number(text: str):
    try:
        return float(text) if text not in ("", None) else None
    except ValueError:
        return text


def _cards_sheet(ws: Worksheet, doc: JourneyMap) -> None:
    rows = []
    for r in card_rows(doc):
        values = [r[c] for c in COLUMNS]
        for name in ("order", "emotion", "metric_value", "metric_target", "votes"):
            i = COLUMNS.index(name)
            values[i] = _number(values[i])
        rows.append(values)
    _table_sheet(ws, "Cards", COLUMNS, rows, {6: 50, 12: 30})


def _stages_sheet(ws: Worksheet, doc: JourneyMap) -> None:
    counts = {s.id: 0 for s in doc.stages}
    for card in doc.cards:
        counts[card.stage_id] = counts.get(card.stage_id, 0) + 1
    scored = curve_cards(doc, None)  # the cards the emotion curve runs through, per stage
    emotions = {sid: sum(c.emotion for c in cards) / len(cards) if cards else None
                for sid, cards in scored.items()}
    rows = [[i + 1, s.name, s.description, s.time_span, counts.get(s.id, 0),
             None if emotions.get(s.id) is None else round(emotions[s.id], 2), s.id]
            for i, s in enumerate(doc.stages)]
    _table_sheet(ws, "Stages", ["#", "stage", "description", "time span", "cards", "emotion", "id"],
                 rows, {2: 24, 3: 50})


def _lanes_sheet(ws: Worksheet, doc: JourneyMap) -> None:
    counts: dict[str, int] = {}
    for card in doc.cards:
        counts[card.lane_id] = counts.get(card.lane_id, 0) + 1
    rows = [[i + 1, ln.name, LANE_KIND_LABELS[ln.kind], counts.get(ln.id, 0),
             "yes" if ln.hidden_in_export else "no", ln.id] for i, ln in enumerate(doc.lanes)]
    _table_sheet(ws, "Lanes", ["#", "lane", "kind", "cards", "hidden in export", "id"], rows, {2: 24, 3: 20})


def _personas_sheet(ws: Worksheet, doc: JourneyMap) -> None:
    primary = doc.meta.primary_persona_id
    rows = [[p.name, p.role, "yes" if p.id == primary else "", "\n".join(p.goals), "\n".join(p.needs),
             "\n".join(p.frustrations), p.quote, p.id] for p in doc.personas]
    _table_sheet(ws, "Personas", ["name", "role", "primary", "goals", "needs", "frustrations", "quote", "id"],
                 rows, {4: 36, 5: 36, 6: 36, 7: 40})


def _kpi_sheet(ws: Worksheet, doc: JourneyMap) -> None:
    """One row per dated value of each metric card (its history), or its current value."""
    stages = {s.id: s.name for s in doc.stages}
    rows = []
    for card in doc.cards:
        if card.kind != "metric" and card.metric is None:
            continue
        metric = card.metric
        unit = metric.unit if metric else ""
        target = metric.target if metric else None
        history = list(getattr(metric, "history", None) or []) if metric else []
        points = [(p.date, p.value) for p in history] or [(None, metric.value if metric else None)]
        for date, value in points:
            rows.append([card.id, stages.get(card.stage_id, ""), card.text, date, value, unit, target])
    _table_sheet(ws, "KPI", ["card id", "stage", "metric", "date", "value", "unit", "target"], rows, {3: 40, 4: 12})
    for (cell,) in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        cell.number_format = "yyyy-mm-dd"

