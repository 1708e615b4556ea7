"""File › Update KPIs…: feed a CSV/XLSX of dated values into the map's metric cards.

Shows what the feed would do ("3 metrics updated from 12 values") and the rows it cannot use,
by row and column; Update applies it as one undo step, Cancel changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from ..commands import UpdateCardsCommand, push_command
from ..io.kpi_feed import KpiPlan, plan_kpis
from ..io.table_read import TableError, read_table
from ..model import StoreError
from .dialogs import show_error
from .locale_format import number

FEED_FILTER = QT_TRANSLATE_NOOP("KpiDialog", "KPI feeds (*.csv *.tsv *.txt *.xlsx);;All files (*)")


class KpiDialog(QDialog):
    def __init__(self, window, plan: KpiPlan) -> None:
        super().__init__(window)
        self.window_ = window
        self.plan = plan
        self.setObjectName("KpiDialog")
        self.setWindowTitle(self.tr("Update KPIs from {source}").format(source=plan.source))
        store = window.session.store
        self.summary = QLabel(plan.summary)
        self.summary.setAccessibleName(QCoreApplication.translate("KpiDialog", "KPI update summary"))
        self.changes = QListWidget()
        self.changes.setAccessibleName(QCoreApplication.translate("KpiDialog", "Metrics that change"))
        for card_id, fields in plan.updates.items():
            card, metric = store.card(card_id), fields["metric"]
            before = card.metric.value if card.metric and card.metric.value is not None else None
            was = f"{number(before)} → " if before is not None else ""
            self.changes.addItem(f"{card.text}: {was}{number(metric.value)} {metric.unit}".strip()
                                 + "  " + self.tr("({count} dated values)").format(count=len(metric.history)))
        self.problems = QListWidget()
        self.problems.setAccessibleName(QCoreApplication.translate("KpiDialog", "Rows not used"))
        for p in plan.problems:
            where = (self.tr("Row {row}, column {column}") if p.column else self.tr("Row {row}")).format(row=p.row, column=p.column)
            self.problems.addItem(f"{where}: {p.message}")
        self.problems.setVisible(bool(plan.problems))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        skipped = len({p.row for p in plan.problems})
        ok.setText(self.tr("Update") if not skipped else self.tr("Skip 1 Row and Update") if skipped == 1
                   else self.tr("Skip {count} Rows and Update").format(count=skipped))
        ok.setEnabled(bool(plan.updates))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Metrics that change:")))
        layout.addWidget(self.changes)
        problems_label = QLabel(self.tr("Rows not used:"))
        problems_label.setVisible(bool(plan.problems))
        layout.addWidget(problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def accept(self) -> None:
        command = UpdateCardsCommand(self.window_.session.store, self.plan.updates,
                                     text=self.tr("Update KPIs from {source}").format(source=self.plan.source))
        try:
            push_command(self.window_.session.undo_stack, command)
        except StoreError as exc:
            show_error(self, self.tr("Cannot update KPIs"), self.tr("{source}: {exc}\n\nNothing was changed.").format(source=self.plan.source, exc=exc))
            return
        self.window_.statusBar().showMessage(f"{self.plan.source}: {self.plan.summary}", 8000)
        super().accept()


def open_kpi_dialog(window, path: str | Path) -> KpiDialog | None:
    """Read the feed and show what it would change (window-modal, not blocking)."""
    try:
        table = read_table(path)
    except TableError as exc:
        show_error(window, QCoreApplication.translate("KpiDialog", "Cannot read the KPI feed"), QCoreApplication.translate("KpiDialog", "{exc}\n\nNothing was changed.").format(exc=exc))
        return None
    dialog = KpiDialog(window, plan_kpis(window.session.doc, table))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
