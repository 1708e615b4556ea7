"""The export dialog: live preview, lanes to hide, remembered settings, exports in the background."""

from pypdf import PdfReader
from PySide6.QtCore import QThreadPool

from jmap_desktop.ui.export_dialog import ExportDialog, _ExportJob


def dialog_for(window, map_file, settings, qtbot):
    window.open_file(map_file)
    dialog = ExportDialog(window, settings)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_follows_the_choices(window, map_file, settings, qtbot):
    dialog = dialog_for(window, map_file, settings, qtbot)
    assert not dialog.preview.pixmap().isNull()
    assert dialog.summary.text().startswith("A0: 1189 × 841 mm")
    dialog.page.setCurrentText("A3")
    assert dialog.summary.text().startswith("A3: 420 × 297 mm")
    dialog.format.setCurrentIndex(dialog.format.findData("tiled"))
    assert "printed on A4 sheets" in dialog.summary.text() and dialog.sheet.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.summary.text() == "5 rows" and not dialog.page.isEnabled()


def test_pdf_export_hides_unticked_lanes_and_remembers_settings(window, map_file, settings, qtbot, tmp_path):
    dialog = dialog_for(window, map_file, settings, qtbot)
    dialog.page.setCurrentText("A2")
    pain = next(i for i in range(dialog.lanes.count()) if dialog.lanes.item(i).text() == "Pain points")
    from PySide6.QtCore import Qt

    dialog.lanes.item(pain).setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "client.pdf"
    assert dialog.run_export(str(target))
    QThreadPool.globalInstance().waitForDone()
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Sees an ad on Instagram" in text and "Shipping cost appears late" not in text
    again = ExportDialog(window, settings)
    qtbot.addWidget(again)
    assert again.page.currentText() == "A2"


def test_csv_svg_and_png_exports(window, map_file, settings, qtbot, tmp_path):
    dialog = dialog_for(window, map_file, settings, qtbot)
    for fmt, name, magic in (("csv", "cards.csv", b"\xef\xbb\xbf"), ("svg", "map.svg", b"<svg"),
                             ("png", "map.png", b"\x89PNG")):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.dpi.setValue(30)
        assert dialog.run_export(str(tmp_path / name))
        QThreadPool.globalInstance().waitForDone()
        assert (tmp_path / name).read_bytes().startswith(magic)


def test_interactive_html_export_leaves_unticked_lanes_and_comments_out(window, map_file, settings, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    dialog = dialog_for(window, map_file, settings, qtbot)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.comments.isEnabled() and not dialog.page.isEnabled()
    assert "any browser" in dialog.summary.text()
    pain = next(i for i in range(dialog.lanes.count()) if dialog.lanes.item(i).text() == "Pain points")
    dialog.lanes.item(pain).setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "client.html"
    assert dialog.run_export(str(target))
    QThreadPool.globalInstance().waitForDone()
    page = target.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Sees an ad on Instagram" in page
    assert "Shipping cost appears late" not in page


def test_cancelled_export_leaves_no_file(window, map_file, tmp_path):
    from jmap_desktop.export import PosterOptions

    window.open_file(map_file)
    target = tmp_path / "cancelled.pdf"
    job = _ExportJob(window.session.doc, "pdf", PosterOptions(page="A3"), 150, target)
    job.cancel()
    job.run()
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []


def test_failed_export_reports_and_leaves_nothing(window, map_file, tmp_path):
    from jmap_desktop.export import PosterOptions

    window.open_file(map_file)
    job = _ExportJob(window.session.doc, "pdf", PosterOptions(page="A9"), 150, tmp_path / "x.pdf")
    messages = []
    job.signals.finished.connect(messages.append)
    job.run()
    assert "unknown page" in messages[0] and not list(tmp_path.glob("*.pdf"))


def test_excel_and_powerpoint_exports(window, map_file, settings, qtbot, tmp_path):
    import openpyxl
    from pptx import Presentation

    from tests.export.pptx_read import card_groups, card_text
    from tests.ui.uidriver import choose

    dialog = dialog_for(window, map_file, settings, qtbot)
    choose(dialog.format, "Excel workbook")
    assert "Map sheet" in dialog.summary.text()
    assert dialog.run_export(str(tmp_path / "map.xlsx"))
    choose(dialog.format, "PowerPoint slides")
    assert dialog.run_export(str(tmp_path / "deck.pptx"))
    QThreadPool.globalInstance().waitForDone()
    assert openpyxl.load_workbook(tmp_path / "map.xlsx")["Map"]["B2"].value == "Discover"
    groups = card_groups(Presentation(str(tmp_path / "deck.pptx")))
    assert card_text(groups["c4"][1]) == "Shipping cost appears late"


def test_the_preview_is_the_output_sheet_count_pages_and_confirmation(window, map_file, settings, qtbot, tmp_path):
    import os
    import re

    from tests.ui.uidriver import choose

    dialog = dialog_for(window, map_file, settings, qtbot)
    choose(dialog.format, "PDF on printer sheets")
    choose(dialog.page, "A1")
    choose(dialog.sheet, "A4")
    said = dialog.pages_label.text()  # e.g. "6 sheets (3 × 2 A4 landscape) + assembly page = 7 pages"
    found = re.fullmatch(r"(\d+) sheets \((\d+) × (\d+) A4 (portrait|landscape)\) \+ assembly page = (\d+) pages",
                         said)
    assert found, said
    sheets, cols, rows, orientation, pages = found.groups()
    assert int(sheets) == int(cols) * int(rows) and int(pages) == int(sheets) + 1
    # A crisp preview: drawn at the screen's device pixel ratio, in colour.
    pixmap = dialog.preview.pixmap()
    assert pixmap.devicePixelRatio() == dialog.devicePixelRatioF()
    colours = {pixmap.toImage().pixelColor(x, y).name() for x in range(0, pixmap.width(), 7)
               for y in range(0, pixmap.height(), 7)}
    assert len(colours) > 8
    target = tmp_path / "tiles.pdf"
    assert dialog.run_export(str(target))
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage())
    reader = PdfReader(str(target))
    assert len(reader.pages) == int(pages)
    sheet = reader.pages[1].mediabox
    assert (float(sheet.width) > float(sheet.height)) == (orientation == "landscape")
    assert str(target) in window.statusBar().currentMessage() and said in window.statusBar().currentMessage()
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_single_page_preview_and_pdf_agree_on_the_page(window, map_file, settings, qtbot, tmp_path):
    from tests.ui.uidriver import choose

    dialog = dialog_for(window, map_file, settings, qtbot)
    choose(dialog.format, "PDF poster")
    choose(dialog.page, "A3")
    choose(dialog.orientation, "Portrait")
    assert dialog.pages_label.text() == "1 page"
    assert dialog.summary.text().startswith("A3: 297 × 420 mm")
    target = tmp_path / "a3.pdf"
    assert dialog.run_export(str(target))
    QThreadPool.globalInstance().waitForDone()
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (297, 420)


def test_the_previewed_sheet_grid_is_what_the_pdf_prints_when_exported_from_the_file_menu(window, map_file,
                                                                                          qtbot, tmp_path):
    """File › Export…, printer sheets chosen in the dialog, Export…, a file name typed: the PDF
    has the sheets (and the assembly page) the preview showed, in the orientation it showed, and
    the status bar says where it went."""
    import re

    from tests.ui.uidriver import answering, choose, click_button, save_as, trigger

    window.open_file(map_file)
    target = tmp_path / "sheets.pdf"
    shown: list[str] = []

    def choose_sheets(dialog) -> None:
        choose(dialog.format, "PDF on printer sheets")
        choose(dialog.page, "A1")
        choose(dialog.sheet, "A4")
        shown.append(dialog.pages_label.text())
        click_button(dialog, "Export…")

    with answering(choose_sheets, save_as(target)):
        trigger(window, "File", "Export…")
    QThreadPool.globalInstance().waitForDone()
    # The window confirms it, naming the file (the dialog has closed by then).
    qtbot.waitUntil(lambda: str(target) in window.statusBar().currentMessage(), timeout=30000)
    found = re.fullmatch(r"(\d+) sheets \((\d+) × (\d+) A4 (portrait|landscape)\) \+ assembly page = (\d+) pages",
                         shown[0])
    assert found, shown
    _, cols, rows, orientation, _ = found.groups()
    pages = PdfReader(str(target)).pages
    assert len(pages) == int(cols) * int(rows) + 1
    for page in pages:
        box = page.mediabox
        assert sorted((round(float(box.width)), round(float(box.height)))) == [595, 842]  # A4
        assert (float(box.width) > float(box.height)) == (orientation == "landscape")


def test_the_dialog_and_the_command_line_write_the_same_png(window, map_file, settings, qtbot, tmp_path):
    """One PNG renderer: the dialog's PNG at 100 dpi is, pixel for pixel, the command line's."""
    from PySide6.QtGui import QImage

    from jmap_desktop.cli.main import main
    from tests.ui.uidriver import choose

    assert main(["export", str(map_file), "-o", str(tmp_path / "cli.png"), "--dpi", "100"]) == 0
    dialog = dialog_for(window, map_file, settings, qtbot)
    choose(dialog.format, "PNG image")
    dialog.dpi.setValue(100)
    assert dialog.run_export(str(tmp_path / "dialog.png"))
    cli, shown = QImage(str(tmp_path / "cli.png")), QImage(str(tmp_path / "dialog.png"))
    assert not cli.isNull() and cli.size() == shown.size()
    assert cli.convertToFormat(QImage.Format.Format_RGB32) == shown.convertToFormat(QImage.Format.Format_RGB32)


def test_a_png_of_a_huge_map_shows_its_progress_before_the_picture_is_prepared(window, map_file, settings,
                                                                               qtbot, tmp_path, monkeypatch):
    """Laying out a huge map for its picture takes seconds before the first strip: the progress
    shows at once, so the window does not seem hung."""
    from PySide6.QtWidgets import QProgressDialog

    from jmap_desktop.canvas import map_png
    from jmap_desktop.ui import export_dialog
    from tests.ui.uidriver import choose

    dialog = dialog_for(window, map_file, settings, qtbot)
    monkeypatch.setattr(export_dialog, "SLOW_CARDS", 3)  # this map stands for a huge one
    shown: list[str] = []
    real = map_png.save_map_png

    def save(*args, **kwargs):
        shown.extend(w.labelText() for w in dialog.findChildren(QProgressDialog) if w.isVisible())
        return real(*args, **kwargs)

    monkeypatch.setattr(map_png, "save_map_png", save)
    choose(dialog.format, "PNG image")
    assert dialog.run_export(str(tmp_path / "huge.png"))
    assert shown == ["Preparing the picture…"]
    assert (tmp_path / "huge.png").read_bytes()[:4] == b"\x89PNG"
    assert not any(w.isVisible() for w in dialog.findChildren(QProgressDialog))
