"""File › Import Cards…: map a table's columns to card fields, see the cards before they land.

The dialog reads the table once (``io.table_read``), guesses the mapping from the headers, and
re-plans on every change (``io.table_import.plan_import``): the preview draws the first rows as
cards in their cells with the real canvas, the rows table marks each cell with a problem, and
the summary says "12 new, 30 updated, 3 skipped". Import applies that same plan as one undo
step; rows with problems are skipped, or the user cancels and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..canvas.labels import label as kind_label
from ..commands import push_command
from ..commands.import_cards import ImportCardsCommand
from ..io.card_rows import FIELDS, IGNORE, guess_mapping
from ..io.table_import import ImportPlan, plan_import
from ..io.table_read import Table, TableError, read_table
from ..model import LaneKind, StoreError
from ..model.kinds import LANE_KIND_LABELS
from .dialogs import show_error

IMPORT_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Tables (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)")
PREVIEW_ROWS = 30  # cards drawn in the preview
TABLE_ROWS = 200  # rows listed in the rows table
ROW_COLUMN_MAX_PX = 360  # a column of long notes is cut here; the preview shows the cards whole
PROBLEM = QColor("#f8d0cc")


FIELD_NAMES = (  # io.card_rows.FIELDS' labels, for make translations; shown through translate()
    QT_TRANSLATE_NOOP("ImportDialog", "Card id"), QT_TRANSLATE_NOOP("ImportDialog", "Stage"),
    QT_TRANSLATE_NOOP("ImportDialog", "Lane"), QT_TRANSLATE_NOOP("ImportDialog", "Text"),
    QT_TRANSLATE_NOOP("ImportDialog", "Kind"), QT_TRANSLATE_NOOP("ImportDialog", "Emotion score"),
    QT_TRANSLATE_NOOP("ImportDialog", "Evidence"), QT_TRANSLATE_NOOP("ImportDialog", "Sources"),
    QT_TRANSLATE_NOOP("ImportDialog", "Tags"), QT_TRANSLATE_NOOP("ImportDialog", "Owner"),
    QT_TRANSLATE_NOOP("ImportDialog", "Persona"), QT_TRANSLATE_NOOP("ImportDialog", "Channel"),
    QT_TRANSLATE_NOOP("ImportDialog", "Metric value"), QT_TRANSLATE_NOOP("ImportDialog", "Metric unit"),
    QT_TRANSLATE_NOOP("ImportDialog", "Metric target"), QT_TRANSLATE_NOOP("ImportDialog", "Colour"),
    QT_TRANSLATE_NOOP("ImportDialog", "Polarity"), QT_TRANSLATE_NOOP("ImportDialog", "Votes"),
)

class ImportDialog(QDialog):
    """Column mapping, new lanes' kinds, preview, problems and the summary of one import."""

    def __init__(self, window, table: Table, path: Path | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.store = window.session.store
        self.table = table
        self.path = path
        self.plan: ImportPlan | None = None
        self._preview_image = None
        self._lane_kinds: dict[str, LaneKind] = {}
        self.setWindowTitle(self.tr("Import Cards from {source}").format(source=table.source))
        self.setObjectName("ImportDialog")
        scene = window.scene
        doc = self.store.doc
        self.default_cell = scene.focus_cell or ((doc.stages[0].id, doc.lanes[0].id)
                                                 if doc.stages and doc.lanes else None)

        self.sheet = QComboBox()
        self.sheet.setAccessibleName(QCoreApplication.translate("ImportDialog", "Sheet"))
        self.detected = QLabel()
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Imported as")])
        self.mapping.setAccessibleName(QCoreApplication.translate("ImportDialog", "Column mapping"))
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.field_combos: dict[str, QComboBox] = {}  # column header -> its field picker
        self.new_lanes = QTableWidget(0, 2)
        self.new_lanes.setHorizontalHeaderLabels([self.tr("New lane"), self.tr("Kind")])
        self.new_lanes.setAccessibleName(QCoreApplication.translate("ImportDialog", "New lanes"))
        self.new_lanes.verticalHeader().hide()
        self.new_lanes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width: "resize to contents" ignores the combo boxes living in the cells.
        self.new_lanes.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.new_lanes.setColumnWidth(1, 180)
        self.lane_kind_combos: dict[str, QComboBox] = {}
        self.rows_view = QTableWidget()
        self.rows_view.setAccessibleName(QCoreApplication.translate("ImportDialog", "Rows of the table"))
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.preview = QLabel()
        self.preview.setAccessibleName(QCoreApplication.translate("ImportDialog", "Preview of the imported cards"))
        self.preview.setMinimumSize(420, 240)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problems = QListWidget()
        self.problems.setAccessibleName(QCoreApplication.translate("ImportDialog", "Problems"))
        self.summary = QLabel()
        self.summary.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import summary"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self._fill_sheets()
        self._load_table(table)
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.resize(1100, 760)

    def _build_layout(self) -> None:
        top = QFormLayout()
        top.addRow(self.tr("Sheet:"), self.sheet)
        top.addRow(self.tr("Read as:"), self.detected)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Columns")))
        left_box.addWidget(self.mapping, 3)
        left_box.addWidget(self.new_lanes, 1)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(QLabel(self.tr("Preview (first {PREVIEW_ROWS} cards)").format(PREVIEW_ROWS=PREVIEW_ROWS)))
        right_box.addWidget(self.preview, 3)
        self.problems_label = QLabel(self.tr("Problems (these rows are skipped)"))
        right_box.addWidget(self.problems_label)
        right_box.addWidget(self.problems, 1)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(left)
        upper.addWidget(right)
        upper.setSizes([450, 650])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        body.addWidget(self.rows_view)
        body.setSizes([520, 200])
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)

    # -- reading ---------------------------------------------------------------------------
    def _fill_sheets(self) -> None:
        self.sheet.addItems(self.table.sheets)
        self.sheet.setCurrentText(self.table.sheet)
        self.sheet.setEnabled(len(self.table.sheets) > 1)
        self.sheet.setVisible(bool(self.table.sheets))
        label = self.layout().itemAt(0).layout().labelForField(self.sheet)
        label.setVisible(bool(self.table.sheets))

    def _sheet_changed(self, name: str) -> None:
        if not name or self.path is None or name == self.table.sheet:
            return
        try:
            table = read_table(self.path, sheet=name)
        except TableError as exc:
            show_error(self, self.tr("Cannot read the sheet"), str(exc))
            return
        self._load_table(table)

    def _load_table(self, table: Table) -> None:
        self.table = table
        how = []
        if table.encoding:
            how.append(self.tr("encoding {name}").format(
                name=table.encoding.upper() if table.encoding != "cp1252" else "Windows-1252"))
        if table.delimiter:
            separated = {",": self.tr("comma-separated"), ";": self.tr("semicolon-separated"),
                         "\t": self.tr("tab-separated"), "|": self.tr("bar-separated")}
            how.append(separated.get(table.delimiter)
                       or self.tr("{delimiter}-separated").format(delimiter=table.delimiter_name))
        if table.sheet:
            how.append(self.tr("sheet “{sheet}”").format(sheet=table.sheet))
        how.append(self.tr("{rows} rows, {columns} columns").format(rows=len(table.rows), columns=len(table.headers)))
        self.detected.setText(", ".join(how))
        self._fill_mapping(guess_mapping(table.headers))
        self._fill_rows()
        self.replan()

    def _fill_mapping(self, mapping: list[str]) -> None:
        self.mapping.setRowCount(len(self.table.headers))
        self.field_combos = {}
        for row, (header, field) in enumerate(zip(self.table.headers, mapping, strict=True)):
            self.mapping.setItem(row, 0, _item(header))
            samples = [r[row] for r in self.table.rows[:5] if r[row]]
            self.mapping.setItem(row, 1, _item(" · ".join(samples)[:120]))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {0}").format(header))
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for key, label in FIELDS.items():
                combo.addItem(QCoreApplication.translate("ImportDialog", label), key)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(lambda _i, h=header: self._field_changed(h))
            self.mapping.setCellWidget(row, 2, combo)
            self.field_combos[header] = combo
        self.mapping.resizeColumnToContents(0)
        self.mapping.resizeColumnToContents(2)

    def _fill_rows(self) -> None:
        view, table = self.rows_view, self.table
        shown = table.rows[:TABLE_ROWS]
        view.clear()
        view.setColumnCount(len(table.headers))
        view.setRowCount(len(shown))
        view.setHorizontalHeaderLabels(table.headers)
        view.setVerticalHeaderLabels([str(table.row_number(i)) for i in range(len(shown))])
        for r, cells in enumerate(shown):
            for c, text in enumerate(cells):
                view.setItem(r, c, _item(text))
        # Each column as wide as what it holds, within reason: the notes are read, not a tag
        # column stretched over the rest while the text shows "Sees an ad for ...".
        view.resizeColumnsToContents()
        for c in range(view.columnCount()):
            view.setColumnWidth(c, min(view.columnWidth(c), ROW_COLUMN_MAX_PX))

    # -- planning --------------------------------------------------------------------------
    def mapping_fields(self) -> list[str]:
        return [combo.currentData() for combo in self.field_combos.values()]

    def _field_changed(self, header: str) -> None:
        field = self.field_combos[header].currentData()
        if field:  # a field comes from one column: the column that had it lets it go
            for other, combo in self.field_combos.items():
                if other != header and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.replan()

    def replan(self) -> None:
        from PySide6.QtWidgets import QApplication

        # Tens of thousands of rows take a few seconds to check: say so with the cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_import(self.store.doc, self.table, self.mapping_fields(),
                                    self._lane_kinds, self.default_cell)
        finally:
            QApplication.restoreOverrideCursor()
        self._show_new_lanes()
        self._show_problems()
        self._show_preview()
        plan = self.plan
        self.summary.setText(plan.summary)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        skipped = len(plan.skipped_rows)
        ok.setText(self.tr("Import") if not skipped else self.tr("Skip 1 Row and Import") if skipped == 1
                   else self.tr("Skip {count} Rows and Import").format(count=skipped))
        ok.setEnabled(plan.changes_anything)

    def _show_new_lanes(self) -> None:
        lanes = self.plan.new_lanes
        self.new_lanes.setRowCount(len(lanes))
        self.new_lanes.setVisible(bool(lanes))
        self.lane_kind_combos = {}
        for row, lane in enumerate(lanes):
            self.new_lanes.setItem(row, 0, _item(lane.name))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Kind of the new lane {0}").format(lane.name))
            for kind, label in LANE_KIND_LABELS.items():
                combo.addItem(kind_label(label), kind)
            combo.setCurrentIndex(combo.findData(lane.kind))
            combo.currentIndexChanged.connect(lambda _i, n=lane.name, c=combo: self._lane_kind_changed(n, c))
            self.new_lanes.setCellWidget(row, 1, combo)
            self.lane_kind_combos[lane.name] = combo

    def _lane_kind_changed(self, name: str, combo: QComboBox) -> None:
        self._lane_kinds[name] = LaneKind(combo.currentData())
        self.replan()

    def _show_problems(self) -> None:
        self.problems.clear()
        column_of = {h: i for i, h in enumerate(self.table.headers)}
        rows = self.rows_view
        for r in range(rows.rowCount()):
            for c in range(rows.columnCount()):
                item = rows.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        for problem in self.plan.problems:
            self.problems.addItem(_problem_text(problem))
            index = problem.row - self.table.header_row - 1
            if index >= rows.rowCount():
                continue
            columns = [column_of[problem.column]] if problem.column in column_of else range(rows.columnCount())
            for c in columns:
                item = rows.item(index, c)
                if item is not None:
                    item.setBackground(PROBLEM)
                    item.setToolTip(problem.message)
        self.problems.setVisible(bool(self.plan.problems))
        self.problems_label.setVisible(bool(self.plan.problems))

    def _show_preview(self) -> None:
        """Draw the first rows' cards with the real canvas, then fit the picture to the label."""
        from PySide6.QtWidgets import QApplication

        from ..canvas.render import offscreen_view, render_view, set_zoom
        from ..model import DocumentStore

        doc = self.plan.preview(self.store.doc, PREVIEW_ROWS)
        self._preview_image = None
        if not doc.cards:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No cards to import with this mapping."))
            return
        view = offscreen_view(DocumentStore(doc), 960, 560)
        set_zoom(view, "fit")
        QApplication.processEvents()  # lets the view settle its scroll position and pinned headers
        self._preview_image = render_view(view)
        view.close()
        view.deleteLater()
        self._scale_preview()

    def _scale_preview(self) -> None:
        if self._preview_image is None:
            return
        size = self.preview.contentsRect().size()
        pixmap = QPixmap.fromImage(self._preview_image)
        self.preview.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._scale_preview()

    # -- applying --------------------------------------------------------------------------
    def accept(self) -> None:
        if self.plan is None or not self.plan.changes_anything:
            return
        try:
            push_command(self.window_.session.undo_stack, ImportCardsCommand(self.store, self.plan))
        except StoreError as exc:
            show_error(self, self.tr("Cannot import"), self.tr("{source}: {exc}\n\nNothing was imported.").format(source=self.table.source, exc=exc))
            return
        self.window_.statusBar().showMessage(self.tr("Imported from {source}: {summary}").format(source=self.table.source, summary=self.plan.summary), 8000)
        super().accept()


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _problem_text(problem) -> str:
    where = (QCoreApplication.translate("ImportDialog", "Row {row}, column {column}") if problem.column
             else QCoreApplication.translate("ImportDialog", "Row {row}")).format(row=problem.row, column=problem.column)
    return f"{where}: {problem.message}"


def open_import_dialog(window, path: str | Path | None = None, table: Table | None = None) -> ImportDialog | None:
    """Read ``path`` (or take a pasted ``table``) and show the dialog, window-modal, without
    blocking; None after telling the user why the file cannot be read."""
    if table is None:
        try:
            table = read_table(path)
        except TableError as exc:
            show_error(window, QCoreApplication.translate("ImportDialog", "Cannot import"), QCoreApplication.translate("ImportDialog", "{exc}\n\nNothing was imported.").format(exc=exc))
            return None
    dialog = ImportDialog(window, table, Path(path) if path else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
