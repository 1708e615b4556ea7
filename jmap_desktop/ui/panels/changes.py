"""The Changes panel of a comparison: every difference in a list, filtered by kind, a click
goes to the card, and a legend of the marks drawn on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...canvas.items.compare_overlay import tooltip
from ...versions.compare import BEFORE_CURVE, KINDS, MARKS, Comparison

ROLE = Qt.ItemDataRole.UserRole


class ChangesPanel(QWidget):
    cardChosen = Signal(str, str)  # card id, kind of change
    closeRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.title = QLabel("No comparison. Use File › Compare With…")
        self.title.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show changes")
        self.filter.addItem("All changes", "")
        for kind in KINDS:
            self.filter.addItem(kind.capitalize(), kind)
        self.list = QListWidget()
        self.list.setAccessibleName("Changes")
        self.close_button = QPushButton("End Comparison")
        self.pdf_button = QPushButton("Export PDF…")
        self.pdf_button.setToolTip("The map with these marks and their legend on one page")
        top = QHBoxLayout()  # two short rows: the dock group it joins may be narrow
        top.addWidget(self.pdf_button)
        top.addWidget(self.close_button)
        legend = QGridLayout()  # two columns: short enough for a dock shared with other panels
        entries = [(MARKS[k]["badge"], MARKS[k]["label"].split(" (")[0], MARKS[k]["label"],
                    MARKS[k]["colour"]) for k in KINDS]
        entries.append(("┄", "Curve before", "The older map's emotion curve, dashed", BEFORE_CURVE))
        for i, (badge, text, tip, colour) in enumerate(entries):
            row = QLabel(f"{badge}  {text}")
            row.setToolTip(tip)
            row.setStyleSheet(f"color: {colour}; font-weight: 600")
            legend.addWidget(row, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(legend)
        self.filter.currentIndexChanged.connect(self._fill)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.close_button.clicked.connect(self.closeRequested)
        self.pdf_button.clicked.connect(self.pdfRequested)
        self.close_button.setEnabled(False)
        self.pdf_button.setEnabled(False)

    def show_comparison(self, comparison: Comparison | None, title: str = "") -> None:
        self.comparison = comparison
        self.close_button.setEnabled(comparison is not None)
        self.pdf_button.setEnabled(comparison is not None)
        if comparison is None:
            self.title.setText("No comparison. Use File › Compare With…")
        else:
            counts = ", ".join(f"{n} {k}" for k, n in comparison.counts().items())
            self.title.setText(f"{title}\n{counts}" if not comparison.identical
                               else f"{title}\nNo differences.")
        self._fill()

    def _fill(self, *_args) -> None:
        self.list.clear()
        if self.comparison is None:
            return
        kind = self.filter.currentData()
        for change in self.comparison.changes:
            if kind and change.kind != kind:
                continue
            what = change.collection.rstrip("s").replace("_", " ")
            item = QListWidgetItem(_icon(change.kind), f"{what}: {change.label}")
            item.setToolTip(tooltip(change))
            item.setData(ROLE, (change.collection, change.id, change.kind))
            self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        collection, entity_id, kind = item.data(ROLE)
        if collection == "cards":
            self.cardChosen.emit(entity_id, kind)


def _icon(kind: str) -> QIcon:
    mark = MARKS[kind]
    pix = QPixmap(16, 16)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(mark["colour"]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 14, 14)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, mark["badge"])
    painter.end()
    return QIcon(pix)
