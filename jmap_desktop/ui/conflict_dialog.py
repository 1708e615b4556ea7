"""The merge conflict dialog: each conflict with both values side by side, settled by keeping
mine, keeping theirs or typing a value; nothing is merged until every row has a choice."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..versions.compare import short
from ..versions.merge import OURS, THEIRS, Conflict, Edited

KEEP_MINE, KEEP_THEIRS, TYPE_VALUE = (QT_TRANSLATE_NOOP("ConflictDialog", "Keep mine"),
                                    QT_TRANSLATE_NOOP("ConflictDialog", "Keep theirs"),
                                    QT_TRANSLATE_NOOP("ConflictDialog", "Type a value"))


class ConflictDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], mine: str, theirs: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Conflicts"))
        self.conflicts = conflicts
        self.resize(980, 120 + 64 * min(len(conflicts), 8))
        intro = QLabel(self.tr("<b>{count} change(s) made differently in both copies.</b> "
                               "Choose what the merged map keeps. Mine: {mine} · Theirs: {theirs}").format(
            count=len(conflicts), mine=mine, theirs=theirs))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflicts), 5)
        self.table.setAccessibleName(QCoreApplication.translate("ConflictDialog", "Conflicts"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Mine"), self.tr("Theirs"), self.tr("Keep"), self.tr("Value")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.keep: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        for row, conflict in enumerate(conflicts):
            what, mine_text, theirs_text = _row(conflict)
            self.table.setItem(row, 0, _cell(what))
            self.table.setItem(row, 1, _cell(mine_text))
            self.table.setItem(row, 2, _cell(theirs_text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Keep for {0}").format(conflict.label))
            for choice in [KEEP_MINE, KEEP_THEIRS] + ([TYPE_VALUE] if conflict.kind == "field" else []):
                combo.addItem(self.tr(choice), choice)  # shown translated, read by its data
            value = QLineEdit()
            value.setAccessibleName(self.tr("Value for {0}").format(conflict.label))
            value.setEnabled(False)
            value.setText(show(conflict.ours, conflict.ours_gone) if conflict.kind == "field" else "")
            combo.currentIndexChanged.connect(lambda _i, c=combo, v=value: v.setEnabled(c.currentData() == TYPE_VALUE))
            self.table.setCellWidget(row, 3, combo)
            self.table.setCellWidget(row, 4, value)
            self.keep.append(combo)
            self.values.append(value)
        self.table.resizeRowsToContents()
        # Tall enough for every row (orders are lists, several lines each), up to a screenful.
        rows = self.table.verticalHeader().length() + self.table.horizontalHeader().height() + 4
        self.resize(980, min(max(120 + rows, 240), 760))
        all_mine, all_theirs = QPushButton(self.tr("Keep All Mine")), QPushButton(self.tr("Keep All Theirs"))
        all_mine.clicked.connect(lambda: self._all(KEEP_MINE))
        all_theirs.clicked.connect(lambda: self._all(KEEP_THEIRS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(all_mine)
        bottom.addWidget(all_theirs)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _all(self, text: str) -> None:
        for combo in self.keep:
            combo.setCurrentIndex(combo.findData(text))

    def choices(self) -> dict[str, Any]:
        """``{conflict key: "ours" | "theirs" | Edited(value)}`` as chosen in the rows."""
        out: dict[str, Any] = {}
        for conflict, combo, value in zip(self.conflicts, self.keep, self.values, strict=True):
            text = combo.currentData()
            if text == TYPE_VALUE:
                out[conflict.key] = Edited(parse(value.text(), conflict))
            else:
                out[conflict.key] = OURS if text == KEEP_MINE else THEIRS
        return out


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return item


def _row(conflict: Conflict) -> tuple[str, str, str]:
    """What a row says: what conflicts, mine, theirs. Edited on one side and deleted on the
    other names the fields edited and their new values on the editing side, as a row of the
    same field edited on both sides does."""
    fields = conflict.edited_fields()
    if not fields:
        return (conflict.label, _side(conflict, conflict.ours, conflict.ours_gone),
                _side(conflict, conflict.theirs, conflict.theirs_gone))
    names = ", ".join(name for name, _before, _after in fields)
    none = QCoreApplication.translate("ConflictDialog", "(none)")  # a value cleared
    if len(fields) == 1:
        edited = show(fields[0][2], False) or none
    else:
        edited = "\n".join(f"{name}: {show(after, False) or none}" for name, _before, after in fields)
    deleted = QCoreApplication.translate("ConflictDialog", "(deleted)")
    what = QCoreApplication.translate("ConflictDialog", "{what}: {fields} (edited in one copy, deleted in the other)").format(
        what=conflict.label, fields=names)
    return (what, deleted if conflict.ours_gone else edited, deleted if conflict.theirs_gone else edited)


def _side(conflict: Conflict, value: Any, gone: bool) -> str:
    """One side of a conflict; an order reads as a numbered list, one item a line."""
    if conflict.kind == "order" and isinstance(value, list) and not gone:
        return "\n".join(f"{i}. {item}" for i, item in enumerate(value, 1))
    return show(value, gone)


def show(value: Any, gone: bool) -> str:
    if gone:
        return QCoreApplication.translate("ConflictDialog", "(deleted)")
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "text" in value:  # a whole card
        return QCoreApplication.translate("ConflictDialog", "card “{text}”").format(text=value["text"])
    if isinstance(value, dict) and "name" in value:
        return f"“{value['name']}”"
    if isinstance(value, list):  # tags; a card's comments by their text, photos counted
        return ", ".join(_item(v) for v in value)
    return "" if value is None else json.dumps(value, ensure_ascii=False)


def _item(value: Any) -> str:
    if not isinstance(value, dict):
        return str(value)
    if value.get("text") or value.get("name"):
        return f"“{short(value.get('text') or value.get('name'), 60)}”"
    return QCoreApplication.translate("ConflictDialog", "(picture)")  # never its bytes


def parse(text: str, conflict: Conflict) -> Any:
    """The typed text as the kind of value the field holds (number, list, text or empty)."""
    sample = conflict.ours if conflict.ours is not None else conflict.theirs
    text = text.strip()
    if isinstance(sample, bool):
        return text.lower() in ("1", "true", "yes")
    if isinstance(sample, int | float) or (sample is None and _number(text) is not None):
        return _number(text) if text else None
    if isinstance(sample, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
