"""Edit › Preferences: the theme, how soon a recovery copy is written, the author of revisions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

AUTOSAVE_KEY = "files/autosave_seconds"
AUTHOR_KEY = "history/author"


class PreferencesDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Preferences")
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for key, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(window.theme)))
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName("Autosave delay in seconds")
        self.autosave.setRange(1, 120)
        self.autosave.setSuffix(" s after the last edit")
        self.autosave.setValue(window.autosaver.delay())
        self.author = QLineEdit(window.session.author)
        self.author.setAccessibleName("Author name")
        self.author.setPlaceholderText("Your name, recorded with each saved revision")
        self.author.setMaxLength(200)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Theme", self.theme)
        form.addRow("Recovery copy", self.autosave)
        form.addRow("Author name", self.author)
        form.addRow(buttons)
        self.accepted.connect(self.apply)

    def apply(self) -> None:
        self.window_.set_theme(self.theme.currentData())
        self.window_.autosaver.set_delay(self.autosave.value())
        self.window_.settings.setValue(AUTOSAVE_KEY, self.autosave.value())
        self.window_.session.author = self.author.text().strip()
        self.window_.settings.setValue(AUTHOR_KEY, self.window_.session.author)
