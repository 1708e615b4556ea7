"""The legend of the hotspot overlay, shown in a corner of the canvas while the overlay is on.

The overlay washes cells in vermillion with a dotted border, stronger where pain points and
negative scores gather; the legend shows that scale with the same colours and border, so the
map can be read (or presented) without the Analysis panel open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...canvas.items.grid import heat_wash
from ...layout import palette

MARGIN = 12
STEPS = (0.15, 0.45, 0.75, 1.0)  # heat levels drawn as swatches, as CellItem washes them


class HotspotLegend(QWidget):
    """A small card in the bottom-left corner of the view: ``HotspotLegend(view.viewport())``."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setAccessibleName(QCoreApplication.translate("HotspotLegend", "Hotspot legend"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.resize(310, 66)
        self.hide()
        self._follower = _FollowCorner(self)
        viewport.installEventFilter(self._follower)

    def place(self) -> None:
        parent = self.parentWidget()
        self.move(MARGIN, parent.height() - self.height() - MARGIN)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.place()
        super().showEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(palette.GRID_LINE), 1))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        p.setPen(QColor(palette.INK))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(10, 6, self.width() - 20, 18), Qt.AlignmentFlag.AlignLeft, self.tr("Hotspots"))
        font.setBold(False)
        p.setFont(font)
        x = 10.0
        for heat in STEPS:  # the same wash and dotted edge the cells get
            swatch = QRectF(x, 28, 22, 20)
            p.fillRect(swatch, QColor("white"))
            p.fillRect(swatch, heat_wash(heat))
            p.setPen(QPen(QColor(palette.VERMILLION), 1 + 1.5 * heat, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(swatch.adjusted(1, 1, -1, -1))
            x += 26
        p.setPen(QColor(palette.INK))
        p.drawText(QRectF(x + 6, 24, self.width() - x - 12, 36),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   self.tr("more pain points and\nnegative scores →"))
        p.end()


class _FollowCorner(QObject):
    """Keeps the legend in its corner when the canvas is resized."""

    def __init__(self, legend: HotspotLegend) -> None:
        super().__init__(legend)
        self.legend = legend

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.legend.isVisible():
            self.legend.place()
        return False
