"""Mirroring the document in the scene: the reconciliation step run after store changes.

``SceneSync.apply`` recomputes the shared layout, then creates items for new entities, removes
items of deleted ones and moves the rest to their new rectangles. Existing items are reused, so
a change costs one layout plus cheap ``setPos`` calls, never a rebuild of thousands of items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import compute_layout
from ..model import ConnectionKind, LaneKind
from .items.cards import CardItem, CardLayerItem, LaneOverviewItem
from .items.grid import CellItem, LaneHeaderItem, StageHeaderItem
from .items.overlays import ConnectionItem
from .style_values import style_value

if TYPE_CHECKING:
    from .scene import MapScene

class SceneSync:
    """Owns the item dictionaries of a MapScene and brings them in line with the store."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.cards: dict[str, CardItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.cells: dict[tuple[str, str], CellItem] = {}
        self.layers: dict[str, CardLayerItem] = {}
        self.overviews: dict[str, LaneOverviewItem] = {}
        self.connections: dict[str, ConnectionItem] = {}
        self.dirty_cards: set[str] = set()  # cards whose fields changed: repaint even if unmoved

    def apply(self) -> None:
        scene = self.scene
        doc = scene.store.doc
        layout = compute_layout(doc)
        scene.layout = layout
        self._sync_axes(layout)
        self._sync_cards(layout)
        self._sync_connections(layout)
        scale = doc.emotion_scale
        scene.emotion_item.set_emotion(layout.emotion, scale.min, scale.max,
                                       {p.id: p.name for p in scene.store.doc.personas})
        scene.blueprint_item.set_lines(layout.blueprint_lines)
        margin = 60.0
        scene.setSceneRect(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)

    # -- stages, lanes, cells --------------------------------------------------------------
    def _sync_axes(self, layout) -> None:
        scene = self.scene
        store = scene.store
        stage_ids = [box.stage_id for box in layout.stages]
        lane_ids = [box.lane_id for box in layout.lanes]
        _drop_missing(scene, self.stages, set(stage_ids))
        _drop_missing(scene, self.lanes, set(lane_ids))
        _drop_missing(scene, self.cells, set(layout.cells))
        for lane_id in [i for i in self.layers if i not in set(lane_ids)]:
            layer = self.layers.pop(lane_id)
            for child in layer.childItems():  # cards of a deleted lane are gone already
                child.setParentItem(None)
            scene.removeItem(layer)
            scene.removeItem(self.overviews.pop(lane_id))
        for number, box in enumerate(layout.stages, start=1):
            item = self.stages.get(box.stage_id)
            if item is None:
                item = self.stages[box.stage_id] = StageHeaderItem(box.stage_id)
                scene.addItem(item)
            item.number = number
            item.set_rect(box.header)
        for box in layout.lanes:
            item = self.lanes.get(box.lane_id)
            if item is None:
                item = self.lanes[box.lane_id] = LaneHeaderItem(box.lane_id)
                scene.addItem(item)
                layer = self.layers[box.lane_id] = CardLayerItem(box.lane_id)
                layer.setZValue(10)
                layer.setVisible(not scene.overview)
                scene.addItem(layer)
                overview = self.overviews[box.lane_id] = LaneOverviewItem(box.lane_id)
                overview.setZValue(10)
                overview.setVisible(scene.overview)
                scene.addItem(overview)
            item.set_rect(box.header)
        for (stage_id, lane_id), rect in layout.cells.items():
            lane = store.lane(lane_id)
            colours = scene.scheme
            tint = colours.emotion_cell_fill if lane.kind == LaneKind.EMOTION else colours.cell_fill
            item = self.cells.get((stage_id, lane_id))
            if item is None:
                item = self.cells[(stage_id, lane_id)] = CellItem(stage_id, lane_id, tint)
                scene.addItem(item)
            item.set_tint(tint)
            item.set_rect(rect)
            item.set_focused(scene.focus_cell == (stage_id, lane_id) and scene.focus_card is None)

    # -- cards -----------------------------------------------------------------------------
    def _sync_cards(self, layout) -> None:
        scene = self.scene
        store = scene.store
        boxes = layout.cards
        for card_id in [i for i in self.cards if i not in boxes]:
            item = self.cards.pop(card_id)
            scene.removeItem(item)
        padding = style_value(layout.style, "card_padding")
        per_lane: dict[str, list] = {lane_id: [] for lane_id in self.layers}
        dirty = self.dirty_cards
        for card_id, box in boxes.items():
            card = store.card(card_id)
            item = self.cards.get(card_id)
            if item is None:
                item = self.cards[card_id] = CardItem(card_id, padding)
                if scene.highlight is not None and card_id not in scene.highlight:
                    item.setOpacity(0.2)
            if item.lane_id != card.lane_id:
                item.lane_id = card.lane_id
                item.setParentItem(self.layers[card.lane_id])
            item.apply_box(box, force=card_id in dirty)
            per_lane.setdefault(card.lane_id, []).append((card.kind, card.colour, box))
        dirty.clear()
        for lane_id, cards in per_lane.items():
            if lane_id in self.overviews:
                self.overviews[lane_id].set_cards(cards)

    # -- connections -----------------------------------------------------------------------
    def _sync_connections(self, layout) -> None:
        scene = self.scene
        routes = layout.connections
        _drop_missing(scene, self.connections, set(routes))
        for conn_id, route in routes.items():
            item = self.connections.get(conn_id)
            if item is None:
                item = self.connections[conn_id] = ConnectionItem(conn_id)
                scene.addItem(item)
            kind = scene.store.connection(conn_id).kind
            item.set_route(route.points, dashed=kind == ConnectionKind.DEPENDENCY)


def _drop_missing(scene, items: dict, keep: set) -> None:
    for key in [k for k in items if k not in keep]:
        scene.removeItem(items.pop(key))

