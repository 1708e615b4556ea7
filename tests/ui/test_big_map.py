"""A map far larger than the window: the canvas makes card items only for what is in view, so
Find, keyboard editing and the selection must reach cards the window never showed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from jmap_desktop.canvas.items.cards import CardItem
from jmap_desktop.io import save_map
from jmap_desktop.model import Card, JourneyMap, Lane, LaneKind, Stage


def _wide_map(stages: int = 30) -> JourneyMap:
    lanes = [Lane(id="l0", name="Actions", kind=LaneKind.ACTIONS),
             Lane(id="l1", name="Pain points", kind=LaneKind.PAIN_POINTS)]
    cards = [Card(id=f"c{i}_{j}_{k}", stage_id=f"s{i}", lane_id=f"l{j}", text=f"step {k} at {i}")
             for i in range(stages) for j in range(2) for k in range(4)]
    cards[-1].text = "the needle in the far corner"
    return JourneyMap(stages=[Stage(id=f"s{i}", name=f"Stage {i + 1}") for i in range(stages)],
                      lanes=lanes, cards=cards)


def _hit(window, card_id: str) -> str | None:
    r = window.scene.layout.cards[card_id].rect
    for item in window.scene.items(QRectF(r.x, r.y, r.w, r.h).center()):
        if isinstance(item, CardItem):
            return item.card_id
    return None


def test_find_reaches_a_card_never_shown_and_it_is_edited_in_place(window, tmp_path, qtbot):
    path = tmp_path / "wide.jmap"
    save_map(_wide_map(), path)
    window.open_file(path)
    qtbot.wait(10)
    far = "c29_1_3"
    assert window.scene.items_.cards.get(far) is None  # out of view: no item yet
    window.find_action.trigger()
    window.find.query.setText("needle")
    QTest.keyClick(window.find.query, Qt.Key.Key_Return)
    assert window.scene.selected_card_ids() == [far]
    view = window.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    r = window.scene.layout.cards[far].rect
    assert shown.contains(QRectF(r.x, r.y, r.w, r.h))
    assert _hit(window, far) == far  # a click there reaches it
    assert window.scene.card_item("c29_1_0").opacity() < 1.0  # the others are dimmed

    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert window.scene.editor.active
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view, " found")
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.card(far).text == "the needle in the far corner found"

    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())  # back to the start
    assert _hit(window, "c0_0_0") == "c0_0_0"
    assert window.scene.selected_card_ids() == [far]  # still selected while out of view
