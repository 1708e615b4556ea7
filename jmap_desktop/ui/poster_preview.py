"""The export dialog's preview, drawn from the poster plan the export itself uses.

``render_preview`` paints the pages a PDF export will have, to scale: the page (or every
printer sheet of a tiled poster, in the orientation the plan chose, with its label), and on it
the poster in its colours: title, stage and lane headers, the cards with the faces the poster
prints (``layout.card_face``) where they are large enough to read, else their paper and kind
strip, the emotion curve, the connections' arrows and a blueprint's lines; above and below them the title block (title, scenario,
organisation, the persona panel when it is ticked) and the legend, where ``export.poster``
prints them, text too small to read at the preview's scale shown as a grey line of its printed
length. The image is made at the screen's device pixel ratio so it is crisp on a 2x display.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from ..canvas.fonts import draw_text, text_width
from ..canvas.painters import paint_face, paint_runs
from ..export.plan import TITLE_H, PosterPlan, SheetGrid
from ..layout import palette, smooth_curve
from ..layout.card_face import card_face
from ..layout.header_face import lane_header_face, stage_header_face
from ..layout.map_layout import BLUEPRINT_LABEL_SIZE
from ..layout.numbers import date as format_date
from ..layout.routes import arrow_head
from ..layout.words import word
from ..model import CardKind, EvidenceStatus

BACKDROP = "#e9ebee"
MIN_TEXT_PX = 3.0  # card text smaller than this on the preview is left out (it would be a smear)


def render_preview(plan: PosterPlan | None, doc, layout, width: int, height: int, dpr: float,
                   persona_panel: bool = True) -> QImage:
    """The preview image, ``width`` x ``height`` logical pixels at ``dpr`` device pixels each.
    With a plan, the PDF's pages; without one (PNG, SVG, ...), the map alone."""
    image = QImage(round(width * dpr), round(height * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor(BACKDROP))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    area = QRectF(8, 8, width - 16, height - 16)
    if plan is None:
        k = min(area.width() / layout.width, area.height() / layout.height)
        origin = QPointF(area.center().x() - layout.width * k / 2, area.center().y() - layout.height * k / 2)
        p.fillRect(QRectF(origin.x(), origin.y(), layout.width * k, layout.height * k), QColor("#ffffff"))
        _grid(p, doc, layout, origin, k)
    elif plan.tiles is not None:
        _tiled(p, plan, doc, area, persona_panel)
    else:
        _pages(p, plan, doc, area, persona_panel)
    p.end()
    return image


def _pages(p: QPainter, plan: PosterPlan, doc, area: QRectF, persona_panel: bool) -> None:
    """One page, or pages of whole stages side by side for a poster split by stage."""
    sizes = plan.page_sizes()
    gap = 6.0
    total_w = sum(w for w, _ in sizes)
    tallest = max(h for _, h in sizes)
    fit = min((area.width() - gap * (len(sizes) - 1)) / total_w, area.height() / tallest)
    x = area.center().x() - (total_w * fit + gap * (len(sizes) - 1)) / 2
    top = area.center().y() - tallest * fit / 2
    k = plan.scale * fit
    if not plan.stage_groups:
        pw, ph = sizes[0]
        page = QRectF(x, top, pw * fit, ph * fit)
        _paper(p, page)
        left, bottom = plan.poster_origin()  # where export_pdf places it
        origin = QPointF(page.x() + left * fit, page.bottom() - (bottom + plan.poster_size[1]) * fit)
        _poster(p, plan, doc, origin, k, page, persona_panel)
        return
    header = plan.layout.style.lane_header_w
    for group, (pw, ph) in zip(plan.stage_groups, sizes, strict=True):
        page = QRectF(x, top, pw * fit, ph * fit)
        _paper(p, page)
        left, bottom = plan.stage_group_origin(group)
        # As export_pdf prints such a page: the lane headers at the left margin, then the
        # group's stages shifted to follow them.
        for shift, x0, x1 in ((plan.margin, 0.0, header), (left, group[0].column.x, group[-1].column.right)):
            origin = QPointF(page.x() + shift * fit, page.bottom() - (bottom + plan.poster_size[1]) * fit)
            p.save()
            p.setClipRect(QRectF(origin.x() + x0 * k, page.y(), (x1 - x0) * k, page.height()))
            _poster(p, plan, doc, origin, k, page, persona_panel)
            p.restore()
        x += pw * fit + gap


def _tiled(p: QPainter, plan: PosterPlan, doc, area: QRectF, persona_panel: bool) -> None:
    """The poster at its printed size with every sheet on it, labelled as printed."""
    tiles: SheetGrid = plan.tiles
    span_w = (tiles.cols - 1) * tiles.step_x + tiles.printable_w
    span_h = (tiles.rows - 1) * tiles.step_y + tiles.printable_h
    fit = min(area.width() / span_w, area.height() / span_h)
    left = area.center().x() - span_w * fit / 2
    top = area.center().y() - span_h * fit / 2
    # Sheet A1's printable corner holds the poster's top-left corner; each sheet moves on by one
    # step (export.poster._tiled prints it so).
    origin = QPointF(left, top)
    for r in range(tiles.rows):
        for c in range(tiles.cols):
            _paper(p, QRectF(left + c * tiles.step_x * fit, top + r * tiles.step_y * fit,
                             tiles.printable_w * fit, tiles.printable_h * fit), shadow=False)
    _poster(p, plan, doc, origin, plan.scale * fit, QRectF(left, top, span_w * fit, span_h * fit),
            persona_panel)
    pen = QPen(QColor(palette.BLUE), 1.0, Qt.PenStyle.DashLine)
    for r in range(tiles.rows):
        for c in range(tiles.cols):
            sheet = QRectF(left + c * tiles.step_x * fit, top + r * tiles.step_y * fit,
                           tiles.printable_w * fit, tiles.printable_h * fit)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(sheet)
            size = min(9.0, sheet.height() / 4)
            if size >= 5:  # the label printed on the sheet, on a white tab so the map stays readable
                label = SheetGrid.label(r, c)
                tab = QRectF(sheet.x() + 2, sheet.bottom() - size - 5, size * (0.7 * len(label) + 0.6), size + 3)
                p.fillRect(tab, QColor(255, 255, 255, 220))
                draw_text(p, tab.x() + size * 0.3, tab.bottom() - 3, label, size, palette.BLUE, bold=True)


def _paper(p: QPainter, rect: QRectF, shadow: bool = True) -> None:
    if shadow:
        p.fillRect(rect.translated(1.5, 1.5), QColor(0, 0, 0, 40))
    p.fillRect(rect, QColor("#ffffff"))


def _poster(p: QPainter, plan: PosterPlan, doc, origin: QPointF, k: float, clip: QRectF,
            persona_panel: bool = True) -> None:
    """Title block, grid and legend of the poster, ``k`` preview pixels per layout unit."""
    p.save()
    p.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    _title_block(p, doc, plan.width, origin, k, persona_panel)
    _grid(p, doc, plan.layout, QPointF(origin.x(), origin.y() + TITLE_H * k), k)
    _legend(p, doc, origin, origin.y() + (TITLE_H + plan.layout.height + 14) * k, k)
    p.restore()


class _Writer:
    """Poster text at preview scale: ``(x, baseline)`` in poster units from ``origin``; a line
    too small to read is a grey bar of its printed length, so the page shows where it goes."""

    def __init__(self, p: QPainter, origin: QPointF, k: float) -> None:
        self.p, self.ox, self.oy, self.k = p, origin.x(), origin.y(), k

    def text(self, x: float, baseline: float, text: str, size: float, colour: str, bold: bool = False,
             align: str = "left") -> float:
        """Returns the width in poster units, like the poster's pen."""
        if not text:
            return 0.0
        width = text_width(text, size, bold)
        left = x - width if align == "right" else x - width / 2 if align == "center" else x
        k = self.k
        if size * k >= MIN_TEXT_PX:
            draw_text(self.p, self.ox + left * k, self.oy + baseline * k, text, size * k, colour, bold=bold)
        else:
            grey = QColor(colour)
            grey.setAlpha(90)
            self.p.fillRect(QRectF(self.ox + left * k, self.oy + (baseline - size * 0.6) * k,
                                   width * k, max(size * 0.5 * k, 0.5)), grey)
        return width

    def rect(self, x: float, y: float, w: float, h: float, fill: str, accent: str | None = None) -> None:
        r = QRectF(self.ox + x * self.k, self.oy + y * self.k, max(w * self.k, 0.6), max(h * self.k, 0.6))
        self.p.fillRect(r, QColor(fill))
        if accent is not None:
            self.p.fillRect(QRectF(r.x(), r.y(), r.width(), max(r.height() * 0.15, 0.5)), QColor(accent))


def _title_block(p: QPainter, doc, width: float, origin: QPointF, k: float, persona_panel: bool) -> None:
    """As ``export.poster._title_block`` prints it: title, subtitle, scenario lines, the
    organisation and state at the right, the primary persona in the middle when ticked."""
    meta, ink, muted = doc.meta, palette.INK, palette.MUTED_INK
    w = _Writer(p, origin, k)
    w.rect(0, 0, width, TITLE_H - 12, "#f6f7f9")
    w.text(24, 44, meta.title or "Journey map", 26, ink, bold=True)
    w.text(24, 66, meta.subtitle, 13, muted)
    y = 88
    for label, value in (("Scenario", meta.scenario), ("Goal", meta.goal),
                         ("Expectations", " · ".join(meta.expectations))):
        if value:
            w.text(24, y, f"{word(label)}:", 9, muted, bold=True)
            w.text(100, y, value[:120], 9, ink)
            y += 14
    state = word("Future state") if meta.state.value == "future" else word("Current state")
    ty = 40
    when = format_date(meta.modified or meta.created or dt.datetime.now())
    for value in (meta.organisation, state, meta.version_label, when):
        if value:
            w.text(width - 24, ty, value, 11 if ty == 40 else 9.5, muted, bold=ty == 40, align="right")
            ty += 14
    persona = next((x for x in doc.personas if x.id == meta.primary_persona_id), None)
    if persona_panel and persona is not None:
        x = width * 0.52 + (74 if persona.photo is not None else 0)
        if persona.photo is not None:
            w.rect(width * 0.52, 24, 64, 64, "#d5d9de")
        w.text(x, 36, persona.name, 13, ink, bold=True)
        w.text(x, 51, persona.role, 8.5, muted)
        w.text(x, 68, persona.quote[:120], 9, ink)
        yy = 84
        for label, items in (("Goals", persona.goals), ("Needs", persona.needs),
                             ("Frustrations", persona.frustrations)):
            if items:
                w.text(x, yy, f"{label}: " + "; ".join(items[:3]), 8, muted)
                yy += 12


def _legend(p: QPainter, doc, origin: QPointF, top: float, k: float) -> None:
    """As ``export.poster._legend`` prints it: card kinds, evidence styles, the emotion scale."""
    w = _Writer(p, QPointF(origin.x(), top), k)
    muted, ink = palette.MUTED_INK, palette.INK
    w.text(24, 10, word("Card kinds"), 8.5, muted, bold=True)
    x = 24.0
    for kind in CardKind:
        style = palette.card_style(kind)
        w.rect(x, 18, 14, 14, style.fill, style.accent)
        x += 20 + w.text(x + 18, 29, word(style.label), 8, ink) + 12
    w.text(24, 50, word("Evidence"), 8.5, muted, bold=True)
    x = 24.0
    for status in EvidenceStatus:
        w.rect(x, 56, 110, 26, palette.card_fill(CardKind.NOTE), palette.card_style(CardKind.NOTE).accent)
        w.text(x + 22, 73, word(palette.EVIDENCE_STYLES[status].label), 8, ink)
        x += 122
    scale = doc.emotion_scale
    w.text(x + 20, 50, word("Emotion"), 8.5, muted, bold=True)
    x += 20
    for score in range(int(scale.min), int(scale.max) + 1):
        w.rect(x, 58, 20, 11, palette.emotion_colour(score))
        x += 26 + w.text(x + 24, 66.5, scale.label_for(score), 7.5, ink) + 8


def _grid(p: QPainter, doc, layout, origin: QPointF, k: float) -> None:
    """Headers, cards and the emotion curve of ``layout`` at ``origin``, scaled by ``k``."""
    ox, oy = origin.x(), origin.y()

    def box(r) -> QRectF:
        return QRectF(ox + r.x * k, oy + r.y * k, max(r.w * k, 0.6), max(r.h * k, 0.6))

    grid_pen = QPen(QColor(palette.GRID_LINE), 0.5)
    stage_size = layout.style.stage_font_size * k
    for stage in layout.stages:
        header = box(stage.header)
        p.fillRect(header, QColor(palette.HEADER_FILL))
        p.fillRect(QRectF(header.x(), header.bottom() - max(3 * k, 0.6), header.width(), max(3 * k, 0.6)),
                   QColor(palette.BLUE))
        p.setPen(grid_pen)
        p.drawLine(box(stage.column).topRight(), box(stage.column).bottomRight())
    stages = {s.id: s for s in doc.stages}
    lanes = {ln.id: ln for ln in doc.lanes}
    for lane in layout.lanes:
        row = box(lane.row)
        p.setPen(grid_pen)
        p.drawLine(row.bottomLeft(), row.bottomRight())
        style = palette.lane_style(lanes[lane.lane_id].kind)
        strip = box(lane.header)
        p.fillRect(QRectF(strip.x(), strip.y(), max(4 * k, 0.8), strip.height()), QColor(style.accent))
    _lines_and_arrows(p, doc, layout, ox, oy, k)  # under the cards, as the poster prints them
    cards = {c.id: c for c in doc.cards}
    st = layout.style
    if stage_size >= MIN_TEXT_PX:  # legible: headers and cards drawn as the poster draws them
        p.save()
        p.translate(ox, oy)
        p.scale(k, k)
        for i, stage in enumerate(layout.stages, 1):
            s = stages[stage.stage_id]
            paint_runs(p, stage_header_face(i, s.name, s.time_span, stage.header, st.stage_font_size).runs)
        for lane in layout.lanes:
            look = palette.lane_style(lanes[lane.lane_id].kind)
            face = lane_header_face(look.glyph, look.accent, lanes[lane.lane_id].name or look.label, lane.header,
                                    st.lane_font_size, lane.collapsed)
            paint_runs(p, face.runs)
        if st.card_font_size * k >= MIN_TEXT_PX:
            for card_id, card_box in layout.cards.items():
                if card_box.visible:
                    paint_face(p, card_face(cards[card_id], card_box.rect, card_box.lines, card_box.font_size, st,
                                                card_box.stacked))
            p.restore()
            _curve(p, layout, ox, oy, k)
            return
        p.restore()
    p.setPen(Qt.PenStyle.NoPen)
    for card_id, card_box in layout.cards.items():  # too small to read: paper and the kind's strip
        if not card_box.visible:
            continue
        card = cards[card_id]
        r = box(card_box.rect)
        style = palette.card_style(card.kind)
        p.fillRect(r, QColor(palette.card_fill(card.kind, card.colour)))
        p.fillRect(QRectF(r.x(), r.y(), r.width(), min(r.height(), max(3 * k, 0.5))), QColor(style.accent))
    _curve(p, layout, ox, oy, k)


def _lines_and_arrows(p: QPainter, doc, layout, ox: float, oy: float, k: float) -> None:
    """The blueprint's lines and the connections' routes with their arrowheads, as
    ``export.draw_map`` prints them (a line never thinner than a hairline on the preview)."""
    for line in layout.blueprint_lines:
        pen = QPen(QColor(palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY)), max(1.6 * k, 0.6))
        if line.kind == "visibility":
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(ox + line.x0 * k, oy + line.y * k), QPointF(ox + line.x1 * k, oy + line.y * k))
    for conn in doc.connections:
        route = layout.connections.get(conn.id)
        if route is None or len(route.points) < 2:
            continue
        stroke = QColor(palette.DEPENDENCY_ARROW if conn.kind == "dependency" else palette.FLOW_ARROW)
        pen = QPen(stroke, max(1.0 * k, 0.6))
        if conn.kind == "dependency":
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline([QPointF(ox + x * k, oy + y * k) for x, y in route.points])
        head = arrow_head(route.points)
        if head:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(stroke)
            p.drawPolygon([QPointF(ox + x * k, oy + y * k) for x, y in head])
            p.setBrush(Qt.BrushStyle.NoBrush)
    writer = _Writer(p, QPointF(ox, oy), k)
    for line in layout.blueprint_lines:  # after the arrows: one crossing passes behind the plate
        box = line.label_box
        p.fillRect(QRectF(ox + box.x * k, oy + box.y * k, box.w * k, box.h * k), QColor("#ffffff"))
        writer.text(line.label_x, line.label_baseline, line.label, BLUEPRINT_LABEL_SIZE,
                    palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY), bold=True)


def _curve(p: QPainter, layout, ox: float, oy: float, k: float) -> None:
    """The emotion curve's Béziers (``smooth_curve``, as canvas and poster draw them)."""
    emotion = layout.emotion
    if emotion is not None:
        pen = QPen(QColor(palette.EMOTION_CURVE), max(2.6 * k, 0.8))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for run in emotion.curve_runs():
            if len(run) < 2:
                continue
            path = QPainterPath(QPointF(ox + run[0][0] * k, oy + run[0][1] * k))
            for c1, c2, end in smooth_curve(run):
                path.cubicTo(QPointF(ox + c1[0] * k, oy + c1[1] * k), QPointF(ox + c2[0] * k, oy + c2[1] * k),
                             QPointF(ox + end[0] * k, oy + end[1] * k))
            p.drawPath(path)
