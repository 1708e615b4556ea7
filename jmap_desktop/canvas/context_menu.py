"""Right-click menus on headers, cards, arrows and cells: every action is also reachable by mouse.

An arrow's menu is the same whether the arrow is its own item or drawn by the connection layer
of a map with very many (the scene picks the arrow under the mouse from the layer's tiles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMenu

from ..commands import UpdateConnectionCommand
from ..model import ConnectionKind, LaneKind
from ..model.kinds import LANE_KIND_LABELS
from .items.cards import CardItem
from .items.grid import CellItem, LaneHeaderItem, StageHeaderItem
from .items.overlays import ConnectionItem
from .labels import label
from .stage_details import edit_stage_details

if TYPE_CHECKING:
    from .scene import MapScene


def build_menu(scene: MapScene, item) -> QMenu | None:
    """The menu for ``item`` (or None); its actions push commands through the scene."""
    menu = QMenu()
    if isinstance(item, CardItem):
        if not item.isSelected():
            scene.select_cards([item.card_id])
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Edit text"), lambda: scene.edit_card(item.card_id))
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Duplicate"), scene.duplicate)
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Copy"), scene.copy)
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Cut"), scene.cut)
        menu.addSeparator()
        _link_actions(scene, menu, "card", item.card_id, scene.store.card(item.card_id).link)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Delete"), scene.delete_selection)
    elif isinstance(item, StageHeaderItem):
        index = [s.id for s in scene.store.doc.stages].index(item.stage_id)
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Rename stage"), lambda: scene.rename_stage(item.stage_id))
        # After the menu has closed: a dialog's event loop must not run under the menu's.
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Stage details…"), lambda: QTimer.singleShot(
            0, scene, lambda: edit_stage_details(scene, item.stage_id)))
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Insert stage before"), lambda: scene.add_stage(index))
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Insert stage after"), lambda: scene.add_stage(index + 1))
        menu.addSeparator()
        _link_actions(scene, menu, "stage", item.stage_id, scene.store.stage(item.stage_id).link)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Delete stage"), lambda: scene.delete_stage(item.stage_id))
    elif isinstance(item, LaneHeaderItem):
        lane = scene.store.lane(item.lane_id)
        index = [lane.id for lane in scene.store.doc.lanes].index(item.lane_id)
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Rename lane"), lambda: scene.rename_lane(item.lane_id))
        kinds = menu.addMenu(QCoreApplication.translate("CanvasMenu", "Lane kind"))
        for kind in LaneKind:
            action = kinds.addAction(label(LANE_KIND_LABELS[kind]),
                                     lambda k=kind: scene.set_lane_kind(item.lane_id, k))
            action.setCheckable(True)
            action.setChecked(kind == lane.kind)
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Expand lane") if lane.collapsed else QCoreApplication.translate("CanvasMenu", "Collapse lane"),
                       lambda: scene.toggle_lane_collapsed(item.lane_id))
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Insert lane above"), lambda: scene.add_lane(LaneKind.CUSTOM, index))
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Insert lane below"), lambda: scene.add_lane(LaneKind.CUSTOM, index + 1))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Delete lane"), lambda: scene.delete_lane(item.lane_id))
    elif isinstance(item, ConnectionItem):
        _arrow_actions(scene, menu, item)
    elif isinstance(item, CellItem):
        scene.set_focus_cell(item.cell)
        menu.addAction(QCoreApplication.translate("CanvasMenu", "New card here"), lambda: scene.start_new_card(item.cell))
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Paste"), scene.paste)
    else:
        return None
    return menu


def _arrow_actions(scene: MapScene, menu: QMenu, item: ConnectionItem) -> None:
    """Solid or dashed, either end card, delete: for the arrow right-clicked (selected alone
    unless it was part of the selection already)."""
    if not item.isSelected():
        scene.clearSelection()
        item.setSelected(True)
    conn_id = item.connection_id
    conn = scene.store.connection(conn_id)
    for kind, text in ((ConnectionKind.FLOW, QCoreApplication.translate("CanvasMenu", "Flow arrow (solid)")),
                       (ConnectionKind.DEPENDENCY, QCoreApplication.translate("CanvasMenu", "Dependency arrow (dashed)"))):
        action = menu.addAction(text, lambda k=kind: _set_kind(scene, conn_id, k))
        action.setCheckable(True)
        action.setChecked(conn.kind == kind)
    menu.addSeparator()
    source, target = conn.source_id, conn.target_id
    menu.addAction(QCoreApplication.translate("CanvasMenu", "Go to source card"), lambda: scene.reveal_card(source))
    menu.addAction(QCoreApplication.translate("CanvasMenu", "Go to target card"), lambda: scene.reveal_card(target))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("CanvasMenu", "Delete"), scene.delete_selection)


def _set_kind(scene: MapScene, conn_id: str, kind: ConnectionKind) -> None:
    if scene.store.connection(conn_id).kind != kind:
        text = QCoreApplication.translate("CanvasMenu", "Make arrow a dependency") if kind == ConnectionKind.DEPENDENCY \
            else QCoreApplication.translate("CanvasMenu", "Make arrow a flow")
        scene.push(UpdateConnectionCommand(scene.store, conn_id, {"kind": kind}, text=text))


def _link_actions(scene: MapScene, menu: QMenu, kind: str, entity_id: str, link) -> None:
    """Open, change or remove a link to another map; the window opens files and dialogs."""
    if link is not None:
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Open Linked Map"), lambda: scene.linkRequested.emit("open", kind, entity_id))
    menu.addAction(QCoreApplication.translate("CanvasMenu", "Link to Map…") if link is None else QCoreApplication.translate("CanvasMenu", "Change Link…"),
                   lambda: scene.linkRequested.emit("choose", kind, entity_id))
    if link is not None:
        menu.addAction(QCoreApplication.translate("CanvasMenu", "Remove Link"), lambda: scene.push(_unlink(scene, kind, entity_id)))


def _unlink(scene: MapScene, kind: str, entity_id: str):
    from ..commands import UpdateAxisCommand
    from ..commands.notes import set_card_link

    if kind == "card":
        return set_card_link(scene.store, entity_id, None)
    return UpdateAxisCommand(scene.store, entity_id, True, {"link": None}, text=QCoreApplication.translate("CanvasMenu", "Remove stage link"))
