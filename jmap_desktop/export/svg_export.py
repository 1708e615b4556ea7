"""SVG of the map, written by hand from the shared layout (no Qt): cells, headers, cards with
the faces the canvas and the poster draw (``layout.card_face``, drawn by ``layout.face_drawing``
on an ``SvgSurface``), the emotion lane, blueprint lines and the connection arrows. Text is real
text (searchable, editable in a vector editor) set in the bundled fonts, embedded as subsets."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..layout import compute_layout, palette, smooth_curve
from ..layout.card_face import CardFace, Glyph, card_face
from ..layout.face_drawing import draw_face
from ..layout.header_face import lane_header_face, stage_header_face
from ..layout.map_layout import BLUEPRINT_LABEL_SIZE
from ..layout.metrics import glyph_baseline_ratio
from ..layout.routes import arrow_head
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
        surface = SvgSurface()
        surface.glyph(face.glyph)
        out.extend(surface.out)
        out.extend(_runs(face.runs))
    if layout.stages:  # the blue rule under the stage headers
        first, last = layout.stages[0].header, layout.stages[-1].header
        out.append(_line(first.x, first.bottom, last.right, first.bottom, palette.BLUE, 2.5))
    if layout.emotion is not None:
        out.extend(_emotion(doc, layout.emotion))
    for line in layout.blueprint_lines:
        stroke = palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY)
        out.append(_line(line.x0, line.y, line.x1, line.y, stroke, 1.6, "6 3" if line.kind == "visibility" else ""))
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
    for line in layout.blueprint_lines:  # after the arrows: one crossing passes behind the plate
        out.append(_rect(line.label_box, "#ffffff"))
        out.append(_text(line.label_x, line.label_baseline, line.label, BLUEPRINT_LABEL_SIZE,
                         palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY), True))
    cards = {c.id: c for c in doc.cards}
    for card_id, box in layout.cards.items():
        if box.visible:
            card = cards[card_id]
            out.append(f'<g id={quoteattr("card-" + card_id)}>')
            out.extend(svg_face(card_face(card, box.rect, box.lines, box.font_size, st, box.stacked)))
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
    surface = SvgSurface()
    draw_face(surface, face)
    return surface.out


ANCHORS = {"left": "", "center": ' text-anchor="middle"', "right": ' text-anchor="end"'}


class SvgSurface:
    """The SVG's surface for ``layout.face_drawing``: each primitive becomes an element in ``out``."""

    def __init__(self) -> None:
        self.out: list[str] = []

    def begin_card(self, face: CardFace) -> None:
        self.out.append(f'<g opacity="{face.opacity:g}">' if face.opacity < 1 else "<g>")

    def end_card(self, face: CardFace) -> None:
        self.out.append("</g>")

    def rect(self, x, y, w, h, fill=None, stroke=None, width=1.0, dash=None, radius=0.0) -> None:
        extra = f' rx="{radius:g}"' if radius else ""
        if stroke is not None:
            extra += f' stroke="{stroke}" stroke-width="{width:g}"'
        if dash:
            extra += f' stroke-dasharray="{dash[0]:g} {dash[1]:g}"'
        self.out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
                        f'fill="{fill or "none"}"{extra}/>')

    def circle(self, x, y, radius, fill=None, stroke=None, width=1.0) -> None:
        line = f' stroke="{stroke}" stroke-width="{width:g}"' if stroke is not None else ""
        self.out.append(f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{radius:g}" fill="{fill or "none"}"{line}/>')

    def polyline(self, points, stroke, width) -> None:
        xy = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        self.out.append(f'<polyline points="{xy}" fill="none" stroke="{stroke}" stroke-width="{width:g}"/>')

    def text(self, x, baseline, text, size, fill, bold=False, align="left", strike=None) -> None:
        # The reader's renderer shapes the text (joined Arabic is narrower than its letters), so
        # it strikes it through, where the poster draws a line of the width it measured.
        deco = ' text-decoration="line-through"' if strike is not None else ""
        self.out.append(_text(x, baseline, text, size, fill, bold, ANCHORS[align] + deco))

    def glyph(self, g: Glyph) -> None:
        self.out.append(_text(g.x + g.size / 2, g.y + g.size / 2 + glyph_baseline_ratio() * g.size, g.text,
                              g.size, g.colour, extra=ANCHORS["center"]))


def _rect(r, fill: str, extra: str = "") -> str:
    return f'<rect x="{r.x:.1f}" y="{r.y:.1f}" width="{r.w:.1f}" height="{r.h:.1f}" fill="{fill}"{extra}/>'


def _runs(runs) -> list[str]:
    return [_text(run.x, run.baseline, run.text, run.size, palette.MUTED_INK if run.muted else palette.INK,
                  run.bold) for run in runs]


def _text(x: float, y: float, text: str, size: float, fill: str, bold: bool = False, extra: str = "") -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" fill="{fill}"{weight}{extra}>'
            f"{escape(text)}</text>")


def export_svg(doc: JourneyMap, path: str | Path, hidden_lanes: frozenset[str] = frozenset()) -> None:
    Path(path).write_text(map_svg(doc, hidden_lanes), "utf-8")
