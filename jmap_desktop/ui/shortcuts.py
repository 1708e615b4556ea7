"""Help › Keyboard Shortcuts: every menu action with its keys, and the canvas's own keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

CANVAS_KEYS = [
    ("Type a letter on a focused cell", "Create a card there and start typing"),
    ("Enter / F2 / double-click", "Edit the focused card"),
    ("Enter while editing", "Commit and start the next card"),
    ("Ctrl+Enter / click away", "Commit the edit"),
    ("Escape", "Cancel an edit or a drag; clear the selection"),
    ("Arrow keys", "Move the focus between cards and cells"),
    ("Shift+click / Ctrl+click", "Extend the selection"),
    ("Space + drag, middle button", "Pan"),
    ("Ctrl + wheel, pinch", "Zoom about the pointer"),
    ("Right / Page Down, Left / Page Up", "Next / previous stage while presenting"),
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
        self.setWindowTitle("Keyboard Shortcuts")
        rows = [(keys, what) for what, keys in shortcut_rows(menu_bar)] + CANVAS_KEYS
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName("Keyboard shortcuts")
        table.setHorizontalHeaderLabels(["Keys", "Does"])
        for r, (keys, what) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(keys))
            table.setItem(r, 1, QTableWidgetItem(what))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(620, 560)
