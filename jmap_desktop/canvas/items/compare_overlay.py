"""Comparison marks over the canvas: added cards outlined, removed cards as faded ghosts in
their old cell, changed cards outlined with their before/after in a tooltip, moved cards with
an arrow from their old cell, KPI cards with their old and new value and the change
(``versions.kpi``); a removed stage or lane as a ghost column or row beside the grid
(``versions.ghosts``), holding the ghosts of its cards. Plain view state: it reads the scene's layout (``scene.layout``)
and redraws when the scene re-lays out; the document is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from ...layout import smooth_curve
from ...layout.map_layout import curve_runs
from ...versions.compare import BEFORE_CURVE, MARKS, Comparison, EntityChange
from ...versions.curve import before_curve, before_means
from ...versions.describe import field_label, value_text
from ...versions.ghosts import GhostAxis, plan_ghosts
from ...versions.kpi import BORDER, FILL, INK, KpiStrip, kpi_changes, kpi_strip
from ..fonts import draw_text

Z = 40  # above cards and connections, below the in-place editor

# The kinds of change as the Changes panel and the tooltips name them (translated on use).
CHANGE_NAMES = {"added": QT_TRANSLATE_NOOP("Changes", "Added"), "removed": QT_TRANSLATE_NOOP("Changes", "Removed"),
                "changed": QT_TRANSLATE_NOOP("Changes", "Changed"), "moved": QT_TRANSLATE_NOOP("Changes", "Moved")}


class MarkItem(QGraphicsItem):
    """An outline and a badge around one card; the tooltip tells what changed."""

    def __init__(self, kind: str, rect: QRectF, tip: str) -> None:
        super().__init__()
        self.kind, self.rect_ = kind, rect.adjusted(-4, -4, 4, 4)
        self.setToolTip(tip)
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the card below

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.rect_.adjusted(-12, -12, 12, 12)

    def shape(self) -> QPainterPath:  # hover (tooltip) on the badge and the outline only
        path = QPainterPath()
        path.addEllipse(_badge_rect(self.rect_))
        return path

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        mark = MARKS[self.kind]
        colour = QColor(mark["colour"])
        pen = QPen(colour, 3.0, Qt.PenStyle.DashLine if mark["dash"] else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect_, 6, 6)
        _draw_badge(painter, self.rect_, mark["badge"], colour)


class GhostItem(QGraphicsItem):
    """A removed card, faded, in the cell it was in."""

    def __init__(self, rect: QRectF, text: str, tip: str) -> None:
        super().__init__()
        self.rect_, self.text = rect, text
        self.setToolTip(tip)
        self.setZValue(Z)
        self.setOpacity(0.75)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect_.adjusted(-12, -12, 12, 12)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        mark = MARKS["removed"]
        colour = QColor(mark["colour"])
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(QColor(255, 255, 255, 200)))
        painter.drawRoundedRect(self.rect_, 4, 4)
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        font.setStrikeOut(True)
        painter.setFont(font)
        painter.setPen(colour)
        inner = self.rect_.adjusted(8, 4, -8, -4)
        painter.drawText(inner, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter, self.text)
        _draw_badge(painter, self.rect_, mark["badge"], colour)


class GhostAxisItem(QGraphicsItem):
    """A removed stage (a column right of the grid) or lane (a row below it): dashed and faded,
    its name struck through, so the ghosts of its cards have a place and nothing removed is
    invisible."""

    def __init__(self, axis: GhostAxis) -> None:
        super().__init__()
        self.axis = axis
        h, b = axis.header, axis.body
        self.header_, self.body_ = QRectF(h.x, h.y, h.w, h.h), QRectF(b.x, b.y, b.w, b.h)
        what = (QCoreApplication.translate("Changes", "Removed stage") if axis.collection == "stages"
                else QCoreApplication.translate("Changes", "Removed lane"))
        self.caption = what
        self.setToolTip(f"{what}: {axis.name}")
        self.setZValue(Z - 3)  # below the ghosts it holds
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.header_.united(self.body_).adjusted(-12, -12, 12, 12)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        # Faded greys around the grid's own colours: light bands on paper, dim ones on a dark
        # canvas (read from the scene at paint time, so a theme change shows at once).
        scheme = getattr(self.scene(), "scheme", None)
        dark = scheme is not None and scheme.dark
        colour = QColor(scheme.neutral if dark else MARKS["removed"]["colour"])
        body = QColor(scheme.header_fill if dark else "#f0f0f0")
        body.setAlpha(160 if dark else 150)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(body)
        painter.drawRect(self.body_)
        painter.setBrush(QColor("#2c3136") if dark else QColor(225, 225, 225, 220))
        painter.drawRect(self.header_)
        if dark:
            colour = QColor(scheme.muted_ink)
        inner = self.header_.adjusted(10, 6, -10, -6)
        font = QFont(painter.font())
        font.setPointSizeF(10)
        font.setBold(True)
        font.setStrikeOut(True)
        painter.setFont(font)
        painter.setPen(colour)
        top = inner.adjusted(0, 0, 0, -inner.height() / 2)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextSingleLine,
                         painter.fontMetrics().elidedText(self.axis.name, Qt.TextElideMode.ElideRight, int(top.width())))
        font.setBold(False)
        font.setStrikeOut(False)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        painter.drawText(inner.adjusted(0, inner.height() / 2 + 2, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.caption)
        _draw_badge(painter, self.header_, MARKS["removed"]["badge"], colour)


class MoveArrowItem(QGraphicsPathItem):
    """From the old cell's centre to the moved card."""

    def __init__(self, start: QPointF, end: QPointF, tip: str) -> None:
        super().__init__()
        colour = QColor(MARKS["moved"]["colour"])
        path = QPainterPath(start)
        mid = QPointF((start.x() + end.x()) / 2, min(start.y(), end.y()) - 40)
        path.quadTo(mid, end)
        self.setPath(path)
        self.setPen(QPen(colour, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setToolTip(tip)
        self.setZValue(Z - 1)
        self._head = _arrow_head(mid, end)
        self._start = start

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().adjusted(-12, -12, 12, 12)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        super().paint(painter, option, widget)
        painter.setBrush(self.pen().color())
        painter.drawPolygon(self._head)
        painter.drawEllipse(self._start, 4, 4)


class BeforeCurveItem(QGraphicsPathItem):
    """The older map's emotion curve, dashed, over the current one: how the journey felt then."""

    def __init__(self, points: list[tuple[float, float]], stages: list[int]) -> None:
        super().__init__()
        path = QPainterPath()
        for run in curve_runs(points, stages):
            path.moveTo(*run[0])
            for c1, c2, end in smooth_curve(run):
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            for x, y in run:
                path.addEllipse(QPointF(x, y), 3.5, 3.5)
        self.setPath(path)
        self.setPen(QPen(QColor(BEFORE_CURVE), 2.5, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        self.setToolTip(QCoreApplication.translate("Changes", "Emotion curve before (dashed)"))
        self.setZValue(Z - 2)


class KpiItem(QGraphicsItem):
    """A KPI's old and new value and the change, over the card's value strip."""

    def __init__(self, strip: KpiStrip, tip: str) -> None:
        super().__init__()
        self.strip = strip
        self.setToolTip(tip)
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the card below

    @property
    def text(self) -> str:
        return f"{self.strip.values}  {self.strip.change}".strip()

    def boundingRect(self) -> QRectF:  # noqa: N802
        s = self.strip
        return QRectF(s.x, s.y, s.w, s.h).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        s = self.strip
        painter.setPen(QPen(QColor(BORDER), 1.2))
        painter.setBrush(QColor(FILL))
        painter.drawRoundedRect(QRectF(s.x, s.y, s.w, s.h), 3, 3)
        draw_text(painter, s.values_x, s.baseline, s.values, s.size, QColor(INK), bold=True)
        draw_text(painter, s.change_x, s.baseline, s.change, s.size, QColor(s.colour), bold=True)


class CompareOverlay:
    """Shows a Comparison on a MapScene (the scene shows the newer map); ``clear`` removes it."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.comparison: Comparison | None = None
        self.items: list[QGraphicsItem] = []
        self.ghost_rects: dict[str, QRectF] = {}  # removed card id -> where its ghost is drawn
        self.axis_rects: dict[str, QRectF] = {}  # removed stage or lane id -> its ghost header
        self._means: tuple[dict, dict] | None = None  # the older map's emotion per stage
        self._scene_rect: tuple[QRectF, QRectF] | None = None  # (the map's, widened for ghosts)
        # Items by what they mark, with the content they were made from (see ``redraw``).
        self._keyed: dict[tuple, tuple[object, QGraphicsItem]] = {}
        self._old: dict[tuple, tuple[object, QGraphicsItem]] = {}
        scene.layoutChanged.connect(self.redraw)

    def show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.redraw()

    def clear(self) -> None:
        self.comparison = None
        self.redraw()

    def redraw(self) -> None:
        """Bring the marks in line with the comparison and the layout. A mark whose content
        (its change, its place, its words) is as it was stays the same item: after one edit of
        a 5,000-card map almost every mark stays, and removing and re-adding thousands of items
        and their tooltips took most of a second."""
        self._old, self._keyed = self._keyed, {}
        self.items, self.ghost_rects, self.axis_rects = [], {}, {}
        layout, result = self.scene.layout, self.comparison
        if result is None or layout is None:
            self._widen(None)
            self._drop_unused()
            return
        self._before_curve(result, layout)
        plan = plan_ghosts(result, layout)
        self._widen(QRectF(0, 0, plan.width, plan.height) if plan.axes else None)
        for axis in plan.axes:
            item = self._put(("axis", axis.entity_id), axis, lambda a=axis: GhostAxisItem(a))
            self.axis_rects[axis.entity_id] = item.header_
        for ghost in plan.cards:
            rect = QRectF(ghost.rect.x, ghost.rect.y, ghost.rect.w, ghost.rect.h)
            self.ghost_rects[ghost.card_id] = rect
            self._put(("ghost", ghost.card_id), ghost, lambda g=ghost, r=rect: GhostItem(
                r, g.label, QCoreApplication.translate("Changes", "Removed: {text}").format(text=g.text)))
        before_cards = {c["id"]: c for c in result.before.get("cards") or []}
        for change in result.changes:
            if change.collection != "cards" or change.kind == "removed":
                continue
            box = layout.cards.get(change.id)
            if box is None or not box.visible:
                continue
            r = box.rect
            where = (r.x, r.y, r.w, r.h)
            rect = QRectF(*where)
            if change.kind == "moved":
                old = self._old_cell(result, change.id, plan, before_cards)
                if old is not None:
                    old_cell, name = old
                    tip = QCoreApplication.translate("Changes", "Moved from {cell}").format(cell=name)
                    content = (where, old_cell.getRect(), tip)
                    self._put(("arrow", change.id), content, lambda o=old_cell, r=rect, t=tip: MoveArrowItem(
                        o.center(), QPointF(r.left(), r.top()), t))
                    self._put(("moved", change.id), content, lambda r=rect, t=tip: MarkItem("moved", r, t))
            else:
                self._put((change.kind, change.id), (where, change),
                          lambda c=change, r=rect: MarkItem(c.kind, r, tooltip(c, result)))
        after_cards = {c["id"]: c for c in result.after.get("cards") or []}
        for kpi in kpi_changes(result):
            box = layout.cards.get(kpi.card_id)
            if box is None or not box.visible:
                continue
            r = box.rect
            scored = (after_cards.get(kpi.card_id) or {}).get("emotion") is not None
            strip = kpi_strip(kpi, r.x, r.y, r.w, r.h, scored)
            self._put(("kpi", kpi.card_id), (strip, kpi.text),
                      lambda s=strip, k=kpi: KpiItem(s, f"KPI: {k.text}"))
        self._drop_unused()

    def _put(self, key: tuple, content, make) -> QGraphicsItem:
        """The item for ``key``: the one shown already when its ``content`` is the same,
        else a new one from ``make``."""
        kept = self._old.pop(key, None)
        if kept is not None and kept[0] == content and kept[1].scene() is self.scene:
            item = kept[1]
        else:
            if kept is not None and kept[1].scene() is self.scene:
                self.scene.removeItem(kept[1])
            item = make()
            self.scene.addItem(item)
        self._keyed[key] = (content, item)
        self.items.append(item)
        return item

    def _drop_unused(self) -> None:
        for _content, item in self._old.values():
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._old = {}

    def _before_curve(self, result: Comparison, layout) -> None:
        if layout.emotion is None:
            return
        # The older map's means change only with it: a comparison kept up to date while the
        # open map is edited keeps the same older map, and scoring it took 0.15 s at 5,000 cards.
        if self._means is None or self._means[0] is not result.before:
            self._means = (result.before, before_means(result))
        points, stages = before_curve(self._means[1], layout)
        if points:
            self._put(("curve",), (tuple(points), tuple(stages)), lambda: BeforeCurveItem(points, stages))

    def _widen(self, ghosts: QRectF | None) -> None:
        """Let the view scroll (and fit) to the ghost columns and rows beside the grid; the
        map's own scene rectangle again when there are none (or the comparison ended)."""
        self.scene.beside_grid = ghosts
        current = self.scene.sceneRect()
        base = self._scene_rect[0] if self._scene_rect and current == self._scene_rect[1] else current
        if ghosts is None:
            if self._scene_rect is not None:
                self._scene_rect = None
                if current != base:
                    self.scene.setSceneRect(base)
            return
        wide = base.united(ghosts.adjusted(-60, -60, 60, 60))
        self._scene_rect = (base, wide)
        if wide != current:
            self.scene.setSceneRect(wide)

    def _old_cell(self, result: Comparison, card_id: str, plan, before_cards: dict):
        card = before_cards.get(card_id)
        if card is None:
            return None
        rect = plan.old_cell(card["stage_id"], card["lane_id"])
        if rect is None:
            return None
        return QRectF(rect.x, rect.y, rect.w, rect.h), result.cell_name(card["stage_id"], card["lane_id"])

    def marks_of(self, kind: str) -> list[QGraphicsItem]:
        """The items drawn for one kind of change (tests and the legend count them)."""
        types = {"added": MarkItem, "changed": MarkItem, "moved": MoveArrowItem, "removed": GhostItem,
                 "curve": BeforeCurveItem, "kpi": KpiItem, "axis": GhostAxisItem}
        return [i for i in self.items if isinstance(i, types[kind])
                and (not isinstance(i, MarkItem) or i.kind == kind)]


def tooltip(change: EntityChange, comparison: Comparison | None = None) -> str:
    """"Changed: field: before → after", one line per field, in the user's words (the Before
    section's field names and values: a stage by its name, a kind by its label)."""
    head = QCoreApplication.translate("Changes", CHANGE_NAMES[change.kind])
    lines = [f"{head}: {change.label}"]
    for f in change.fields:
        lines.append(f"{field_label(f.field)}: {value_text(f.field, f.before, comparison)}"
                     f" → {value_text(f.field, f.after, comparison)}")
    return "\n".join(lines)


def _badge_rect(rect: QRectF) -> QRectF:
    return QRectF(rect.right() - 11, rect.top() - 11, 22, 22)


def _draw_badge(painter: QPainter, rect: QRectF, badge: str, colour: QColor) -> None:
    circle = _badge_rect(rect)
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(colour)
    painter.drawEllipse(circle)
    font = QFont(painter.font())
    font.setPointSizeF(10)
    font.setBold(True)
    font.setStrikeOut(False)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, badge)


def _arrow_head(control: QPointF, tip: QPointF, size: float = 9.0) -> QPolygonF:
    import math

    angle = math.atan2(tip.y() - control.y(), tip.x() - control.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
    right = QPointF(tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45))
    return QPolygonF([tip, left, right])
