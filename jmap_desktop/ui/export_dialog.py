"""File › Export: poster PDF, tiled sheets, PNG, SVG, CSV or interactive HTML, with a live preview of the page
(or of the sheets) and settings remembered between sessions. The export runs in a worker
thread behind a progress dialog; Cancel discards it and leaves no file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QRunnable, QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

FORMATS = [("pdf", "PDF poster"), ("tiled", "PDF on printer sheets"), ("png", "PNG image"),
           ("svg", "SVG drawing"), ("csv", "CSV of all cards"), ("html", "Interactive HTML page"),
           ("xlsx", "Excel workbook"), ("pptx", "PowerPoint slides")]
PAGES = ["A0", "A1", "A2", "A3", "A4", "ARCH-D", "ARCH-E", "ANSI-D", "ANSI-E", "Letter",
         "Tabloid", "24in", "36in", "42in"]
SHEETS = ["A4", "Letter", "A3", "Legal", "Tabloid"]


class ExportDialog(QDialog):
    def __init__(self, window, settings: QSettings) -> None:
        super().__init__(window)
        self.window_ = window
        self.settings = settings
        self.doc = window.session.doc
        self.setWindowTitle("Export")
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(label, key)
        self.page = QComboBox()
        self.page.addItems(PAGES)
        self.orientation = QComboBox()
        for key in ("auto", "landscape", "portrait"):
            self.orientation.addItem(key.capitalize(), key)
        self.sheet = QComboBox()
        self.sheet.addItems(SHEETS)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setSuffix(" mm")
        self.dpi = QSpinBox()
        self.dpi.setRange(10, 600)
        self.persona = QCheckBox("Persona panel")
        self.comments = QCheckBox("Card comments")
        self.comments.setChecked(True)
        self.lanes = QListWidget()
        self.lanes.setAccessibleName("Lanes to print")
        for lane in self.doc.lanes:
            item = QListWidgetItem(lane.name or lane.kind.value)
            item.setData(Qt.ItemDataRole.UserRole, lane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if lane.hidden_in_export else Qt.CheckState.Checked)
            self.lanes.addItem(item)
        self.preview = QLabel()
        self.preview.setMinimumSize(360, 260)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName("Export preview")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (("Format", self.format), ("Page", self.page), ("Orientation", self.orientation),
                              ("Sheets", self.sheet), ("Overlap", self.overlap), ("Resolution (dpi)", self.dpi)):
            form.addRow(label, widget)
        form.addRow(self.persona)
        form.addRow(self.comments)
        form.addRow("Lanes", self.lanes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.summary)
        top = QHBoxLayout()
        left = QWidget()
        left.setLayout(form)
        top.addWidget(left)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self._restore()
        for signal in (self.format.currentIndexChanged, self.page.currentIndexChanged,
                       self.orientation.currentIndexChanged, self.sheet.currentIndexChanged,
                       self.overlap.valueChanged, self.persona.toggled, self.lanes.itemChanged):
            signal.connect(self.update_preview)
        self.update_preview()

    # -- settings ----------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        self.format.setCurrentIndex(max(0, self.format.findData(s.value("export/format", "pdf"))))
        self.page.setCurrentText(str(s.value("export/page", "A0")))
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(s.value("export/orientation", "auto"))))
        self.sheet.setCurrentText(str(s.value("export/sheet", "A4")))
        self.overlap.setValue(float(s.value("export/overlap_mm", 10.0)))
        self.dpi.setValue(int(s.value("export/dpi", 150)))
        self.persona.setChecked(str(s.value("export/persona", "true")) == "true")

    def _remember(self) -> None:
        s = self.settings
        s.setValue("export/format", self.format.currentData())
        s.setValue("export/page", self.page.currentText())
        s.setValue("export/orientation", self.orientation.currentData())
        s.setValue("export/sheet", self.sheet.currentText())
        s.setValue("export/overlap_mm", self.overlap.value())
        s.setValue("export/dpi", self.dpi.value())
        s.setValue("export/persona", "true" if self.persona.isChecked() else "false")

    # -- what to export ----------------------------------------------------------------------
    def hidden_lanes(self) -> frozenset[str]:
        return frozenset(self.lanes.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.lanes.count())
                         if self.lanes.item(i).checkState() != Qt.CheckState.Checked)

    def options(self):
        from ..export import PosterOptions
        from ..export.pages import MM

        return PosterOptions(page=self.page.currentText(), orientation=self.orientation.currentData(),
                             hidden_lanes=self.hidden_lanes(), persona_panel=self.persona.isChecked(),
                             tile=self.sheet.currentText() if self.format.currentData() == "tiled" else None,
                             overlap=self.overlap.value() * MM)

    def update_preview(self) -> None:
        """The page (or the sheet grid) with the map placed on it, to scale."""
        from ..export import paper
        from ..export.poster import LEGEND_H, TITLE_H
        from ..layout import compute_layout

        fmt = self.format.currentData()
        for w in (self.page, self.orientation):
            w.setEnabled(fmt in ("pdf", "tiled"))
        self.sheet.setEnabled(fmt == "tiled")
        self.overlap.setEnabled(fmt == "tiled")
        self.dpi.setEnabled(fmt == "png")
        self.comments.setEnabled(fmt == "html")
        layout = compute_layout(self.doc, hidden_lanes=self.hidden_lanes())
        width, height = max(layout.width, 1000.0), TITLE_H + layout.height + LEGEND_H
        image = QImage(360, 260, QImage.Format.Format_ARGB32)
        image.fill(QColor("#e9ebee"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            page = paper(self.page.currentText(), self.orientation.currentData(), width / height)
        except ValueError as exc:
            self.summary.setText(str(exc))
            p.end()
            return
        if fmt in ("pdf", "tiled"):
            pw, ph = (width * (page.height / height), page.height) if page.roll else (page.width, page.height)
            fit = min(340 / pw, 240 / ph)
            page_rect = QRectF((360 - pw * fit) / 2, (260 - ph * fit) / 2, pw * fit, ph * fit)
            p.fillRect(page_rect, QColor("#ffffff"))
            scale = min((pw - 68) / width, (ph - 68) / height)
            map_rect = QRectF(page_rect.center().x() - width * scale * fit / 2,
                              page_rect.center().y() - height * scale * fit / 2,
                              width * scale * fit, height * scale * fit)
            self._paint_map(p, map_rect, layout, TITLE_H / height)
            text = f"{page.name}: {pw / 72 * 25.4:.0f} × {ph / 72 * 25.4:.0f} mm, card text {layout.style.card_font_size * scale:.1f} pt"
            if fmt == "tiled":
                sheet = paper(self.sheet.currentText(), "portrait")
                step = (sheet.width - 28 - self.overlap.value() * 72 / 25.4) * fit
                p.setPen(QPen(QColor("#0072b2"), 1, Qt.PenStyle.DashLine))
                x = page_rect.left()
                while x < page_rect.right():
                    p.drawLine(int(x), int(page_rect.top()), int(x), int(page_rect.bottom()))
                    x += step
                step_y = (sheet.height - 28 - self.overlap.value() * 72 / 25.4) * fit
                y = page_rect.top()
                while y < page_rect.bottom():
                    p.drawLine(int(page_rect.left()), int(y), int(page_rect.right()), int(y))
                    y += step_y
                text += f"; printed on {self.sheet.currentText()} sheets"
        else:
            fit = min(340 / width, 240 / height)
            map_rect = QRectF((360 - width * fit) / 2, (260 - height * fit) / 2, width * fit, height * fit)
            self._paint_map(p, map_rect, layout, TITLE_H / height)
            text = {"png": f"{layout.width * self.dpi.value() / 72:.0f} × {layout.height * self.dpi.value() / 72:.0f} px",
                    "svg": "vector drawing of the map", "csv": f"{len(self.doc.cards)} rows",
                    "html": "one file that opens in any browser, offline: pan, zoom, filters, search; "
                            "unticked lanes are left out of it entirely",
                    "xlsx": "a Map sheet laid out like the map, and Cards, Stages, Lanes, Personas "
                            "and KPI history sheets",
                    "pptx": "16:9 slides: title, the whole map, emotion curve, a slide per stage "
                            "with editable cards, top pain points and opportunities"}[fmt]
        p.end()
        from PySide6.QtGui import QPixmap

        self.preview.setPixmap(QPixmap.fromImage(image))
        self.summary.setText(text)

    def _paint_map(self, p: QPainter, rect: QRectF, layout, title_share: float) -> None:
        from ..layout import palette

        p.fillRect(QRectF(rect.x(), rect.y(), rect.width(), rect.height() * title_share * 0.9), QColor("#f6f7f9"))
        grid_top = rect.y() + rect.height() * title_share
        sx = rect.width() / max(layout.width, 1000.0)
        for box in layout.cards.values():
            if box.visible:
                r = box.rect
                p.fillRect(QRectF(rect.x() + r.x * sx, grid_top + r.y * sx, max(r.w * sx, 1), max(r.h * sx, 1)),
                           QColor(palette.card_style("note").fill).darker(108))

    # -- running -----------------------------------------------------------------------------
    def run_export(self, target: str | None = None) -> bool:
        """Ask for the file (unless given), export in a worker thread, show progress."""
        fmt = self.format.currentData()
        suffix = {"pdf": ".pdf", "tiled": ".pdf", "png": ".png", "svg": ".svg", "csv": ".csv", "html": ".html",
                  "xlsx": ".xlsx", "pptx": ".pptx"}[fmt]
        if target is None:
            base = self.window_.session.path.with_suffix(suffix) if self.window_.session.path else Path.home() / f"journey{suffix}"
            target, _ = QFileDialog.getSaveFileName(self, "Export", str(base), f"*{suffix}")
            if not target:
                return False
        self._remember()
        if fmt == "png":  # Qt renders on the GUI thread; a map renders in well under a second
            return self._export_png(Path(target))
        job = _ExportJob(self.doc.model_copy(deep=True), fmt, self.options(), self.dpi.value(), Path(target))
        job.comments = self.comments.isChecked()
        if fmt == "pptx":  # the map picture is rendered by the canvas, on this (GUI) thread
            from ..canvas.render import map_png_bytes

            job.map_png = map_png_bytes(self.doc, hidden_lanes=self.hidden_lanes())
        progress = QProgressDialog("Exporting…", "Cancel", 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job.signals.finished.connect(progress.reset)
        progress.canceled.connect(job.cancel)
        job.signals.finished.connect(self._finished)
        self.job = job
        QThreadPool.globalInstance().start(job)
        return True

    def _finished(self, error: str) -> None:
        if error:
            from .dialogs import show_error

            show_error(self, "Export failed", error)
        elif not self.job.cancelled:
            self.window_.statusBar().showMessage(f"Exported {self.job.target.name}", 6000)

    def _export_png(self, target: Path) -> bool:
        from ..canvas.render import offscreen_view, render_view, set_zoom
        from ..layout import compute_layout
        from ..model import DocumentStore

        doc = self.doc.model_copy(deep=True)
        hidden = self.hidden_lanes()
        doc.lanes = [ln for ln in doc.lanes if ln.id not in hidden]
        doc.cards = [c for c in doc.cards if c.lane_id not in hidden]
        kept = {c.id for c in doc.cards}
        doc.connections = [k for k in doc.connections if k.source_id in kept and k.target_id in kept]
        layout = compute_layout(doc)
        zoom = self.dpi.value() / 72
        view = offscreen_view(DocumentStore(doc), int(layout.width * zoom) + 40, int(layout.height * zoom) + 40)
        set_zoom(view, zoom)
        image = render_view(view)
        view.close()
        view.map_scene().detach()
        if not image.save(str(target), "PNG"):
            from .dialogs import show_error

            show_error(self, "Export failed", f"{target}: cannot be written")
            return False
        return True


class _Signals(QObject):
    finished = Signal(str)  # "" on success, else a message


class _ExportJob(QRunnable):
    """Writes to a temporary file beside the target and moves it into place at the end, so a
    cancelled or failed export never leaves a half-written file."""

    def __init__(self, doc, fmt, options, dpi, target: Path) -> None:
        super().__init__()
        self.doc, self.fmt, self.options, self.dpi, self.target = doc, fmt, options, dpi, target
        self.signals = _Signals()
        self.cancelled = False
        self.comments = True
        self.map_png: bytes | None = None
        self.error = ""

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        from ..export import export_csv, export_html, export_pdf, export_svg

        fd, tmp = tempfile.mkstemp(suffix=self.target.suffix, dir=self.target.parent)
        os.close(fd)
        try:
            if self.fmt in ("pdf", "tiled"):
                export_pdf(self.doc, tmp, self.options)
            elif self.fmt == "html":
                export_html(self.doc, tmp, self.options.hidden_lanes, comments=self.comments)
            elif self.fmt == "svg":
                export_svg(self.doc, tmp, self.options.hidden_lanes)
            elif self.fmt == "xlsx":
                from ..export.xlsx_export import export_xlsx

                export_xlsx(self.doc, tmp, self.options.hidden_lanes)
            elif self.fmt == "pptx":
                from ..export.pptx_export import export_pptx

                export_pptx(self.doc, tmp, self.map_png, self.options.hidden_lanes)
            else:
                export_csv(self.doc, tmp)
            if not self.cancelled:
                os.replace(tmp, self.target)
        except Exception as exc:  # noqa: BLE001 (reported to the user, never a traceback)
            self.error = str(exc)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.signals.finished.emit(self.error)
