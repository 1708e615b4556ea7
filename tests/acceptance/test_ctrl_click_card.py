"""Ctrl+click anywhere on a linked card follows its link, as on a linked stage's header: a
first user Ctrl+clicked the card's text and only toggled its selection, the gesture worked on
the 14-px chain mark alone. A plain click still selects; Ctrl+click on an unlinked card still
adds it to the selection or takes it out; the chain mark still shows which cards are linked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from jmap_desktop.canvas.items.card_marks import link_mark_rect
from jmap_desktop.io import save_map
from jmap_desktop.io.links import make_link
from tests.factories import small_map
from tests.ui.uidriver import activate, card_point


def _linked_overview(tmp_path):
    overview, detail = tmp_path / "overview.jmap", tmp_path / "buy.jmap"
    doc = small_map()
    doc.card("c1").link = make_link(overview, detail, "c3")
    save_map(doc, overview)
    other = small_map()
    other.meta.title = "Buying in detail"
    save_map(other, detail)
    return overview, detail


def _click(window, text: str, modifiers=Qt.KeyboardModifier.NoModifier) -> QPointF:
    """Click the middle of the card's text (well away from its chain mark)."""
    view = window.view
    at = card_point(view, text)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, at)
    return view.mapToScene(at)


def test_ctrl_click_on_a_linked_card_s_text_follows_the_link(window, tmp_path, qtbot):
    overview, detail = _linked_overview(tmp_path)
    assert window.open_file(overview)
    card = window.session.store.card("c1")
    r = window.scene.layout.cards["c1"].rect
    from PySide6.QtCore import QRectF

    mark = link_mark_rect(card, QRectF(r.x, r.y, r.w, r.h))
    _click(window, card.text)  # a plain click selects, and opens nothing
    assert window.scene.selected_card_ids() == ["c1"]
    assert window.session.path in (overview, overview.resolve())
    _click(window, "Reads reviews", Qt.KeyboardModifier.ControlModifier)  # an unlinked card: toggled
    assert sorted(window.scene.selected_card_ids()) == ["c1", "c2"]
    assert window.session.path in (overview, overview.resolve())

    where = _click(window, card.text, Qt.KeyboardModifier.ControlModifier)
    assert not mark.contains(where)  # the text, not the chain mark
    qtbot.waitUntil(lambda: window.session.path in (detail, detail.resolve()))
    assert window.session.doc.meta.title == "Buying in detail"
    assert window.scene.selected_card_ids() == ["c3"]


def test_hovering_anywhere_on_a_linked_card_says_what_ctrl_click_opens(window, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: said.append(text))
    overview, _ = _linked_overview(tmp_path)
    assert window.open_file(overview)
    view = window.view
    for text, expected in ((window.session.store.card("c1").text, "Ctrl+click opens buy.jmap"),
                           ("Reads reviews", "")):
        at = card_point(view, text)
        activate(window)
        said.clear()
        QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))
        assert (said[-1] if said else "") == expected
