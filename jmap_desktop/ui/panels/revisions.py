"""The Revisions panel: the file's own history as a timeline (snapshots marked with a star),
with Take Snapshot, Compare, Open Read-only and Restore. Beside the undo History panel, which
is the session's; this one travels with the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...io.history import history_size, map_data, size_limit
from ..locale_format import date_time, number

ROLE = Qt.ItemDataRole.UserRole


class RevisionsPanel(QWidget):
    snapshotRequested = Signal()
    compareRequested = Signal(str)  # revision id
    openRequested = Signal(str)
    restoreRequested = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.list = QListWidget()
        self.list.setWordWrap(True)  # long author names and notes wrap in a narrow dock
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(QCoreApplication.translate("RevisionsPanel", "Revisions and snapshots"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("RevisionsPanel", "History size and limits"))
        self.snapshot_button = QPushButton(self.tr("Take Snapshot…"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.open_button = QPushButton(self.tr("Open"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.compare_button.setToolTip(self.tr("Mark on the canvas what changed since this revision"))
        self.open_button.setToolTip(self.tr("Open this revision read-only in its own window"))
        self.restore_button.setToolTip(self.tr("Make this revision the current map (one undo step)"))
        # Two rows: the dock this panel is tabbed into on the left is often under 220 px wide,
        # and three buttons in a row widened the panel past it (clipped behind a scroll bar).
        buttons = QGridLayout()
        buttons.addWidget(self.compare_button, 0, 0)
        buttons.addWidget(self.open_button, 0, 1)
        buttons.addWidget(self.restore_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.snapshot_button)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.snapshot_button.clicked.connect(self.snapshotRequested)
        self.compare_button.clicked.connect(lambda: self._emit(self.compareRequested))
        self.open_button.clicked.connect(lambda: self._emit(self.openRequested))
        self.restore_button.clicked.connect(lambda: self._emit(self.restoreRequested))
        self.list.itemDoubleClicked.connect(lambda _item: self._emit(self.compareRequested))
        self.list.currentItemChanged.connect(self._enable)
        self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name): never widen the dock group it joins
        return QSize(240, 320)

    def _emit(self, signal) -> None:
        revision_id = self.current_revision()
        if revision_id is not None:
            signal.emit(revision_id)

    def current_revision(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROLE) if item is not None else None

    def _enable(self, *_args) -> None:
        chosen = self.current_revision() is not None
        for b in (self.compare_button, self.open_button, self.restore_button):
            b.setEnabled(chosen)

    def refresh(self) -> None:
        """Rebuild the timeline from the open map's history (after open, save, snapshot)."""
        self.list.clear()
        history = self.session.doc.history
        if history is None or not history.revisions:
            self.summary.setText(self.tr("No revisions yet: each save of the map records one."))
            self._enable()
            return
        names: dict[str, list[str]] = {}
        for snap in history.snapshots:
            names.setdefault(snap.revision, []).append(snap.name)
        newest = history.head.id
        for revision in reversed(history.revisions):
            when = date_time(revision.time)
            parts = [when, revision.author or self.tr("unknown author")]
            if revision.note:
                parts.append(revision.note)
            if revision.id == newest:
                parts.append(self.tr("saved map"))
            text = " · ".join(parts)
            for name in reversed(names.get(revision.id, [])):
                item = QListWidgetItem(f"★ {name}\n    {text}")
                item.setData(ROLE, revision.id)
                item.setToolTip(self.tr("Snapshot “{name}” of revision {id}").format(name=name, id=revision.id[:8]))
                self.list.addItem(item)
            item = QListWidgetItem(text)
            item.setData(ROLE, revision.id)
            item.setToolTip(self.tr("Revision {id}").format(id=revision.id[:8]))
            self.list.addItem(item)
        size = history_size(history)
        limit = size_limit(history, map_data(self.session.doc))
        self.summary.setText(
            # "Revisions: 1", not "1 revisions": one wording for every count.
            self.tr("Revisions: {revisions} · snapshots: {snapshots} · history {size} of a {limit} limit · "
                    "revisions older than {days} days are pruned; snapshots are always kept").format(
                revisions=len(history.revisions), snapshots=len(history.snapshots), size=_kb(size),
                limit=_kb(limit), days=history.keep_days))
        self._enable()


def _kb(n: int) -> str:
    return f"{number(n / 1024, 0)} KB" if n < 10 * 1024 * 1024 else f"{number(n / 2**20, 1)} MB"
