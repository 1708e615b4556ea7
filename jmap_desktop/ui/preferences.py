"""Edit › Preferences: the theme, how soon a recovery copy is written, the author of revisions,
the language of the menus and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from . import translations
from .dialogs import fit_title

AUTOSAVE_KEY = "files/autosave_seconds"
AUTHOR_KEY = "history/author"


class PreferencesDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Preferences"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Theme"))
        for key, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(window.theme)))
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Autosave delay in seconds"))
        self.autosave.setRange(1, 120)
        self.autosave.setSuffix(self.tr(" s after the last edit"))
        self.autosave.setValue(window.autosaver.delay())
        self.author = QLineEdit(window.session.author)
        self.author.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Author name"))
        self.author.setPlaceholderText(self.tr("Your name, recorded with each saved revision"))
        self.author.setMaxLength(200)
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Language"))
        self.language.addItem(self.tr("Follow the system"), "system")
        for code, name in translations.LANGUAGES.items():  # each named in its own language
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            translations.setting(window.settings))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Recovery copy"), self.autosave)
        form.addRow(self.tr("Author name"), self.author)
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language applies when JMap Desktop starts next."))
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow(buttons)
        self.author.setMinimumWidth(self.author.fontMetrics().horizontalAdvance(self.author.placeholderText()) + 16)
        fit_title(self)
        self.accepted.connect(self.apply)

    def apply(self) -> None:
        self.window_.set_theme(self.theme.currentData())
        self.window_.autosaver.set_delay(self.autosave.value())
        self.window_.settings.setValue(AUTOSAVE_KEY, self.autosave.value())
        self.window_.session.author = self.author.text().strip()
        self.window_.settings.setValue(AUTHOR_KEY, self.window_.session.author)
        self.window_.settings.setValue(translations.LANGUAGE_KEY, self.language.currentData())
