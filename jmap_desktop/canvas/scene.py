"""MapScene: the journey map as a QGraphicsScene that mirrors a DocumentStore.

The scene subscribes to the store's change events and, once per undo step (or on the next turn
of the event loop for changes made outside the undo stack), re-lays out the map and moves its
items (``SceneSync``). It never edits the document itself: gestures and actions build undo
commands and push them on the stack, and the resulting store changes come back here.

Pointer input goes to a small gesture state machine (``tools``), keys to ``keyboard``; the
editing actions the main window calls (copy, paste, delete, ...) live in ``actions``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QToolTip

from ..commands import macro, push_command
from ..layout.map_layout import MapLayout, PendingSlot
from ..model import Change, ChangeKind, DocumentStore
from . import keyboard
from .actions import SceneActions
from .context_menu import build_menu
from .editor import InPlaceEditor
from .fonts import load_bundled_fonts
from .items.cards import CardItem
from .items.grid import CellItem, LaneHeaderItem, StageHeaderItem
from .items.overlays import BlueprintLinesItem, ConnectionItem, DropMarkerItem, EmotionCurveItem
from .link_tips import link_tip
from .palette_widget import parse_palette_mime
from .pile_tips import pile_tip
from .scheme import LIGHT, CanvasScheme
from .style_values import style_value
from .sync import SceneSync
from .tools import palette_drop, photo_drop
from .tools.base import Gesture
from .tools.pointer import begin_gesture, double_click

OVERVIEW_SCALE = 0.28  # below this zoom the cards of each lane are painted as one batch
# Below this zoom many cells are in view and each keeps a cached picture; above it a few are,
# and painting their plain fill is as cheap as the picture, which a lane that grows (a card
# typed in its tallest cell) would otherwise redraw for every cell in view.
CELL_CACHE_SCALE = 0.5


class MapScene(SceneActions, QGraphicsScene):
    """The canvas scene. ``MapScene(store, undo_stack)``; show it in a ``MapView``."""

    focusChanged = Signal()  # the focused card or cell changed
    layoutChanged = Signal()  # the scene re-laid out after a document change
    editingChanged = Signal(bool)  # in-place editing started (True) or ended (False)
    ensureVisibleRequested = Signal(QRectF)  # the view scrolls so this scene rect shows
    tablePasted = Signal(object)  # spreadsheet cells of several columns (io.table_read.Table)
    messageRequested = Signal(str)  # a refused gesture explained to the user (status bar)
    linkRequested = Signal(str, str, str)  # ("open" | "choose", "card" | "stage", id): the window acts

    def __init__(self, store: DocumentStore, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        load_bundled_fonts()
        self.store = store
        self.undo_stack = undo_stack
        self.layout: MapLayout | None = None
        self.overview = False
        self.highlight: frozenset[str] | None = None
        self.focus_card: str | None = None
        self.focus_cell: tuple[str, str] | None = None
        self.gesture: Gesture | None = None
        self.view_scale = 1.0
        self.scheme: CanvasScheme = LIGHT
        self.editing_chrome = True  # collapse toggles and the like; a presented slide has none
        # Marks drawn beside the grid (a comparison's ghost columns and rows): fitting the view
        # to the window takes them in too. Set by whoever draws them; None when there are none.
        self.beside_grid: QRectF | None = None
        self.setBackgroundBrush(QColor(self.scheme.background))
        # Items are mostly static and many; a BSP index keeps hit tests and exposes cheap.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

        self.emotion_item = EmotionCurveItem()
        self.blueprint_item = BlueprintLinesItem()
        self.drop_marker = DropMarkerItem()
        self.editor = InPlaceEditor(self)
        for item in (self.emotion_item, self.blueprint_item, self.drop_marker, self.editor):
            self.addItem(item)
        self.items_ = SceneSync(self)
        self.selectionChanged.connect(self._selection_changed)

        self._dirty = False
        self._changes: list[Change] | None = None  # since the last sync; None: start afresh
        # Owned by the scene, so a pending sync dies with it (a bare singleShot would outlive it).
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self._flush)

        # Weak links: the store and the stack may outlive the scene (the stack even emits while
        # it is being destroyed), so they must not call into a scene that is gone.
        this = weakref.ref(self)

        def alive():
            scene = this()
            if scene is not None and shiboken6.isValid(scene) and "_dirty" in scene.__dict__:
                return scene
            return None

        def on_change(change: Change) -> None:
            if (scene := alive()) is not None:
                scene._on_change(change)

        def after_undo_step(_index: int) -> None:
            if (scene := alive()) is not None:
                scene._flush()

        self._unsubscribe = store.subscribe(on_change)
        # Kept to disconnect exactly this connection: disconnecting by the function makes
        # PySide look the receiver up by the Python callable, which failed now and then
        # ("Failed to disconnect ... indexChanged" when a test's window closed).
        self._undo_connection = undo_stack.indexChanged.connect(after_undo_step)
        self.sync()

    # -- mirroring the store -----------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.CARDS_UPDATED:
            self.items_.dirty_cards.update(change.ids)
        elif change.kind in (ChangeKind.RESET, ChangeKind.EMOTION_SCALE):
            self.items_.dirty_cards.update(self.items_.cards)
        if change.kind == ChangeKind.RESET:
            self.focus_card = self.focus_cell = None
            self._changes = None
        elif self._changes is not None:
            self._changes.append(change)
        if not self._dirty:
            self._dirty = True
            # Changes made outside the undo stack (open, revert) are picked up on the next turn.
            self._sync_timer.start()

    @Slot()
    def _flush(self, *_args) -> None:
        if self._dirty:
            self.sync()

    def sync(self) -> None:
        """Bring the layout and the items in line with the document, now: only what the
        changes since the last sync touched, or everything after a reset."""
        self._dirty = False
        changes, self._changes = self._changes, []
        self.items_.apply(changes)
        self._drop_stale_focus()
        self.layoutChanged.emit()

    def reserve_card_slot(self, slot: PendingSlot | None) -> None:
        """Make room in the layout for the card being typed (the lane grows when its cell is
        full), or give the room back with None."""
        self._flush()  # the slot is laid out over the document as it is now
        if self.layout is not None and self.layout.pending != slot:
            self.items_.reserve(slot)
            self.layoutChanged.emit()

    def set_scheme(self, scheme: CanvasScheme) -> None:
        """Follow the window's theme (light or dark) around the cards, which stay paper."""
        if scheme == self.scheme:
            return
        self.scheme = scheme
        self.setBackgroundBrush(QColor(scheme.background))
        self.items_.apply()  # cells take their fill from the scheme
        self.update()

    def detach(self) -> None:
        """Stop listening to the store and the stack (the window is closing this document)."""
        self._unsubscribe()
        if self._undo_connection is not None:  # a second detach does nothing
            QObject.disconnect(self._undo_connection)
            self._undo_connection = None

    def push(self, command: QUndoCommand) -> None:
        """Apply an edit: every document change of the canvas goes through here.

        Raises StoreError when the store refuses the edit (nothing is recorded then)."""
        try:
            push_command(self.undo_stack, command)
        finally:
            self._flush()

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several pushes as one undo step (``commands.macro``); the scene re-lays out once
        after it, and a refused edit undoes the partial step and propagates."""
        try:
            with macro(self.undo_stack, text):
                yield
        finally:
            self._flush()

    # -- look-ups ------------------------------------------------------------------------
    # Set by the window for a saved map: link -> True when its target map or card is missing.
    link_check = None

    def helpEvent(self, event) -> None:  # noqa: N802 (Qt's name): a link's map, a pile's chips
        tip = link_tip(self, event.scenePos()) or pile_tip(self, event.scenePos())
        if not tip:
            super().helpEvent(event)
            return
        QToolTip.showText(event.screenPos(), tip, event.widget())
        event.accept()

    def link_broken(self, entity) -> bool:
        """``entity``: a card or a stage with a ``link``."""
        return entity.link is not None and self.link_check is not None and self.link_check(entity.link)

    @property
    def card_text_top(self) -> float:
        return style_value(self.layout.style, "card_text_top") if self.layout else 0.0

    @property
    def stage_font_size(self) -> float:
        return style_value(self.layout.style, "stage_font_size")

    @property
    def lane_font_size(self) -> float:
        return style_value(self.layout.style, "lane_font_size")

    def card_item(self, card_id: str) -> CardItem | None:
        """The card's item, created if the card is out of view (None: no such card)."""
        return self.items_.ensure(card_id)

    def stage_item(self, stage_id: str) -> StageHeaderItem | None:
        return self.items_.stages.get(stage_id)

    def lane_item(self, lane_id: str) -> LaneHeaderItem | None:
        return self.items_.lanes.get(lane_id)

    def connection_item(self, connection_id: str) -> ConnectionItem | None:
        return self.items_.connections.get(connection_id)

    def top_item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The topmost interactive item under ``pos`` (cards, headers, arrows, cells)."""
        self.realize_at(pos)
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder):
            if isinstance(item, CardItem | StageHeaderItem | LaneHeaderItem | ConnectionItem |
                          CellItem) and item.isVisible():
                return item
            if item is self.editor and self.editor.active:
                return item
        return None

    def connection_at(self, pos: QPointF) -> ConnectionItem | None:
        """On a map whose arrows one layer draws (past ``BULK_CONNECTIONS``): the arrow under
        ``pos`` as a selectable item, or None."""
        reach = max(4.0, 4.0 / max(self.view_scale, 0.01))  # as a single arrow's hit area, 4 px at least
        return self.items_.pick_connection(pos.x(), pos.y(), reach)

    def realize_at(self, pos: QPointF) -> None:
        """Card items for the cell under ``pos``, before hit-testing it (the views create them
        as cells come into view; this covers a press that comes before any paint)."""
        cell = self.cell_at(pos)
        if cell is not None:
            self.items_.realize_cell(cell)

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        return self.layout.cell_at(pos.x(), pos.y()) if self.layout else None

    # -- selection and focus ------------------------------------------------------------------
    def selected_card_ids(self) -> list[str]:
        """Selected cards in document order (stage, lane, order)."""
        ids = [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]
        return self.store_order(ids)

    def selected_connection_ids(self) -> list[str]:
        return [i.connection_id for i in self.selectedItems() if isinstance(i, ConnectionItem)]

    def store_order(self, card_ids) -> list[str]:
        doc = self.store.doc
        stage_pos = {s.id: i for i, s in enumerate(doc.stages)}
        lane_pos = {lane.id: i for i, lane in enumerate(doc.lanes)}

        def key(card_id: str):
            card = self.store.card(card_id)
            return stage_pos.get(card.stage_id, 0), lane_pos.get(card.lane_id, 0), card.order

        return sorted((i for i in card_ids if self.store.has_card(i)), key=key)

    def select_cards(self, card_ids, focus: bool = True) -> None:
        """Select exactly these cards (and focus the first one)."""
        items = [item for item in map(self.items_.ensure, card_ids) if item is not None]
        ids = [item.card_id for item in items]
        self.blockSignals(True)  # one selectionChanged for the whole batch
        try:
            self.clearSelection()
            for item in items:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()
        if focus and ids:
            self.set_focus_card(ids[0])

    @Slot()
    def _selection_changed(self) -> None:
        self.items_.kept = 0  # items kept for a selection may go once out of view

    def set_focus_card(self, card_id: str | None) -> None:
        if card_id is not None and not self.store.has_card(card_id):
            card_id = None
        old = self.items_.cards.get(self.focus_card) if self.focus_card else None
        if old is not None:
            old.set_focused(False)
        self._set_cell_focus(None)
        self.focus_card = card_id
        if card_id is not None:
            card = self.store.card(card_id)
            self.focus_cell = (card.stage_id, card.lane_id)
            item = self.items_.ensure(card_id)  # kept while focused, even out of view
            if item is not None:
                item.set_focused(True)
        self.focusChanged.emit()

    def set_focus_cell(self, cell: tuple[str, str] | None) -> None:
        if self.focus_card is not None:
            old = self.items_.cards.get(self.focus_card)
            if old is not None:
                old.set_focused(False)
        self.focus_card = None
        self._set_cell_focus(cell)
        self.focusChanged.emit()

    def _set_cell_focus(self, cell) -> None:
        if self.focus_cell and self.focus_cell in self.items_.cells:
            self.items_.cells[self.focus_cell].set_focused(False)
        self.focus_cell = cell
        if cell is not None and cell in self.items_.cells and self.focus_card is None:
            self.items_.cells[cell].set_focused(True)

    def _drop_stale_focus(self) -> None:
        if self.focus_card is not None and not self.store.has_card(self.focus_card):
            self.set_focus_cell(self.focus_cell if self.focus_cell in self.items_.cells else None)
        elif self.focus_cell is not None and self.focus_cell not in self.items_.cells:
            self.set_focus_cell(None)

    def set_heat(self, heat: dict[tuple[str, str], float] | None) -> None:
        """The hotspot overlay: cell -> 0..1 (None or {} turns it off)."""
        heat = heat or {}
        for cell, item in self.items_.cells.items():
            item.set_heat(heat.get(cell, 0.0))

    def set_highlight(self, card_ids=None) -> None:
        """Dim every card not in ``card_ids`` (find, filters, analysis); None shows all."""
        self.highlight = None if card_ids is None else frozenset(card_ids)
        for card_id, item in self.items_.cards.items():
            item.setOpacity(1.0 if self.highlight is None or card_id in self.highlight else 0.2)

    # -- level of detail ----------------------------------------------------------------------
    def set_view_scale(self, scale: float) -> None:
        """Called by the view when it zooms: switches the batched overview on or off."""
        self.view_scale = scale
        self.items_.set_cell_caching(scale < CELL_CACHE_SCALE)
        overview = scale < OVERVIEW_SCALE
        if overview != self.overview:
            self.overview = overview
            for layer in self.items_.layers.values():
                layer.setVisible(not overview)
            for item in self.items_.overviews.values():
                item.setVisible(overview)

    # -- pointer ------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.scenePos()
        if self.editor.active:
            if self.editor.contains(self.editor.mapFromScene(pos)):
                super().mousePressEvent(event)
                return
            self.editor.commit(start_next=False)
        if self.gesture is not None:  # a second button during a gesture: ignore it
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.gesture = begin_gesture(self, pos, event.modifiers())
        if self.gesture is None:
            event.ignore()  # empty canvas or a cell: the view starts a rubber band
        else:
            event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self.gesture is not None:
            self.gesture.move(event.scenePos(), event.modifiers())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self.gesture is not None:
            gesture, self.gesture = self.gesture, None
            gesture.release(event.scenePos(), event.modifiers())
            self._flush()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if self.editor.active and self.editor.contains(self.editor.mapFromScene(event.scenePos())):
            super().mouseDoubleClickEvent(event)
            return
        if self.gesture is not None:
            self.gesture.cancel()
            self.gesture = None
        double_click(self, event.scenePos())
        event.accept()

    def cancel_gesture(self) -> bool:
        """Escape during a drag: put everything back, record nothing."""
        if self.gesture is None:
            return False
        gesture, self.gesture = self.gesture, None
        gesture.cancel()
        return True

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if self.gesture is not None or self.editor.active:
            return
        item = self.top_item_at(event.scenePos())
        if item is None or isinstance(item, CellItem):
            item = self.connection_at(event.scenePos()) or item  # an arrow drawn by the layer of many
        menu = build_menu(self, item)
        if menu is not None:
            menu.exec(event.screenPos())
            event.accept()

    # -- drops from the palette ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        self._drag_entry = parse_palette_mime(event.mimeData())
        photo = self._drag_entry is None and photo_drop.mime_has_photo(event.mimeData())
        event.setAccepted(self._drag_entry is not None or photo)
        if self._drag_entry is not None or photo:
            event.setDropAction(Qt.DropAction.CopyAction)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        entry = getattr(self, "_drag_entry", None)
        if entry is None:  # an image: only a card can take it
            ok = photo_drop.accepts(self, event.mimeData(), event.scenePos())
        else:
            ok = palette_drop.preview(self, entry, event.scenePos())
        event.setAccepted(ok)
        if ok:
            event.setDropAction(Qt.DropAction.CopyAction)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.drop_marker.setVisible(False)
        self._drag_entry = None

    def dropEvent(self, event) -> None:  # noqa: N802
        entry = parse_palette_mime(event.mimeData())
        self._drag_entry = None
        if (palette_drop.drop(self, entry, event.scenePos()) if entry is not None
                else photo_drop.drop(self, event.mimeData(), event.scenePos())):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    # -- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.editor.active:
            self.editor.handle_key(event)
            return
        if keyboard.handle_key(self, event):
            event.accept()
            return
        super().keyPressEvent(event)
