"""Map settings: title, subtitle, description, scenario, goal and expectations, organisation,
logo, current or future state, version label, and the emotion scale. Typing in a field is one
undo step per field (commands merge)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

TEXT_FIELDS = [("title", QT_TRANSLATE_NOOP("MapSettingsPanel", "Title")), ("subtitle", QT_TRANSLATE_NOOP("MapSettingsPanel", "Subtitle")), ("organisation", QT_TRANSLATE_NOOP("MapSettingsPanel", "Organisation")),
               ("version_label", QT_TRANSLATE_NOOP("MapSettingsPanel", "Version"))]
LONG_FIELDS = [("description", QT_TRANSLATE_NOOP("MapSettingsPanel", "Description")), ("scenario", QT_TRANSLATE_NOOP("MapSettingsPanel", "Scenario")), ("goal", QT_TRANSLATE_NOOP("MapSettingsPanel", "Goal"))]
FIELD_LABELS = dict(TEXT_FIELDS + LONG_FIELDS)


class MapSettingsPanel(QWidget):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.setAccessibleName(QCoreApplication.translate("MapSettingsPanel", "Map settings"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda n=name, e=edit: self._set(n, e.text().strip()))
            form.addRow(self.tr(label), edit)
            self.fields[name] = edit
        for name, label in LONG_FIELDS:
            edit = QPlainTextEdit()
            edit.setAccessibleName(label)
            edit.setFixedHeight(54)
            self.fields[name] = edit
            form.addRow(self.tr(label), edit)
        self.expectations = QPlainTextEdit()
        self.expectations.setAccessibleName(QCoreApplication.translate("MapSettingsPanel", "Expectations, one per line"))
        self.expectations.setFixedHeight(54)
        form.addRow(self.tr("Expectations"), self.expectations)
        apply = QPushButton(self.tr("Apply texts"))
        apply.clicked.connect(self._apply_long_texts)
        for edit in [*(w for w in self.fields.values() if isinstance(w, QPlainTextEdit)), self.expectations]:
            CommitOnFocusOut(edit, self._apply_long_texts)
        form.addRow("", apply)
        self.state = QComboBox()
        self.state.setAccessibleName(QCoreApplication.translate("MapSettingsPanel", "State"))
        self.state.addItem(self.tr("Current state"), "current")
        self.state.addItem(self.tr("Future state"), "future")
        self.state.activated.connect(lambda: self._set("state", self.state.currentData()))
        form.addRow(self.tr("State"), self.state)
        self.logo = QLabel(self.tr("No logo"))
        logo_button = QPushButton(self.tr("Choose logo…"))
        logo_button.clicked.connect(lambda: self.choose_logo())  # not clicked(bool) as the path
        logo_clear = QPushButton(self.tr("Remove"))
        logo_clear.clicked.connect(lambda: self._set("logo", None))
        row = QHBoxLayout()
        for w in (self.logo, logo_button, logo_clear):
            row.addWidget(w)
        form.addRow(self.tr("Logo"), row)
        self.scale_min, self.scale_max = QSpinBox(), QSpinBox()
        for spin, label in ((self.scale_min, self.tr("Emotion scale minimum")), (self.scale_max, self.tr("Emotion scale maximum"))):
            spin.setRange(-10, 10)
            spin.setAccessibleName(label)
        self.scale_labels = QLineEdit()
        self.scale_labels.setAccessibleName(QCoreApplication.translate("MapSettingsPanel", "Emotion scale labels"))
        self.scale_labels.setPlaceholderText(self.tr("labels from lowest to highest, comma-separated"))
        scale_apply = QPushButton(self.tr("Apply scale"))
        scale_apply.clicked.connect(self.apply_scale)
        scale_row = QHBoxLayout()
        for w in (self.scale_min, QLabel("to"), self.scale_max, scale_apply):
            scale_row.addWidget(w)
        form.addRow(self.tr("Emotion scale"), scale_row)
        form.addRow(self.tr("Scale labels"), self.scale_labels)
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
        self.logo.setText(self.tr("Logo set") if meta.logo else self.tr("No logo"))
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
            self._push(UpdateMetaCommand(self.store, {name: value}, self.tr("Change {field}").format(field=self.tr(FIELD_LABELS.get(name, name)))))

    def _apply_long_texts(self) -> None:
        changes = {n: w.toPlainText().strip() for n, w in self.fields.items()
                   if isinstance(w, QPlainTextEdit)}
        changes["expectations"] = [x.strip() for x in self.expectations.toPlainText().splitlines() if x.strip()]
        changes = {k: v for k, v in changes.items() if getattr(self.store.doc.meta, k) != v}
        if changes:
            self._push(UpdateMetaCommand(self.store, changes, self.tr("Edit map description")))

    def choose_logo(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
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
            self.message.setText(self.tr("The scale's minimum must be below its maximum."))
            return
        if len(labels) != high - low + 1:
            labels = [f"{v:+d}" if v else "0" for v in range(low, high + 1)]
        self._push(SetEmotionScaleCommand(self.store, EmotionScale(min=low, max=high, labels=labels)))
