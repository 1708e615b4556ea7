"""The outline: stages, their lanes and the cards in each cell, as a tree that follows and
drives the canvas selection. It is also how a screen reader reaches the map's content.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ...canvas.labels import label
from ...layout import palette
from ...model import Change
from ...model.kinds import EVIDENCE_LABELS

ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QTreeWidget):
    def __init__(self, scene, parent=None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.card_items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        self._shown = True  # the dock's tab is raised (set_shown follows visibilityChanged)
        self._stale = False  # changed while off screen: rebuilt when next shown
        self.setHeaderHidden(True)
        self.setAccessibleName(QCoreApplication.translate("OutlinePanel", "Map outline"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # rebuild once after a burst of changes, not per change
        self._timer.timeout.connect(self.rebuild)
        self._unsubscribe = self.store.subscribe(self._on_change)
        self.itemSelectionChanged.connect(self._tree_selection_changed)
        scene.selectionChanged.connect(self._scene_selection_changed)
        self.rebuild()

    def _on_change(self, change: Change) -> None:
        # A tree of every card is rebuilt only where it can be seen: behind another dock tab,
        # 20,000 cards would freeze the window for half a second after each open.
        if self._shown and self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def set_shown(self, shown: bool) -> None:
        """The dock's visibilityChanged: its tab was raised, hidden, opened or closed."""
        self._shown = shown
        if shown and self._stale:
            self.rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._shown and self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        doc = self.store.doc
        self._stale = False
        self._syncing = True
        self.clear()
        self.card_items = {}
        lanes = list(doc.lanes)
        for stage in doc.stages:
            stage_item = QTreeWidgetItem([stage.name or self.tr("Untitled stage")])
            stage_item.setData(0, ROLE, ("stage", stage.id))
            self.addTopLevelItem(stage_item)
            for lane in lanes:
                cards = self.store.cell_cards(stage.id, lane.id)
                if not cards:
                    continue
                lane_item = QTreeWidgetItem([f"{lane.name} ({len(cards)})"])
                lane_item.setData(0, ROLE, ("lane", lane.id))
                stage_item.addChild(lane_item)
                for card in cards:
                    kind = label(palette.card_style(card.kind).label)
                    item = QTreeWidgetItem([card.text or self.tr("(empty)")])
                    item.setToolTip(0, f"{kind} · {label(EVIDENCE_LABELS[card.evidence.status])}")
                    item.setData(0, ROLE, ("card", card.id))
                    lane_item.addChild(item)
                    self.card_items[card.id] = item
            stage_item.setExpanded(True)
        self._syncing = False
        self._scene_selection_changed()

    def _tree_selection_changed(self) -> None:
        if self._syncing:
            return
        ids = [data[1] for item in self.selectedItems()
               if (data := item.data(0, ROLE)) and data[0] == "card"]
        if ids:
            self._syncing = True
            self.scene.select_cards(ids)
            self._syncing = False

    def _scene_selection_changed(self) -> None:
        if self._syncing or not shiboken6.isValid(self.scene):  # the scene emits while dying
            return
        self._syncing = True
        self.clearSelection()
        for card_id in self.scene.selected_card_ids():
            item = self.card_items.get(card_id)
            if item is not None:
                item.setSelected(True)
                self.scrollToItem(item)
        self._syncing = False
