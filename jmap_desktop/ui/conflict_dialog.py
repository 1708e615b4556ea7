"""The merge conflict dialog: each conflict with both values side by side, settled by keeping
mine, keeping theirs or typing a value; nothing is merged until every row has a choice.

Two copies of a big map can differ in thousands of places. A table of widgets (a combo box
and a line edit a row, every row measured for its height) took seconds to open with 2,000
conflicts, so the rows are a model (``ConflictModel``) drawn by a view: the choice and the
typed value are data, edited in place by a combo box or a line edit opened on the cell, and
rows are measured for their height as they come into view."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
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
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from ..versions.compare import short
from ..versions.merge import OURS, THEIRS, Conflict, Edited

KEEP_MINE, KEEP_THEIRS, TYPE_VALUE = (QT_TRANSLATE_NOOP("ConflictDialog", "Keep mine"),
                                    QT_TRANSLATE_NOOP("ConflictDialog", "Keep theirs"),
                                    QT_TRANSLATE_NOOP("ConflictDialog", "Type a value"))
KEEP_FOR, VALUE_FOR = (QT_TRANSLATE_NOOP("ConflictDialog", "Keep for {0}"),  # a cell's editor, read aloud
                       QT_TRANSLATE_NOOP("ConflictDialog", "Value for {0}"))
WHAT, MINE, THEIRS_COLUMN, KEEP, VALUE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("ConflictDialog", "What"), QT_TRANSLATE_NOOP("ConflictDialog", "Mine"),
           QT_TRANSLATE_NOOP("ConflictDialog", "Theirs"), QT_TRANSLATE_NOOP("ConflictDialog", "Keep"),
           QT_TRANSLATE_NOOP("ConflictDialog", "Value"))
NO_PARENT = QModelIndex()  # a table's rows have no parent


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


class ConflictModel(QAbstractTableModel):
    """The conflicts as rows: what, mine, theirs (their texts made when first shown), the
    choice kept (``KEEP_MINE``, ``KEEP_THEIRS`` or ``TYPE_VALUE``) and the value typed."""

    def __init__(self, conflicts: list[Conflict], parent=None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.keep = [KEEP_MINE] * len(conflicts)
        self.typed = [show(c.ours, c.ours_gone) if c.kind == "field" else "" for c in conflicts]
        self._texts: dict[int, tuple[str, str, str]] = {}

    def options(self, row: int) -> list[str]:
        """The choices a row offers: typing a value only for one field."""
        return [KEEP_MINE, KEEP_THEIRS] + ([TYPE_VALUE] if self.conflicts[row].kind == "field" else [])

    def texts(self, row: int) -> tuple[str, str, str]:
        found = self._texts.get(row)
        if found is None:
            found = self._texts[row] = _row(self.conflicts[row])
        return found

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column < KEEP:
                return self.texts(row)[column]
            if column == KEEP:
                return _tr(self.keep[row]) if role == Qt.ItemDataRole.DisplayRole else None
            return self.typed[row] if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.EditRole:
            return self.keep[row] if column == KEEP else self.typed[row] if column == VALUE else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (KEEP, VALUE):
            return _tr(KEEP_FOR if column == KEEP else VALUE_FOR).format(self.conflicts[row].label)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        column = index.column()
        if column == KEEP:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
        if column == VALUE:  # typed only when "Type a value" is chosen; shown greyed otherwise
            if self.keep[index.row()] == TYPE_VALUE:
                return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row, column = index.row(), index.column()
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == KEEP and value in self.options(row):
            self.keep[row] = value
            self.dataChanged.emit(self.index(row, KEEP), self.index(row, VALUE))
            return True
        if column == VALUE and self.keep[row] == TYPE_VALUE:
            self.typed[row] = str(value)
            self.dataChanged.emit(index, index)
            return True
        return False

    def keep_all(self, choice: str) -> None:
        self.keep = [choice] * len(self.conflicts)
        if self.conflicts:
            self.dataChanged.emit(self.index(0, KEEP), self.index(len(self.conflicts) - 1, VALUE))

    def choices(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for conflict, keep, typed in zip(self.conflicts, self.keep, self.typed, strict=True):
            if keep == TYPE_VALUE:
                out[conflict.key] = Edited(parse(typed, conflict))
            else:
                out[conflict.key] = OURS if keep == KEEP_MINE else THEIRS
        return out


class ChoiceDelegate(QStyledItemDelegate):
    """Edits the Keep column with a combo box of the row's choices and the Value column with
    a line edit; each change is kept at once (clicking Merge with an editor open loses none)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        model = index.model()
        name = index.data(Qt.ItemDataRole.AccessibleTextRole)
        if index.column() == KEEP:
            combo = QComboBox(parent)
            for choice in model.options(index.row()):
                combo.addItem(_tr(choice), choice)  # shown translated, read by its data
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        editor = QLineEdit(parent)
        editor.setAccessibleName(name)
        editor.textEdited.connect(lambda _t, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found != editor.currentIndex():
                editor.blockSignals(True)  # showing the model's choice is no new choice
                editor.setCurrentIndex(found)
                editor.blockSignals(False)
        elif editor.text() != value:
            editor.setText(value)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData() if isinstance(editor, QComboBox) else editor.text())


class ConflictDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], mine: str, theirs: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Conflicts"))
        self.conflicts = conflicts
        intro = QLabel(self.tr("<b>{count} change(s) made differently in both copies.</b> "
                               "Choose what the merged map keeps. Mine: {mine} · Theirs: {theirs}").format(
            count=len(conflicts), mine=mine, theirs=theirs))
        intro.setWordWrap(True)
        self.model = ConflictModel(conflicts, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setAccessibleName(QCoreApplication.translate("ConflictDialog", "Conflicts"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # One click on a Keep or Value cell opens its editor, as the combo boxes in each row did.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        for col in (WHAT, MINE, THEIRS_COLUMN, VALUE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        # The Keep column as wide as its combo box with the longest choice (measured on one,
        # not on every row).
        sample = QComboBox()
        for choice in (KEEP_MINE, KEEP_THEIRS, TYPE_VALUE):
            sample.addItem(_tr(choice))
        header.setSectionResizeMode(KEEP, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(KEEP, sample.sizeHint().width())
        self._sized: set[int] = set()  # rows measured for their height at the present widths
        self._fit = QTimer(self, singleShot=True, interval=0)
        self._fit.timeout.connect(self._fit_rows)
        self.table.verticalScrollBar().valueChanged.connect(lambda _value: self._fit.start())
        header.sectionResized.connect(self._widths_changed)
        self._fit_rows()
        # Tall enough for the first rows (orders are lists, several lines each), up to a screenful.
        rows = sum(self.table.rowHeight(r) for r in range(min(len(conflicts), 12)))
        self.resize(980, min(max(120 + rows + self.table.horizontalHeader().height() + 4, 240), 760))
        all_mine, all_theirs = QPushButton(self.tr("Keep All Mine")), QPushButton(self.tr("Keep All Theirs"))
        all_mine.clicked.connect(lambda: self.model.keep_all(KEEP_MINE))
        all_theirs.clicked.connect(lambda: self.model.keep_all(KEEP_THEIRS))
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

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit.start()

    def _widths_changed(self, *_args) -> None:
        self._sized.clear()  # wrapped text takes another height at another width
        self._fit.start()

    def _fit_rows(self) -> None:
        """Each row in view (and a screenful below) as tall as its text, measured once."""
        table, count = self.table, self.model.rowCount()
        while count:  # rows measured shorter bring more into view: measure those too
            top = max(table.rowAt(0), 0)
            bottom = table.rowAt(table.viewport().height())
            last = count - 1 if bottom < 0 else bottom
            rows = [row for row in range(top, min(count, last + 1 + (last - top + 1)))
                    if row not in self._sized]
            if not rows:
                return
            for row in rows:
                self._sized.add(row)
                table.resizeRowToContents(row)

    def choices(self) -> dict[str, Any]:
        """``{conflict key: "ours" | "theirs" | Edited(value)}`` as chosen in the rows."""
        return self.model.choices()


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
