"""SVG of the map, written by hand from the shared layout (no Qt): cells, headers, cards with
their wrapped text, the emotion curve and the connections. Text is real text (searchable,
editable in a vector editor) set in the bundled font families."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..layout import compute_layout, palette, smooth_curve, wrap_text
from ..layout.metrics import font_metrics
from ..model import JourneyMap
from ..model.kinds import EvidenceStatus

FONT = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Droid Sans Fallback', 'NanumGothic', sans-serif"


def map_svg(doc: JourneyMap, hidden_lanes: frozenset[str] = frozenset()) -> str:
    layout = compute_layout(doc, hidden_lanes=hidden_lanes)
    st = layout.style
    fm = font_metrics()
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{layout.width:.0f}" height="{layout.height:.0f}" '
           f'viewBox="0 0 {layout.width:.1f} {layout.height:.1f}" font-family="{FONT}">',
           f"<title>{escape(doc.meta.title)}</title>",
           f'<rect width="100%" height="100%" fill="{palette.CANVAS_BACKGROUND}"/>']
    for r in layout.cells.values():
        out.append(f'<rect x="{r.x:.1f}" y="{r.y:.1f}" width="{r.w:.1f}" height="{r.h:.1f}" fill="#ffffff" '
                   f'stroke="{palette.GRID_LINE}" stroke-width="0.6"/>')
    stages = {s.id: s for s in doc.stages}
    for i, box in enumerate(layout.stages, 1):
        h = box.header
        out.append(f'<rect x="{h.x:.1f}" y="{h.y:.1f}" width="{h.w:.1f}" height="{h.h:.1f}" fill="#ffffff"/>')
        size = st.stage_font_size
        out.append(_text(h.x + 12, h.y + 10 + size, str(i), size * 0.8, palette.MUTED_INK, True))
        # Wrapped like the canvas's header: two lines at most, beside the stage's number.
        lines, _ = wrap_text(stages[box.stage_id].name or "Untitled stage", max(h.w - 40, 10.0), size,
                             max_lines=2, bold=True)
        for j, line in enumerate(lines):
            out.append(_text(h.x + 30, h.y + 10 + size + j * size * 1.3, line, size, palette.INK, True))
    lanes = {ln.id: ln for ln in doc.lanes}
    for box in layout.lanes:
        lane = lanes[box.lane_id]
        style = palette.lane_style(lane.kind)
        h = box.header
        out.append(f'<rect x="{h.x:.1f}" y="{h.y:.1f}" width="{h.w:.1f}" height="{h.h:.1f}" fill="{lane.colour or style.tint}"/>')
        out.append(f'<rect x="{h.x:.1f}" y="{h.y:.1f}" width="4" height="{h.h:.1f}" fill="{style.accent}"/>')
        size = st.lane_font_size
        out.append(_text(h.x + 14, h.y + 20, style.glyph, size, palette.INK, True))
        lines, _ = wrap_text(lane.name or style.label, max(h.w - 56, 10.0), size, max_lines=2, bold=True)
        for j, line in enumerate(lines):
            out.append(_text(h.x + 30, h.y + 20 + j * size * 1.3, line, size, palette.INK, True))
    if layout.emotion is not None:
        for run in layout.emotion.curve_runs():  # the canvas's and poster's Béziers, with gaps
            if len(run) < 2:
                continue
            path = f"M{run[0][0]:.1f},{run[0][1]:.1f}" + "".join(
                f" C{a[0]:.1f},{a[1]:.1f} {b[0]:.1f},{b[1]:.1f} {c[0]:.1f},{c[1]:.1f}"
                for a, b, c in smooth_curve(run))
            out.append(f'<path d="{path}" fill="none" stroke="{palette.EMOTION_CURVE}" stroke-width="2.6" '
                       'stroke-linecap="round"/>')
    for route in layout.connections.values():
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in route.points)
        out.append(f'<polyline points="{points}" fill="none" stroke="#4d5966" stroke-width="1"/>')
    cards = {c.id: c for c in doc.cards}
    for card_id, box in layout.cards.items():
        if not box.visible:
            continue
        card = cards[card_id]
        r = box.rect
        kind = palette.card_style(card.kind)
        ev = palette.EVIDENCE_STYLES[EvidenceStatus(card.evidence.status)]
        dash = ' stroke-dasharray="4 2.5"' if ev.dashed else ""
        opacity = ' opacity="0.5"' if ev.faded else ""
        out.append(f'<g id={quoteattr("card-" + card_id)}{opacity}>')
        out.append(f'<rect x="{r.x:.1f}" y="{r.y:.1f}" width="{r.w:.1f}" height="{r.h:.1f}" rx="3" '
                   f'fill="{palette.card_fill(card.kind, card.colour)}" stroke="{kind.accent}" stroke-width="1.2"{dash}/>')
        out.append(_text(r.x + 6, r.y + 15, kind.glyph + (" ✔" if ev.tick else ""), 8.5, kind.accent))
        top = r.y + st.card_text_top + st.card_padding - 2 + fm.ascent(box.font_size)
        for i, line in enumerate(box.lines):
            deco = ' text-decoration="line-through"' if ev.faded else ""
            out.append(_text(r.x + st.card_padding, top + i * fm.line_height(box.font_size), line,
                             box.font_size, palette.INK, extra=deco))
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _text(x: float, y: float, text: str, size: float, fill: str, bold: bool = False, extra: str = "") -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" fill="{fill}"{weight}{extra}>'
            f"{escape(text)}</text>")


def export_svg(doc: JourneyMap, path: str | Path, hidden_lanes: frozenset[str] = frozenset()) -> None:
    Path(path).write_text(map_svg(doc, hidden_lanes), "utf-8")
