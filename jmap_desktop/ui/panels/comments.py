"""The Comments panel: every open comment of the map, newest first; clicking one selects its
card on the canvas (and scrolls to it). Resolved comments can be shown too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import Change
from ..locale_format import date_time

CARD_ID = Qt.ItemDataRole.UserRole


class CommentsPanel(QWidget):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.setAccessibleName(QCoreApplication.translate("CommentsPanel", "Comments"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # never widen the dock group it shares with other panels
        self.show_resolved = QCheckBox(self.tr("Show resolved comments"))
        self.show_resolved.toggled.connect(self.rebuild)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("CommentsPanel", "Open comments"))
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._select_card)
        self.list.itemActivated.connect(self._select_card)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_resolved)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one rebuild after a burst of edits
        self._timer.timeout.connect(self.rebuild)
        self._unsubscribe = self.store.subscribe(self._on_change)
        self.rebuild()

    def _on_change(self, change: Change) -> None:
        self._timer.start()

    def rebuild(self) -> None:
        doc = self.store.doc
        stages = {s.id: s.name for s in doc.stages}
        rows = []
        open_count = 0
        for card in doc.cards:
            for c in card.comments:
                open_count += not c.resolved
                if c.resolved and not self.show_resolved.isChecked():
                    continue
                rows.append((c.date.isoformat() if c.date else "", card, c))
        rows.sort(key=lambda r: r[0], reverse=True)
        self.list.clear()
        for _date, card, c in rows:
            when = date_time(c.date) if c.date else ""
            head = (card.text or self.tr("(empty card)")).split("\n", 1)[0][:60]
            item = QListWidgetItem(self.tr("{author} · {when}{resolved}\n{text}\n— on “{card}” ({stage})").format(
                author=c.author or self.tr("Someone"), when=when, resolved=self.tr(" · resolved") if c.resolved else "",
                text=c.text, card=head, stage=stages.get(card.stage_id, "")))
            item.setData(CARD_ID, card.id)
            self.list.addItem(item)
        self.summary.setText((self.tr("1 open comment") if open_count == 1
                              else self.tr("{count} open comments").format(count=open_count)) if open_count
                             else self.tr("No open comments. Add one in Properties on a selected card."))

    def _select_card(self, item: QListWidgetItem) -> None:
        card_id = item.data(CARD_ID)
        if card_id and self.store.has_card(card_id):
            self.scene.reveal_card(card_id)

