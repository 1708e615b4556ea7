"""File › Export…: the preview shows the poster's title block with the persona panel (only
while its box is ticked) and the legend, where the PDF prints them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from .user import answering, dismiss, keys, trigger


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
