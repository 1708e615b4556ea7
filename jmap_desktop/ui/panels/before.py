"""Properties' *Before* section while comparing: for the one selected card, what each changed
field was in the version it is compared with, beside what it is now (and its old cell when it
moved). Hidden when nothing is compared or several cards are selected; the wording comes from
``versions.describe`` (no Qt)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ...versions.compare import Comparison
from ...versions.describe import card_lines


class BeforeSection(QGroupBox):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BeforeSection", "Before"), parent)
        self.scene = scene
        self.comparison: Comparison | None = None
        self.title_text = ""
        self.setAccessibleName(QCoreApplication.translate("BeforeSection", "Before"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("color: palette(placeholder-text)")
        self.form = QFormLayout(self)
        self.form.addRow(self.heading)
        scene.selectionChanged.connect(self.refresh)
        self.refresh()

    def show_comparison(self, comparison: Comparison | None, title: str = "") -> None:
        self.comparison = comparison
        self.title_text = title
        self.refresh()

    def refresh(self) -> None:
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self):
            return  # the scene clears its selection while it is being destroyed
        ids = self.scene.selected_card_ids()
        if self.comparison is None or len(ids) != 1:
            self.setVisible(False)
            return
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        lines = card_lines(self.comparison, ids[0])
        self.heading.setText(f"{self.title_text}: " + (self.tr("what changed") if lines else self.tr("no change")))
        for field, before, now in lines:
            value = QLabel(f"{before}\n→ {now}")
            value.setTextFormat(Qt.TextFormat.PlainText)  # card text is never markup
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(self.tr("Before: {0}").format(field))
            self.form.addRow(f"{field}:", value)
        self.setVisible(True)

    def values(self) -> dict[str, str]:
        """``{field: "before\\n→ now"}`` as shown (what a reader of the section sees)."""
        out = {}
        for row in range(1, self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            out[label.text().rstrip(":")] = field.text()
        return out
