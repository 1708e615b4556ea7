"""Comparing with a map drawn separately, as a user: the change list shows what matching made
of the two maps, and the user corrects it (Match Cards, Unmatch) through the panel's widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog

from jmap_desktop.io import save_map
from jmap_desktop.model import Card, DocumentStore, Lane, LaneKind, Stage
from tests.factories import small_map
from tests.ui.uidriver import choose, open_cell, trigger, when_modal


@pytest.fixture(autouse=True)
def errors_fail_the_test(monkeypatch):
    def fail(_parent, title, text):
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr("jmap_desktop.ui.versions.show_error", fail)


def future_state():
    """The journey drawn again from scratch: other ids, a reworded card, a new pain point."""
    s = DocumentStore()
    for name in ("Discover", "Buy", "Use"):
        s.add_stage(Stage(id=f"new-{name}", name=name))
    s.add_lane(Lane(id="n-actions", name="Actions", kind=LaneKind.ACTIONS))
    s.add_lane(Lane(id="n-pain", name="Pain points", kind=LaneKind.PAIN_POINTS))
    s.add_card(Card(id="x1", stage_id="new-Discover", lane_id="n-actions", text="Sees an ad on Instagram"))
    s.add_card(Card(id="x2", stage_id="new-Discover", lane_id="n-actions", text="Reads the reviews"))
    s.add_card(Card(id="x4", stage_id="new-Buy", lane_id="n-pain", text="Delivery costs surprise"))
    s.update_meta(title="Buying running shoes, future state")
    return s.doc


@pytest.fixture
def comparing(window, tmp_path, monkeypatch):
    """The future state open, compared with the current state's file."""
    current, future = tmp_path / "current.jmap", tmp_path / "future.jmap"
    save_map(small_map(), current)
    save_map(future_state(), future)
    window.open_file(future)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(current), ""))
    when_modal(lambda dialog: (dialog.findChild(QComboBox).setCurrentText("Another file…"),
                               dialog.accept()))
    trigger(window, "File", "Compare With…")
    return window.versions.changes


def entries(panel):
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def click_entry(panel, text: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = entries(panel).index(text)
    rect = panel.list.visualItemRect(panel.list.item(row))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_matching_is_shown_and_the_marks_sit_on_the_open_maps_cards(window, comparing):
    panel = comparing
    assert "card: Reads the reviews" in entries(panel)  # matched to “Reads reviews” by text
    row = entries(panel).index("card: Reads the reviews")
    assert "Matched by stage, lane and text" in panel.list.item(row).toolTip()
    box = window.scene.layout.cards["x2"].rect
    assert any(mark.boundingRect().contains(box.x + box.w / 2, box.y + box.h / 2)
               for mark in window.versions.overlay.marks_of("changed"))
    assert not panel.match_button.isEnabled() and not panel.unmatch_button.isEnabled()


def test_the_user_matches_a_removed_and_an_added_card(window, comparing):
    panel = comparing
    assert {"card: Delivery costs surprise", "card: Shipping cost appears late"} <= set(entries(panel))
    click_entry(panel, "card: Delivery costs surprise")
    assert not panel.match_button.isEnabled()  # one card alone is no pair
    click_entry(panel, "card: Shipping cost appears late", Qt.KeyboardModifier.ControlModifier)
    assert panel.match_button.isEnabled() and panel.match_action.isEnabled()
    panel.match_button.click()
    result = window.versions.overlay.comparison
    assert [c.kind for c in result.for_card("x4")] == ["changed"]
    assert "card: Shipping cost appears late" not in entries(panel)
    row = entries(panel).index("card: Delivery costs surprise")
    tip = panel.list.item(row).toolTip()
    assert "Text: Shipping cost appears late → Delivery costs surprise" in tip and "Matched by you" in tip
    assert sorted(c.id for c in result.of_kind("removed", "cards")) == ["c3", "c5"]
    ghosts = window.versions.overlay.marks_of("removed")
    assert sorted(g.text for g in ghosts) == ["Pays with card", "Relieved"]
    # c5's lane (the emotion curve) is not in this map: a ghost row below the grid holds it.
    (row,) = window.versions.overlay.marks_of("axis")
    assert row.axis.name == "Emotion curve" and row.axis.collection == "lanes"
    relieved = next(g for g in ghosts if g.text == "Relieved")
    assert row.boundingRect().contains(relieved.rect_) and relieved.rect_.top() > window.scene.layout.height
    # Taken apart again from the list's context menu.
    click_entry(panel, "card: Delivery costs surprise")
    unmatch = next(a for a in panel.list.actions() if a.text() == "Unmatch")
    assert panel.list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    unmatch.trigger()
    result = window.versions.overlay.comparison
    assert [c.kind for c in result.for_card("x4")] == ["added"]
    assert [c.kind for c in result.for_card("c4")] == ["removed"]


def test_the_user_unmatches_a_wrong_text_match(window, comparing, qtbot):
    panel = comparing
    click_entry(panel, "card: Reads the reviews")
    assert panel.unmatch_button.isEnabled() and not panel.match_button.isEnabled()
    panel.unmatch_button.click()
    result = window.versions.overlay.comparison
    assert [c.kind for c in result.for_card("x2")] == ["added"]
    assert [c.kind for c in result.for_card("c2")] == ["removed"]
    box = window.scene.layout.cards["x2"].rect
    assert any(mark.boundingRect().contains(box.x + box.w / 2, box.y + box.h / 2)
               for mark in window.versions.overlay.marks_of("added"))
    # The correction holds while the map is edited (the comparison is recomputed).
    window.scene.select_cards(["x1"])
    trigger(window, "Edit", "Delete")
    overlay = window.versions.overlay
    qtbot.waitUntil(lambda: [c.kind for c in overlay.comparison.for_card("c1")] == ["removed"],
                    timeout=3000)
    assert [c.kind for c in overlay.comparison.for_card("x2")] == ["added"]


def renamed_axes():
    """The future state with “Buy” drawn as “Purchase” and “Pain points” as “Frustrations”:
    names matching cannot know they are the same stage and lane."""
    s = DocumentStore(future_state())
    s.update_stage("new-Buy", name="Purchase")
    s.update_lane("n-pain", name="Frustrations")
    s.add_card(Card(id="x3", stage_id="new-Buy", lane_id="n-actions", text="Pays with card"))
    return s.doc


@pytest.fixture
def comparing_renamed(window, tmp_path, monkeypatch):
    current, future = tmp_path / "current.jmap", tmp_path / "future.jmap"
    save_map(small_map(), current)
    save_map(renamed_axes(), future)
    window.open_file(future)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(current), ""))
    compare_with_file(window)
    return window.versions.changes


def compare_with_file(window) -> None:
    """File › Compare With… › Another file… (the file dialog answered by the fixture)."""
    when_modal(lambda dialog: (dialog.findChild(QComboBox).setCurrentText("Another file…"),
                               dialog.accept()))
    trigger(window, "File", "Compare With…")


def select_pair(panel, first: str, second: str) -> None:
    click_entry(panel, first)
    click_entry(panel, second, Qt.KeyboardModifier.ControlModifier)


def test_the_user_matches_a_renamed_stage_and_lane_and_the_cards_follow(window, comparing_renamed, tmp_path, monkeypatch):
    panel = comparing_renamed
    overlay = window.versions.overlay
    assert {"stage: Buy", "stage: Purchase", "lane: Pain points", "lane: Frustrations"} <= set(entries(panel))
    assert [c.kind for c in overlay.comparison.for_card("x3")] == ["moved", "changed"]  # from a stage “gone”
    click_entry(panel, "stage: Purchase")
    click_entry(panel, "lane: Pain points", Qt.KeyboardModifier.ControlModifier)
    assert not panel.match_button.isEnabled()  # a stage and a lane are never the same
    select_pair(panel, "stage: Purchase", "stage: Buy")
    assert panel.match_button.isEnabled()
    panel.match_button.click()
    select_pair(panel, "lane: Pain points", "lane: Frustrations")
    match = next(a for a in panel.list.actions() if a.text() == "Match These Two")
    assert match.isEnabled()
    match.trigger()  # the list's context menu
    result = overlay.comparison
    assert "stage: Buy" not in entries(panel) and "lane: Pain points" not in entries(panel)
    row = entries(panel).index("stage: Purchase")
    assert "Name: Buy → Purchase" in panel.list.item(row).toolTip()
    assert "Matched by you" in panel.list.item(row).toolTip()
    assert [c.kind for c in result.for_card("x3")] == ["changed"]  # same cell now: not moved
    assert not overlay.marks_of("moved")
    view = window.view
    view.set_zoom(3.0)
    view.centerOn(0, 0)
    header = window.scene.layout.lane_box("n-pain").header
    assert not view.mapToScene(view.viewport().rect()).boundingRect().contains(
        QRectF(header.x, header.y, header.w, header.h))
    click_entry(panel, "lane: Frustrations")  # a click on a stage or lane goes to its header
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(
        QRectF(header.x, header.y, header.w, header.h))
    # The comparison PDF follows the correction: its counts are the panel's.
    pdf = tmp_path / "changes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    panel.pdf_button.click()
    from pypdf import PdfReader

    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert f"{result.counts()['moved']} moved" in text and f"{result.counts()['removed']} removed" in text
    assert result.counts()["moved"] == 0


def test_a_name_match_is_taken_apart_from_its_matched_entry(window, comparing):
    panel = comparing
    assert "stage: Discover (matched)" in entries(panel)  # same name, other id: listed, not a change
    row = entries(panel).index("stage: Discover (matched)")
    assert "Matched by name" in panel.list.item(row).toolTip()
    click_entry(panel, "stage: Discover (matched)")
    assert panel.unmatch_button.isEnabled() and not panel.match_button.isEnabled()
    panel.unmatch_button.click()
    result = window.versions.overlay.comparison
    assert {"stage: Discover"} <= set(entries(panel)) and "stage: Discover (matched)" not in entries(panel)
    assert [(c.kind, c.id) for c in result.changes if c.collection == "stages"] == \
        [("removed", "s-discover"), ("added", "new-Discover")]
    assert [c.kind for c in result.for_card("x1")] == ["moved", "changed"]


def test_corrections_are_kept_when_the_same_versions_are_compared_again(window, comparing_renamed):
    panel = comparing_renamed
    select_pair(panel, "stage: Purchase", "stage: Buy")
    panel.match_button.click()
    select_pair(panel, "card: Delivery costs surprise", "card: Shipping cost appears late")
    panel.match_button.click()
    corrected = entries(panel)
    panel.close_button.click()  # End Comparison
    assert panel.list.count() == 0 and window.versions.overlay.comparison is None
    compare_with_file(window)  # the same file again, through the menu
    assert entries(panel) == corrected
    row = entries(panel).index("card: Delivery costs surprise")
    assert "Matched by you" in panel.list.item(row).toolTip()
    # Another map opened in the window: its comparisons start from the plain matching.
    other = window.session.path.parent / "other.jmap"
    save_map(renamed_axes(), other)
    window.open_file(other)
    compare_with_file(window)
    assert "stage: Buy" in entries(panel) and "card: Shipping cost appears late" in entries(panel)


def test_a_removed_card_whose_stage_was_deleted_too_is_shown_in_a_ghost_column(window, tmp_path, monkeypatch, qtbot):
    """The stage “Buy” deleted with its cards: a ghost column right of the grid holds them, the
    view scrolls there from the change list, and the comparison PDF shows them too."""
    current, edited = tmp_path / "current.jmap", tmp_path / "edited.jmap"
    save_map(small_map(), current)
    store = DocumentStore(small_map())
    store.remove_cards(["c3", "c4"])
    store.remove_stage("s-buy")
    save_map(store.doc, edited)
    window.open_file(edited)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(current), ""))
    compare_with_file(window)
    panel, overlay = window.versions.changes, window.versions.overlay
    (column,) = overlay.marks_of("axis")
    assert column.axis.name == "Buy" and column.caption == "Removed stage"
    assert column.header_.left() > window.scene.layout.width
    ghosts = {g.text: g for g in overlay.marks_of("removed")}
    assert set(ghosts) == {"Pays with card", "Shipping cost appears late"}
    for ghost in ghosts.values():
        assert column.boundingRect().contains(ghost.rect_)
        assert window.scene.sceneRect().contains(ghost.rect_)  # the view can scroll there
    a, b = (g.rect_ for g in ghosts.values())
    assert not a.intersects(b)
    view = window.view
    click_entry(panel, "card: Shipping cost appears late")
    qtbot.waitUntil(lambda: view.mapToScene(view.viewport().rect()).boundingRect()
                    .contains(ghosts["Shipping cost appears late"].rect_), timeout=3000)
    view.set_zoom(3.0)  # close up on the grid's top left: the ghost column is out of view
    view.centerOn(0, 0)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert not shown.intersects(column.header_)
    click_entry(panel, "stage: Buy")  # the removed stage: the view goes to its ghost column
    qtbot.waitUntil(lambda: view.mapToScene(view.viewport().rect()).boundingRect().contains(column.header_),
                    timeout=3000)
    trigger(window, "View", "Fit to Window")  # the whole map and its ghost column
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(column.boundingRect().adjusted(12, 12, -12, -12))
    assert shown.contains(QRectF(0, 0, window.scene.layout.width, window.scene.layout.height))
    pdf = tmp_path / "changes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    panel.pdf_button.click()
    from pypdf import PdfReader

    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Removed stage" in text and "Pays with card" in text and "Shipping cost appears late" in text
    # The comparison ended: the ghosts go, and the scene is the map's own size again.
    panel.close_button.click()
    assert not overlay.items
    assert window.scene.sceneRect().right() < column.header_.right() - 100


def test_corrections_are_remembered_after_a_restart(window, comparing_renamed, settings, qtbot):
    """The map saved, the window closed: the next window comparing the same two files starts
    from the corrections (kept in the settings, by the two files' paths)."""
    panel = comparing_renamed
    select_pair(panel, "lane: Pain points", "lane: Frustrations")
    panel.match_button.click()
    corrected = entries(panel)
    assert "lane: Pain points" not in corrected
    future = window.session.path
    window.close()
    from jmap_desktop.ui.main_window import MainWindow

    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    again.open_file(future)
    compare_with_file(again)
    assert entries(again.versions.changes) == corrected
    # A damaged settings value loses the corrections, nothing else.
    again.close()
    settings.setValue("compare/corrections", "{not json")
    third = MainWindow(settings)
    qtbot.addWidget(third)
    third.show()
    third.open_file(future)
    compare_with_file(third)
    assert "lane: Pain points" in entries(third.versions.changes)


def test_ghost_rows_follow_the_canvas_theme(window, comparing):
    """A removed lane's ghost row is a light band on the light canvas and a dim one on the dark."""
    from PySide6.QtGui import QImage, QPainter

    from jmap_desktop.canvas.scheme import DARK, LIGHT

    (row,) = window.versions.overlay.marks_of("axis")
    spot = QRectF(row.body_.right() - 40, row.body_.top() + 4, 30, 10)  # no ghost card there

    def lightness(scheme) -> float:
        window.scene.set_scheme(scheme)
        image = QImage(30, 10, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        window.scene.render(painter, QRectF(0, 0, 30, 10), spot)
        painter.end()
        return sum(image.pixelColor(x, 5).lightnessF() for x in range(30)) / 30

    assert lightness(LIGHT) > 0.85 and lightness(DARK) < 0.3


def test_merging_a_copy_drawn_separately_uses_the_corrections_made_comparing_it(window, comparing):
    """No shared revision: the merge matches the copies as Compare did, with the user's
    corrections; the two cards the user unmatched are two cards to keep, not one text to pick."""
    from PySide6.QtWidgets import QDialogButtonBox

    click_entry(comparing, "card: Reads the reviews")
    comparing.unmatch_button.click()
    seen = {}

    def answer(dialog):
        seen["keys"] = {c.key for c in dialog.conflicts}
        for row, conflict in enumerate(dialog.conflicts):
            choose(open_cell(dialog.table, row, 3), "Keep theirs" if conflict.key == "cards/c2" else "Keep mine")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(answer)
    trigger(window, "File", "Merge Copy…")  # the current state's file, compared above
    assert "cards/x2/text" not in seen["keys"] and {"cards/c2", "cards/x2"} <= seen["keys"]
    store = window.session.store
    assert store.card("x2").text == "Reads the reviews" and store.card("c2").text == "Reads reviews"
    assert "with your corrections" in window.statusBar().currentMessage()
