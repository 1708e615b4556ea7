"""The one driver of the window tests (tests/ui, tests/acceptance): a user at the keyboard and
mouse of the real MainWindow.

Everything goes through what a person touches: menu items are found by the text shown in the
menus and triggered, keys go to whatever widget has the keyboard focus (any text, umlauts and
emoji included), clicks land on the view's viewport at on-screen positions or on widgets,
combo boxes are chosen from the keyboard or their list, and dialogs are answered through their
widgets (fields by accessible name, buttons by their text).

Modal dialogs and popup menus run their own event loop, so the answer must be arranged before
the action that opens them, and ``answering`` is the one way to do it:
``with answering("Cancel") as seen: trigger(window, "File", "Save")``. An answer is a button's
text or a handler given the dialog: ``save_as(path)``, ``keys(...)``, ``menu_item(...)``,
``filled(fill)`` (fill the form through its widgets with ``type_into``, ``choose``, ``tick``...,
then OK), or any function of the dialog that reads it and clicks a button; ``seen`` collects
each answered dialog's text, and a dialog that never came fails the block. A ``DialogPilot`` polls for
the active modal dialog or popup and hands it to the next answer; the acceptance tests keep one
running for the whole test (a dialog nobody expected is closed after a moment and fails the
test), elsewhere ``answering`` runs its own and rejects an unexpected dialog at once, so a test
never hangs on a forgotten dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from tests.canvas.driver import CanvasDriver

Handler = Callable[[QWidget], None]
Answer = str | Handler  # a button's text, or what to do with the dialog


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


def menu_action(window, *path: str) -> QAction:
    """The menu bar action at ``path``, e.g. ``menu_action(window, "File", "Save As…")``. The
    last name may be the start of the item's text: "Undo" finds "Undo Add Card" (undo items
    carry the command's name). Menus that fill themselves when opened (Open Recent) are."""
    actions = window.menuBar().actions()
    for i, name in enumerate(path):
        last = i == len(path) - 1
        action = next((a for a in actions if _plain(a.text()) == name), None)
        if action is None and last:
            action = next((a for a in actions if _plain(a.text()).startswith(name + " ")), None)
        if action is None:
            known = "\n".join(" › ".join(t) for t, _ in all_menu_actions(window))
            raise LookupError(f"no menu item {' › '.join(path[: i + 1])}; the menus hold:\n{known}")
        if last:
            return action
        menu: QMenu = action.menu()
        menu.aboutToShow.emit()
        actions = menu.actions()
    raise LookupError("empty menu path")


def trigger(window, *path: str) -> None:
    """Choose a menu item as a user would (it must be enabled, like a click on it)."""
    action = menu_action(window, *path)
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


def hover(window, scene_point: QPointF, shown: list) -> str:
    """Rest the mouse on ``scene_point`` of ``window``'s canvas until the tooltip comes: what
    it says ("" for none). ``shown`` collects tooltips (the test's stand-in for QToolTip)."""
    view = window.view
    view.centerOn(scene_point)
    at = view.mapFromScene(scene_point)
    activate(window)  # Qt shows tooltips in the active window only
    shown.clear()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))
    return shown[-1] if shown else ""


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


def type_keys(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, each as a key press and release
    that carries the character, as a keyboard (or an input method, for characters no key
    has) delivers it. Safe for any text: ``QTest.keyClicks`` maps every character to an ASCII
    key and aborts the whole process (a failed Q_ASSERT in qasciikey.cpp) on "é", "ß" or "😀"."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(widget, ch)  # a real key code too: shortcuts and key handlers see it
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            # Key_unknown with the text: what a dead key or a compose sequence ends in.
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def type_text(text: str) -> None:
    """Type ``text`` (any characters) into the widget that has the keyboard focus, key by key:
    each key goes to whatever has the focus by then (the first may open an editor)."""
    for ch in text:
        type_keys(focus(), ch)
    QApplication.processEvents()


def type_into(field: QWidget, text: str) -> None:
    """Click into a field, select what is there and type ``text`` over it (a new line is a
    press of Enter; no text deletes what was there)."""
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if not text:
        QTest.keyClick(field, Qt.Key.Key_Delete)
    for i, line in enumerate(text.split("\n")):
        if i:
            QTest.keyClick(field, Qt.Key.Key_Return)
        if line:
            type_keys(field, line)
    QApplication.processEvents()


def enter(field: QWidget, text: str) -> None:
    """Type over a one-line field and press Enter."""
    type_into(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def leave(field: QWidget) -> None:
    """Move the focus away from ``field``, as clicking elsewhere does."""
    field.clearFocus()
    QApplication.processEvents()


def choose(combo: QComboBox, value: str) -> None:
    """Pick the entry whose text is ``value`` in a combo box, from the keyboard."""
    index = combo.findText(value)
    assert index >= 0, f"{combo.accessibleName() or combo}: no entry {value!r}"
    _choose_index(combo, index)


def choose_data(combo: QComboBox, data) -> None:
    """Pick the option that stands for ``data`` (an id, an address) whatever its label."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    _choose_index(combo, index)


def _choose_index(combo: QComboBox, index: int) -> None:
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    steps = index - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        QTest.keyClick(combo, key)
    QApplication.processEvents()
    assert combo.currentIndex() == index, f"{combo.accessibleName() or combo}: entry {index} not reached"


def click_card(window, card_id: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a card on the canvas (near its left edge, clear of badges and handles)."""
    rect = window.scene.layout.cards[card_id].rect
    point = QPointF(rect.x + 20, rect.y + rect.h / 2)
    window.view.ensureVisible(point.x() - 2, point.y() - 2, 4, 4, 20, 20)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, modifiers,
                     window.view.mapFromScene(point))


def pick(combo: QComboBox, *, data=None, text: str | None = None) -> None:
    """Open the combo's list and click the entry holding ``data`` (or showing ``text``)."""
    index = combo.findData(data) if text is None else combo.findText(text)
    assert index >= 0, f"{combo.accessibleName()}: no entry {data if text is None else text!r}"
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    rect = popup.visualRect(popup.model().index(index, 0))
    QTest.mouseMove(popup.viewport(), rect.center())  # hovering makes the entry current
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert combo.currentIndex() == index


def press_button(parent: QWidget, label: str) -> None:
    """Click the button labelled ``label`` inside ``parent``."""
    buttons = [b for b in parent.findChildren(QAbstractButton)
               if _plain(b.text()) == label and b.isVisible()]
    assert buttons, f"no visible button {label!r}"
    QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def edit_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click a table cell, press F2 to edit it, type over it and press Enter."""
    item = table.item(row, column)
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table, "the cell did not open an editor"
    type_keys(editor, text)  # the editor opens with the old text selected
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes its editor a moment later


def open_cell(view: QAbstractItemView, row: int, column: int) -> QWidget:
    """Scroll to a cell of a table view, click it and return the editor it opens (a combo
    box, a line edit) with the keyboard focus."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(index).center())
    QApplication.processEvents()
    editor = view.indexWidget(index)
    assert editor is not None, f"cell ({row}, {column}) opened no editor"
    editor.setFocus(Qt.FocusReason.MouseFocusReason)
    return editor


def cell_text(view: QAbstractItemView, row: int, column: int) -> str:
    """What a table view's cell shows."""
    return view.model().index(row, column).data()


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


def canvas_of(window, qtbot) -> CanvasDriver:
    """The canvas driver on the window's own view."""
    driver = CanvasDriver.__new__(CanvasDriver)
    driver.store, driver.stack = window.session.store, window.session.undo_stack
    driver.scene, driver.view, driver.qtbot = window.scene, window.view, qtbot
    return driver


# -- dialogs and popups ---------------------------------------------------------------------
def field(dialog: QWidget, accessible_name: str) -> QWidget:
    """The widget of ``dialog`` with this accessible name (what a screen reader announces)."""
    for widget in dialog.findChildren(QWidget):
        if widget.accessibleName() == accessible_name:
            return widget
    raise AssertionError(f"no field named {accessible_name!r} in {dialog.windowTitle()!r}")


def find_dialog(parent: QWidget, kind):
    """The one open (non-modal) dialog of type ``kind`` over ``parent``."""
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]


def click_button(where: QWidget, which: str | QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok) -> None:
    """Click a button: a button box's standard one (Ok by default), or the one in a dialog
    whose text is ``which`` (mnemonics ignored)."""
    if isinstance(which, str):
        button(which)(where)
        return
    chosen = where.button(which)
    assert chosen.isEnabled(), f"{chosen.text()} is disabled"
    QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)


def dialog_text(dialog: QWidget) -> str:
    """What a dialog says: a message box's text and details, else its title."""
    if isinstance(dialog, QMessageBox):
        return f"{dialog.text()}\n{dialog.informativeText()}"
    return dialog.windowTitle()


class DialogPilot:
    """Answers modal dialogs and popup menus with queued handlers (see the module docstring).
    ``strict``: a dialog nobody expected is rejected at once (else after PATIENCE_MS)."""

    PATIENCE_MS = 3000

    def __init__(self, strict: bool = False) -> None:
        self.handlers: list[Handler] = []
        self.strict = strict
        self.dismissing: list[str] | None = None  # while set: cancel everything, note titles
        self.unexpected: list[str] = []
        self.errors: list[BaseException] = []  # raised by handlers, re-raised after the block
        self.seen: list[str] | None = None  # the texts of the dialogs answered (``answering``)
        self._handled: list[QWidget] = []
        self._seen: QWidget | None = None
        self._waiting = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10 if strict else 25)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            self._seen = None
            return
        if any(widget is done for done in self._handled):  # answered; it is still closing
            return
        if widget is not QApplication.activePopupWidget():
            activate(widget)  # a window manager activates a new modal dialog
        if self.handlers:
            self._seen = None
            handler = self.handlers.pop(0)
            if not isinstance(widget, QMenu):
                self._handled.append(widget)
                if self.seen is not None:
                    self.seen.append(dialog_text(widget))
            try:
                handler(widget)
            except BaseException as exc:  # reported after the block, never swallowed
                self.errors.append(exc)
                dismiss(widget)
            return
        if self.dismissing is not None:
            self.dismissing.append(widget.windowTitle() or type(widget).__name__)
            dismiss(widget)
            return
        if self.strict:
            self.unexpected.append(f"{type(widget).__name__} {dialog_text(widget)!r}")
            dismiss(widget)
            return
        if widget is not self._seen:
            self._seen = widget
            self._waiting.start()
        elif self._waiting.elapsed() > self.PATIENCE_MS:
            self.unexpected.append(f"{type(widget).__name__} {widget.windowTitle()!r}")
            dismiss(widget)
            self._seen = None


PILOT: DialogPilot | None = None  # the acceptance tests' pilot, running for the whole test


@contextmanager
def answering(*answers: Answer) -> Iterator[list[str]]:
    """Answer the next dialogs or popups, in order, each with a button's text or a handler;
    each must come. Yields the texts of the dialogs answered."""
    own = PILOT is None
    pilot = DialogPilot(strict=True) if own else PILOT
    seen: list[str] = []
    pilot.seen, pilot.errors = seen, []
    pilot.handlers.extend(button(a) if isinstance(a, str) else a for a in answers)
    try:
        yield seen
        QApplication.processEvents()
    finally:
        left = len(pilot.handlers)
        pilot.handlers.clear()
        pilot.seen = None
        if own:
            pilot.stop()
    if pilot.errors:
        raise pilot.errors[0]
    if own:
        assert not pilot.unexpected, f"unexpected dialogs: {pilot.unexpected}"
    assert left == 0, f"{left} expected dialog(s) never appeared (dialogs seen: {seen})"


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


def when_modal(answer: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Older spelling, still used by the compare and merge tests (being worked on elsewhere):
    run ``answer(dialog)`` on the next modal dialog, unchecked. New tests use ``answering``."""
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            answer(dialog)
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


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


def tick(box: QAbstractButton, on: bool = True) -> None:
    """Click a check box or radio button unless it already shows ``on``."""
    if box.isChecked() != on:
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(8, box.height() // 2))  # on the box itself, not past its label
    assert box.isChecked() == on, f"{box.text()!r} did not become {'ticked' if on else 'unticked'}"


def filled(fill: Handler, which: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok) -> Handler:
    """Fill the dialog with ``fill(dialog)`` (through its widgets), then click its OK button
    (or ``which``) in its button box."""

    def handler(widget: QWidget) -> None:
        fill(widget)
        click_button(widget.findChild(QDialogButtonBox), which)

    return handler


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
