"""Linked maps as a first user met them: Ctrl+click on a linked card only toggled its selection
(the gesture works on the 14-px chain mark, which said nothing when hovered), and after
following a link there was no way back to the overview but File › Open."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QToolTip

from jmap_desktop.canvas.items.card_marks import link_mark_rect
from jmap_desktop.io import save_map
from jmap_desktop.io.links import make_link
from tests.factories import small_map
from tests.ui.uidriver import hover, menu_action, trigger

from .test_links import ctrl_click_link


def mark_of(window, card_id: str) -> QPointF:
    r = window.scene.layout.cards[card_id].rect
    return link_mark_rect(window.session.store.card(card_id), QRectF(r.x, r.y, r.w, r.h)).center()


def test_a_link_says_what_it_opens_and_view_back_returns_to_the_overview(window, tmp_path, qtbot, monkeypatch):
    # The tooltip window itself is Qt's (and shows late or not at all offscreen): what it is
    # asked to say is recorded; the hover reaches the canvas as a real one does.
    said: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: said.append(text))
    overview, detail = tmp_path / "overview.jmap", tmp_path / "buy.jmap"
    doc = small_map()
    doc.card("c1").link = make_link(overview, detail, "c3")
    doc.card("c2").link = make_link(overview, tmp_path / "gone.jmap", None)
    save_map(doc, overview)
    other = small_map()
    other.meta.title = "Buying in detail"
    save_map(other, detail)
    assert window.open_file(overview)
    back = menu_action(window, "View", "Back to the Previous Map")
    assert not back.isEnabled()  # nowhere to go back to yet

    assert hover(window, mark_of(window, "c1"), said) == "Ctrl+click opens buy.jmap"
    assert hover(window, mark_of(window, "c2"), said).startswith("The linked map gone.jmap cannot be opened")
    r = window.scene.layout.cards["c1"].rect
    assert hover(window, QPointF(r.x + r.w / 2, r.y + r.h - 6), said) == "Ctrl+click opens buy.jmap"  # the text too
    r = window.scene.layout.cards["c3"].rect
    assert hover(window, QPointF(r.x + r.w / 2, r.y + r.h - 6), said) == ""  # an unlinked card: no link tip

    ctrl_click_link(window, "c1")
    qtbot.waitUntil(lambda: window.session.doc.meta.title == "Buying in detail")
    assert window.statusBar().currentMessage() == "Opened buy.jmap; Alt+Left goes back to overview.jmap"
    trigger(window, "View", "Back to overview.jmap")
    assert window.session.path in (overview, overview.resolve())
    assert not menu_action(window, "View", "Back to the Previous Map").isEnabled()
