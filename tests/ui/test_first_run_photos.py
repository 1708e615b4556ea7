"""Photos and comments on a card in Properties: a photo pasted onto a card and opened full size
(double-click) is shown in the middle of a window of its size, not in the top left corner of a
fixed 900 x 700 one; the comment buttons act only when they can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QScrollArea

from tests.ui.uidriver import click_card, trigger, type_into


def test_a_pasted_photo_opens_full_size_centred_in_a_window_of_its_size(window, map_file, qtbot):
    window.open_file(map_file)
    click_card(window, "c3")
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc79a7"))
    QGuiApplication.clipboard().setImage(image)
    window.view.setFocus()
    trigger(window, "Edit", "Paste")
    photos = window.properties.notes.photo_list
    assert photos.count() == 1
    where = photos.visualItemRect(photos.item(0)).center()
    for send in (QTest.mouseClick, QTest.mouseDClick):  # a double-click: a click, then the second
        send(photos.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    viewer = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible() and w.windowTitle() == "Photo 1 of 1")
    qtbot.waitExposed(viewer)
    scroll = viewer.findChild(QScrollArea)
    photo = scroll.widget()
    assert isinstance(photo, QLabel) and photo.pixmap().size() == image.size()
    assert 400 <= viewer.width() <= 500 and 300 <= viewer.height() <= 400  # its size, with a frame
    centre, middle = photo.geometry().center(), scroll.viewport().rect().center()
    assert abs(centre.x() - middle.x()) <= 2 and abs(centre.y() - middle.y()) <= 2
    viewer.close()


def test_comment_buttons_act_only_when_they_can(window, map_file):
    """Add comment and Delete comment were enabled on a card without comments and with nothing
    written: clicking them did nothing, silently."""
    window.open_file(map_file)
    click_card(window, "c2")
    notes = window.properties.notes
    assert not notes.add_comment.isEnabled() and not notes.delete_comment.isEnabled()
    type_into(notes.new_comment, "Check the review sites")
    assert notes.add_comment.isEnabled()
    QTest.mouseClick(notes.add_comment, Qt.MouseButton.LeftButton)
    assert [c.text for c in window.session.store.card("c2").comments] == ["Check the review sites"]
    assert not notes.add_comment.isEnabled() and not notes.delete_comment.isEnabled()
    rect = notes.comment_list.visualItemRect(notes.comment_list.item(0))
    QTest.mouseClick(notes.comment_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())  # the comment's text, clear of its tick box
    assert notes.delete_comment.isEnabled()
    QTest.mouseClick(notes.delete_comment, Qt.MouseButton.LeftButton)
    assert window.session.store.card("c2").comments == []
