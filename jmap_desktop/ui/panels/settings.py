"""Map settings: title, subtitle, description, scenario, goal and expectations, organisation,
logo, current or future state, version label, and the emotion scale. Typing in a field is one
undo step per field (commands merge)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...commands import SetEmotionScaleCommand, UpdateMetaCommand
from ...model import Change, ChangeKind, EmotionScale, StoreError
from .focus import CommitOnFocusOut
from .images import ImageImportError, import_image

TEXT_FIELDS = [("title", "Title"), ("subtitle", "Subtitle"), ("organisation", "Organisation"),
               ("version_label", "Version")]
LONG_FIELDS = [("description", "Description"), ("scenario", "Scenario"), ("goal", "Goal")]


class MapSettingsPanel(QWidget):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.setAccessibleName("Map settings")
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda n=name, e=edit: self._set(n, e.text().strip()))
            form.addRow(label, edit)
            self.fields[name] = edit
        for name, label in LONG_FIELDS:
            edit = QPlainTextEdit()
            edit.setAccessibleName(label)
            edit.setFixedHeight(54)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.expectations = QPlainTextEdit()
        self.expectations.setAccessibleName("Expectations, one per line")
        self.expectations.setFixedHeight(54)
        form.addRow("Expectations", self.expectations)
        apply = QPushButton("Apply texts")
        apply.clicked.connect(self._apply_long_texts)
        for edit in [*(w for w in self.fields.values() if isinstance(w, QPlainTextEdit)), self.expectations]:
            CommitOnFocusOut(edit, self._apply_long_texts)
        form.addRow("", apply)
        self.state = QComboBox()
        self.state.setAccessibleName("State")
        self.state.addItem("Current state", "current")
        self.state.addItem("Future state", "future")
        self.state.activated.connect(lambda: self._set("state", self.state.currentData()))
        form.addRow("State", self.state)
        self.logo = QLabel("No logo")
        logo_button = QPushButton("Choose logo…")
        logo_button.clicked.connect(lambda: self.choose_logo())  # not clicked(bool) as the path
        logo_clear = QPushButton("Remove")
        logo_clear.clicked.connect(lambda: self._set("logo", None))
        row = QHBoxLayout()
        for w in (self.logo, logo_button, logo_clear):
            row.addWidget(w)
        form.addRow("Logo", row)
        self.scale_min, self.scale_max = QSpinBox(), QSpinBox()
        for spin, label in ((self.scale_min, "Emotion scale minimum"), (self.scale_max, "Emotion scale maximum")):
            spin.setRange(-10, 10)
            spin.setAccessibleName(label)
        self.scale_labels = QLineEdit()
        self.scale_labels.setAccessibleName("Emotion scale labels")
        self.scale_labels.setPlaceholderText("labels from lowest to highest, comma-separated")
        scale_apply = QPushButton("Apply scale")
        scale_apply.clicked.connect(self.apply_scale)
        scale_row = QHBoxLayout()
        for w in (self.scale_min, QLabel("to"), self.scale_max, scale_apply):
            scale_row.addWidget(w)
        form.addRow("Emotion scale", scale_row)
        form.addRow("Scale labels", self.scale_labels)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self._unsubscribe = self.store.subscribe(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.META, ChangeKind.EMOTION_SCALE, ChangeKind.RESET):
            self.refresh()

    def refresh(self) -> None:
        meta = self.store.doc.meta
        for name, widget in self.fields.items():
            value = getattr(meta, name)
            if widget.hasFocus():
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)
        if not self.expectations.hasFocus():
            self.expectations.setPlainText("\n".join(meta.expectations))
        self.state.setCurrentIndex(self.state.findData(meta.state.value))
        self.logo.setText("Logo set" if meta.logo else "No logo")
        scale = self.store.doc.emotion_scale
        self.scale_min.setValue(scale.min)
        self.scale_max.setValue(scale.max)
        self.scale_labels.setText(", ".join(scale.labels))

    def _push(self, command) -> bool:
        try:
            self.scene.push(command)
        except (StoreError, ValueError) as exc:
            self.message.setText(str(exc))
            self.refresh()
            return False
        self.message.setText("")
        return True

    def _set(self, name: str, value) -> None:
        if getattr(self.store.doc.meta, name) != value:
            self._push(UpdateMetaCommand(self.store, {name: value}, f"Change {name.replace('_', ' ')}"))

    def _apply_long_texts(self) -> None:
        changes = {n: w.toPlainText().strip() for n, w in self.fields.items()
                   if isinstance(w, QPlainTextEdit)}
        changes["expectations"] = [x.strip() for x in self.expectations.toPlainText().splitlines() if x.strip()]
        changes = {k: v for k, v in changes.items() if getattr(self.store.doc.meta, k) != v}
        if changes:
            self._push(UpdateMetaCommand(self.store, changes, "Edit map description"))

    def choose_logo(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Choose a logo", "", "Images (*.png *.jpg *.jpeg)")
            if not path:
                return
        try:
            self._set("logo", import_image(path))
        except ImageImportError as exc:
            self.message.setText(str(exc))

    def apply_scale(self) -> None:
        low, high = self.scale_min.value(), self.scale_max.value()
        labels = [x.strip() for x in self.scale_labels.text().split(",") if x.strip()]
        if low >= high:
            self.message.setText("The scale's minimum must be below its maximum.")
            return
        if len(labels) != high - low + 1:
            labels = [f"{v:+d}" if v else "0" for v in range(low, high + 1)]
        self._push(SetEmotionScaleCommand(self.store, EmotionScale(min=low, max=high, labels=labels)))
