"""SVG of the map, written by hand from the shared layout (no Qt): cells, headers, cards with
their wrapped text, the emotion curve and the connections. Text is real text (searchable,
editable in a vector editor) set in the bundled font families."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..layout import compute_layout, palette, smooth_curve
from ..layout.card_face import CORNER, DASH, CardFace, Glyph, Pill, card_face
from ..layout.header_face import lane_header_face, stage_header_face
from ..layout.metric_face import FONT_SIZE as METRIC_FONT
from ..layout.metric_face import MetricFace
from ..layout.metrics import GLYPH_FAMILIES, TEXT_FAMILIES, glyph_baseline_ratio
from ..layout.vote_badge import FILL as VOTE_FILL
from ..layout.vote_badge import FONT_SIZE as VOTE_FONT
from ..layout.vote_badge import VoteBadge
from ..model import JourneyMap

FONT = ", ".join(f"'{family}'" for family in TEXT_FAMILIES) + ", sans-serif"
GLYPH_FONT = ", ".join(f"'{family}'" for family in GLYPH_FAMILIES) + ", sans-serif"


def map_svg(doc: JourneyMap, hidden_lanes: frozenset[str] = frozenset()) -> str:
    layout = compute_layout(doc, hidden_lanes=hidden_lanes)
    st = layout.style
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
        out.append(_rect(h, palette.HEADER_FILL))
        stage = stages[box.stage_id]
        out.extend(_runs(stage_header_face(i, stage.name, stage.time_span, h, st.stage_font_size).runs))
    lanes = {ln.id: ln for ln in doc.lanes}
    for box in layout.lanes:
        lane = lanes[box.lane_id]
        style = palette.lane_style(lane.kind)
        h = box.header
        out.append(_rect(h, lane.colour or style.tint))
        out.append(f'<rect x="{h.x:.1f}" y="{h.y:.1f}" width="4" height="{h.h:.1f}" fill="{style.accent}"/>')
        face = lane_header_face(style.glyph, style.accent, lane.name or style.label, h, st.lane_font_size,
                                lane.collapsed)
        out.append(_glyph(face.glyph))
        out.extend(_runs(face.runs))
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
        if box.visible:
            card = cards[card_id]
            out.append(f'<g id={quoteattr("card-" + card_id)}>')
            out.extend(svg_face(card_face(card, box.rect, box.lines, box.font_size, st)))
            out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def svg_face(face: CardFace) -> list[str]:
    """One card's elements, as ``layout.card_face`` places its parts (canvas and poster alike)."""
    r = face.rect
    opacity = f' opacity="{face.opacity:g}"' if face.opacity < 1 else ""
    dash = f' stroke-dasharray="{DASH[0]:g} {DASH[1]:g}"' if face.dashed else ""
    out = [f'<g{opacity}>' if opacity else "<g>",
           f'<rect x="{r.x:.1f}" y="{r.y:.1f}" width="{r.w:.1f}" height="{r.h:.1f}" rx="{CORNER:g}" '
           f'fill="{face.fill}" stroke="{face.accent}" stroke-width="{face.border_w:g}"{dash}/>',
           _rect(face.strip, face.strip_colour)]
    anchor = ' text-anchor="end"' if face.rtl else ""
    deco = ' text-decoration="line-through"' if face.struck else ""
    for i, line in enumerate(face.lines):
        out.append(_text(face.text_x, face.baseline + i * face.line_h, line, face.font_size, face.ink,
                         extra=anchor + deco))
    out.extend(SVG_PARTS[type(part)](part) for part in face.parts())
    out.append("</g>")
    return out


def _rect(r, fill: str, extra: str = "") -> str:
    return f'<rect x="{r.x:.1f}" y="{r.y:.1f}" width="{r.w:.1f}" height="{r.h:.1f}" fill="{fill}"{extra}/>'


def _runs(runs) -> list[str]:
    return [_text(run.x, run.baseline, run.text, run.size, palette.MUTED_INK if run.muted else palette.INK,
                  run.bold) for run in runs]


def _glyph(g: Glyph) -> str:
    tab = ""
    if g.tab:
        tab = (f'<circle cx="{g.x + g.size / 2:.1f}" cy="{g.y + g.size / 2:.1f}" r="{g.size / 2 + 2:.1f}" '
               f'fill="#ffffff" stroke="{g.colour}" stroke-width="0.8"/>')
    return tab + _text(g.x + g.size / 2, g.y + g.size / 2 + glyph_baseline_ratio() * g.size, g.text, g.size,
                       g.colour, extra=f' text-anchor="middle" font-family="{GLYPH_FONT}"')


def _pill(pill: Pill) -> str:
    return (_rect(pill.rect, pill.fill, f' rx="{pill.h / 2:g}"')
            + _text(pill.text_x, pill.baseline, pill.label, pill.font_size, pill.ink, pill.bold,
                    ' text-anchor="middle"'))


def _votes(b: VoteBadge) -> str:
    half = b.dot_size / 2
    return (f'<rect x="{b.x:.1f}" y="{b.y:.1f}" width="{b.w:.1f}" height="{b.h:.1f}" rx="{b.h / 2:g}" '
            f'fill="{VOTE_FILL}"/>'
            f'<circle cx="{b.dot_x + half:.2f}" cy="{b.dot_y + half:.2f}" r="{half:g}" fill="#ffffff"/>'
            + _text(b.text_x, b.baseline, b.label, VOTE_FONT, "#ffffff", True))


def _metric(m: MetricFace) -> str:
    out = _text(m.text_x, m.baseline, m.text, METRIC_FONT, m.colour, True)
    if m.arrow:
        out += _text(m.arrow_x, m.baseline, m.arrow, METRIC_FONT, m.arrow_colour)
    if m.spark:
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in m.spark)
        x, y = m.spark[-1]
        out += (f'<polyline points="{points}" fill="none" stroke="{m.colour}" stroke-width="1.1"/>'
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.8" fill="{m.arrow_colour}"/>')
    return out


# One drawer per kind of face part (the canvas's SCREEN_PARTS and the poster's PDF_PARTS match).
SVG_PARTS = {Glyph: _glyph, Pill: _pill, VoteBadge: _votes, MetricFace: _metric}


def _text(x: float, y: float, text: str, size: float, fill: str, bold: bool = False, extra: str = "") -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" fill="{fill}"{weight}{extra}>'
            f"{escape(text)}</text>")


def export_svg(doc: JourneyMap, path: str | Path, hidden_lanes: frozenset[str] = frozenset()) -> None:
    Path(path).write_text(map_svg(doc, hidden_lanes), "utf-8")
