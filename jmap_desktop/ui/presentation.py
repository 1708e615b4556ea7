"""Presentation mode: a full-screen window that shows one stage at a time, then the whole map.

Each stage becomes a slide: the stage alone with every lane, laid out by the shared layout at
the column width that lets it fill the screen (a wider column puts cards side by side, so the
lanes get shorter and the text larger), in two columns side by side when that shows the cards
larger (``slide_fit``). The stage's header is the slide's title, once, across the top: its
number, name and time span, and its description under them, in screen-sized type so the back
of the room can read it; the columns under it show the lanes without the header band (two
columns each repeated it, under a title that said it a third time). After the last stage comes
the whole map, with every stage's header. The slides
are drawn from a copy of the map in their own scene, so nothing on them can be edited and the
editor window is never touched: Escape closes the presentation and the editor is exactly as it
was (geometry, panels, zoom, scroll, selection).

Keys: Right, Down, Page Down, Space, Enter or a left click go forward (a presentation clicker
sends Page Down and Page Up); Left, Up, Page Up, Backspace or a right click go back; Home and
End jump; Escape leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ..canvas import MapScene, MapView
from ..model import DocumentStore, JourneyMap, Stage
from .slide_fit import (  # noqa: F401 (re-exported)
    MARGIN,
    MAX_ZOOM,
    fit_stage,
    header_height,
    shown_height,
    slide_parts,
    stage_slide,
)

ADVANCE = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space,
           Qt.Key.Key_Return, Qt.Key.Key_Enter}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


def stage_caption(stage: Stage, number: int, height: int, scheme) -> str:
    """The title of a stage's slide as rich text, the stage's only header on it: number, name
    and time span, then the description, sized for a screen ``height`` pixels tall."""
    import html  # here: the window imports this module at start, a slide is shown much later

    title_px, text_px = max(20, round(height * 0.034)), max(15, round(height * 0.024))
    span = (f' <span style="color:{scheme.muted_ink}; font-weight:400">· {html.escape(stage.time_span)}</span>'
            if stage.time_span.strip() else "")
    text = html.escape(stage.description.strip()).replace("\n", "<br>")
    return (f'<div style="font-size:{title_px}px; font-weight:600; color:{scheme.ink}">'
            f'{number}&nbsp;&nbsp;{html.escape(stage.name or QCoreApplication.translate("PresentationWindow", "Untitled stage"))}{span}</div>'
            + (f'<div style="font-size:{text_px}px; color:{scheme.ink}; margin-top:6px">{text}</div>'
               if text else ""))


class Slide(QWidget):
    """One slide: a stage as one column, or as two side by side, each in a view of its own
    that shows it (nothing on it can be edited); ``views`` in reading order, ``reserved`` the
    screen pixels kept free above each for the stage's caption. ``bare``: the columns show the
    stage's lanes without its header band (the caption above is the header)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self.views: list[MapView] = []
        self.reserved: list[float] = []
        self.bare = False

    def add(self, scene: MapScene, reserved: float = 0.0) -> None:
        view = MapView(scene)
        view.setInteractive(False)  # no hover handles, selection or editing on a slide
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.viewport().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.row.addWidget(view, 1)
        self.views.append(view)
        self.reserved.append(reserved)

    def zoom(self) -> float:
        return self.views[0].zoom()

    def fit(self) -> None:
        """One zoom for every part, so cards are the same size on both halves; each part
        below what is reserved above it."""
        layouts = [view.map_scene().layout for view in self.views]
        areas = [view.viewport().rect() for view in self.views]
        if any(layout is None for layout in layouts) or any(area.isEmpty() for area in areas):
            return
        parts = list(zip(self.views, layouts, areas, self.reserved, strict=True))
        heights = [shown_height(layout) if self.bare else layout.height for layout in layouts]
        zoom = min([MAX_ZOOM] + [min((area.width() - 2 * MARGIN) / layout.width,
                                     max(area.height() - 2 * MARGIN - above, 1.0) / height)
                                 for (_, layout, area, above), height in zip(parts, heights, strict=True)])
        # One column is centred in the height left over; two start at the top, just under the
        # caption, so that neither floats away from it.
        slack = 0.0 if len(parts) > 1 else \
            (areas[0].height() - 2 * MARGIN - self.reserved[0] - heights[0] * zoom) / 2
        for view, layout, area, above in parts:
            view.set_zoom(zoom)
            # The view shows exactly this scene rectangle: the part's top (its first lane, on a
            # bare slide) at its place.
            first = header_height(layout) if self.bare else 0.0
            top = (above + MARGIN + max(slack, 0.0)) / zoom
            shown = QRectF(layout.width / 2 - area.width() / zoom / 2, first - top,
                           area.width() / zoom, area.height() / zoom)
            view.setSceneRect(shown)
            view.centerOn(shown.center())


class PresentationWindow(QWidget):
    """The full-screen window; ``step(delta)`` moves, ``index`` is the slide shown."""

    def __init__(self, doc: JourneyMap, scheme, size, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("{title} — Presenting").format(title=doc.meta.title or self.tr("Journey map")))
        self.setAccessibleName(QCoreApplication.translate("PresentationWindow", "Presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(scheme.background))
        self.setPalette(palette)
        self.doc = doc.model_copy(deep=True)
        self.scheme = scheme
        self.screen_size = size
        self.caption = QLabel(self)  # the stage's title and description, over its slide's top
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setAccessibleName(QCoreApplication.translate("PresentationWindow", "Stage description"))
        self.caption.setContentsMargins(2 * MARGIN, MARGIN, 2 * MARGIN, 0)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.caption.hide()
        self.stack = QStackedLayout()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.stack, 1)
        self.slides: dict[int, Slide] = {}
        self.counter = QLabel(self)
        self.counter.setStyleSheet("color: #8a9099; padding: 6px 12px;")
        self.counter.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.index = -1

    @property
    def overview_index(self) -> int:
        return len(self.doc.stages)

    def _slide(self, index: int) -> Slide:
        if index not in self.slides:
            width, height = self.screen_size
            caption = self._caption_height(width)  # across the screen, above every column
            if index == self.overview_index:
                parts = [self.doc]
            else:
                parts = slide_parts(self.doc, self.doc.stages[index].id, width, height, caption)
            slide = Slide(self)
            slide.bare = index != self.overview_index
            for doc in parts:
                scene = MapScene(DocumentStore(doc), QUndoStack(self), self)
                scene.editing_chrome = False
                scene.set_scheme(self.scheme)
                if slide.bare:  # the caption is the stage's header: not again over each column
                    scene.stage_item(doc.stages[0].id).hide()
                slide.add(scene, caption)
            self.stack.addWidget(slide)
            self.slides[index] = slide
        return self.slides[index]

    def _caption_height(self, width: int) -> int:
        return self.caption.heightForWidth(width) if self.caption.text() else 0

    def _set_caption(self, index: int) -> None:
        text = "" if index == self.overview_index else \
            stage_caption(self.doc.stages[index], index + 1, self.screen_size[1], self.scheme)
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def show_slide(self, index: int) -> None:
        self.index = max(0, min(index, self.overview_index))
        self._set_caption(self.index)  # first: the slide is fitted to the room left under it
        slide = self._slide(self.index)
        self.stack.setCurrentWidget(slide)
        self.layout().activate()
        slide.fit()
        self.caption.setGeometry(0, 0, self.width(), self._caption_height(self.width()))
        self.caption.raise_()
        total = len(self.doc.stages)
        self.counter.setText(self.tr("Whole map") if self.index == total else f"{self.index + 1} / {total}")
        self.counter.adjustSize()
        self._place_counter()
        self.counter.raise_()

    def _place_counter(self) -> None:
        self.counter.move(self.width() - self.counter.width() - 8,
                          self.height() - self.counter.height() - 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        size = (self.width(), self.height())
        if size != self.screen_size and self.width() > 0:
            self.screen_size = size  # the real screen: lay the stages out for it again
            for slide in self.slides.values():
                self.stack.removeWidget(slide)
                slide.deleteLater()
            self.slides.clear()
        if self.index >= 0:
            self.show_slide(self.index)


class Presentation(QObject):
    """Starts and ends presenting for a main window; ``index`` is the slide shown
    (``len(stages)`` is the whole map)."""

    stageChanged = Signal(int)
    finished = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.screen_window: PresentationWindow | None = None

    @property
    def active(self) -> bool:
        return self.screen_window is not None

    @property
    def index(self) -> int:
        return self.screen_window.index if self.screen_window is not None else -1

    def on_overview(self) -> bool:
        return self.active and self.index == self.screen_window.overview_index

    def start(self) -> None:
        window = self.window
        if self.active or not window.session.doc.stages:
            return
        if window.scene.editor.active:
            window.scene.editor.commit(start_next=False)
        screen = window.screen()
        geometry = screen.geometry()
        shown = PresentationWindow(window.session.doc, window.scene.scheme,
                                   (geometry.width(), geometry.height()))
        shown.installEventFilter(self)
        shown.setScreen(screen)
        shown.setGeometry(geometry)  # also where no window manager honours full screen
        self.screen_window = shown
        shown.showFullScreen()
        shown.activateWindow()
        shown.setFocus()
        self.show_stage(0)

    def stop(self) -> None:
        if self.screen_window is None:
            return
        shown, self.screen_window = self.screen_window, None
        shown.removeEventFilter(self)
        shown.close()
        shown.deleteLater()
        self.window.activateWindow()
        self.window.view.setFocus()
        self.finished.emit()

    def show_stage(self, index: int) -> None:
        if self.screen_window is not None:
            self.screen_window.show_slide(index)
            self.stageChanged.emit(self.screen_window.index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is not self.screen_window:
            return False
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            self._key(event.key())
            return True
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.LeftButton:
                self.show_stage(self.index + 1)
            elif event.button() == Qt.MouseButton.RightButton:
                self.show_stage(self.index - 1)
            return True
        if event.type() == QEvent.Type.Close and self.screen_window is not None:
            self.stop()  # closed by the window manager (Alt+F4)
        return False

    def _key(self, key: int) -> None:
        if key == Qt.Key.Key_Escape:
            self.stop()
        elif key in ADVANCE:
            self.show_stage(self.index + 1)
        elif key in BACK:
            self.show_stage(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_stage(0)
        elif key == Qt.Key.Key_End:
            self.show_stage(self.screen_window.overview_index)
