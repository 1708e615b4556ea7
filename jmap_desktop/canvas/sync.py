"""Mirroring the document in the scene: the reconciliation step run after store changes.

``SceneSync.apply(changes)`` brings the shared layout up to date and moves only the items the
change touched. The store's ``Change`` records go to ``layout.incremental.update_layout``, which
re-flows only the edited cells and restacks the lane rows; the scene then re-places the cards
of those cells and moves the rows that shifted. Item tree, so that a row moving is one call:

    CellRowItem (one per lane, at the lane's top)
      CellItem (one per cell, at the stage's left: the cell's background)
    CardLayerItem (one per lane, at the lane's top)
      CellCardsItem (one per cell, at the stage's left; its children stay within its shape,
                     so Qt indexes the cell, not each card)
        CardItem (one per card, at its box relative to the cell)

Changes to stages, lanes or the scale (and opening a file) lay out from scratch
(``compute_layout``) and reconcile every item; existing items are reused either way.

Card items exist only for the cells the views show (``realize``, called by the views when
they scroll, zoom or resize, with a margin for smooth scrolling) and for cards that need one
wherever they are: selected, focused, or asked for by ``ensure`` (a gesture, Select All). A
cell's items are created the first time it comes into view; when there are more than
``CARD_ITEM_BUDGET`` of them, those of cells out of view are dropped again. So opening,
repainting and moving rows cost what is on screen, not the size of the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGraphicsItem

from ..layout import Rect, compute_layout
from ..layout.incremental import LayoutDelta, set_pending_slot, update_layout
from ..layout.map_layout import PendingSlot
from ..model import Change, ConnectionKind, LaneKind
from ..model.gc_pause import gc_paused
from .items.cards import CardItem, CardLayerItem, CellCardsItem, LaneOverviewItem
from .items.connection_layer import BULK_CONNECTIONS, ConnectionLayerItem
from .items.grid import CellItem, CellRowItem, LaneHeaderItem, StageHeaderItem
from .items.overlays import ConnectionItem
from .style_values import style_value

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF

    from .scene import MapScene

CARD_ITEM_BUDGET = 2000  # card items kept beyond what is in view before out-of-view ones go

class SceneSync:
    """Owns the item dictionaries of a MapScene and brings them in line with the store."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.cards: dict[str, CardItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.cells: dict[tuple[str, str], CellItem] = {}
        self.holders: dict[tuple[str, str], CellCardsItem] = {}
        self.layers: dict[str, CardLayerItem] = {}
        self.rows: dict[str, CellRowItem] = {}
        self._row_sizes: dict[str, tuple[float, float]] = {}  # lane -> (width, height) placed
        self._cell_cache = QGraphicsItem.CacheMode.NoCache  # MapScene.set_view_scale sets it
        self.overviews: dict[str, LaneOverviewItem] = {}
        self.connections: dict[str, ConnectionItem] = {}
        self.connection_layer: ConnectionLayerItem | None = None  # for maps with very many
        self.dirty_cards: set[str] = set()  # cards whose fields changed: repaint even if unmoved
        self.live: set[tuple[str, str]] = set()  # cells whose cards all have items
        self.wanted: set[tuple[str, str]] = set()  # cells in (or near) a view at the last realize
        self.kept = 0  # items a trim had to keep (selected, focused); the scene resets it

    def apply(self, changes: list[Change] | None = None) -> None:
        """Mirror the store; ``changes`` since the last call, or None to start afresh."""
        scene = self.scene
        doc = scene.store.doc
        # A whole map's boxes and items are built, all kept; an edit on a huge map makes and
        # drops tens of thousands of objects (routes, tile parts). The collector, run in the
        # middle, scans every object of the map (a second with 200,000 arrows) and keeps the
        # temporaries alive into its oldest generation, bringing the next full scan sooner.
        with gc_paused():  # (model.gc_pause)
            delta = None
            if changes is not None and scene.layout is not None:
                delta = update_layout(scene.layout, doc, changes, scene.store.cell_cards)
            if delta is None:
                pending = scene.layout.pending if scene.layout is not None else None
                self._apply_full(compute_layout(doc, pending=pending))
            else:
                self._apply_delta(scene.layout, delta)
        self.dirty_cards.clear()
        self.realize_views()  # rows that moved may bring other cells into view

    def reserve(self, slot: PendingSlot | None) -> None:
        """Keep room in the layout for the card being typed, or give it back (None); the
        scene must be in sync with the store (``MapScene.reserve_card_slot`` sees to it)."""
        scene = self.scene
        if scene.layout is None or scene.layout.pending == slot:
            return
        delta = set_pending_slot(scene.layout, scene.store.doc, slot, scene.store.cell_cards)
        if delta is None:
            self._apply_full(compute_layout(scene.store.doc, pending=slot))
        else:
            self._apply_delta(scene.layout, delta)
        self.realize_views()

    def _apply_full(self, layout) -> None:
        scene = self.scene
        scene.layout = layout
        self._sync_axes(layout)
        self._sync_cards(layout)
        self._sync_connections(layout)
        self._sync_overlays(layout)

    def _apply_delta(self, layout, delta: LayoutDelta) -> None:
        scene = self.scene
        store = scene.store
        for lane_id in delta.lanes:
            self._place_lane(layout, lane_id, repaint=False)
        for card_id in delta.removed:
            item = self.cards.pop(card_id, None)
            if item is not None:
                scene.removeItem(item)
        for card_id in delta.cards:
            card = store.card(card_id)
            cell = (card.stage_id, card.lane_id)
            if card_id in self.cards or cell in self.live:
                self._place_card(card_id, cell, layout.cards[card_id], card,
                                 force=card_id in self.dirty_cards)
        for card_id in self.dirty_cards - delta.cards:
            item = self.cards.get(card_id)
            if item is not None:
                item.update()
        for stage_id, lane_id in delta.cells:
            overview = self.overviews.get(lane_id)
            if overview is not None:
                overview.invalidate(stage_id)
        if delta.connections:
            self._sync_connections(layout, delta.routes)
        if delta.emotion or delta.lanes:
            self._sync_overlays(layout)

    # -- stages, lanes, cells --------------------------------------------------------------
    def _sync_axes(self, layout) -> None:
        scene = self.scene
        stage_ids = [box.stage_id for box in layout.stages]
        lane_ids = [box.lane_id for box in layout.lanes]
        _drop_missing(scene, self.stages, set(stage_ids))
        _drop_missing(scene, self.lanes, set(lane_ids))
        _drop_missing(scene, self.cells, set(layout.cells))
        for cell in [c for c in self.holders if c not in layout.cells]:
            holder = self.holders.pop(cell)
            for child in holder.childItems():  # cards of a deleted cell are gone already
                child.setParentItem(None)
                child.holder = None
            scene.removeItem(holder)
        for lane_id in [i for i in self.layers if i not in set(lane_ids)]:
            scene.removeItem(self.layers.pop(lane_id))
            scene.removeItem(self.overviews.pop(lane_id))
            scene.removeItem(self.rows.pop(lane_id))
            self._row_sizes.pop(lane_id, None)
        for number, box in enumerate(layout.stages, start=1):
            item = self.stages.get(box.stage_id)
            if item is None:
                item = self.stages[box.stage_id] = StageHeaderItem(box.stage_id)
                scene.addItem(item)
            item.number = number
            item.setToolTip(scene.store.stage(box.stage_id).description)  # read in full when presenting
            item.set_rect(box.header)
        for box in layout.lanes:
            if box.lane_id not in self.lanes:
                self.lanes[box.lane_id] = LaneHeaderItem(box.lane_id)
                scene.addItem(self.lanes[box.lane_id])
                row = self.rows[box.lane_id] = CellRowItem(box.lane_id)
                scene.addItem(row)
                layer = self.layers[box.lane_id] = CardLayerItem(box.lane_id)
                layer.setZValue(10)
                layer.setVisible(not scene.overview)
                scene.addItem(layer)
                overview = self.overviews[box.lane_id] = LaneOverviewItem(box.lane_id, self._overview_cards)
                overview.setZValue(10)
                overview.setVisible(scene.overview)
                scene.addItem(overview)
            self._place_lane(layout, box.lane_id)

    def _place_lane(self, layout, lane_id: str, repaint: bool = True) -> None:
        """Move one lane row (header, cells, cards' layer) to where the layout puts it;
        ``repaint``: redraw its header and cells even where they did not move (names, theme).
        A row that only moved (a lane above it grew) is three items moved."""
        scene = self.scene
        box = layout.lane_box(lane_id)
        top = box.row.y
        self.lanes[lane_id].set_rect(box.header, repaint)
        row = self.rows[lane_id]
        row.setPos(0, top)
        layer = self.layers[lane_id]
        layer.setPos(0, top)
        overview = self.overviews[lane_id]
        overview.setPos(0, top)
        size = (box.row.w, box.row.h)
        if not repaint and self._row_sizes.get(lane_id) == size:
            return  # the stages' columns change only with a full layout (repaint)
        self._row_sizes[lane_id] = size
        overview.set_extent(box.row.w, box.row.h)
        row.set_extent(box.row.w, box.row.h)
        layer.set_extent(box.row.w, box.row.h)
        colours = scene.scheme
        tint = colours.emotion_cell_fill if scene.store.lane(lane_id).kind == LaneKind.EMOTION \
            else colours.cell_fill
        cells = layout.cells
        for stage_id, cx, _ in layout.columns:
            cell = (stage_id, lane_id)
            rect = cells[cell]
            item = self.cells.get(cell)
            if item is None:
                item = self.cells[cell] = CellItem(stage_id, lane_id, tint)
                item.setCacheMode(self._cell_cache)
                item.setParentItem(row)
                item.setPos(cx, 0)
            elif repaint:  # columns and tints change only with a full layout
                item.setPos(cx, 0)
                item.set_tint(tint)
            item.set_rect(Rect(0.0, 0.0, rect.w, rect.h), repaint)
            item.set_focused(scene.focus_cell == cell and scene.focus_card is None)
            holder = self.holders.get(cell)
            if holder is None:
                holder = self.holders[cell] = CellCardsItem(cell, layer)
            holder.set_size(cx, rect.w, rect.h)

    def set_cell_caching(self, cached: bool) -> None:
        """Cached pictures for the cells when zoomed out (``MapScene.set_view_scale``)."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if cached else QGraphicsItem.CacheMode.NoCache
        if mode != self._cell_cache:
            self._cell_cache = mode
            for item in self.cells.values():
                item.setCacheMode(mode)

    # -- cards -----------------------------------------------------------------------------
    def _sync_cards(self, layout) -> None:
        scene = self.scene
        store = scene.store
        boxes = layout.cards
        for card_id in [i for i in self.cards if i not in boxes]:
            scene.removeItem(self.cards.pop(card_id))
        self.live &= layout.cells.keys()
        dirty, items, live = self.dirty_cards, self.cards, self.live
        for cell, ids in layout.cell_order.items():
            in_view = cell in live
            for card_id in ids:
                if in_view or card_id in items:
                    self._place_card(card_id, cell, boxes[card_id], store.card(card_id),
                                     force=card_id in dirty)
        for overview in self.overviews.values():
            overview.invalidate()

    def _place_card(self, card_id: str, cell, box, card, force: bool) -> None:
        item = self.cards.get(card_id)
        if item is None:
            padding = style_value(self.scene.layout.style, "card_padding")
            item = self.cards[card_id] = CardItem(card_id, padding)
            highlight = self.scene.highlight
            if highlight is not None and card_id not in highlight:
                item.setOpacity(0.2)
            if card_id == self.scene.focus_card:
                item.set_focused(True)
        holder = self.holders[cell]
        if item.holder is not holder:  # kept in Python: asking Qt costs a call per card
            if item.holder is not None:
                # Moved to another cell. Qt repaints where a moved item was only within its
                # new parent's shape (ItemContainsChildrenInShape), so the old cell would go
                # on showing the card until something else repainted it: repaint it here.
                self.scene.update(item.sceneBoundingRect())
            item.holder = holder
            item.lane_id = card.lane_id
            item.setParentItem(holder)
        item.apply_box(box, holder.cx, force=force)

    # -- card items for what is in view ------------------------------------------------------
    def realize_views(self) -> None:
        """Card items for every cell the scene's views show (``MapView`` calls this when it
        scrolls, zooms or resizes)."""
        scene = self.scene
        rects = [view.visible_scene_rect() for view in scene.views() if hasattr(view, "visible_scene_rect")]
        self.realize(rects)

    def realize(self, rects: list[QRectF]) -> None:
        """Create the card items of the cells that meet ``rects`` (scene coordinates); then,
        over the budget, drop those of cells out of view."""
        layout = self.scene.layout
        if layout is None or self.scene.overview:  # zoomed out, the lanes' blocks stand in
            return
        wanted: set[tuple[str, str]] = set()
        for rect in rects:
            left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
            stages = [box.stage_id for box in layout.stages_across(left, right)]
            for box in layout.lanes:
                row = box.row
                if row.y < bottom and row.y + row.h > top:
                    wanted.update((sid, box.lane_id) for sid in stages)
        self.wanted = wanted
        for cell in wanted - self.live:
            self.realize_cell(cell)
        if len(self.cards) > self.kept + CARD_ITEM_BUDGET:
            self._trim()

    def realize_cell(self, cell: tuple[str, str]) -> None:
        """Items for every card of ``cell`` (nothing when they exist or the cell does not)."""
        layout = self.scene.layout
        if cell in self.live or layout is None or cell not in layout.cells:
            return
        store = self.scene.store
        for card_id in layout.cell_order.get(cell, ()):
            if card_id not in self.cards:
                self._place_card(card_id, cell, layout.cards[card_id], store.card(card_id), force=False)
        self.live.add(cell)

    def ensure(self, card_id: str) -> CardItem | None:
        """The item of ``card_id``, created wherever the card is (None when there is no such
        card): for selecting, focusing or dragging a card out of view."""
        item = self.cards.get(card_id)
        layout = self.scene.layout
        if item is None and layout is not None and card_id in layout.cards:
            card = self.scene.store.card(card_id)
            self._place_card(card_id, (card.stage_id, card.lane_id), layout.cards[card_id], card,
                             force=False)
            item = self.cards[card_id]
        return item

    def _trim(self) -> None:
        """Drop the items of cards out of view, but those selected, focused or in a gesture."""
        scene = self.scene
        if scene.gesture is not None:
            return
        wanted = self.wanted
        for card_id, item in list(self.cards.items()):
            holder = item.parentItem()
            cell = holder.cell if holder is not None else None
            if cell in wanted or item.isSelected() or card_id == scene.focus_card:
                continue
            del self.cards[card_id]
            scene.removeItem(item)
        self.live &= wanted
        # What had to stay (a whole map selected) is not walked again at every scroll; a new
        # selection resets this (MapScene).
        self.kept = len(self.cards)

    def _overview_cards(self, lane_id: str, stage_ids: list[str] | None) -> dict[str, list]:
        """(kind, colour, box) of the cards of a lane's cells, for its overview when painted:
        the cells of ``stage_ids``, or of every stage (None)."""
        layout, store = self.scene.layout, self.scene.store
        if layout is None:
            return {}
        if stage_ids is None:
            stage_ids = [sid for sid, _, _ in layout.columns]
        cells = {}
        for stage_id in stage_ids:
            entries = cells[stage_id] = []
            for card_id in layout.cell_order.get((stage_id, lane_id), ()):
                card = store.card(card_id)
                entries.append((card.kind, card.colour, layout.cards[card_id]))
        return cells

    # -- connections, curve, blueprint lines -------------------------------------------------
    def _sync_connections(self, layout, changed: set[str] | None = None) -> None:
        """Items for the routes; ``changed``: the only routes that changed, None when any may have."""
        scene = self.scene
        routes = layout.connections
        if len(routes) > BULK_CONNECTIONS:  # one item draws them all (see connection_layer)
            _drop_missing(scene, self.connections, set())
            if self.connection_layer is None:
                self.connection_layer = ConnectionLayerItem()
                scene.addItem(self.connection_layer)
                changed = None
            if changed is None:
                self.connection_layer.set_routes(routes.values())
            else:  # a card moved: its arrows, not the map's 200,000 (seconds)
                self.connection_layer.update_routes(routes, changed)
            return
        if self.connection_layer is not None:
            scene.removeItem(self.connection_layer)
            self.connection_layer = None
            changed = None
        if changed is not None:  # an edit: the few arrows it re-routed, not the map's 2,000
            for conn_id in changed:
                route, item = routes.get(conn_id), self.connections.get(conn_id)
                if route is None:
                    if item is not None:
                        scene.removeItem(self.connections.pop(conn_id))
                    continue
                if item is None:
                    item = self.connections[conn_id] = ConnectionItem(conn_id)
                    scene.addItem(item)
                item.set_route(route.points, dashed=route.kind == ConnectionKind.DEPENDENCY)
            return
        _drop_missing(scene, self.connections, set(routes))
        for conn_id, route in routes.items():
            item = self.connections.get(conn_id)
            if item is None:
                item = self.connections[conn_id] = ConnectionItem(conn_id)
                scene.addItem(item)
            item.set_route(route.points, dashed=route.kind == ConnectionKind.DEPENDENCY)

    def pick_connection(self, x: float, y: float, reach: float) -> ConnectionItem | None:
        """Where one layer draws all the arrows: a selectable item over the arrow nearest to
        (x, y), within ``reach``, to take the click, the selection and Delete like any arrow.
        Unselected ones picked before go; all go when the arrows are routed again."""
        layer = self.connection_layer
        route = layer.route_at(x, y, reach) if layer is not None else None
        if route is None:
            return None
        for conn_id, item in list(self.connections.items()):
            if conn_id != route.connection_id and not item.isSelected():
                self.scene.removeItem(self.connections.pop(conn_id))
        item = self.connections.get(route.connection_id)
        if item is None:
            item = self.connections[route.connection_id] = ConnectionItem(route.connection_id)
            self.scene.addItem(item)
        item.set_route(route.points, dashed=route.kind == ConnectionKind.DEPENDENCY)
        return item

    def _sync_overlays(self, layout) -> None:
        scene = self.scene
        doc = scene.store.doc
        scale = doc.emotion_scale
        scene.emotion_item.set_emotion(layout.emotion, scale.min, scale.max,
                                       {p.id: p.name for p in doc.personas})
        scene.blueprint_item.set_lines(layout.blueprint_lines)
        margin = 60.0
        scene.setSceneRect(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)


def _drop_missing(scene, items: dict, keep: set) -> None:
    for key in [k for k in items if k not in keep]:
        scene.removeItem(items.pop(key))
