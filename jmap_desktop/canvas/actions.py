"""The editing actions of the canvas, as the main window's menus and shortcuts call them.

Mixed into MapScene. Each action turns the selection or focus into one undo command (or one
macro) and pushes it; none touches the document directly.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication

from ..commands import (
    AddAxisCommand,
    AddCardsCommand,
    AddConnectionCommand,
    RemoveAxisCommand,
    RemoveCardsCommand,
    RemoveConnectionsCommand,
    UpdateAxisCommand,
    push_command,
)
from ..layout import palette
from ..layout.map_layout import PendingSlot
from ..model import CardKind, Lane, LaneKind, Stage, new_id
from ..model.kinds import DEFAULT_CARD_KIND_FOR_LANE, LANE_KIND_LABELS
from .clipboard import (
    cards_from_mime,
    cards_from_table,
    cards_to_mime,
    fit_to_document,
    table_from_mime,
)
from .editor import EditTarget
from .labels import label
from .style_values import style_value
from .tools import photo_drop


class SceneActions:
    """Copy, paste, delete, insert, rename...; ``self`` is the MapScene."""

    # -- editing text ----------------------------------------------------------------------
    def edit_card(self, card_id: str, select_all: bool = False) -> None:
        box = self.layout.cards.get(card_id)
        if box is None or not box.visible:
            return
        card = self.store.card(card_id)
        self.select_cards([card_id])
        r = box.rect
        self.editor.start(EditTarget("card", card_id), QRectF(r.x, r.y, r.w, r.h), card.text,
                          box.font_size, palette.card_fill(card.kind, card.colour), select_all)
        self.ensureVisibleRequested.emit(QRectF(r.x, r.y, r.w, r.h))

    def start_new_card(self, cell: tuple[str, str], index: int | None = None, text: str = "",
                       card_kind: CardKind | None = None) -> None:
        """Open the editor for a card not created yet; the commit adds it (one undo step)."""
        if self.editor.active:  # finish what is being typed before making room elsewhere
            self.editor.commit(start_next=False)
        if cell not in self.layout.cells:
            return
        count = len(self.store.cell_cards(*cell))
        index = count if index is None else max(0, min(index, count))
        style = self.layout.style
        lane = self.store.lane(cell[1])
        kind = card_kind or DEFAULT_CARD_KIND_FOR_LANE.get(lane.kind, CardKind.NOTE)
        # The layout keeps a card's room for the editor, so it never covers the lane below.
        self.reserve_card_slot(PendingSlot(cell, index))
        box = self.layout.pending_box
        rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h) if box is not None \
            else self._slot_over_cell(cell, index)
        self.set_focus_cell(cell)
        self.editor.start(EditTarget("new_card", cell=cell, index=index, card_kind=card_kind),
                          rect, text, style_value(style, "card_font_size"), palette.card_fill(kind))
        self.ensureVisibleRequested.emit(rect)

    def _slot_over_cell(self, cell: tuple[str, str], index: int) -> QRectF:
        """Where the editor goes in a lane that does not flow its cards (the emotion lane's
        chips): at the drop marker, over the cell."""
        style = self.layout.style
        marker = self.layout.drop_marker(cell, index)
        card_width, cell_padding = style_value(style, "card_width"), style_value(style, "cell_padding")
        width = min(card_width, self.layout.cells[cell].w - 2 * cell_padding)
        rect = QRectF(marker.x, marker.y, width, style_value(style, "card_min_height"))
        if marker.h < marker.w:  # a horizontal marker: the card goes below it
            rect.moveLeft(marker.x)
        else:
            rect.moveLeft(marker.x + marker.w)
        cell_rect = self.layout.cells[cell]
        if rect.right() > cell_rect.right:
            rect.moveRight(cell_rect.right - cell_padding)
        return rect

    def add_card_in_focused_cell(self, kind: CardKind | None = None) -> None:
        """Insert a card in the focused cell (after the focused card) and start typing it."""
        cell, index = self._insertion_point()
        if cell is not None:
            self.start_new_card(cell, index, card_kind=kind)

    def _insertion_point(self) -> tuple[tuple[str, str] | None, int | None]:
        if self.focus_card is not None and self.store.has_card(self.focus_card):
            card = self.store.card(self.focus_card)
            return (card.stage_id, card.lane_id), card.order + 1
        if self.focus_cell is not None:
            return self.focus_cell, None
        selected = self.selected_card_ids()
        if selected:
            card = self.store.card(selected[-1])
            return (card.stage_id, card.lane_id), card.order + 1
        if self.layout and self.layout.cells:
            return next(iter(self.layout.cells)), None
        return None, None

    def rename_stage(self, stage_id: str) -> None:
        box = self.layout.stage_box(stage_id)
        h = box.header
        self.editor.start(EditTarget("stage", stage_id), QRectF(h.x + 24, h.y + 4, h.w - 30, h.h - 8),
                          self.store.stage(stage_id).name, self.stage_font_size, select_all=True)

    def rename_lane(self, lane_id: str) -> None:
        box = self.layout.lane_box(lane_id)
        h = box.header
        self.editor.start(EditTarget("lane", lane_id), QRectF(h.x + 8, h.y + 4, h.w - 30, 34),
                          self.store.lane(lane_id).name, self.lane_font_size, select_all=True)

    # -- selection -------------------------------------------------------------------------
    def select_all(self) -> None:
        # Every card gets an item (they exist only for cells in view): a rare, whole-map step.
        self.select_cards(self.store_order(self.layout.cards if self.layout else ()), focus=False)

    def reveal_card(self, card_id: str) -> None:
        """Select a card, give it the keyboard focus and scroll it into view.

        (Not ``focus_card``: that name is the scene's attribute holding the focused card id.)"""
        if self.layout is None or card_id not in self.layout.cards:
            return
        self.select_cards([card_id])
        box = self.layout.cards[card_id].rect
        self.ensureVisibleRequested.emit(QRectF(box.x, box.y, box.w, box.h))

    # -- clipboard -------------------------------------------------------------------------
    def copy(self) -> bool:
        ids = self.selected_card_ids()
        if not ids:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(self.store, ids))
        return True

    def cut(self) -> None:
        if self.copy():
            ids = self.selected_card_ids()
            self.push(RemoveCardsCommand(self.store, ids,
                                         text=self.tr("Cut card") if len(ids) == 1 else self.tr("Cut {count} cards").format(count=len(ids))))

    def paste(self) -> list[str]:
        """Paste into the focused cell (after the focused card); returns the new card ids.

        Spreadsheet cells of several columns are handed to whoever listens to ``tablePasted``
        (the window's import dialog maps their columns); one column pastes a card per cell.
        An image pasted while one card is selected becomes a photo on that card."""
        mime = QGuiApplication.clipboard().mimeData()
        selected = self.selected_card_ids()
        if len(selected) == 1 and mime is not None and mime.hasImage():
            photo_drop.attach(self, selected[0], mime)
            return []
        table = table_from_mime(mime)
        if table is not None and len(table.headers) > 1:
            self.tablePasted.emit(table)
            return []
        clip = cards_from_table(table) if table is not None else cards_from_mime(mime)
        cell, index = self._insertion_point()
        if clip is None or not clip.cards or cell is None:
            return []
        cards = [fit_to_document(self.store, c, cell) for c in clip.cards]
        if clip.plain:  # lines of text or spreadsheet cells become the lane's usual kind of card
            kind = DEFAULT_CARD_KIND_FOR_LANE.get(self.store.lane(cell[1]).kind, CardKind.NOTE)
            cards = [c.model_copy(update={"kind": kind}) for c in cards]
        items = [(c, None if index is None else index + i) for i, c in enumerate(cards)]
        n = len(cards)
        text = self.tr("Paste card") if n == 1 else self.tr("Paste {n} cards").format(n=n)
        with self.macro(text):
            push_command(self.undo_stack, AddCardsCommand(self.store, items, text=text))
            for conn in clip.connections:
                push_command(self.undo_stack, AddConnectionCommand(self.store, conn))
        ids = [c.id for c in cards]
        self.select_cards(ids)
        return ids

    def duplicate(self) -> list[str]:
        """Copies of the selected cards, each right after its original."""
        ids = self.selected_card_ids()
        if not ids:
            return []
        items = []
        # Inserting from the last card of each cell backwards keeps every index valid.
        for card_id in reversed(ids):
            card = self.store.card(card_id)
            copy = card.model_copy(deep=True, update={"id": new_id()})
            items.append((copy, card.order + 1))
        self.push(AddCardsCommand(self.store, items,
                                  text=self.tr("Duplicate card") if len(ids) == 1 else self.tr("Duplicate {count} cards").format(count=len(ids))))
        new_ids = [c.id for c, _ in reversed(items)]
        self.select_cards(new_ids)
        return new_ids

    def delete_selection(self) -> None:
        cards = self.selected_card_ids()
        connections = [c for c in self.selected_connection_ids()]
        if cards:  # connections touching deleted cards go with them
            gone = set(cards)
            connections = [
                i for i in connections
                if not {self.store.connection(i).source_id, self.store.connection(i).target_id} & gone
            ]
        if not cards and not connections:
            return
        with self.macro(self.tr("Delete")):
            if connections:
                push_command(self.undo_stack, RemoveConnectionsCommand(self.store, connections))
            if cards:
                push_command(self.undo_stack, RemoveCardsCommand(self.store, cards))

    # -- stages and lanes --------------------------------------------------------------------
    def add_stage(self, index: int | None = None, name: str = "", rename: bool = True) -> str:
        stage = Stage(name=name or self.tr("New stage"))
        self.push(AddAxisCommand(self.store, stage, index, text=self.tr("Add stage")))
        if rename:
            self.rename_stage(stage.id)
        return stage.id

    def add_lane(self, kind: LaneKind = LaneKind.CUSTOM, index: int | None = None,
                 name: str | None = None, rename: bool = True) -> str:
        lane = Lane(name=name or label(LANE_KIND_LABELS[LaneKind(kind)]), kind=kind)
        self.push(AddAxisCommand(self.store, lane, index, text=self.tr("Add lane")))
        if rename:
            self.rename_lane(lane.id)
        return lane.id

    def delete_stage(self, stage_id: str) -> None:
        self.push(RemoveAxisCommand(self.store, stage_id, is_stage=True))

    def delete_lane(self, lane_id: str) -> None:
        self.push(RemoveAxisCommand(self.store, lane_id, is_stage=False))

    def set_lane_kind(self, lane_id: str, kind: LaneKind) -> None:
        if self.store.lane(lane_id).kind != kind:
            self.push(UpdateAxisCommand(self.store, lane_id, False, {"kind": LaneKind(kind)},
                                        text=self.tr("Make lane {kind}").format(kind=label(LANE_KIND_LABELS[LaneKind(kind)]))))

    def toggle_lane_collapsed(self, lane_id: str) -> None:
        lane = self.store.lane(lane_id)
        text = self.tr("Expand lane “{name}”") if lane.collapsed else self.tr("Collapse lane “{name}”")
        self.push(UpdateAxisCommand(self.store, lane_id, False, {"collapsed": not lane.collapsed},
                                    text=text.format(name=lane.name)))
