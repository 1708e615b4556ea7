"""MapView: the QGraphicsView that shows a MapScene — zoom, pan, rubber band, drops.

Zoom: Ctrl+wheel and pinch about the cursor, Ctrl+= / Ctrl+- / Ctrl+0 (100 %), fit.
Pan: wheel and scroll bars, space+drag, middle-button drag. The view tells the scene its scale
so the scene can switch its level of detail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QNativeGestureEvent, QPainter, QPixmapCache
from PySide6.QtWidgets import QFrame, QGraphicsView, QStyleOptionGraphicsItem

from .lane_labels import lane_name_shifts, paint_lane_labels
from .scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.01, 4.0  # 1 %: fit still shows all of a 20,000-card map
# A map opens no smaller than this: card text (10.5 units) stays above 9 px, readable at arm's
# length; a wider map opens at its first stages and scrolls.
OPEN_MIN_ZOOM = 0.9
ZOOM_STEP = 1.25


class MapView(QGraphicsView):
    """Shows a MapScene; ``zoomChanged(scale)`` reports the zoom (1.0 = 100 %)."""

    zoomChanged = Signal(float)

    def __init__(self, scene: MapScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("mapView")
        self.setAccessibleName(QCoreApplication.translate("MapView", "Journey map canvas"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # Only exposed regions are repainted; items carry their own caches.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Cards, headers and cells keep cached pictures (DeviceCoordinateCache) in Qt's pixmap
        # cache; its default 10 MB holds less than one full-screen view, so every repaint would
        # evict and redraw every card. A few screens' worth keeps a repaint to blits.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 96 * 1024))
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_down = False
        self._pan_from: QPointF | None = None
        self._opening = False  # the opening zoom follows resizes until the user takes over
        self.pinned_headers = True  # off when painting a picture piece by piece (canvas.map_png)
        scene.ensureVisibleRequested.connect(self._ensure_visible)
        scene.set_view_scale(1.0)
        # Headers pinned to the edges move against the scroll: repaint them when it scrolls.
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._headers_moved)
            bar.actionTriggered.connect(self.keep_zoom)  # the user dragged or clicked a bar

    # -- headers that stay in view ---------------------------------------------------------
    STICKY_MIN_ZOOM = 0.3  # below this the whole map is in view and pinned headers only clutter

    def _pinned_offsets(self) -> tuple[float, float]:
        """How far the stage row and the lane column must move to stay in view (scene units)."""
        if self.zoom() < self.STICKY_MIN_ZOOM or not self.pinned_headers:
            return 0.0, 0.0
        top_left = self.mapToScene(0, 0)
        dx, dy = max(0.0, top_left.x()), max(0.0, top_left.y())
        scene = self.map_scene()
        layout = scene.layout if scene is not None else None
        if layout is not None:  # a pinned band may take at most a third of a small canvas
            area = self.viewport().rect()
            if layout.style.lane_header_w * self.zoom() > area.width() / 3:
                dx = 0.0
            if layout.style.stage_header_h * self.zoom() > area.height() / 3:
                dy = 0.0
        return dx, dy

    def _headers_moved(self, _value: int) -> None:
        pinned = self._pinned_offsets() != (0.0, 0.0) or bool(lane_name_shifts(self, True))
        if pinned or getattr(self, "_was_pinned", False):
            self.viewport().update()
        self._was_pinned = pinned

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt's name)
        """Stage names stay at the top and lane names at the left while scrolling, so a map
        scrolled to its middle still says where you are."""
        dx, dy = self._pinned_offsets()
        shifts = lane_name_shifts(self, bool(dy))  # a tall lane's name follows its middle
        if not (dx or dy or shifts):
            paint_lane_labels(painter, self)  # zoomed far out: lanes still say what they are
            return
        sync = self.map_scene().items_
        layout = self.map_scene().layout
        option = QStyleOptionGraphicsItem()
        if dy and layout is not None:
            # Only the stages across the area being painted: a map of 125 stages painted every
            # header at each repaint once scrolled down.
            for box in layout.stages_across(rect.left(), rect.right()):
                item = sync.stages.get(box.stage_id)
                if item is None:
                    continue
                painter.save()
                painter.translate(0, dy)
                item.paint(painter, option, None)
                painter.restore()
        for lane_id, item in sync.lanes.items():
            down = shifts.get(lane_id, 0.0)
            if not (dx or down) or layout is None:
                continue
            header = layout.lane_box(lane_id).header
            painter.save()
            painter.setClipRect(QRectF(header.x + dx, header.y, header.w, header.h))
            painter.translate(dx, down)
            item.paint(painter, option, None)
            painter.restore()
        if dx and dy and layout is not None:  # the corner where both meet
            painter.fillRect(QRectF(dx, dy, layout.style.lane_header_w, layout.style.stage_header_h),
                             QColor(self.map_scene().scheme.background))

    def map_scene(self) -> MapScene:
        return self.scene()

    # -- card items follow what is in view (canvas.sync: they exist only there) -----------------
    PREFETCH = 0.5  # a screen's half on each side: scrolling a little finds the cards ready

    def visible_scene_rect(self) -> QRectF:
        """What the viewport shows, in scene coordinates, with the prefetch margin."""
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        mx, my = rect.width() * self.PREFETCH, rect.height() * self.PREFETCH
        return rect.adjusted(-mx, -my, mx, my)

    def _realize(self) -> None:
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.items_.realize_views()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt's name)
        super().scrollContentsBy(dx, dy)
        self._realize()

    def paintEvent(self, event) -> None:  # noqa: N802
        # Scrolling, zooming and resizing create the items first; this catches anything else
        # that changed what is in view (the cells already made cost a set difference).
        self._realize()
        super().paintEvent(event)

    # -- zoom ------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (1.0 = 100 %) keeping ``anchor`` (view coords) still."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-6:
            return
        old_anchor = self.transformationAnchor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor / current, factor / current)
        else:
            before = self.mapToScene(anchor.toPoint())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor / current, factor / current)
            # Scroll so that the scene point that was under the cursor is under it again.
            drift = self.mapFromScene(before) - anchor.toPoint()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() + drift.x())
            v.setValue(v.value() + drift.y())
        self.setTransformationAnchor(old_anchor)
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        scale = self.zoom()
        self.map_scene().set_view_scale(scale)
        self._realize()
        self.zoomChanged.emit(scale)

    def zoom_in(self) -> None:
        self.keep_zoom()
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.keep_zoom()
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.keep_zoom()
        self.set_zoom(1.0)

    def zoom_to_open(self) -> None:
        """The zoom a map opens at: its width fits the window, but never below OPEN_MIN_ZOOM
        nor above 100 %, showing its start (top-left). Until the user zooms, scrolls or clicks,
        every resize computes it again, so a window the window manager maximises after showing
        it opens at the zoom for its real size."""
        self._opening = True
        self._apply_opening_zoom()

    def keep_zoom(self, *_args) -> None:
        """The user has taken over: resizes no longer recompute the opening zoom."""
        self._opening = False

    def _apply_opening_zoom(self) -> None:
        layout = self.map_scene().layout
        view = self.viewport().rect()
        if layout is None or view.isEmpty():
            return
        self.set_zoom(min(max(view.width() / (layout.width + 40), OPEN_MIN_ZOOM), 1.0))
        # The map's top-left corner near the viewport's (not the scene margin's).
        corner = self.mapFromScene(QPointF(-16, -16))
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + corner.x())
        v.setValue(v.value() + corner.y())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._realize()
        if self._opening:
            self._apply_opening_zoom()

    def zoom_fit(self) -> None:
        """Fit the whole map in the window (never above 100 %)."""
        self.keep_zoom()
        rect = self.map_scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        layout = self.map_scene().layout
        if layout is not None:
            rect = QRectF(-20, -20, layout.width + 40, layout.height + 40)
            beside = self.map_scene().beside_grid
            if beside is not None:
                rect = rect.united(beside.adjusted(-20, -20, 20, 20))
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        factor = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        self.set_zoom(factor)
        self.centerOn(rect.center())

    @Slot(QRectF)
    def _ensure_visible(self, rect: QRectF) -> None:
        scene = self.map_scene()
        layout = scene.layout if scene is not None else None
        if layout is not None and rect.left() > layout.style.lane_header_w:
            # Keep room at the left and top for the headers pinned there, or they would cover
            # the card just scrolled to (Qt shows the right end when both do not fit).
            st = layout.style
            self.ensureVisible(rect.adjusted(-st.lane_header_w, 0, 0, 0), 40, 40)
            self.ensureVisible(rect.adjusted(0, -st.stage_header_h, 0, 0), 40, 40)
            return
        self.ensureVisible(rect, 40, 40)

    # -- events ----------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:  # noqa: N802
        self.keep_zoom()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.NativeGesture, QEvent.Type.Gesture):
            self.keep_zoom()
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom() * (1.0 + event.value()), event.position())
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_zoom(self.zoom() * pinch.scaleFactor(), QPointF(centre))
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self.keep_zoom()
        scene = self.map_scene()
        if not scene.editor.active:
            if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and scene.gesture is None:
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
                return
            if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                event.key() in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.zoom_in()
                return
            if event.matches(QKeySequence.StandardKey.ZoomOut):
                self.zoom_out()
                return
            if event.key() == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.zoom_reset()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.keep_zoom()
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space_down and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(delta.x()))
            v.setValue(v.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)


# The main window talks to the view; these editing actions live on the scene.
SCENE_ACTIONS = (
    "select_cards", "selected_card_ids", "reveal_card", "set_highlight", "copy", "cut", "paste",
    "duplicate", "delete_selection", "add_card_in_focused_cell", "select_all", "add_stage",
    "add_lane", "delete_stage", "delete_lane", "set_lane_kind", "toggle_lane_collapsed",
)


def _delegate(name: str):
    def action(self, *args, **kwargs):
        return getattr(self.scene(), name)(*args, **kwargs)

    action.__name__ = name
    action.__doc__ = f"Same as MapScene.{name}."
    return action


for _name in SCENE_ACTIONS:
    setattr(MapView, _name, _delegate(_name))
