"""File › Journey Library: the maps of a folder as a grid of thumbnails (title, persona,
state, cards, evidence coverage, last change), a search across all their cards, and filters
by tag, persona and state; a search narrows the grid to the maps it finds. Double-click a map to
open it, or a search hit to open its map at that card; the library then steps aside. Only the
chosen folder is read (``io.library``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from ..io.library import Library, MapSummary, scan_library
from ..layout import compute_layout, palette
from .locale_format import date_time, number, percent

FOLDER_KEY = "library/folder"
THUMB = QSize(220, 130)
ROLE = Qt.ItemDataRole.UserRole
ANY = QT_TRANSLATE_NOOP("JourneyLibrary", "Any")


def thumbnail(summary: MapSummary) -> QPixmap:
    """The map in miniature, from the shared layout: stage columns, lanes and cards by kind."""
    image = QImage(THUMB, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    if summary.doc is None:
        p.setPen(QColor(palette.VERMILLION))
        p.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("JourneyLibrary", "cannot be shown"))
        p.end()
        return QPixmap.fromImage(image)
    layout = compute_layout(summary.doc)
    scale = min((THUMB.width() - 8) / max(layout.width, 1), (THUMB.height() - 8) / max(layout.height, 1))
    # Centred in the tile, so that the miniature sits under its centred caption.
    p.translate((THUMB.width() - layout.width * scale) / 2, (THUMB.height() - layout.height * scale) / 2)
    p.scale(scale, scale)
    p.setPen(Qt.PenStyle.NoPen)
    for box in layout.lanes:
        p.fillRect(*_r(box.header), QColor(palette.lane_style(summary.doc.lane(box.lane_id).kind).tint))
    p.fillRect(0, 0, int(layout.width), int(layout.style.stage_header_h), QColor("#eef1f5"))
    cards = {c.id: c for c in summary.doc.cards}
    for card_id, box in layout.cards.items():
        if box.visible:
            card = cards[card_id]
            p.fillRect(*_r(box.rect), QColor(palette.card_style(card.kind).accent))
            x, y, w, h = _r(box.rect)
            p.fillRect(x, y + 4, w, max(h - 4, 1), QColor(palette.card_fill(card.kind, card.colour)))
    p.end()
    return QPixmap.fromImage(image)


def _r(rect) -> tuple[int, int, int, int]:
    return int(rect.x), int(rect.y), max(int(rect.w), 1), max(int(rect.h), 1)


def caption(summary: MapSummary, same_title: bool = False) -> str:
    """Title, persona and state, cards and evidence, last change; ``same_title``: another map
    has this title (two copies of a template), so the file name tells them apart."""
    if summary.doc is None:
        return f"{summary.relative}\n{summary.problem}"
    changed = date_time(summary.modified) if summary.modified else ""
    who = " · ".join(x for x in (summary.primary_persona, summary.state) if x)
    title = f"{summary.title} · {summary.relative}" if same_title else summary.title
    return QCoreApplication.translate("JourneyLibrary", "{title}\n{who}\n{count} cards · {share} validated\nchanged {changed}").format(
        title=title, who=who, count=number(summary.card_count), share=percent(summary.validated_share), changed=changed)


class JourneyLibrary(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Journey Library"))
        self.library: Library | None = None
        self.folder_label = QLabel()
        self.folder_label.setAccessibleName(QCoreApplication.translate("JourneyLibrary", "Library folder"))
        choose = QPushButton(self.tr("Choose Folder…"))
        choose.clicked.connect(self.choose_folder)
        self.search = QLineEdit()
        self.search.setAccessibleName(QCoreApplication.translate("JourneyLibrary", "Search all maps"))
        self.search.setPlaceholderText(self.tr("Search the cards of every map"))
        self.search.textChanged.connect(self.refresh)
        self.tag, self.persona, self.state = (self._combo(n) for n in (
            self.tr("Filter by tag"), self.tr("Filter by persona"), self.tr("Filter by state")))
        self.grid = QListWidget()
        self.grid.setAccessibleName(QCoreApplication.translate("JourneyLibrary", "Maps in the library"))
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setIconSize(THUMB)
        self.grid.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 96))
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setMovement(QListWidget.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.itemActivated.connect(self._open_map)
        self.grid.itemDoubleClicked.connect(self._open_map)
        self.hits = QListWidget()
        self.hits.setAccessibleName(QCoreApplication.translate("JourneyLibrary", "Cards found"))
        self.hits.itemActivated.connect(self._open_hit)
        self.hits.itemDoubleClicked.connect(self._open_hit)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(choose)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for label, combo in ((self.tr("Tag"), self.tag), (self.tr("Persona"), self.persona),
                             (self.tr("State"), self.state)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(self.hits)
        split.setSizes([480, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self.resize(1000, 760)
        folder = window.settings.value(FOLDER_KEY, "")
        if folder and Path(str(folder)).is_dir():
            self.set_folder(Path(str(folder)))
        else:
            self.folder_label.setText(self.tr("Choose a folder of maps to see them here."))

    def _combo(self, accessible_name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible_name)
        combo.addItem(self.tr(ANY))
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def choose_folder(self) -> None:
        # Where the user is: the library's folder, else the open map's, else the home folder.
        path = self.window_.session.path
        start = str(self.library.folder) if self.library else str(Path(path).parent) if path else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Journey library folder"), start)
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self.library = scan_library(folder)
        self.window_.settings.setValue(FOLDER_KEY, str(self.library.folder))
        self.folder_label.setText(str(self.library.folder))
        for combo, values in ((self.tag, self.library.tags()), (self.persona, self.library.personas()),
                              (self.state, [self.tr("Current state"), self.tr("Future state")])):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([self.tr(ANY), *values])
            combo.blockSignals(False)
        self.refresh()

    def _choice(self, combo: QComboBox) -> str:
        return "" if combo.currentText() == self.tr(ANY) else combo.currentText()

    def refresh(self) -> None:
        if self.library is None:
            return
        maps = self.library.filtered(self._choice(self.tag), self._choice(self.persona), self._choice(self.state))
        query = self.search.text().strip()
        hits = self.library.search(query, maps)
        if query:  # a search narrows the grid to the maps it found: by a card, or by the title
            found = {id(summary) for summary, _card in hits}
            maps = [m for m in maps if id(m) in found or query.casefold() in m.title.casefold()]
        titles = Counter(m.title for m in self.library.maps if m.doc is not None)
        self.grid.clear()
        for summary in maps:
            item = QListWidgetItem(QIcon(thumbnail(summary)), caption(summary, titles[summary.title] > 1))
            item.setData(ROLE, summary)
            item.setToolTip(summary.relative)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.grid.addItem(item)
        self.hits.clear()
        for summary, card in hits:
            title = f"{summary.title} · {summary.relative}" if titles[summary.title] > 1 else summary.title
            item = QListWidgetItem(f"{title} — {(card.text or '(empty)').splitlines()[0][:100]}")
            item.setData(ROLE, (summary, card.id))
            self.hits.addItem(item)
        self.hits.setVisible(bool(self.search.text().strip()))
        text = self.tr("{shown} of {total} maps").format(shown=len(maps), total=len(self.library.maps))
        if query:
            text += self.tr(" · 1 card found") if len(hits) == 1 else \
                self.tr(" · {count} cards found").format(count=len(hits))
        if self.library.truncated:
            text += self.tr(" · only the first 1,000 maps are shown")
        self.summary.setText(text)

    def _open(self, summary: MapSummary, card_id: str | None = None) -> None:
        if summary.doc is None:
            self.summary.setText(f"{summary.relative}: {summary.problem}")
            return
        if self.window_.open_file(summary.path):
            if card_id:
                self.window_.scene.reveal_card(card_id)
            self.hide()  # out of the way of the map it opened (File › Journey Library brings it back)
            self.window_.activateWindow()

    def _open_map(self, item: QListWidgetItem) -> None:
        self._open(item.data(ROLE))

    def _open_hit(self, item: QListWidgetItem) -> None:
        summary, card_id = item.data(ROLE)
        self._open(summary, card_id)
