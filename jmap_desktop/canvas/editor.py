"""Editing text in place: a card's text, a new card's text, a stage or lane name.

One ``InPlaceEditor`` (a QGraphicsTextItem) lives in the scene and is placed over what is
being edited. Nothing is written while typing; the commit pushes one command (AddCardsCommand
for a new card, UpdateCardsCommand or UpdateAxisCommand otherwise). Keys: Escape cancels an
edit of a card or name; on a new card it keeps what was typed (an empty one goes), as sticky-note
tools do, so a facilitator's note is never lost to the key that ends typing (Ctrl+Z removes it).
Ctrl+Enter or clicking away commits, Enter commits a card and starts the next one in the same
cell (keyboard-first entry), Shift+Enter is a line break.

A new card's editor sits in room the layout keeps for it (``MapScene.reserve_card_slot``):
the room grows with the text and is given back when the editor closes, so the editor never
covers the lane below and nothing is left behind after Escape.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from ..commands import AddCardsCommand, UpdateAxisCommand, UpdateCardsCommand
from ..layout import palette
from ..model import Card, CardKind
from ..model.kinds import DEFAULT_CARD_KIND_FOR_LANE
from .fonts import ui_font


@dataclass
class EditTarget:
    """What the editor is editing: ``kind`` is "card", "new_card", "stage" or "lane"."""

    kind: str
    entity_id: str = ""
    cell: tuple[str, str] | None = None
    index: int | None = None
    card_kind: CardKind | None = None


class InPlaceEditor(QGraphicsTextItem):
    def __init__(self, scene) -> None:
        super().__init__()
        self._scene = scene
        self.target: EditTarget | None = None
        self._finishing = False
        self._paper = QColor("white")
        self.setZValue(100)
        self.setVisible(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setDefaultTextColor(QColor(palette.INK))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.document().contentsChanged.connect(self._grow_slot)

    @property
    def active(self) -> bool:
        return self.target is not None

    def pending(self) -> tuple[EditTarget, str] | None:
        """What is being typed and not committed yet (autosave keeps it), or None."""
        return (self.target, self.toPlainText()) if self.target is not None else None

    # -- starting ------------------------------------------------------------------------
    def start(self, target: EditTarget, rect: QRectF, text: str, font_size: float,
              paper: str = "#ffffff", select_all: bool = False) -> None:
        if self.active:
            self.commit(start_next=False)
        self.target = target
        self._paper = QColor(paper)
        self.setFont(ui_font(font_size))
        self.document().setDocumentMargin(4)
        self.setPlainText(text)
        self.setPos(rect.topLeft())
        self.setTextWidth(rect.width())
        self.prepareGeometryChange()  # the box below the text is part of the item's bounds
        self._min_height = rect.height()
        self.setVisible(True)
        # The keys must reach the canvas even when another widget had them (a kind dragged
        # from the Palette leaves the keyboard focus on the Palette's list).
        for view in self._scene.views():
            if view.isVisible() and not view.hasFocus():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if select_all:
            cursor.movePosition(QTextCursor.MoveOperation.Start, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._scene.editingChanged.emit(True)

    # -- finishing -----------------------------------------------------------------------
    def commit(self, start_next: bool = False) -> None:
        """Write the text through one undo command; with ``start_next``, open the next card."""
        if not self.active or self._finishing:
            return
        target, text = self.target, self.toPlainText()
        self._close()
        scene = self._scene
        store = scene.store
        next_at: tuple[tuple[str, str], int] | None = None
        if target.kind == "card" and store.has_card(target.entity_id):
            card = store.card(target.entity_id)
            if text != card.text:
                scene.push(UpdateCardsCommand(store, {card.id: {"text": text}}, text=self.tr("Edit card text")))
            next_at = ((card.stage_id, card.lane_id), card.order + 1)
        elif target.kind == "new_card" and target.cell is not None:
            if text.strip():
                lane = store.lane(target.cell[1])
                kind = target.card_kind or DEFAULT_CARD_KIND_FOR_LANE.get(lane.kind, CardKind.NOTE)
                card = Card(stage_id=target.cell[0], lane_id=target.cell[1], kind=kind, text=text)
                scene.push(AddCardsCommand(store, [(card, target.index)], text=self.tr("Add card")))
                scene.select_cards([card.id])
                next_at = (target.cell, store.card(card.id).order + 1)
            else:
                start_next = False
        elif target.kind in ("stage", "lane"):
            is_stage = target.kind == "stage"
            entity = store.stage(target.entity_id) if is_stage else store.lane(target.entity_id)
            if text.strip() and text != entity.name:
                scene.push(UpdateAxisCommand(store, entity.id, is_stage, {"name": text.strip()},
                                             text=(self.tr("Rename stage") if is_stage else self.tr("Rename lane"))))
        if start_next and next_at is not None:
            scene.start_new_card(next_at[0], next_at[1], card_kind=target.card_kind)

    def cancel(self) -> None:
        """Close without writing anything."""
        if self.active:
            self._close()

    def escape(self) -> None:
        """Escape: a new card keeps its text (one undo step, no next card opens), an empty new
        card and an edit of an existing card or name are dropped."""
        if self.active and self.target.kind == "new_card" and self.toPlainText().strip():
            self.commit(start_next=False)
        else:
            self.cancel()

    def _close(self) -> None:
        self._finishing = True
        try:
            self.target = None
            self.clearFocus()
            self.setVisible(False)
            self.setPlainText("")
        finally:
            self._finishing = False
        self._scene.reserve_card_slot(None)  # the new card's room goes (or becomes the card)
        self._scene.editingChanged.emit(False)

    def _grow_slot(self) -> None:
        """A new card's text ran past its room: the layout makes the room taller."""
        if self.target is None or self.target.kind != "new_card" or self._finishing:
            return
        slot = self._scene.layout.pending if self._scene.layout is not None else None
        height = super().boundingRect().height()
        if slot is not None and abs(slot.height - height) > 0.5:
            self._scene.reserve_card_slot(replace(slot, height=height))

    # -- keys ------------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> None:
        """Keys while editing (the scene forwards them here whatever the focus item is)."""
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.escape()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            elif mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
                self.commit(start_next=False)
            else:
                self.commit(start_next=self.target.kind in ("card", "new_card"))
        elif key == Qt.Key.Key_Tab:
            self.commit(start_next=False)
        else:
            super().keyPressEvent(event)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.handle_key(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        # Clicking elsewhere in the window commits; a popup (context menu) does not.
        if self.active and not self._finishing and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit(start_next=False)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        # The paper is at least a card tall even with one line of text: Qt repaints (and
        # clears, when the editor closes) only inside this rectangle, so it must cover it all,
        # or an empty ghost box stays on the canvas after Escape.
        rect = super().boundingRect()
        rect.setHeight(max(rect.height(), getattr(self, "_min_height", 0.0)))
        return rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.boundingRect().adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(palette.SELECTION), 2))
        painter.setBrush(self._paper)
        painter.drawRoundedRect(rect, 3, 3)
        super().paint(painter, option, widget)
