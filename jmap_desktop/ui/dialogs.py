"""Small dialogs: the unsaved-changes question and readable error messages."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

TITLE_BAR_BUTTONS_PX = 150  # the icon and minimise, maximise and close buttons of a title bar


def title_width(dialog: QWidget) -> int:
    """How wide ``dialog`` must be for its title bar to show the whole title: the window manager
    adds the application's name (" — JMap Desktop") and draws it bold, beside its buttons."""
    title = dialog.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    if name and not title.endswith(name):
        title = f"{title} \u2014 {name}"
    font = QFont(QApplication.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_BUTTONS_PX


def fit_title(dialog: QWidget) -> None:
    """A small form is narrower than its title: "Start Workshop Session — JMap Desktop" was cut
    to "Start Workshop S…" by the title bar. Call once the title and the layout are set (a
    minimum width set by hand replaces the layout's own, so the wider of both is kept)."""
    dialog.setMinimumWidth(max(dialog.minimumWidth(), dialog.minimumSizeHint().width(), title_width(dialog)))


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget, name: str) -> Answer:
    """Save / Don't Save / Cancel, as every desktop editor asks it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("dialogs", "Do you want to save the changes you made to “{name}”?").format(name=name))
    box.setInformativeText(QCoreApplication.translate("dialogs", "Your changes will be lost if you don't save them."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = box.exec()
    if result == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if result == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def ask_overwrite_external(parent: QWidget, name: str) -> bool:
    """The file changed on disk since it was opened: overwrite it anyway?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "File changed on disk"))
    box.setText(QCoreApplication.translate("dialogs", "“{name}” was changed by another window or program since you opened it.").format(name=name))
    box.setInformativeText(QCoreApplication.translate("dialogs", "Overwrite writes your version and keeps theirs beside it as "
                           "“… (outside edit DATE).jmap”. Save As keeps both under names you choose."))
    overwrite = box.addButton(QCoreApplication.translate("dialogs", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is overwrite


def ask_reload(parent: QWidget, name: str) -> bool:
    """The open, unmodified file changed on disk: load the new version?"""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("dialogs", "File changed on disk"),
        QCoreApplication.translate("dialogs", "“{name}” was changed by another program. Reload it?").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_read_only(parent: QWidget, name: str, why: str) -> bool:
    """The file may not be replaced (``why``): True when the user wants to Save As instead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "File is read-only"))
    box.setText(QCoreApplication.translate("dialogs", "“{name}” was not replaced: {reason}.").format(name=name, reason=why.split(';')[0]))
    box.setInformativeText(QCoreApplication.translate("dialogs", "Save your changes in another file, or cancel and keep editing."))
    save_as = box.addButton(QCoreApplication.translate("dialogs", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return box.clickedButton() is save_as


def ask_open_elsewhere(parent: QWidget, name: str, holder: str) -> str | None:
    """The file is being edited in another window: "read-only", "copy" or None (cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Map open elsewhere"))
    box.setText(QCoreApplication.translate("dialogs", "“{name}” is already open for editing in another window ({holder}).").format(name=name, holder=holder))
    box.setInformativeText(QCoreApplication.translate("dialogs", "Two windows saving one file would overwrite each other's work. Open it "
                           "read-only here, or open an untitled copy to save under another name."))
    read_only = box.addButton(QCoreApplication.translate("dialogs", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(QCoreApplication.translate("dialogs", "Open a Copy"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is read_only:
        return "read-only"
    return "copy" if box.clickedButton() is copy else None
