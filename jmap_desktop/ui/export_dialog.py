"""File › Export: poster PDF, tiled sheets, PNG, SVG, CSV or interactive HTML, with a live preview of the page
(or of the sheets) and settings remembered between sessions. The export runs in a worker
thread behind a progress dialog; Cancel discards it and leaves no file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
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

from .locale_format import number

FORMATS = [("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF poster")), ("tiled", QT_TRANSLATE_NOOP("ExportDialog", "PDF on printer sheets")), ("png", QT_TRANSLATE_NOOP("ExportDialog", "PNG image")),
           ("svg", QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing")), ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV of all cards")), ("html", QT_TRANSLATE_NOOP("ExportDialog", "Interactive HTML page")),
           ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook")), ("pptx", QT_TRANSLATE_NOOP("ExportDialog", "PowerPoint slides"))]
PAGES = ["A0", "A1", "A2", "A3", "A4", "ARCH-D", "ARCH-E", "ANSI-D", "ANSI-E", "Letter",
         "Tabloid", "24in", "36in", "42in"]
SHEETS = ["A4", "Letter", "A3", "Legal", "Tabloid"]
SLOW_CARDS = 5_000  # maps this big take a second or more to prepare for a PNG
SLOW_CONNECTIONS = 2_000


class ExportDialog(QDialog):
    def __init__(self, window, settings: QSettings) -> None:
        super().__init__(window)
        self.window_ = window
        self.settings = settings
        self.doc = window.session.doc
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(self.tr(label), key)
        self.page = QComboBox()
        self.page.addItems(PAGES)
        self.orientation = QComboBox()
        for key, name in (("auto", self.tr("Auto")), ("landscape", self.tr("Landscape")),
                          ("portrait", self.tr("Portrait"))):
            self.orientation.addItem(name, key)
        self.sheet = QComboBox()
        self.sheet.addItems(SHEETS)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setSuffix(" mm")
        self.dpi = QSpinBox()
        self.dpi.setRange(10, 600)
        self.persona = QCheckBox(self.tr("Persona panel"))
        self.comments = QCheckBox(self.tr("Card comments"))
        self.comments.setChecked(True)
        self.photos = QCheckBox(self.tr("Card photos"))
        self.photos.setChecked(True)
        self.lanes = QListWidget()
        self.lanes.setAccessibleName(QCoreApplication.translate("ExportDialog", "Lanes to print"))
        for lane in self.doc.lanes:
            item = QListWidgetItem(lane.name or lane.kind.value)
            item.setData(Qt.ItemDataRole.UserRole, lane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if lane.hidden_in_export else Qt.CheckState.Checked)
            self.lanes.addItem(item)
        self.preview = QLabel()
        self.preview.setMinimumSize(360, 260)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(QCoreApplication.translate("ExportDialog", "Export preview"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pages_label = QLabel()
        self.pages_label.setAccessibleName(QCoreApplication.translate("ExportDialog", "Pages"))
        form = QFormLayout()
        for label, widget in ((self.tr("Format"), self.format), (self.tr("Page"), self.page), (self.tr("Orientation"), self.orientation),
                              (self.tr("Sheets"), self.sheet), (self.tr("Overlap"), self.overlap), (self.tr("Resolution (dpi)"), self.dpi)):
            form.addRow(label, widget)
        form.addRow(self.persona)
        form.addRow(self.comments)
        form.addRow(self.photos)
        form.addRow(self.tr("Lanes"), self.lanes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.pages_label)
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
                       self.overlap.valueChanged, self.persona.toggled, self.lanes.itemChanged,
                       self.dpi.valueChanged):
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
                             overlap=self.overlap.value() * MM, photos=self.photos.isChecked())

    def plan(self):
        """The poster plan for the current choices (PDF formats), as export_pdf will use it."""
        from ..export import plan_poster

        return plan_poster(self.doc, self.options(), self.hidden_lanes())

    def update_preview(self) -> None:
        """The pages the export will write (the same plan), or the map for other formats."""
        from ..layout import compute_layout
        from .poster_preview import render_preview

        fmt = self.format.currentData()
        for w in (self.page, self.orientation):
            w.setEnabled(fmt in ("pdf", "tiled"))
        self.sheet.setEnabled(fmt == "tiled")
        self.overlap.setEnabled(fmt == "tiled")
        self.dpi.setEnabled(fmt == "png")
        self.comments.setEnabled(fmt == "html")
        self.photos.setEnabled(fmt in ("pdf", "tiled"))
        plan = None
        if fmt in ("pdf", "tiled"):
            try:
                plan = self.plan()
            except ValueError as exc:  # an impossible overlap, a page too small
                self.summary.setText(str(exc))
                self.pages_label.setText("")
                return
            layout = plan.layout
            pw, ph = plan.page_sizes()[0] if plan.tiles is None else (plan.page.width, plan.page.height)
            text = self.tr("{page}: {width} × {height} mm, card text {size} pt").format(
                page=plan.page.name, width=number(pw / 72 * 25.4, 0), height=number(ph / 72 * 25.4, 0),
                size=number(plan.smallest_text_pt, 1))
            if plan.tiles is not None:
                text += self.tr("; printed on {sheet} sheets").format(sheet=self.sheet.currentText())
            text += "".join(f"\n{warning}" for warning in plan.warnings)
            self.pages_label.setText(self._pages_text(plan))
        else:
            layout = compute_layout(self.doc, hidden_lanes=self.hidden_lanes())
            text = {"png": f"{number(layout.width * self.dpi.value() / 72, 0)} × {number(layout.height * self.dpi.value() / 72, 0)} px",
                    "svg": self.tr("vector drawing of the map"), "csv": self.tr("{count} rows").format(count=number(len(self.doc.cards))),
                    "html": self.tr("one file that opens in any browser, offline: pan, zoom, filters, search; "
                            "unticked lanes are left out of it entirely"),
                    "xlsx": self.tr("a Map sheet laid out like the map, and Cards, Stages, Lanes, Personas "
                            "and KPI history sheets"),
                    "pptx": self.tr("16:9 slides: title, the whole map, emotion curve, a slide per stage "
                            "with editable cards, top pain points and opportunities")}[fmt]
            self.pages_label.setText(self.tr("1 file"))
        size = self.preview.size().expandedTo(self.preview.minimumSize())
        image = render_preview(plan, self.doc, layout, size.width(), size.height(), self.devicePixelRatioF(),
                               persona_panel=self.persona.isChecked())
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.summary.setText(text)

    # -- running -----------------------------------------------------------------------------
    def run_export(self, target: str | None = None) -> bool:
        """Ask for the file (unless given), export in a worker thread, show progress."""
        fmt = self.format.currentData()
        suffix = {"pdf": ".pdf", "tiled": ".pdf", "png": ".png", "svg": ".svg", "csv": ".csv", "html": ".html",
                  "xlsx": ".xlsx", "pptx": ".pptx"}[fmt]
        if target is None:
            # An unsaved map is offered under its title, as Save offers it (not "journey.html").
            name = (self.window_.session.doc.meta.title or "journey").replace("/", "-").replace("\\", "-")
            base = self.window_.session.path.with_suffix(suffix) if self.window_.session.path else Path.home() / f"{name}{suffix}"
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(base), f"*{suffix}")
            if not target:
                return False
        self._remember()
        if fmt == "png":  # Qt renders on the GUI thread; a map renders in well under a second
            return self._export_png(Path(target))
        job = _ExportJob(self.doc.model_copy(deep=True), fmt, self.options(), self.dpi.value(), Path(target))
        job.comments = self.comments.isChecked()
        if fmt in ("pdf", "tiled"):
            try:
                job.plan = self.plan()  # the plan the preview showed is the one printed
            except ValueError as exc:
                from .dialogs import show_error

                show_error(self, self.tr("Export failed"), str(exc))
                return False
        if fmt == "pptx":  # the map picture is rendered by the canvas, on this (GUI) thread
            from ..canvas.map_png import map_png_bytes

            job.map_png = map_png_bytes(self.doc, hidden_lanes=self.hidden_lanes())
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
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

            show_error(self, self.tr("Export failed"), error)
        elif not self.job.cancelled:
            self._confirm(self.job.target, self.job.summary)

    def _pages_text(self, plan) -> str:
        """The plan's page count in words (as ``PosterPlan.describe``, in the user's language)."""
        if plan.tiles is not None:
            t = plan.tiles
            orientation = {"landscape": self.tr("landscape"), "portrait": self.tr("portrait")}.get(
                t.orientation, t.orientation)
            text = (self.tr("1 sheet ({cols} × {rows} {sheet} {orientation}) + assembly page = {pages} pages")
                    if t.count == 1 else
                    self.tr("{count} sheets ({cols} × {rows} {sheet} {orientation}) + assembly page = {pages} pages"))
            return text.format(count=t.count, cols=t.cols, rows=t.rows, sheet=t.sheet.name,
                               orientation=orientation, pages=plan.pages)
        if plan.stage_groups:
            return self.tr("{pages} pages, split by stage").format(pages=plan.pages)
        return self.tr("1 page")

    def _confirm(self, target: Path, what: str) -> None:
        """Say where the file went (and what it holds) in the status bar, with a way to it."""
        self.last_export = target
        self.window_.statusBar().showMessage(self.tr("Exported {what} to {target}").format(what=what, target=target), 15000)

    def _export_png(self, target: Path) -> bool:
        """Qt paints on the GUI thread: strip by strip, with a progress bar that can cancel."""
        from ..canvas.map_png import Cancelled, save_map_png
        from .dialogs import show_error

        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 1000, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        if len(self.doc.cards) > SLOW_CARDS or len(self.doc.connections) > SLOW_CONNECTIONS:
            # A huge map is laid out and its arrows gathered for seconds before the first strip
            # (the 200,000-connection map: about 7 s): say so at once, not a window that seems hung.
            progress.setLabelText(self.tr("Preparing the picture…"))
            progress.show()
            QApplication.processEvents()

        def step(fraction: float) -> bool:
            progress.setLabelText(self.tr("Exporting…"))
            progress.setValue(round(fraction * 1000))
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            width, height = save_map_png(self.doc, self.dpi.value() / 72, target, self.hidden_lanes(), step)
        except Cancelled:
            return False
        except (OSError, ValueError) as exc:  # no room, no permission, a picture too large
            reason = getattr(exc, "strerror", None) or exc
            show_error(self, self.tr("Export failed"), self.tr("{target}: cannot be written").format(target=target) + f" ({reason})")
            return False
        finally:
            progress.reset()
        self._confirm(target, self.tr("a {width} × {height} px image").format(width=number(width), height=number(height)))
        return True


def _publish_mode(path: Path | str) -> None:
    """The usual permissions for a new file (0666 less the umask): temporary files start private."""
    current = os.umask(0)
    os.umask(current)
    os.chmod(path, 0o666 & ~current)


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
        self.plan = None  # export.PosterPlan for PDF formats
        self.summary = fmt.upper()
        self.error = ""

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        from ..export import export_csv, export_html, export_pdf, export_svg

        fd, tmp = tempfile.mkstemp(suffix=self.target.suffix, dir=self.target.parent)
        os.close(fd)
        try:
            if self.fmt in ("pdf", "tiled"):
                export_pdf(self.doc, tmp, self.options, self.plan)
                if self.plan is not None:
                    self.summary = self.plan.describe()
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
                _publish_mode(tmp)
                os.replace(tmp, self.target)
        except Exception as exc:  # noqa: BLE001 (reported to the user, never a traceback)
            self.error = str(exc)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.signals.finished.emit(self.error)
