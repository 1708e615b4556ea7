"""Find (Ctrl+F) and filters: match card text, tags and owners; filter by kind, evidence, tag
and persona. What does not match is dimmed on the canvas; Next/Previous select the matches in
reading order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...canvas.labels import label
from ...model import Card, Change
from ...model.kinds import CARD_KIND_LABELS, EVIDENCE_LABELS, CardKind, EvidenceStatus

ANY = ""


def card_matches(card: Card, query: str, kind: str, evidence: str, tag: str, persona: str) -> bool:
    """The rule behind find and filters (case-insensitive text, tags and owner)."""
    if kind and card.kind != kind:
        return False
    if evidence and card.evidence.status != evidence:
        return False
    if tag and tag not in card.tags:
        return False
    if persona and card.persona_id != persona:
        return False
    if query:
        q = query.casefold()
        haystack = " ".join([card.text, card.owner, *card.tags]).casefold()
        return q in haystack
    return True


class FindPanel(QWidget):
    matchesChanged = Signal(int)

    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.matches: list[str] = []
        self.current = -1
        self.setAccessibleName(QCoreApplication.translate("FindPanel", "Find and filter"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Find in cards…"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(QCoreApplication.translate("FindPanel", "Find text"))
        self.query.returnPressed.connect(self.next)
        self.kind = self._combo(self.tr("Any kind"), [(k.value, label(CARD_KIND_LABELS[k])) for k in CardKind])
        self.evidence = self._combo(self.tr("Any evidence"), [(s.value, label(EVIDENCE_LABELS[s])) for s in EvidenceStatus])
        self.tag = self._combo(self.tr("Any tag"), [])
        self.persona = self._combo(self.tr("Any persona"), [])
        self.count = QLabel("")
        prev_button, next_button = QPushButton(self.tr("Previous")), QPushButton(self.tr("Next"))
        prev_button.clicked.connect(self.previous)
        next_button.clicked.connect(self.next)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear)
        layout = QGridLayout(self)
        layout.addWidget(self.query, 0, 0, 1, 2)
        row = QHBoxLayout()
        for w in (prev_button, next_button, clear, self.count):
            row.addWidget(w)
        layout.addLayout(row, 1, 0, 1, 2)
        layout.addWidget(self.kind, 2, 0)
        layout.addWidget(self.evidence, 2, 1)
        layout.addWidget(self.tag, 3, 0)
        layout.addWidget(self.persona, 3, 1)
        layout.setRowStretch(4, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # typing does not search on every key
        self._timer.timeout.connect(self.update_matches)
        self.query.textChanged.connect(lambda: self._timer.start())
        for combo in (self.kind, self.evidence, self.tag, self.persona):
            combo.currentIndexChanged.connect(lambda _i: self.update_matches())
        self._unsubscribe = self.store.subscribe(self._on_change)
        self._fill_choices()

    def _combo(self, label: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(label)
        combo.addItem(label, ANY)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _on_change(self, change: Change) -> None:
        self._timer.start()
        QTimer.singleShot(0, self, self._fill_choices)  # never after the window is gone

    def _fill_choices(self) -> None:
        doc = self.store.doc
        tags = sorted({t for c in doc.cards for t in c.tags}, key=str.casefold)
        _refill(self.tag, self.tr("Any tag"), [(t, t) for t in tags])
        _refill(self.persona, self.tr("Any persona"), [(p.id, p.name or self.tr("Unnamed persona")) for p in doc.personas])

    def active(self) -> bool:
        return bool(self.query.text().strip() or any(
            c.currentData() for c in (self.kind, self.evidence, self.tag, self.persona)))

    def update_matches(self) -> None:
        if not self.active():
            self.matches = []
            self.scene.set_highlight(None)
            self.count.setText("")
            self.matchesChanged.emit(0)
            return
        args = (self.query.text().strip(), self.kind.currentData(), self.evidence.currentData(),
                self.tag.currentData(), self.persona.currentData())
        ids = [c.id for c in self.store.doc.cards if card_matches(c, *args)]
        self.matches = self.scene.store_order(ids)
        self.current = -1
        self.scene.set_highlight(self.matches)
        self.count.setText(self.tr("1 match") if len(self.matches) == 1 else self.tr("{count} matches").format(count=len(self.matches)))
        self.matchesChanged.emit(len(self.matches))

    def _go(self, step: int) -> None:
        self._timer.stop()
        if self.current == -1:
            self.update_matches()
        if not self.matches:
            return
        self.current = (self.current + step) % len(self.matches)
        self.scene.reveal_card(self.matches[self.current])
        self.count.setText(self.tr("{current} of {total}").format(current=self.current + 1, total=len(self.matches)))

    def next(self) -> None:
        self._go(1)

    def previous(self) -> None:
        self._go(-1 if self.current != -1 else 0)

    def clear(self) -> None:
        self.query.clear()
        for combo in (self.kind, self.evidence, self.tag, self.persona):
            combo.setCurrentIndex(0)
        self.update_matches()

    def start(self) -> None:
        """Ctrl+F: focus the field with its text selected."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()


def _refill(combo: QComboBox, label: str, items) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(label, ANY)
    for value, text in items:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
