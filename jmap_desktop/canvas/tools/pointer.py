"""The idle state: what a press (or a double-click) starts, depending on what is under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

from ...commands import UpdateAxisCommand
from ...model import LaneKind
from ..items.cards import CardItem
from ..items.grid import RESIZE_GRIP, CellItem, LaneHeaderItem, StageHeaderItem
from ..items.overlays import ConnectionItem
from .axis_drag import AxisDragGesture
from .base import Gesture
from .card_drag import CardDragGesture
from .connect import ConnectGesture
from .emotion_drag import EmotionDragGesture
from .stage_resize import StageResizeGesture

if TYPE_CHECKING:
    from ..scene import MapScene

TOGGLE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


def begin_gesture(scene: MapScene, pos: QPointF, modifiers) -> Gesture | None:
    """Start the gesture for a left press at ``pos``; None lets the view rubber-band select."""
    resize = _stage_edge_at(scene, pos)
    if resize is not None:
        return StageResizeGesture(scene, pos, resize)
    item = scene.top_item_at(pos)
    toggle = bool(modifiers & TOGGLE)
    extend = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    if isinstance(item, CardItem):
        card = scene.store.card(item.card_id)
        if toggle and card.link is not None and not item.on_handle(item.mapFromScene(pos)):
            # Ctrl+click anywhere on a linked card follows it, as on a linked stage's header:
            # users clicked the text, not the 14-px chain mark that once alone answered.
            scene.linkRequested.emit("open", "card", card.id)
            return Gesture(scene, pos)
        return _press_card(scene, item, pos, toggle, extend)
    if isinstance(item, StageHeaderItem):
        if toggle and scene.store.stage(item.stage_id).link is not None:
            scene.linkRequested.emit("open", "stage", item.stage_id)  # Ctrl+click a linked stage
            return Gesture(scene, pos)
        return AxisDragGesture(scene, pos, item.stage_id, is_stage=True)
    if isinstance(item, LaneHeaderItem):
        if item.on_collapse_toggle(pos):
            lane = scene.store.lane(item.lane_id)
            text = scene.tr("Expand lane “{name}”") if lane.collapsed else scene.tr("Collapse lane “{name}”")
            scene.push(UpdateAxisCommand(scene.store, lane.id, False, {"collapsed": not lane.collapsed},
                                         text=text.format(name=lane.name)))
            return Gesture(scene, pos)
        return AxisDragGesture(scene, pos, item.lane_id, is_stage=False)
    if item is None or isinstance(item, CellItem):
        item = scene.connection_at(pos) or item  # an arrow drawn by the layer of many
    if isinstance(item, ConnectionItem):
        if toggle:
            item.setSelected(not item.isSelected())
        else:
            scene.clearSelection()
            item.setSelected(True)
        return Gesture(scene, pos)
    if not (toggle or extend):
        scene.clearSelection()
    if isinstance(item, CellItem):
        scene.set_focus_cell(item.cell)
    return None


def _press_card(scene: MapScene, item: CardItem, pos: QPointF, toggle: bool, extend: bool) -> Gesture:
    if item.on_handle(item.mapFromScene(pos)):
        return ConnectGesture(scene, pos, item.card_id)
    if toggle:
        item.setSelected(not item.isSelected())
        scene.set_focus_card(item.card_id)
        return Gesture(scene, pos)
    if extend:
        item.setSelected(True)
    elif not item.isSelected():
        scene.select_cards([item.card_id])
    scene.set_focus_card(item.card_id)
    card = scene.store.card(item.card_id)
    if scene.store.lane(card.lane_id).kind == LaneKind.EMOTION and len(scene.selected_card_ids()) == 1:
        return EmotionDragGesture(scene, pos, item.card_id)
    return CardDragGesture(scene, pos, scene.selected_card_ids(), clicked=item.card_id,
                           reselect=not extend)


def _stage_edge_at(scene: MapScene, pos: QPointF) -> str | None:
    """The stage whose header's right edge is under ``pos`` (the resize grip), if any."""
    if scene.layout is None:
        return None
    for box in scene.layout.stages:
        header = box.header
        if header.y <= pos.y() <= header.bottom and abs(pos.x() - header.right) <= RESIZE_GRIP:
            return box.stage_id
    return None


def double_click(scene: MapScene, pos: QPointF) -> None:
    """Double-click edits what is under the pointer, or starts a new card in an empty spot."""
    item = scene.top_item_at(pos)
    if isinstance(item, CardItem):
        scene.edit_card(item.card_id)
    elif isinstance(item, StageHeaderItem):
        scene.rename_stage(item.stage_id)
    elif isinstance(item, LaneHeaderItem):
        scene.rename_lane(item.lane_id)
    elif isinstance(item, CellItem):
        scene.set_focus_cell(item.cell)
        scene.start_new_card(item.cell)
