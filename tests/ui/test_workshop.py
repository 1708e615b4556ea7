"""The Workshop menu as a facilitator uses it, with participants on 127.0.0.1 only."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmap_desktop.ui.workshop.dialogs import CollectDialog, StartSessionDialog, VoteDialog
from tests.workshop.client import LOOPBACK, Client

from .uidriver import (
    answering,
    canvas_of,
    choose_data,
    filled,
    menu_action,
    tick,
    trigger,
    type_into,
)


def start_session(window, qtbot, notes=True, votes=True, see_map=True) -> Client:
    def fill(dialog: StartSessionDialog) -> None:
        assert isinstance(dialog, StartSessionDialog)
        choose_data(dialog.address, LOOPBACK)
        type_into(dialog.port, "0")  # any free port
        tick(dialog.allow_notes, notes)
        tick(dialog.allow_votes, votes)
        tick(dialog.see_map, see_map)

    with answering(filled(fill)):
        trigger(window, "Workshop", "Start Session…")
    controller = window.workshop.controller
    assert controller.running and controller.join_url.startswith(f"http://{LOOPBACK}:")
    return Client(controller.server.port, controller.session.token)


def collect(window, lane_id: str, prompt: str = "", minutes: int = 0, straight: bool = False) -> None:
    def fill(dialog: CollectDialog) -> None:
        assert isinstance(dialog, CollectDialog)
        choose_data(dialog.lane, lane_id)
        type_into(dialog.prompt, prompt)
        type_into(dialog.minutes, str(minutes))
        tick(dialog.straight, straight)

    with answering(filled(fill)):
        trigger(window, "Workshop", "Collect Notes…")


def rows(window) -> list[str]:
    inbox = window.workshop.inbox
    inbox.rebuild()
    return [inbox.list.item(i).text() for i in range(inbox.list.count())]


def click_row(window, row: int) -> None:
    """Click a row of the inbox, as a user selects it (any other selection goes)."""
    inbox = window.workshop.inbox
    inbox.rebuild()
    inbox.list.setFocus()
    where = inbox.list.visualItemRect(inbox.list.item(row)).center()
    QTest.mouseClick(inbox.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


@pytest.fixture
def facilitator(window, map_file, qtbot):
    window.open_file(map_file)
    yield window
    window.workshop.controller.stop()


def test_join_screen_shows_url_qr_and_participants(facilitator, qtbot):
    window = facilitator
    assert not menu_action(window, "Workshop", "Collect Notes…").isEnabled()
    client = start_session(window, qtbot)
    screen = window.workshop.join_screen
    assert screen.isVisible() and screen.url.text() == window.workshop.controller.join_url
    QApplication.processEvents()  # the Inbox raised, with half the right-hand column for the notes
    assert window.workshop.dock.isVisible() and window.workshop.dock.height() >= 0.4 * window.centralWidget().height()
    assert not screen.qr.pixmap().isNull() and screen.qr.pixmap().width() > 200
    client.join("Ana")
    Client(client.conn.port, window.workshop.controller.session.token).join("Bo")
    qtbot.waitUntil(lambda: screen.participants.text() == "2 participants joined", timeout=3000)
    collect(window, "l-pain", "What hurts?", minutes=5)
    qtbot.waitUntil(lambda: screen.countdown.text().endswith("left"), timeout=3000)
    assert screen.countdown.text() in ("5:00 left", "4:59 left")
    assert "What hurts?" in screen.activity.text()


def test_notes_arrive_live_and_are_accepted_edited_rejected_and_undone(facilitator, qtbot):
    window = facilitator
    client = start_session(window, qtbot)
    collect(window, "l-pain", "What hurts?")
    client.join("Ana")
    assert client.note("<b>Delivery fee</b> is a surprise", ("s-buy", "l-pain"))[0] == 201
    qtbot.waitUntil(lambda: len(window.session.doc.inbox) == 1, timeout=3000)
    assert window.session.is_modified()  # unsaved, autosaved like any other change
    assert rows(window) == ["<b>Delivery fee</b> is a surprise\n— Ana · Buy › Pain points"]
    assert window.session.undo_stack.count() == 0  # arriving is not an edit of the facilitator's

    inbox = window.workshop.inbox
    click_row(window, 0)
    with answering(filled(lambda d: type_into(d.editor, "Delivery fee shows up late"))) as seen:
        QTest.mouseClick(inbox.edit_button, Qt.MouseButton.LeftButton)
    assert seen == ["Edit Note"]
    assert window.session.doc.inbox[0].text == "Delivery fee shows up late"
    click_row(window, 0)
    QTest.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)
    texts = [c.text for c in window.session.store.cell_cards("s-buy", "l-pain")]
    assert texts[-1] == "Delivery fee shows up late" and window.session.doc.inbox == []
    assert window.session.store.cell_cards("s-buy", "l-pain")[-1].kind == "pain_point"

    trigger(window, "Edit", "Undo")
    assert [n.text for n in window.session.doc.inbox] == ["Delivery fee shows up late"]
    assert "Delivery fee shows up late" not in [c.text for c in window.session.doc.cards]

    client2 = Client(client.conn.port, window.workshop.controller.session.token)
    client2.join("")
    assert client2.note("Spam", ("s-use", "l-pain"))[0] == 201
    qtbot.waitUntil(lambda: len(window.session.doc.inbox) == 2, timeout=3000)
    click_row(window, 1)
    QTest.keyClick(inbox.list, Qt.Key.Key_Delete)
    assert [n.text for n in window.session.doc.inbox] == ["Delivery fee shows up late"]
    assert "Spam" not in str(window.session.doc.cards)


def test_duplicates_stack_and_a_drag_onto_the_map_accepts_them_as_one_card(facilitator, qtbot):
    window = facilitator
    client = start_session(window, qtbot)
    collect(window, "l-pain")
    token = window.workshop.controller.session.token
    for name in ("Ana", "Bo", "Cy"):
        c = Client(client.conn.port, token)
        c.join(name)
        assert c.note("Too many  steps" if name != "Bo" else "too many steps", ("s-buy", "l-pain"))[0] == 201
    qtbot.waitUntil(lambda: len(window.session.doc.inbox) == 3, timeout=3000)
    assert rows(window) == ["Too many  steps\n— Ana, Bo, Cy · Buy › Pain points  ×3"]
    inbox = window.workshop.inbox
    inbox.stack.click()
    assert len(rows(window)) == 3
    inbox.stack.click()
    click_row(window, 0)
    mime = inbox.list.mimeData(inbox.list.selectedItems())
    canvas = canvas_of(window, qtbot)
    assert canvas.drop_mime(mime, canvas.empty_spot("s-discover", "l-actions"))
    assert window.session.doc.inbox == []
    assert canvas.texts("s-discover", "l-actions")[-1] == "Too many  steps"
    assert window.scene.selected_card_ids() == [window.session.store.cell_cards("s-discover", "l-actions")[-1].id]


def test_dot_voting_stores_counts_on_the_cards_as_one_undoable_step(facilitator, qtbot):
    window = facilitator
    client = start_session(window, qtbot)

    def fill(dialog: VoteDialog) -> None:
        assert isinstance(dialog, VoteDialog)
        tick(dialog.by_lane)
        choose_data(dialog.lane, "l-actions")
        type_into(dialog.dots, "2")
        tick(dialog.live)

    with answering(filled(fill)):
        trigger(window, "Workshop", "Dot Voting…")
    client.join("Ana")
    assert [client.vote("c3")[0] for _ in range(3)] == [200, 200, 409]
    other = Client(client.conn.port, window.workshop.controller.session.token)
    other.join("Bo")
    assert other.vote("c1")[0] == 200
    trigger(window, "Workshop", "End Vote and Store Counts")
    doc = window.session.doc
    assert (doc.card("c3").votes, doc.card("c1").votes, doc.card("c2").votes) == (2, 1, 0)
    assert window.session.undo_stack.undoText() == "Store dot votes"
    analysis = window.analysis
    window.analysis_dock.show()  # the panel analyses (off the GUI thread) while it is shown
    window.analysis_dock.raise_()
    analysis.tabs.setCurrentWidget(analysis.votes)
    qtbot.waitUntil(lambda: analysis.votes.count() == 2, timeout=5000)
    ranked = [analysis.votes.item(i).text() for i in range(analysis.votes.count())]
    assert ranked == ["1. 2 dots · Pays with card\nBuy › Actions", "2. 1 dot · Sees an ad on Instagram\nDiscover › Actions"]
    row = analysis.votes.visualItemRect(analysis.votes.item(0)).center()
    QTest.mouseClick(analysis.votes.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, row)
    assert window.scene.selected_card_ids() == ["c3"]
    trigger(window, "Edit", "Undo")
    assert doc.card("c3").votes is None
    assert client.vote("c3")[0] == 409  # the vote is closed


def test_stop_session_and_closing_the_window_close_every_connection(facilitator, qtbot):
    window = facilitator
    client = start_session(window, qtbot)
    client.join("Ana")
    port = window.workshop.controller.server.port
    trigger(window, "Workshop", "Stop Session")
    assert not window.workshop.controller.running
    assert menu_action(window, "Workshop", "Start Session…").isEnabled()
    with pytest.raises(OSError):
        socket.create_connection((LOOPBACK, port), timeout=1).close()
    start_session(window, qtbot)
    port = window.workshop.controller.server.port
    window.close()
    with pytest.raises(OSError):
        socket.create_connection((LOOPBACK, port), timeout=1).close()


def test_a_port_in_use_gives_a_clear_message(facilitator, qtbot, monkeypatch):
    window = facilitator
    messages = []
    monkeypatch.setattr("jmap_desktop.ui.workshop.menu.show_error",
                        lambda parent, title, text: messages.append(text))
    with socket.socket() as busy:
        busy.bind((LOOPBACK, 0))
        busy.listen()
        port = busy.getsockname()[1]

        def fill(dialog):
            choose_data(dialog.address, LOOPBACK)
            type_into(dialog.port, str(port))

        with answering(filled(fill)):
            trigger(window, "Workshop", "Start Session…")
    assert not window.workshop.controller.running
    assert f"port {port}" in messages[0]


def test_notes_can_go_straight_onto_the_map_and_the_map_can_stay_private(facilitator, qtbot):
    window = facilitator
    client = start_session(window, qtbot, see_map=False)
    collect(window, "l-pain", straight=True)
    client.join("Ana")
    assert client.note("Straight in", ("s-use", "l-pain"))[0] == 201
    store = window.session.store
    qtbot.waitUntil(lambda: [c.text for c in store.cell_cards("s-use", "l-pain")] == ["Straight in"],
                    timeout=3000)
    assert window.session.doc.inbox == []
    assert window.session.undo_stack.undoText() == "Accept note from Ana"
    status, state = client.state()
    assert status == 200 and state["view"]["cards"] == []  # participants do not see the cards
    assert [s["name"] for s in state["view"]["stages"]] == ["Discover", "Buy", "Use"]
