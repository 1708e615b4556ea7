"""Comments and photos on cards, as a user adds them: Properties, the Comments panel, paste and
drop on the canvas; every change undoable and kept through save and load."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmap_desktop.io import load_map
from tests.ui.uidriver import trigger, type_keys


def click_card(window, card_id: str) -> None:
    r = window.scene.layout.cards[card_id].rect
    view = window.view
    view.ensureVisible(r.x, r.y, r.w, r.h)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(QPointF(r.x + r.w / 2, r.y + r.h / 2)))


def big_photo(path, w=3000, h=2000):
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7fb0"))
    for x in range(0, w, 100):
        for y in range(0, 200):
            image.setPixelColor(x + y % 50, y, QColor("#f0e442"))
    image.save(str(path), "JPEG", 95)
    return path


def test_comment_added_resolved_listed_and_undone(window, map_file, qtbot):
    window.open_file(map_file)
    window.session.author = "Ana Facilitator"
    click_card(window, "c2")
    notes = window.properties.notes
    assert notes.isVisible() or notes.isVisibleTo(window.properties)
    notes.new_comment.setFocus()
    type_keys(notes.new_comment, "Is this really a review site? <b>check</b>")
    QTest.mouseClick(notes.add_comment, Qt.MouseButton.LeftButton)
    card = window.session.store.card("c2")
    assert [c.text for c in card.comments] == ["Is this really a review site? <b>check</b>"]
    comment = card.comments[0]
    assert comment.author == "Ana Facilitator" and comment.date is not None and not comment.resolved
    assert notes.comment_list.count() == 1 and "(1 open)" in notes.comments_title.text()
    assert window.undo_action.text() == "&Undo Add comment"
    qtbot.waitUntil(lambda: window.comments.list.count() == 1)
    assert "1 open comment" in window.comments.summary.text()
    # Resolve it by ticking it, as a user does.
    item = notes.comment_list.item(0)
    rect = notes.comment_list.visualItemRect(item)
    check = QPoint(rect.left() + 10, rect.center().y())
    QTest.mouseClick(notes.comment_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, check)
    if not window.session.store.card("c2").comments[0].resolved:  # styles put the box elsewhere
        item.setCheckState(Qt.CheckState.Checked)
    assert window.session.store.card("c2").comments[0].resolved
    assert window.session.store.card("c2").comments[0].id == comment.id  # stable id
    qtbot.waitUntil(lambda: window.comments.list.count() == 0)
    trigger(window, "Edit", "Undo Resolve comment")
    assert not window.session.store.card("c2").comments[0].resolved
    qtbot.waitUntil(lambda: window.comments.list.count() == 1)
    # The Comments panel takes the user to the card.
    click_card(window, "c1")
    panel_item = window.comments.list.item(0)
    QTest.mouseClick(window.comments.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.comments.list.visualItemRect(panel_item).center())
    assert window.scene.selected_card_ids() == ["c2"]
    # Saved and loaded back, with its id.
    trigger(window, "File", "Save")
    reloaded = load_map(map_file).card("c2")
    assert [(c.id, c.text, c.author) for c in reloaded.comments] == [(comment.id, comment.text, comment.author)]


def test_photo_added_from_a_file_is_downscaled_shown_and_undone(window, map_file, tmp_path):
    window.open_file(map_file)
    click_card(window, "c1")
    notes = window.properties.notes
    notes.add_photo_file(str(big_photo(tmp_path / "wall.jpg")))
    card = window.session.store.card("c1")
    assert len(card.photos) == 1
    stored = QImage.fromData(card.photos[0].raw())
    assert max(stored.width(), stored.height()) == 1280
    assert notes.photo_list.count() == 1 and notes.photo_view.pixmap() is not None
    assert window.undo_action.text() == "&Undo Add photo"
    trigger(window, "File", "Save")
    assert len(load_map(map_file).card("c1").photos) == 1
    trigger(window, "Edit", "Undo Add photo")
    assert window.session.store.card("c1").photos == []


def test_a_file_that_is_not_an_image_is_refused_with_a_message(window, map_file, tmp_path):
    window.open_file(map_file)
    click_card(window, "c1")
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 100)
    window.properties.notes.add_photo_file(str(bad))
    assert window.session.store.card("c1").photos == []
    assert "notes.png" in window.properties.notes.photo_error.text()
    assert window.properties.notes.photo_error.isVisibleTo(window.properties)


def test_image_pasted_onto_the_selected_card(window, map_file, qtbot):
    window.open_file(map_file)
    click_card(window, "c3")
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc79a7"))
    QGuiApplication.clipboard().setImage(image)
    window.view.setFocus()
    trigger(window, "Edit", "Paste")
    card = window.session.store.card("c3")
    assert len(card.photos) == 1 and len(window.session.store.doc.cards) == 5


def test_image_file_dropped_on_a_card(window, map_file, tmp_path):
    window.open_file(map_file)
    path = big_photo(tmp_path / "screen.jpg", 800, 600)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    r = window.scene.layout.cards["c4"].rect
    view = window.view
    view.ensureVisible(r.x, r.y, r.w, r.h)
    pos = QPointF(view.mapFromScene(QPointF(r.x + r.w / 2, r.y + r.h / 2)))
    copy = Qt.DropAction.CopyAction
    for event in (QDragEnterEvent(pos.toPoint(), copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(pos.toPoint(), copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(pos, copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view.viewport(), event)
    assert len(window.session.store.card("c4").photos) == 1
    assert window.scene.selected_card_ids() == ["c4"]


def test_empty_comments_photos_and_links_are_not_written(map_file):
    text = map_file.read_text("utf-8")
    assert '"comments"' not in text and '"photos"' not in text and '"link": {' not in text
    assert '"link": null' not in text
