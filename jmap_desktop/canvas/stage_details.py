"""Stage details: a stage's name, time span and description, edited in one small dialog.

The time span shows under the stage's name on the canvas and the poster; the description is
what a presenter shows under the stage's title when presenting it. OK writes every field that
changed as one undo step ("Edit stage details"); Cancel writes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..commands import UpdateAxisCommand
from ..model import Stage
from ..model.limits import MAX_NAME, MAX_SHORT, MAX_TEXT

if TYPE_CHECKING:
    from .scene import MapScene


class StageDetailsDialog(QDialog):
    """``changes()`` after ``exec()``: the fields the user changed, ready for the store."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setWindowTitle(self.tr("Stage details — {name}").format(name=stage.name or self.tr("Untitled stage")))
        self.name = QLineEdit(stage.name)
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(QCoreApplication.translate("StageDetailsDialog", "Stage name"))
        self.time_span = QLineEdit(stage.time_span)
        self.time_span.setMaxLength(MAX_SHORT)
        self.time_span.setPlaceholderText(self.tr("e.g. 1–2 weeks"))
        self.time_span.setAccessibleName(QCoreApplication.translate("StageDetailsDialog", "Time span"))
        self.description = QPlainTextEdit(stage.description)
        self.description.setPlaceholderText(self.tr("What happens in this stage (shown when presenting it)"))
        self.description.setAccessibleName(QCoreApplication.translate("StageDetailsDialog", "Stage description"))
        self.description.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Time span"), self.time_span)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(buttons)
        self.resize(460, 300)
        self.description.setFocus()

    def changes(self) -> dict[str, str]:
        wanted = {
            "name": self.name.text().strip() or self.stage.name,  # a stage keeps a name
            "time_span": self.time_span.text().strip(),
            "description": self.description.toPlainText().strip()[:MAX_TEXT],
        }
        return {field: value for field, value in wanted.items() if getattr(self.stage, field) != value}


def edit_stage_details(scene: MapScene, stage_id: str) -> None:
    """Open the dialog over the canvas's window; OK pushes one command."""
    views = scene.views()
    dialog = StageDetailsDialog(scene.store.stage(stage_id), views[0].window() if views else None)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and (changes := dialog.changes()):
            scene.push(UpdateAxisCommand(scene.store, stage_id, True, changes, text=QCoreApplication.translate("StageDetailsDialog", "Edit stage details")))
    finally:
        dialog.deleteLater()
