"""A comparison on paper, for the workshop follow-up email: the newer map drawn as on the
poster (``export.draw_map``, the shared layout), with the same change marks as the canvas
(``compare.MARKS``: colour, badge and line style), KPI values with their change
(``kpi``), the older version's emotion curve dashed (``curve``), removed stages and lanes as
ghost columns and rows holding their removed cards (``ghosts``, as on the canvas) and the
legend, on one page."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..export.draw_map import Pen, colour, draw_map
from ..export.pages import MM, paper
from ..export.pdf_text import draw_text, rl_font
from ..export.plan import ExportError
from ..layout import compute_layout, font_metrics, smooth_curve
from ..model import JourneyMap
from ..model.messages import say
from .compare import BEFORE_CURVE, KINDS, MARKS, Comparison
from .curve import before_runs
from .ghosts import GhostPlan, plan_ghosts
from .kpi import BORDER, FILL, INK, kpi_changes, kpi_strip

TITLE_H, LEGEND_H = 90.0, 70.0


def export_comparison_pdf(doc: JourneyMap, comparison: Comparison, path: str | Path,
                          title: str, page_name: str = "A3") -> Path:
    """Write ``doc`` (the newer map) with ``comparison``'s marks to ``path``; raises ExportError."""
    path = Path(path)
    layout = compute_layout(doc)
    ghosts = plan_ghosts(comparison, layout)
    width, height = max(ghosts.width, 1000.0), TITLE_H + ghosts.height + LEGEND_H
    page = paper(page_name, "auto", content_ratio=width / height)
    margin = 10 * MM
    scale = min((page.width - 2 * margin) / width, (page.height - 2 * margin) / height)
    c = Canvas(str(path), pagesize=(page.width, page.height), invariant=1, pageCompression=1,
               initialFontName=rl_font("NotoSans-Regular.ttf"), initialFontSize=10)
    c.setTitle(f"{doc.meta.title}: {title}")
    c.setCreator(f"JMap Desktop {__version__}")
    c.translate((page.width - width * scale) / 2, (page.height - height * scale) / 2)
    c.scale(scale, scale)
    pen = Pen(c, height)
    pen.rect(0, 0, width, height, fill=colour("#ffffff"))
    ink = colour("#1f2328")
    pen.text(0, 34, doc.meta.title or say("Untitled journey"), 26, ink, bold=True)
    counts = " · ".join(_count(kind, n) for kind, n in comparison.counts().items())
    pen.text(0, 66, f"{title} — {counts}", 15, colour("#5b6169"))
    grid = pen.moved(dy=TITLE_H)
    draw_map(grid, doc, layout)
    curve = _before_curve(grid, comparison, layout)
    _marks(grid, comparison, layout, ghosts)
    _legend(pen, TITLE_H + ghosts.height + 24, curve, width)
    c.showPage()
    try:
        c.save()
    except OSError as exc:
        raise ExportError(say("{path}: cannot be written ({reason})", path=path, reason=exc.strerror or exc)) from None
    return path


def _count(kind: str, n: int) -> str:
    """“3 added” in the window's language."""
    return {"added": say("{count} added", count=n), "removed": say("{count} removed", count=n),
            "changed": say("{count} changed", count=n), "moved": say("{count} moved", count=n)}.get(kind, f"{n} {kind}")


def _paper_label(kind: str) -> str:
    """The legend's words for a kind of mark (``compare.MARKS[kind]["paper"]``, translated)."""
    return {"added": say("Added"), "removed": say("Removed (ghost in its old cell)"),
            "changed": say("Changed (text or fields edited)"),
            "moved": say("Moved (arrow from its old cell)")}.get(kind, MARKS[kind]["paper"])


def _marks(pen: Pen, result: Comparison, layout, ghosts: GhostPlan) -> None:
    before_cards = {c["id"]: c for c in result.before.get("cards") or []}
    removed = MARKS["removed"]
    stroke = colour(removed["colour"])
    for axis in ghosts.axes:
        h, b = axis.header, axis.body
        pen.rect(b.x, b.y, b.w, b.h, fill=colour("#f3f3f3"), stroke=stroke, width=1.5, dash=(4, 3))
        pen.rect(h.x, h.y, h.w, h.h, fill=colour("#e4e4e4"), stroke=stroke, width=1.5, dash=(4, 3))
        name = axis.name if len(axis.name) <= 22 else axis.name[:21] + "…"
        drawn = pen.text(h.x + 10, h.y + h.h / 2 - 2, name, 13, stroke, bold=True)
        pen.line(h.x + 10, h.y + h.h / 2 - 6, h.x + 10 + drawn, h.y + h.h / 2 - 6, stroke, 1.0)
        what = say("Removed stage") if axis.collection == "stages" else say("Removed lane")
        pen.text(h.x + 10, h.y + h.h / 2 + 14, what, 10, stroke)
        _badge(pen, h.x + h.w, h.y, removed)
    for ghost in ghosts.cards:
        g = ghost.rect
        pen.rect(g.x, g.y, g.w, g.h, fill=colour("#ffffff"), stroke=stroke, width=1.5,
                 dash=(4, 3), radius=4)
        label = ghost.label if len(ghost.label) <= 28 else ghost.label[:27] + "…"
        drawn = pen.text(g.x + 8, g.y + g.h / 2 + 4, label, 9, stroke)
        pen.line(g.x + 8, g.y + g.h / 2, g.x + 8 + drawn, g.y + g.h / 2, stroke, 0.8)
        _badge(pen, g.x + g.w, g.y, removed)
    for change in result.changes:
        if change.collection != "cards" or change.kind == "removed":
            continue
        mark = MARKS[change.kind]
        stroke = colour(mark["colour"])
        box = layout.cards.get(change.id)
        if box is None or not box.visible:
            continue
        r = box.rect
        if change.kind == "moved":
            card = before_cards.get(change.id)
            cell = ghosts.old_cell(card["stage_id"], card["lane_id"]) if card else None
            if cell is not None:
                _arrow(pen, cell.x + cell.w / 2, cell.y + cell.h / 2, r.x, r.y, stroke)
        pen.rect(r.x - 4, r.y - 4, r.w + 8, r.h + 8, stroke=stroke, width=3,
                 dash=(5, 3) if mark["dash"] else None, radius=6)
        _badge(pen, r.x + r.w + 4, r.y - 4, mark)
    _kpis(pen, result, layout)


def _kpis(pen: Pen, result: Comparison, layout) -> None:
    """Each changed KPI's old and new value over its value strip, as on the canvas."""
    after_cards = {c["id"]: c for c in result.after.get("cards") or []}
    for kpi in kpi_changes(result):
        box = layout.cards.get(kpi.card_id)
        if box is None or not box.visible:
            continue
        r = box.rect
        scored = (after_cards.get(kpi.card_id) or {}).get("emotion") is not None
        s = kpi_strip(kpi, r.x, r.y, r.w, r.h, scored)
        pen.rect(s.x, s.y, s.w, s.h, fill=colour(FILL), stroke=colour(BORDER), width=1.2, radius=3)
        pen.text(s.values_x, s.baseline, s.values, s.size, colour(INK), bold=True)
        pen.text(s.change_x, s.baseline, s.change, s.size, colour(s.colour), bold=True)


def _before_curve(pen: Pen, result: Comparison, layout) -> bool:
    """The older version's emotion curve, dashed, over the map's own (as on the canvas);
    False when it has no point to draw."""
    runs = before_runs(result, layout)
    if not runs:
        return False
    c = pen.c
    c.saveState()
    c.setStrokeColor(colour(BEFORE_CURVE))
    c.setFillColor(colour(BEFORE_CURVE))
    c.setLineWidth(2.5)
    c.setLineCap(1)
    for run in runs:
        for x, y in run:
            c.circle(pen.x(x), pen.y(y), 3, stroke=0, fill=1)
        if len(run) < 2:
            continue
        c.setDash([6, 4])
        path = c.beginPath()
        path.moveTo(pen.x(run[0][0]), pen.y(run[0][1]))
        for (x1, y1), (x2, y2), (x3, y3) in smooth_curve(run):
            path.curveTo(pen.x(x1), pen.y(y1), pen.x(x2), pen.y(y2), pen.x(x3), pen.y(y3))
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()
    return True


def _badge(pen: Pen, x: float, y: float, mark: dict) -> None:
    c = pen.c
    c.saveState()
    c.setFillColor(colour(mark["colour"]))
    c.setStrokeColor(colour("#ffffff"))
    c.setLineWidth(1.5)
    c.circle(pen.x(x), pen.y(y), 11, stroke=1, fill=1)
    c.setFillColor(colour("#ffffff"))
    draw_text(c, pen.x(x), pen.y(y) - 4.5, mark["badge"], 13, bold=True, align="center")
    c.restoreState()


def _arrow(pen: Pen, x0: float, y0: float, x1: float, y1: float, stroke) -> None:
    import math

    c = pen.c
    c.saveState()
    c.setStrokeColor(stroke)
    c.setFillColor(stroke)
    c.setLineWidth(2.5)
    c.setDash()  # solid, whatever the pen drew last
    mx, my = (x0 + x1) / 2, min(y0, y1) - 40
    path = c.beginPath()
    path.moveTo(pen.x(x0), pen.y(y0))
    path.curveTo(pen.x(mx), pen.y(my), pen.x(mx), pen.y(my), pen.x(x1), pen.y(y1))
    c.drawPath(path, stroke=1, fill=0)
    c.circle(pen.x(x0), pen.y(y0), 4, stroke=0, fill=1)
    angle = math.atan2(y1 - my, x1 - mx)
    head = c.beginPath()
    head.moveTo(pen.x(x1), pen.y(y1))
    for side in (-0.45, 0.45):
        head.lineTo(pen.x(x1 - 10 * math.cos(angle + side)), pen.y(y1 - 10 * math.sin(angle + side)))
    head.close()
    c.drawPath(head, stroke=0, fill=1)
    c.restoreState()


def _legend(pen: Pen, y: float, curve: bool, width: float) -> None:
    """The marks and, when drawn, the dashed curve; a second row when a narrow map needs one."""
    ink = colour("#1f2328")
    heading = pen.text(0, y + 5, say("Changes:"), 14, ink, bold=True)
    entries = [(_paper_label(kind), MARKS[kind]) for kind in KINDS]
    if curve:
        entries.append((say("Emotion curve before (dashed)"), None))
    start = max(90.0, heading + 16)  # "Änderungen:" is wider than "Changes:"
    x = start
    for text, mark in entries:
        size = 28 + font_metrics().width(text, 13) + 30
        if x > start and x + size - 30 > width:
            x, y = start, y + 26
        if mark is not None:
            _badge(pen, x + 11, y, mark)
        else:
            c = pen.c
            c.saveState()
            c.setStrokeColor(colour(BEFORE_CURVE))
            c.setLineWidth(2.5)
            c.setDash([6, 4])
            c.line(pen.x(x), pen.y(y), pen.x(x + 22), pen.y(y))
            c.restoreState()
        pen.text(x + 28, y + 5, text, 13, ink)
        x += size
