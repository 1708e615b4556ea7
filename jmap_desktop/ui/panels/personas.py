"""The persona library: add, edit and remove personas, choose the primary one, import photos."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import (
    AddPersonaCommand,
    RemovePersonaCommand,
    UpdateMetaCommand,
    UpdatePersonaCommand,
)
from ...model import Change, ChangeKind, Persona
from .focus import CommitOnFocusOut
from .images import ImageImportError, import_image, to_qimage

LIST_FIELDS = [("goals", QT_TRANSLATE_NOOP("PersonasPanel", "Goals")), ("needs", QT_TRANSLATE_NOOP("PersonasPanel", "Needs")), ("frustrations", QT_TRANSLATE_NOOP("PersonasPanel", "Frustrations"))]


class PersonasPanel(QWidget):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.setAccessibleName(QCoreApplication.translate("PersonasPanel", "Personas"))
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("PersonasPanel", "Persona library"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        add, remove, primary = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove")), QPushButton(self.tr("Make primary"))
        add.clicked.connect(self.add_persona)
        remove.clicked.connect(self.remove_current)
        primary.clicked.connect(self.make_primary)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import personas from another map, keeping their ids"))
        self.import_button.clicked.connect(lambda: self.import_from())
        buttons = QHBoxLayout()
        for b in (add, remove, primary, self.import_button):
            buttons.addWidget(b)
        self.photo = QLabel()
        self.photo.setFixedSize(72, 72)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        photo_button = QPushButton(self.tr("Photo…"))
        photo_button.clicked.connect(lambda: self.choose_photo())
        self.name, self.role = QLineEdit(), QLineEdit()
        self.quote = QLineEdit()
        self.lists = {name: QPlainTextEdit() for name, _ in LIST_FIELDS}
        form = QFormLayout()
        form.addRow(self.photo, photo_button)
        for label, widget, field, spoken in (
                (self.tr("Name"), self.name, "name", self.tr("Persona name")),
                (self.tr("Role"), self.role, "role", self.tr("Persona role")),
                (self.tr("Quote"), self.quote, "quote", self.tr("Persona quote"))):
            widget.setAccessibleName(spoken)
            widget.editingFinished.connect(lambda f=field, w=widget: self._set(f, w.text().strip()))
            form.addRow(label, widget)
        spoken = {"goals": self.tr("Persona goals, one per line"), "needs": self.tr("Persona needs, one per line"),
                  "frustrations": self.tr("Persona frustrations, one per line")}
        for name, label in LIST_FIELDS:
            edit = self.lists[name]
            edit.setAccessibleName(spoken[name])
            edit.setFixedHeight(50)
            form.addRow(self.tr(label), edit)
        apply = QPushButton(self.tr("Apply lists"))
        apply.clicked.connect(self._apply_lists)
        for edit in self.lists.values():
            CommitOnFocusOut(edit, self._apply_lists)
        form.addRow("", apply)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self._unsubscribe = self.store.subscribe(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.PERSONAS, ChangeKind.META, ChangeKind.RESET):
            self.refresh()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self) -> None:
        keep = self.current_id()
        primary = self.store.doc.meta.primary_persona_id
        self.list.blockSignals(True)
        self.list.clear()
        for persona in self.store.doc.personas:
            label = persona.name or self.tr("Unnamed persona")
            item = QListWidgetItem(self.tr("{label}  ★ primary").format(label=label) if persona.id == primary else label)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            self.list.addItem(item)
            if persona.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        pid = self.current_id()
        persona = self.store.persona(pid) if pid else None
        for w in (self.name, self.role, self.quote):
            w.setEnabled(persona is not None)
        if persona is None:
            return
        self.name.setText(persona.name)
        self.role.setText(persona.role)
        self.quote.setText(persona.quote)
        for name, edit in self.lists.items():
            edit.setPlainText("\n".join(getattr(persona, name)))
        image = to_qimage(persona.photo)
        self.photo.setPixmap(QPixmap.fromImage(image).scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio)
                             if not image.isNull() else QPixmap())
        self.photo.setText("" if not image.isNull() else self.tr("No photo"))

    def _set(self, field: str, value) -> None:
        pid = self.current_id()
        if pid and getattr(self.store.persona(pid), field) != value:
            self.scene.push(UpdatePersonaCommand(self.store, pid, {field: value},
                                                 self.tr("Change persona {field}").format(field=field)))

    def _apply_lists(self) -> None:
        pid = self.current_id()
        if not pid:
            return
        changes = {name: [x.strip() for x in edit.toPlainText().splitlines() if x.strip()]
                   for name, edit in self.lists.items()}
        persona = self.store.persona(pid)
        changes = {k: v for k, v in changes.items() if getattr(persona, k) != v}
        if changes:
            self.scene.push(UpdatePersonaCommand(self.store, pid, changes, self.tr("Edit persona")))

    def import_from(self, path=None) -> None:
        from .persona_import import import_personas

        said = import_personas(self, path)
        if said:
            self.message.setText(said)

    def add_persona(self) -> str:
        persona = Persona(name=self.tr("New persona"))
        self.scene.push(AddPersonaCommand(self.store, persona))
        if self.store.doc.meta.primary_persona_id is None:
            self.scene.push(UpdateMetaCommand(self.store, {"primary_persona_id": persona.id},
                                              self.tr("Set primary persona")))
        self._select(persona.id)
        return persona.id

    def _select(self, pid: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == pid:
                self.list.setCurrentRow(row)

    def remove_current(self) -> None:
        pid = self.current_id()
        if pid:
            self.scene.push(RemovePersonaCommand(self.store, pid))

    def make_primary(self) -> None:
        pid = self.current_id()
        if pid and self.store.doc.meta.primary_persona_id != pid:
            self.scene.push(UpdateMetaCommand(self.store, {"primary_persona_id": pid},
                                              self.tr("Set primary persona")))

    def choose_photo(self, path: str | None = None) -> None:
        if not self.current_id():
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
            if not path:
                return
        try:
            self._set("photo", import_image(path))
            self.message.setText("")
        except ImageImportError as exc:
            self.message.setText(str(exc))
