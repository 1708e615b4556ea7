"""What a first workshop in the real window showed (issue 9's exercise, repeated for the newer
waves): the join screen hid the Inbox and could not be minimised without the editor, it still
invited people after the session had stopped, dialog titles were cut by the title bar, a vote
was offered on the one selected card, and in German the Workshop menu came after Help."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jmap_desktop.ui.dialogs import title_width

from .test_german import english_afterwards, german_window  # noqa: F401  (fixtures)
from .test_workshop import collect, facilitator, start_session  # noqa: F401  (fixture)
from .uidriver import answering, button, click_card, trigger


def test_the_join_screen_is_a_window_of_its_own_and_says_when_the_session_ended(facilitator, qtbot):  # noqa: F811
    window = facilitator
    start_session(window, qtbot)
    screen = window.workshop.join_screen
    assert screen.isVisible()
    # Not kept above the editor (a transient window is, and is minimised with it).
    assert screen.parentWidget() is None and screen.windowHandle().transientParent() is None

    trigger(window, "Workshop", "Stop Session")
    assert screen.heading.text() == "The session has ended."
    assert screen.url.text() == "" and screen.qr.pixmap().isNull()
    assert screen.network_hint.isHidden()  # no "scan the code" without a code

    start_session(window, qtbot)  # a new session: the same window invites again
    assert screen.heading.text() == "Join from your phone or laptop" and not screen.network_hint.isHidden()
    assert screen.url.text() == window.workshop.controller.join_url

    window.close()  # the editor closes: no join screen is left behind on the projector
    assert not screen.isVisible()


def test_workshop_dialogs_show_their_whole_title(facilitator, qtbot):  # noqa: F811
    window = facilitator
    widths = {}

    def measure(dialog) -> None:
        widths[dialog.windowTitle()] = (dialog.width(), title_width(dialog))
        button("Cancel")(dialog)

    with answering(measure):
        trigger(window, "Workshop", "Start Session…")
    start_session(window, qtbot)
    with answering(measure):
        trigger(window, "Workshop", "Collect Notes…")
    with answering(measure):
        trigger(window, "Workshop", "Dot Voting…")
    with answering(measure):
        trigger(window, "Edit", "Preferences…")
    assert set(widths) == {"Start Workshop Session", "Collect Notes", "Dot Voting", "Preferences"}
    for title, (width, needed) in widths.items():
        assert width >= needed, f"{title}: {width} px wide, the title bar needs {needed}"


def test_a_vote_with_one_card_selected_is_offered_on_its_lane(facilitator, qtbot):  # noqa: F811
    window = facilitator
    start_session(window, qtbot)
    offered = []

    def read(dialog) -> None:
        offered.append((dialog.by_lane.isChecked(), dialog.lane.currentData(), dialog.by_selection.isChecked()))
        button("Cancel")(dialog)

    click_card(window, "c4")  # the pain point, alone
    with answering(read):
        trigger(window, "Workshop", "Dot Voting…")
    click_card(window, "c1")
    click_card(window, "c2", modifiers=Qt.KeyboardModifier.ControlModifier)
    with answering(read):
        trigger(window, "Workshop", "Dot Voting…")
    assert offered == [(True, "l-pain", False), (False, "l-actions", True)]


def test_the_workshop_menu_comes_before_help_in_german_too(german_window, map_file):  # noqa: F811
    window = german_window
    window.open_file(map_file)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[-2:] == ["Workshop", "Hilfe"], menus
    window.workshop.controller.stop()


def test_the_empty_inbox_says_what_to_do_next(facilitator, qtbot):  # noqa: F811
    window = facilitator
    inbox = window.workshop.inbox

    def hint() -> str:
        return inbox.list.item(0).text() if inbox.list.count() == 1 else ""

    assert hint().endswith("Workshop › Start Session… opens the room.")
    start_session(window, qtbot)  # the room is open: it was still telling to open it
    qtbot.waitUntil(lambda: hint().endswith("Workshop › Collect Notes… opens lanes for them."), timeout=2000)
    collect(window, "l-pain", "What hurts?")
    qtbot.waitUntil(lambda: hint() == "Notes from participants appear here as they arrive.", timeout=2000)
    trigger(window, "Workshop", "Stop Session")
    qtbot.waitUntil(lambda: hint().endswith("Workshop › Start Session… opens the room."), timeout=2000)
