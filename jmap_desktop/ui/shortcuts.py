"""Help › Keyboard Shortcuts: every menu action with its keys, and the canvas's own keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

CANVAS_KEYS = [
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Type a letter on a focused cell"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Create a card there and start typing")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter / F2 / double-click"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the focused card")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter while editing"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Commit and start the next card")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Enter / click away"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Commit the edit")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape"), QT_TRANSLATE_NOOP("ShortcutsDialog", "End typing (a new card keeps its text); cancel an edit or a drag; clear the selection")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the focus between cards and cells")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+click / Ctrl+click"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Extend the selection")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+click a linked card or stage"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the map it links to")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Space + drag, middle button"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl + wheel, pinch"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom about the pointer")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Right / Page Down, Left / Page Up"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous stage while presenting")),
]


def shortcut_rows(menu_bar) -> list[tuple[str, str]]:
    rows = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((f"{menu.title().replace('&', '')} › {action.text().replace('&', '')}", keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = [(keys, what) for what, keys in shortcut_rows(menu_bar)] + CANVAS_KEYS
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        for r, (keys, what) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(self.tr(keys)))  # canvas keys are listed for translation
            table.setItem(r, 1, QTableWidgetItem(self.tr(what)))
        # The keys as wide as they need; what they do wraps in the rest of the width, so a
        # long German description reads whole without scrolling sideways.
        table.resizeColumnToContents(0)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(620, 560)
