"""A user links a card to a card in another map through the context menu, opens it with
Ctrl+click, and sees a broken link (moved target) as broken, without an error dialog."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from jmap_desktop.canvas.items.card_marks import link_mark_rect
from jmap_desktop.io import load_map, save_map
from tests.factories import small_map
from tests.ui.uidriver import (
    answering,
    card_point,
    keys,
    menu_item,
    right_click,
    save_as,
    stage_header_point,
    trigger,
)


def ctrl_click_link(window, card_id: str) -> None:
    scene, view = window.scene, window.view
    r = scene.layout.cards[card_id].rect
    from PySide6.QtCore import QRectF

    mark = link_mark_rect(scene.store.card(card_id), QRectF(r.x, r.y, r.w, r.h)).center()
    view.centerOn(mark)  # clear of the stage headers pinned along the top
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     view.mapFromScene(QPointF(mark)))


def test_link_a_card_open_it_and_see_it_broken_when_moved(window, tmp_path, qtbot):
    folder = tmp_path / "journeys"
    (folder / "detail").mkdir(parents=True)
    overview, detail = folder / "overview.jmap", folder / "detail" / "buy.jmap"
    save_map(small_map(), overview)
    other = small_map()
    other.meta.title = "Buying in detail"
    save_map(other, detail)
    assert window.open_file(overview)

    # Right-click a card › Link to Map…, pick the file, then its third card ("Pays with card").
    with answering(*menu_item("Link to Map…"), save_as(detail), keys(Qt.Key.Key_Down, Qt.Key.Key_Down,
                                                                      Qt.Key.Key_Down, Qt.Key.Key_Return)):
        right_click(window.view, card_point(window.view, "Sees an ad on Instagram"))
    link = window.session.store.card("c1").link
    assert link is not None and (link.path, link.card_id) == ("detail/buy.jmap", "c3")
    assert window.undo_action.text() == "&Undo Link card"
    assert not window.scene.link_broken(window.session.store.card("c1"))
    trigger(window, "File", "Save")
    assert load_map(overview).card("c1").link.path == "detail/buy.jmap"

    # Ctrl+click on the link mark opens the target and selects the card.
    ctrl_click_link(window, "c1")
    qtbot.waitUntil(lambda: window.session.path in (detail, detail.resolve()))
    assert window.session.doc.meta.title == "Buying in detail"
    assert window.scene.selected_card_ids() == ["c3"]

    # The detailed map moves away: the link shows broken, Ctrl+click explains, nothing opens.
    detail.rename(folder / "buy-old.jmap")
    assert window.open_file(overview)
    assert window.scene.link_broken(window.session.store.card("c1"))
    ctrl_click_link(window, "c1")
    qtbot.waitUntil(lambda: "missing" in window.statusBar().currentMessage())
    assert window.session.path in (overview, overview.resolve())


def test_a_stage_link_out_of_the_folder_is_refused(window, tmp_path, qtbot):
    folder = tmp_path / "journeys"
    folder.mkdir()
    doc = small_map()
    from jmap_desktop.model import MapLink

    doc.stages[0].link = MapLink(path="../secret.jmap")
    save_map(small_map(), tmp_path / "secret.jmap")
    save_map(doc, folder / "overview.jmap")
    assert window.open_file(folder / "overview.jmap")
    with answering(*menu_item("Open Linked Map")):
        right_click(window.view, stage_header_point(window.view, "Discover"))
    qtbot.waitUntil(lambda: "outside" in window.statusBar().currentMessage())
    assert window.session.path in (folder / "overview.jmap", (folder / "overview.jmap").resolve())
    with answering(*menu_item("Remove Link")):
        right_click(window.view, stage_header_point(window.view, "Discover"))
    assert window.session.store.stage("s-discover").link is None
