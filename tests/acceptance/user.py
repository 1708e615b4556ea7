"""A user at the keyboard and mouse of the real MainWindow: the driver of the acceptance tests.

Everything here goes through what a person touches: menu actions are found by the text shown
in the menus and triggered, keys go to whatever widget has the keyboard focus, clicks land on
the view's viewport at on-screen positions, and dialogs are answered through their widgets.

Modal dialogs and popup menus run their own event loop, so the answer must be arranged before
the action that opens them: ``with answering(handler): trigger(window, "File", "Save As…")``.
A ``DialogPilot`` polls for the active modal dialog or popup and hands it to the next handler;
one that nobody expected is closed with Escape and reported as a failure, so a test never
hangs on a forgotten dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from tests.ui.uidriver import type_keys

Handler = Callable[[QWidget], None]


def _plain(text: str) -> str:
    """Menu text as the user reads it: no mnemonic ampersands, no shortcut after a tab."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0].strip()


# -- menus ----------------------------------------------------------------------------------
def menu_actions(menu: QMenu, trail: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], QAction]]:
    """Every action of ``menu`` and its submenus, with the menu texts that lead to it."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = (*trail, _plain(action.text()))
        if action.menu() is not None:
            yield from menu_actions(action.menu(), path)
        else:
            yield path, action


def all_menu_actions(window) -> list[tuple[tuple[str, ...], QAction]]:
    found = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            found.extend(menu_actions(top.menu(), (_plain(top.text()),)))
    return found


def find_action(window, *path: str) -> QAction:
    """The menu bar action at ``path``, e.g. ``find_action(window, "File", "Save As…")``."""
    wanted = tuple(path)
    for trail, action in all_menu_actions(window):
        if trail == wanted:
            return action
    known = "\n".join(" › ".join(t) for t, _ in all_menu_actions(window))
    raise LookupError(f"no menu item {' › '.join(path)}; the menus hold:\n{known}")


def trigger(window, *path: str) -> None:
    """Choose a menu item as a user would (it must be enabled, like a click on it)."""
    action = find_action(window, *path)
    assert action.isEnabled(), f"{' › '.join(path)} is disabled"
    action.trigger()
    QApplication.processEvents()


# -- keys and fields ------------------------------------------------------------------------
def activate(window: QWidget) -> None:
    """Make ``window`` the active one, as a click on it or a closing dialog does on a desktop
    (the offscreen platform leaves a closed dialog active)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        QApplication.processEvents()


def focus() -> QWidget:
    active = QApplication.activeWindow()
    if active is None or not active.isVisible():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if shown:
            activate(shown[-1])
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key press on the widget that has the keyboard focus."""
    QTest.keyClick(focus(), key, modifiers)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """Type ``text`` (any characters) into the widget that has the keyboard focus, key by key:
    each key goes to whatever has the focus by then (the first may open an editor)."""
    for ch in text:
        type_keys(focus(), ch)
    QApplication.processEvents()


def type_into(widget: QWidget, text: str) -> None:
    """Click into a field, select what is there and type over it."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(widget, text)
    QApplication.processEvents()


def choose(combo: QComboBox, value: str) -> None:
    """Pick the entry whose text is ``value`` in a combo box, from the keyboard."""
    index = combo.findText(value)
    assert index >= 0, f"{combo.accessibleName() or combo}: no entry {value!r}"
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    steps = index - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        QTest.keyClick(combo, key)
    QApplication.processEvents()


# -- the canvas -----------------------------------------------------------------------------
def _scene_point(view, x: float, y: float) -> QPoint:
    view.ensureVisible(x - 2, y - 2, 4, 4, 20, 20)
    return view.mapFromScene(QPointF(x, y))


def cell_point(view, stage_name: str, lane_name: str) -> QPoint:
    """On-screen point (viewport coordinates) of an empty spot in the cell, below its cards."""
    scene = view.scene()
    doc = scene.store.doc
    stage = next(s for s in doc.stages if s.name == stage_name)
    lane = next(ln for ln in doc.lanes if ln.name == lane_name)
    r = scene.layout.cells[(stage.id, lane.id)]
    return _scene_point(view, r.x + r.w - 12, r.y + r.h - 6)


def stage_header_point(view, stage_name: str) -> QPoint:
    scene = view.scene()
    stage = next(s for s in scene.store.doc.stages if s.name == stage_name)
    h = scene.layout.stage_box(stage.id).header
    return _scene_point(view, h.x + h.w / 2, h.y + h.h / 2)


def lane_header_point(view, lane_name: str) -> QPoint:
    scene = view.scene()
    lane = next(ln for ln in scene.store.doc.lanes if ln.name == lane_name)
    h = scene.layout.lane_box(lane.id).header
    return _scene_point(view, h.x + h.w / 2 - 10, h.y + min(h.h / 2, 30))


def card_point(view, text: str) -> QPoint:
    scene = view.scene()
    card = next(c for c in scene.store.doc.cards if c.text == text)
    r = scene.layout.cards[card.id].rect
    return _scene_point(view, r.x + r.w / 2, r.y + r.h / 2)


def click(view, point: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    activate(view.window())
    QTest.mouseClick(view.viewport(), button, Qt.KeyboardModifier.NoModifier, point)
    QApplication.processEvents()


def click_cell(view, stage_name: str, lane_name: str) -> None:
    click(view, cell_point(view, stage_name, lane_name))


def right_click(view, point: QPoint) -> None:
    """Open the context menu at ``point``; arrange its answer with ``answering`` first."""
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    QApplication.processEvents()


def grab(view) -> QImage:
    """What the canvas shows now, as the screen has it."""
    QApplication.processEvents()
    return view.viewport().grab().toImage()


# -- dialogs and popups ---------------------------------------------------------------------
class DialogPilot:
    """Answers modal dialogs and popup menus with queued handlers (see the module docstring)."""

    PATIENCE_MS = 3000

    def __init__(self) -> None:
        self.handlers: list[Handler] = []
        self.dismissing: list[str] | None = None  # while set: cancel everything, note titles
        self.unexpected: list[str] = []
        self._seen: QWidget | None = None
        self._waiting = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(25)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            self._seen = None
            return
        if widget is not QApplication.activePopupWidget():
            activate(widget)  # a window manager activates a new modal dialog
        if self.handlers:
            self._seen = None
            handler = self.handlers.pop(0)
            handler(widget)
            return
        if self.dismissing is not None:
            self.dismissing.append(widget.windowTitle() or type(widget).__name__)
            dismiss(widget)
            return
        if widget is not self._seen:
            self._seen = widget
            self._waiting.start()
        elif self._waiting.elapsed() > self.PATIENCE_MS:
            self.unexpected.append(f"{type(widget).__name__} {widget.windowTitle()!r}")
            dismiss(widget)
            self._seen = None


PILOT: DialogPilot | None = None


@contextmanager
def answering(*handlers: Handler) -> Iterator[None]:
    """Answer the next dialogs or popups, in order, with ``handlers``; each must come."""
    assert PILOT is not None, "the acceptance conftest starts the pilot"
    PILOT.handlers.extend(handlers)
    try:
        yield
    finally:
        left = len(PILOT.handlers)
        PILOT.handlers.clear()
    assert left == 0, f"{left} expected dialog(s) never appeared"


@contextmanager
def cancelling_dialogs() -> Iterator[list[str]]:
    """Cancel every dialog or menu that opens meanwhile; yields the titles of those seen."""
    assert PILOT is not None, "the acceptance conftest starts the pilot"
    seen: list[str] = []
    PILOT.dismissing = seen
    try:
        yield seen
    finally:
        PILOT.dismissing = None


def dismiss(widget: QWidget) -> None:
    """Cancel: Escape on a menu or dialog (a message box takes its Cancel/No/Close button)."""
    if isinstance(widget, QMessageBox):
        for role in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Close,
                     QMessageBox.StandardButton.No, QMessageBox.StandardButton.Ok):
            button = widget.button(role)
            if button is not None:
                button.click()
                return
    if isinstance(widget, QDialog):
        widget.reject()
        return
    QTest.keyClick(widget, Qt.Key.Key_Escape)


def focus_in(window: QWidget) -> QWidget:
    """The widget of ``window`` that has (or will have, once the window is active) the focus."""
    current = QApplication.focusWidget()
    if current is not None and current.window() is window:
        return current
    return window.focusWidget() or window


def press_enter(widget: QWidget) -> None:
    """Enter on whatever has the focus in the dialog (its default button or focused item)."""
    QTest.keyClick(focus_in(widget), Qt.Key.Key_Return)


def keys(*sequence: Qt.Key) -> Handler:
    """Press these keys, one after the other, in the dialog's focused widget."""

    def handler(widget: QWidget) -> None:
        for key in sequence:
            QTest.keyClick(focus_in(widget), key)

    return handler


def save_as(path) -> Handler:
    """Answer a file dialog by typing ``path`` into its file name field and pressing Enter."""

    def handler(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog), f"expected a file dialog, got {widget!r}"
        field = widget.findChild(QLineEdit, "fileNameEdit")
        # Set rather than typed key by key: the field's completer would pop up over it.
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        field.setText(str(path))
        QTest.keyClick(field, Qt.Key.Key_Return)

    return handler


def button(text: str) -> Handler:
    """Click the button labelled ``text`` (mnemonics ignored) in a dialog."""
    from PySide6.QtWidgets import QAbstractButton

    def handler(widget: QWidget) -> None:
        for candidate in widget.findChildren(QAbstractButton):
            if _plain(candidate.text()) == text and candidate.isVisible():
                candidate.click()
                return
        raise LookupError(f"no button {text!r} in {widget.windowTitle()!r}")

    return handler


def menu_item(*path: str) -> list[Handler]:
    """Handlers that pick ``path`` in a popup menu (one per level of submenu), by mouse."""

    def pick(text: str) -> Handler:
        def handler(widget: QWidget) -> None:
            assert isinstance(widget, QMenu), f"expected a menu, got {widget!r}"
            for action in widget.actions():
                if _plain(action.text()) == text:
                    widget.setActiveAction(action)
                    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                     widget.actionGeometry(action).center())
                    return
            dismiss(widget)
            raise LookupError(f"no menu item {text!r}; there are "
                              f"{[_plain(a.text()) for a in widget.actions()]}")

        return handler

    return [pick(text) for text in path]


def read_menu(into: list) -> Handler:
    """Note the menu's item paths (submenus included), then close it."""

    def handler(widget: QWidget) -> None:
        into.extend(path for path, action in menu_actions(widget) if action.isEnabled())
        dismiss(widget)

    return handler


def standard_button(which: QMessageBox.StandardButton) -> Handler:
    """Click a message box's standard button (Save, Discard, Cancel...), whatever its label."""

    def handler(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), f"expected a message box, got {widget!r}"
        widget.button(which).click()

    return handler


def drop_on(view, point: QPoint, mime) -> bool:
    """Let go of a drag carrying ``mime`` over ``point`` of the view (enter, move, drop)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    viewport = view.viewport()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, copy, mime, left, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, copy, mime, left, none))
    drop = QDropEvent(QPointF(point), copy, mime, left, none)
    QApplication.sendEvent(viewport, drop)
    QApplication.processEvents()
    return drop.isAccepted()


def list_item_point(widget, text: str) -> QPoint:
    """Where the entry labelled ``text`` of a list widget is on screen (viewport coordinates)."""
    item = next(widget.item(i) for i in range(widget.count()) if widget.item(i).text() == text)
    widget.scrollToItem(item)
    return widget.visualItemRect(item).center()
