"""CardPalette: a panel of things to drag onto the canvas — card kinds, a stage, lane kinds.

Each entry starts a QDrag carrying ``application/x-jmap-palette`` (a small JSON object); the
scene accepts it over a cell (cards), a column (stages) or a row (lanes). Double-clicking or
pressing Enter on an entry inserts it at the keyboard focus instead, for keyboard users.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from ..layout import palette
from ..model import CardKind, LaneKind
from .fonts import draw_glyph
from .labels import label

PALETTE_MIME = "application/x-jmap-palette"
ROLE = Qt.ItemDataRole.UserRole


def palette_mime(entry: dict) -> QMimeData:
    """The MIME data a palette entry drags: {"type": "card"|"stage"|"lane", "kind": ...}."""
    mime = QMimeData()
    mime.setData(PALETTE_MIME, json.dumps(entry).encode("utf-8"))
    return mime


def parse_palette_mime(mime: QMimeData | None) -> dict | None:
    if mime is None or not mime.hasFormat(PALETTE_MIME):
        return None
    try:
        entry = json.loads(bytes(mime.data(PALETTE_MIME)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(entry, dict) or entry.get("type") not in ("card", "stage", "lane", "inbox"):
        return None
    if entry["type"] == "inbox":  # workshop notes dragged from the Inbox dock
        ids = entry.get("ids")
        ok = isinstance(ids, list) and ids and all(isinstance(i, str) for i in ids)
        return entry if ok else None
    try:
        if entry["type"] == "card":
            entry["kind"] = CardKind(entry.get("kind", "note"))
        elif entry["type"] == "lane":
            entry["kind"] = LaneKind(entry.get("kind", "custom"))
    except ValueError:
        return None
    return entry


def _swatch(fill: str, accent: str, glyph: str) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(accent))
    p.setBrush(QColor(fill))
    p.drawRoundedRect(3, 3, 26, 26, 4, 4)
    from PySide6.QtCore import QRectF

    draw_glyph(p, QRectF(8, 8, 16, 16), glyph, accent)
    p.end()
    return QIcon(pixmap)


class CardPalette(QListWidget):
    """Drag an entry onto the canvas; ``activated(entry)`` when chosen from the keyboard."""

    entryActivated = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPalette")
        self.setAccessibleName(QCoreApplication.translate("CardPalette", "Card palette"))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(24, 24))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for style in palette.CARD_STYLES.values():
            self._add(label(style.label), {"type": "card", "kind": style.kind.value},
                      _swatch(style.fill, style.accent, style.glyph),
                      self.tr("Drag onto a cell to add a card of this kind"))
        self._add(self.tr("Stage"), {"type": "stage"}, _swatch("#ffffff", palette.BLUE, "▥"),
                  self.tr("Drag between stages to add a stage"))
        for style in palette.LANE_STYLES.values():
            self._add(self.tr("{kind} lane").format(kind=label(style.label)), {"type": "lane", "kind": style.kind.value},
                      _swatch(style.tint, style.accent, style.glyph), self.tr("Drag between lanes to add a lane"))
        self.itemActivated.connect(lambda item: self.entryActivated.emit(item.data(ROLE)))

    def _add(self, label: str, entry: dict, icon: QIcon, tip: str) -> None:
        item = QListWidgetItem(icon, label)
        item.setData(ROLE, entry)
        item.setToolTip(tip)
        self.addItem(item)

    def entries(self) -> list[dict]:
        return [self.item(i).data(ROLE) for i in range(self.count())]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 (Qt's name)
        return palette_mime(items[0].data(ROLE)) if items else QMimeData()

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PALETTE_MIME]

    def startDrag(self, actions) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(palette_mime(item.data(ROLE)))
        drag.setPixmap(item.icon().pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)
