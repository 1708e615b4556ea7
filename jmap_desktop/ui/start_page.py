"""The start page: what the window shows when no map is open (first launch, File › Close).

Templates with a picture of each (Blank map first), the recent maps, and three lines on how
the canvas is used. The template list has the keyboard focus, so Enter on a launch makes a map
at once. Previews are rendered one per turn of the event loop after the page is shown, so the
window appears without waiting for eight offscreen renders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..io.templates import list_templates
from .gallery import PREVIEW, preview_pixmap

ROLE = Qt.ItemDataRole.UserRole
HOW_TO = (
    QT_TRANSLATE_NOOP("StartPage", "Click a cell and type: a card appears with what you type."),
    QT_TRANSLATE_NOOP("StartPage", "Enter keeps the text and starts the next card; Escape leaves it."),
    QT_TRANSLATE_NOOP("StartPage", "Drag cards to move them; drag kinds from the Palette onto a cell."),
)


def _heading(text: str, size_delta: int = 3) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + size_delta)
    font.setBold(True)
    label.setFont(font)
    return label


class StartPage(QWidget):
    """``templateChosen(name)``, ``recentChosen(path)`` and ``openRequested()`` say what the
    user picked; the window does the opening (and asks about unsaved changes)."""

    templateChosen = Signal(str)
    recentChosen = Signal(str)
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName(QCoreApplication.translate("StartPage", "Start page"))
        self.templates = QListWidget()
        self.templates.setObjectName("startTemplates")
        self.templates.setAccessibleName(QCoreApplication.translate("StartPage", "Templates"))
        self.templates.setViewMode(QListView.ViewMode.IconMode)
        self.templates.setIconSize(PREVIEW)
        self.templates.setGridSize(QSize(PREVIEW.width() + 28, PREVIEW.height() + 64))
        self.templates.setResizeMode(QListView.ResizeMode.Adjust)
        self.templates.setMovement(QListView.Movement.Static)
        self.templates.setWordWrap(True)
        self.templates.setUniformItemSizes(True)
        self.templates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templates.setFrameShape(QFrame.Shape.NoFrame)
        blank = QPixmap(PREVIEW)
        blank.fill(Qt.GlobalColor.white)
        self._infos = list_templates()
        for info in self._infos:
            title = self.tr("Blank map") if info.name == "blank" else info.title
            item = QListWidgetItem(QIcon(blank), title)
            item.setData(ROLE, info.name)
            item.setToolTip(info.description)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.itemActivated.connect(lambda item: self.templateChosen.emit(item.data(ROLE)))

        self.recent = QListWidget()
        self.recent.setObjectName("startRecent")
        self.recent.setAccessibleName(QCoreApplication.translate("StartPage", "Recent maps"))
        self.recent.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.recent.itemActivated.connect(lambda item: self.recentChosen.emit(item.data(ROLE)))
        self.no_recent = QLabel(self.tr("No recent maps yet."))
        self.no_recent.setEnabled(False)
        open_button = QPushButton(self.tr("Open a map…"))
        open_button.clicked.connect(lambda: self.openRequested.emit())

        side = QVBoxLayout()
        side.addWidget(_heading(self.tr("Recent maps"), 1))
        side.addWidget(self.recent)
        side.addWidget(self.no_recent)
        side.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addSpacing(18)
        side.addWidget(_heading(self.tr("How it works"), 1))
        for line in HOW_TO:
            how = QLabel("•  " + self.tr(line))
            how.setWordWrap(True)
            side.addWidget(how)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(320)

        main = QVBoxLayout()
        main.addWidget(_heading(self.tr("Start a journey map"), 6))
        hint = QLabel(self.tr("Pick a template (arrow keys and Enter, or double-click). "
                      "The new map is Untitled until you save it."))
        hint.setWordWrap(True)
        main.addWidget(hint)
        main.addWidget(self.templates, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 28)
        outer.setSpacing(36)
        outer.addLayout(main, 1)
        outer.addWidget(side_widget)
        self.setFocusProxy(self.templates)

        self._pending = list(range(len(self._infos)))
        self._preview_timer = QTimer(self)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self._next_preview)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setData(ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        rows = min(len(paths), 8)
        self.recent.setFixedHeight(self.recent.sizeHintForRow(0) * rows + 6 if rows else 0)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        if self._pending:
            self._preview_timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        # Hidden behind a map, the page's width must not hold the window wide: the canvas and
        # its panels then fit a small screen (a stacked widget takes its widest page's minimum).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def _next_preview(self) -> None:
        if not self._pending or not self.isVisible():
            self._preview_timer.stop()
            return
        row = self._pending.pop(0)
        pixmap = preview_pixmap(self._infos[row], self.devicePixelRatioF())
        if not pixmap.isNull():
            self.templates.item(row).setIcon(QIcon(pixmap))
