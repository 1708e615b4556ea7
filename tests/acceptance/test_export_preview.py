"""File › Export…: the preview shows the poster's title block with the persona panel (only
while its box is ticked), the legend and the connections' arrows, where the PDF prints them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from tests.ui.uidriver import answering, dismiss, keys, trigger


def _changed_rows(a: QImage, b: QImage) -> list[int]:
    return [y for y in range(0, a.height(), 2)
            if any(a.pixel(x, y) != b.pixel(x, y) for x in range(0, a.width(), 2))]


def _preview(dialog) -> QImage:
    QApplication.processEvents()
    label = next(w for w in dialog.findChildren(QLabel) if w.pixmap() is not None and not w.pixmap().isNull())
    return label.pixmap().toImage()


def test_the_preview_shows_the_persona_panel_while_it_is_ticked(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    assert window.session.doc.meta.primary_persona_id  # the template has a persona
    seen = {}

    def look(dialog) -> None:
        box = next(b for b in dialog.findChildren(QCheckBox) if b.text() == "Persona panel")
        assert box.isChecked()
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        assert not box.isChecked()
        seen["without"] = _preview(dialog)
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))  # as it was
        assert box.isChecked()
        seen["with"] = _preview(dialog)
        dismiss(dialog)

    with answering(look):
        trigger(window, "File", "Export…")
    with_panel, without = seen["with"], seen["without"]
    assert with_panel.size() == without.size()
    rows = _changed_rows(with_panel, without)
    assert rows, "ticking the persona panel off does not change the preview"
    # Only the title block changes: the top of the page, above the map.
    assert max(rows) < with_panel.height() * 0.4

    # The legend under the map: the bottom of the poster holds coloured kind chips, not bare paper.
    page = QRect(0, int(with_panel.height() * 0.55), with_panel.width(), int(with_panel.height() * 0.45))
    colours = {with_panel.pixelColor(x, y).name() for y in range(page.top(), page.bottom(), 2)
               for x in range(page.left(), page.right(), 2)}
    assert len(colours) > 12


def _page_rect(image: QImage) -> QRect:
    """The white paper of a one-page preview (the backdrop around it is grey)."""
    xs, ys = [], []
    for y in range(0, image.height()):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).name() == "#ffffff":
                xs.append(x)
                ys.append(y)
    return QRect(QPoint(min(xs), min(ys)), QPoint(max(xs) + 1, max(ys)))


def test_the_preview_draws_the_arrows_where_the_pdf_prints_them(window, tmp_path, qtbot):
    from PySide6.QtCore import QThreadPool

    from tests.ui.uidriver import button, choose, save_as

    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    assert window.session.doc.connections  # the template's journey has arrows
    target = tmp_path / "poster.pdf"
    seen = {}

    def export(dialog) -> None:
        choose(dialog.format, "PDF poster")
        choose(dialog.page, "A3")
        choose(dialog.orientation, "Landscape")
        seen["preview"] = _preview(dialog)
        button("Export…")(dialog)

    with answering(export, save_as(target)):
        trigger(window, "File", "Export…")
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(target.exists, timeout=30000)

    preview = seen["preview"].convertToFormat(QImage.Format.Format_RGB32)
    page = _page_rect(preview)
    hits, total = _arrows_found(preview, page, target)
    assert total > 30, "the PDF prints no arrows"
    assert hits > 0.8 * total, f"the preview shows arrows at {hits} of {total} places the PDF prints them"


def _arrows_found(preview: QImage, page: QRect, pdf_path) -> tuple[int, int]:
    """(preview pixels dark where the PDF prints an arrow, preview pixels where it prints one).
    The PDF is drawn ten times larger than the preview's page, so its one-point lines keep
    their colour; each preview pixel stands for the block of the PDF's pixels it covers."""
    import pypdfium2
    from PIL import Image, ImageChops

    from jmap_desktop.layout.palette import FLOW_ARROW

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    first = pdf[0]
    rendered = first.render(scale=10 * page.width() / first.get_width()).to_pil().convert("RGB")
    pdf.close()
    arrow = QColor(FLOW_ARROW)
    difference = ImageChops.difference(rendered, Image.new("RGB", rendered.size, (arrow.red(), arrow.green(), arrow.blue())))
    red, green, blue = difference.split()
    mask = ImageChops.lighter(ImageChops.lighter(red, green), blue).point(lambda v: 255 if v <= 8 else 0)
    blocks = mask.resize((page.width(), page.height()), Image.Resampling.BOX).load()
    hits = total = 0
    for y in range(page.height()):
        for x in range(page.width()):
            if blocks[x, y] < 20:  # under a twelfth of the block is arrow: an edge of a text
                continue
            total += 1
            around = [preview.pixelColor(page.left() + x + dx, page.top() + y + dy).lightness()
                      for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            hits += min(around) < 215
    return hits, total
