"""SVG of the map, written by hand from the shared layout (no Qt): cells, headers, cards with
the faces the canvas and the poster draw (``layout.card_face``, one drawer per part in
``SVG_PARTS``), the emotion lane, blueprint lines and the connection arrows. Text is real text
(searchable, editable in a vector editor) set in the bundled fonts, embedded as subsets."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..layout import compute_layout, palette, smooth_curve
from ..layout.card_face import CORNER, DASH, CardFace, Glyph, Pill, card_face
from ..layout.header_face import lane_header_face, stage_header_face
from ..layout.metric_face import FONT_SIZE as METRIC_FONT
from ..layout.metric_face import MetricFace
from ..layout.metrics import glyph_baseline_ratio
from ..layout.routes import arrow_head
from ..layout.vote_badge import FILL as VOTE_FILL
from ..layout.vote_badge import FONT_SIZE as VOTE_FONT
from ..layout.vote_badge import VoteBadge
from ..model import ConnectionKind, JourneyMap
from .html_fonts import css_font_stack, font_faces


def map_svg(doc: JourneyMap, hidden_lanes: frozenset[str] = frozenset()) -> str:
    layout = compute_layout(doc, hidden_lanes=hidden_lanes)
    st = layout.style
    out = [f'<rect width="100%" height="100%" fill="{palette.CANVAS_BACKGROUND}"/>']
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
    if layout.stages:  # the blue rule under the stage headers
        first, last = layout.stages[0].header, layout.stages[-1].header
        out.append(_line(first.x, first.bottom, last.right, first.bottom, palette.BLUE, 2.5))
    if layout.emotion is not None:
        out.extend(_emotion(doc, layout.emotion))
    for line in layout.blueprint_lines:
        stroke = palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY)
        out.append(_line(line.x0, line.y, line.x1, line.y, stroke, 1.6, "6 3" if line.kind == "visibility" else ""))
        out.append(_text(line.x1 - 8, line.y - 4, line.label, 7.5, stroke, True, ' text-anchor="end"'))
    kinds = {k.id: k.kind for k in doc.connections}
    for connection_id, route in layout.connections.items():
        dependency = kinds.get(connection_id) == ConnectionKind.DEPENDENCY
        stroke = palette.DEPENDENCY_ARROW if dependency else palette.FLOW_ARROW
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in route.points)
        dash = ' stroke-dasharray="3 2"' if dependency else ""
        out.append(f'<polyline points="{points}" fill="none" stroke="{stroke}" stroke-width="1"{dash}/>')
        head = arrow_head(route.points)  # the canvas's and the poster's triangle
        if head:
            out.append(f'<polygon points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in head)}" fill="{stroke}"/>')
    cards = {c.id: c for c in doc.cards}
    for card_id, box in layout.cards.items():
        if box.visible:
            card = cards[card_id]
            out.append(f'<g id={quoteattr("card-" + card_id)}>')
            out.extend(svg_face(card_face(card, box.rect, box.lines, box.font_size, st)))
            out.append("</g>")
    body = "\n".join(out)
    # The bundled fonts, cut down to the characters drawn, travel inside the file: the layout
    # wrapped every line with their widths, and a reader's machine may lack them (or any CJK or
    # Arabic font at all). The same faces and order as the HTML page (export.html_fonts).
    style = f"svg{{font-family:{css_font_stack()}}}\n{font_faces(set(body))}"
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{layout.width:.0f}" height="{layout.height:.0f}" '
        f'viewBox="0 0 {layout.width:.1f} {layout.height:.1f}">',
        f"<title>{escape(doc.meta.title)}</title>", f"<style>{style}</style>", body, "</svg>"]) + "\n"


def _emotion(doc: JourneyMap, emotion) -> list[str]:
    """The emotion lane's score lines, each persona's curve and the overall curve with its
    points: the poster's drawing (``draw_map._draw_emotion``), as SVG."""
    r = emotion.rect
    out = []
    for score in range(doc.emotion_scale.min, doc.emotion_scale.max + 1):
        y = emotion.y_for(score)
        out.append(_line(r.x, y, r.right, y, palette.EMOTION_NEUTRAL if score == 0 else palette.GRID_LINE,
                         0.8 if score == 0 else 0.5, "3 3"))
        out.append(_text(r.x + 3, y - 2, f"{score:+d}" if score else "0", 6, palette.MUTED_INK))
    names = {p.id: p.name for p in doc.personas}
    for i, (persona_id, points) in enumerate(emotion.persona_curves.items()):
        hex_colour, dashes = palette.PERSONA_CURVES[i % len(palette.PERSONA_CURVES)]
        out.extend(_curve(run, hex_colour, 1.8, " ".join(f"{d:g}" for d in dashes))
                   for run in emotion.persona_runs(persona_id))
        if points:
            out.append(_text(points[-1][0] + 6, points[-1][1] + 3, names.get(persona_id, ""), 8, hex_colour, True))
    out.extend(_curve(run, palette.EMOTION_CURVE, 2.6, "") for run in emotion.curve_runs())
    out.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.2" fill="{palette.EMOTION_CURVE}"/>' for x, y in emotion.curve)
    return out


def _curve(run, stroke: str, width: float, dash: str) -> str:
    """One run of a curve, as the canvas's and poster's Béziers (``smooth_curve``)."""
    if len(run) < 2:
        return ""
    path = f"M{run[0][0]:.1f},{run[0][1]:.1f}" + "".join(
        f" C{a[0]:.1f},{a[1]:.1f} {b[0]:.1f},{b[1]:.1f} {c[0]:.1f},{c[1]:.1f}" for a, b, c in smooth_curve(run))
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<path d="{path}" fill="none" stroke="{stroke}" stroke-width="{width:g}" '
            f'stroke-linecap="round"{dashes}/>')


def _line(x0: float, y0: float, x1: float, y1: float, stroke: str, width: float, dash: str = "") -> str:
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" stroke="{stroke}" '
            f'stroke-width="{width:g}"{dashes}/>')


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
                       g.colour, extra=' text-anchor="middle"')


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
