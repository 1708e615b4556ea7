"""The export dialog's preview, drawn from the poster plan the export itself uses.

``render_preview`` paints the pages a PDF export will have, to scale: the page (or every
printer sheet of a tiled poster, in the orientation the plan chose, with its label), and on it
the poster in its colours: title, stage and lane headers, the cards with the faces the poster
prints (``layout.card_face``) where they are large enough to read, else their paper and kind
strip, and the emotion curve. The image is made at the screen's device pixel ratio so it is
crisp on a 2x display.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from ..canvas.fonts import draw_text
from ..canvas.painters import paint_face, paint_runs
from ..export.plan import TITLE_H, PosterPlan, SheetGrid
from ..layout import palette, smooth_curve
from ..layout.card_face import card_face
from ..layout.header_face import lane_header_face, stage_header_face

BACKDROP = "#e9ebee"
MIN_TEXT_PX = 3.0  # card text smaller than this on the preview is left out (it would be a smear)


def render_preview(plan: PosterPlan | None, doc, layout, width: int, height: int, dpr: float) -> QImage:
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
        _tiled(p, plan, doc, area)
    else:
        _pages(p, plan, doc, area)
    p.end()
    return image


def _pages(p: QPainter, plan: PosterPlan, doc, area: QRectF) -> None:
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
        _poster(p, plan, doc, origin, k, page)
        return
    for group, (pw, ph) in zip(plan.stage_groups, sizes, strict=True):
        page = QRectF(x, top, pw * fit, ph * fit)
        _paper(p, page)
        left, bottom = plan.stage_group_origin(group)
        origin = QPointF(page.x() + left * fit, page.bottom() - (bottom + plan.poster_size[1]) * fit)
        p.save()
        p.setClipRect(page.adjusted(plan.margin * fit, 0, -plan.margin * fit, 0))
        _poster(p, plan, doc, origin, k, page)
        p.restore()
        x += pw * fit + gap


def _tiled(p: QPainter, plan: PosterPlan, doc, area: QRectF) -> None:
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
    _poster(p, plan, doc, origin, plan.scale * fit, QRectF(left, top, span_w * fit, span_h * fit))
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


def _poster(p: QPainter, plan: PosterPlan, doc, origin: QPointF, k: float, clip: QRectF) -> None:
    """Title block, grid and legend of the poster, ``k`` preview pixels per layout unit."""
    p.save()
    p.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    title = QRectF(origin.x(), origin.y(), plan.width * k, TITLE_H * k)
    p.fillRect(title.adjusted(0, 0, 0, -TITLE_H * k * 0.1), QColor(palette.CANVAS_BACKGROUND))
    size = 28 * k
    if size >= 2.5:
        draw_text(p, origin.x() + 24 * k, origin.y() + 52 * k, doc.meta.title or "Journey map", size, palette.INK,
                  bold=True)
    _grid(p, doc, plan.layout, QPointF(origin.x(), origin.y() + TITLE_H * k), k)
    legend_y = origin.y() + (TITLE_H + plan.layout.height + 14) * k
    p.fillRect(QRectF(origin.x(), legend_y, plan.width * k, 80 * k), QColor(palette.CANVAS_BACKGROUND))
    p.restore()


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
                    paint_face(p, card_face(cards[card_id], card_box.rect, card_box.lines, card_box.font_size, st))
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
