"""A real participant: headless Chromium on a phone-sized screen joins the facilitator's session
on 127.0.0.1, sends a note, votes and watches the map, while the window receives it all."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmap_desktop.ui.workshop.dialogs import VoteDialog
from tests.export.chromium import Browser, chromium_binary

from .test_german import english_afterwards, german_window  # noqa: F401 (fixtures)
from .test_workshop import LOOPBACK, click_row, collect, start_session
from .uidriver import answering, choose_data, filled, tick, trigger, type_into

pytestmark = pytest.mark.skipif(chromium_binary() is None,
                                reason="chromium is not installed; scripts/system-deps.sh installs it")
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


class Phone:
    """The participant page in Chromium at 360 x 740, driven like a thumb would."""

    def __init__(self, browser: Browser, url: str, qtbot) -> None:
        assert url.startswith("http://127.0.0.1:")
        self.browser, self.qtbot = browser, qtbot
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        browser.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.call("Emulation.setDeviceMetricsOverride",
                     {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
        browser.call("Network.enable")
        browser.call("Page.navigate", {"url": url})

    def js(self, expression: str):
        return self.browser.eval(expression)

    def wait(self, expression: str, timeout: float = 5.0):
        """Until ``expression`` is truthy in the page, keeping the window's events flowing."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.js(expression)
            except RuntimeError:
                value = None
            if value:
                return value
            self.qtbot.wait(50)
        raise AssertionError(f"the page never showed: {expression}")

    def visible(self, selector: str) -> str:
        return f"(() => {{ const e = document.querySelector({json.dumps(selector)}); " \
               "return !!e && e.offsetParent !== null; })()"

    def text(self, selector: str) -> str:
        return self.js(f"document.querySelector({json.dumps(selector)}).textContent")

    def tap(self, selector: str) -> None:
        self.wait(self.visible(selector))
        self.browser.click(selector)

    def offline(self, off: bool) -> None:
        self.browser.call("Network.emulateNetworkConditions",
                          {"offline": off, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


@pytest.fixture
def browser():
    b = Browser()
    yield b
    b.close()


def test_a_phone_joins_sends_a_note_votes_and_sees_the_map(window, map_file, qtbot, browser):
    window.open_file(map_file)
    start_session(window, qtbot)
    collect(window, "l-pain", "What hurts?")
    controller = window.workshop.controller
    phone = Phone(browser, controller.join_url, qtbot)

    phone.wait(phone.visible("#join-button"))
    assert phone.text("#join-title") == "Join the workshop"  # English unless the window is German
    phone.browser.type_into("#name", "Ана <b>")
    phone.tap("#join-button")
    phone.wait(phone.visible("#collect-open"))
    assert phone.text("#prompt") == "What hurts?"
    qtbot.waitUntil(lambda: window.workshop.join_screen.participants.text() == "1 participant joined",
                    timeout=3000)
    assert phone.js("document.querySelector('#cell').options.length") == 3
    phone.js("document.querySelector('#cell').value = 's-buy|l-pain'")
    note = "Delivery fee <img src=x onerror=alert(1)> 送料"
    phone.browser.type_into("#text", note)
    phone.tap("#send")
    phone.wait("document.querySelector('#send-msg').textContent.startsWith('Sent')")
    qtbot.waitUntil(lambda: len(window.session.doc.inbox) == 1, timeout=3000)
    received = window.session.doc.inbox[0]
    assert (received.text, received.author, received.stage_id) == (note, "Ана <b>", "s-buy")
    assert phone.text("#my-notes li") == note
    assert phone.js("document.querySelectorAll('img').length") == 0  # shown as text, never HTML
    SHOTS.mkdir(parents=True, exist_ok=True)
    phone.browser.screenshot(SHOTS / "workshop-phone-notes.png")

    # Offline: the note waits in the page (and in localStorage) and goes once the network is back.
    phone.offline(True)
    phone.browser.type_into("#text", "Sent while the Wi-Fi was down")
    phone.tap("#send")
    phone.wait("document.querySelector('#send-msg').textContent.startsWith('Not sent yet')")
    assert json.loads(phone.js("localStorage.getItem(Object.keys(localStorage).find(k => k.endsWith(':pending')))"))["text"] \
        == "Sent while the Wi-Fi was down"
    phone.offline(False)
    qtbot.waitUntil(lambda: len(window.session.doc.inbox) == 2, timeout=8000)
    assert window.session.doc.inbox[1].text == "Sent while the Wi-Fi was down"

    # The facilitator accepts the first note; the phone's map shows the new card within a second.
    click_row(window, 0)
    QTest.mouseClick(window.workshop.inbox.accept_button, Qt.MouseButton.LeftButton)
    phone.tap("#tab-map")
    phone.wait("document.querySelector('#map-view').textContent.includes('送料')", timeout=2)
    phone.browser.screenshot(SHOTS / "workshop-phone-map.png")

    def fill(dialog: VoteDialog) -> None:
        assert isinstance(dialog, VoteDialog)
        tick(dialog.by_lane)
        choose_data(dialog.lane, "l-actions")
        type_into(dialog.dots, "2")

    with answering(filled(fill)):
        trigger(window, "Workshop", "Dot Voting…")
    phone.tap("#tab-vote")
    phone.wait(phone.visible("#vote-cards .vote-card"))
    plus = "#vote-cards .vote-card:nth-child(1) button:last-of-type"
    phone.tap(plus)
    phone.wait("document.querySelector('#remaining').getAttribute('aria-label') === '1 of 2 dots left'")
    phone.tap(plus)
    phone.wait("document.querySelector('#remaining').getAttribute('aria-label') === '0 of 2 dots left'")
    assert phone.js(f"document.querySelector({json.dumps(plus)}).disabled")
    phone.browser.screenshot(SHOTS / "workshop-phone-vote.png")
    trigger(window, "Workshop", "End Vote and Store Counts")
    assert window.session.doc.card("c1").votes == 2
    # A 360 px phone never scrolls sideways.
    assert phone.js("document.documentElement.scrollWidth") <= 360


def test_the_phone_speaks_german_when_the_facilitator_works_in_german(german_window, map_file, qtbot, browser):  # noqa: F811 (the fixture)
    """Deutsch chosen in Preferences: the participant page is German from the join screen on,
    and the "your notes" heading appears only once a note was sent."""
    from jmap_desktop.ui.workshop.dialogs import CollectDialog, StartSessionDialog

    window = german_window
    window.open_file(map_file)

    def start(dialog: StartSessionDialog) -> None:
        assert isinstance(dialog, StartSessionDialog)
        choose_data(dialog.address, LOOPBACK)
        type_into(dialog.port, "0")

    with answering(filled(start)):
        trigger(window, "Workshop", "Sitzung starten…")

    def open_lane(dialog: CollectDialog) -> None:
        assert isinstance(dialog, CollectDialog)
        choose_data(dialog.lane, "l-pain")

    with answering(filled(open_lane)):
        trigger(window, "Workshop", "Notizen sammeln…")
    phone = Phone(browser, window.workshop.controller.join_url, qtbot)

    phone.wait(phone.visible("#join-button"))
    assert phone.js("document.documentElement.lang") == "de"
    assert phone.text("#join-title") == "Am Workshop teilnehmen"
    assert phone.text("#join-button") == "Teilnehmen"
    assert phone.text("label[for=name]") == "Dein Name (optional)"
    assert phone.text("#status") == "Zum Mitmachen teilnehmen"
    phone.tap("#join-button")
    phone.wait(phone.visible("#collect-open"))
    phone.wait("document.querySelector('#status').textContent === 'Verbunden'")
    assert [phone.text(f"#tab-{tab}") for tab in ("notes", "vote", "map")] == ["Notizen", "Abstimmen", "Karte"]
    assert phone.text("label[for=text]") == "Deine Notiz"
    assert phone.text("#send") == "Notiz senden"
    assert not phone.js(phone.visible("#my-notes-title"))  # no empty heading before the first note
    phone.browser.type_into("#text", "Die Lieferkosten überraschen")
    phone.tap("#send")
    phone.wait("document.querySelector('#send-msg').textContent === 'Gesendet. Danke!'")
    phone.wait(phone.visible("#my-notes-title"))
    assert phone.text("#my-notes-title") == "Deine Notizen"
    qtbot.waitUntil(lambda: len(window.session.doc.inbox) == 1, timeout=3000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    phone.browser.screenshot(SHOTS / "workshop-phone-notes-de.png")
    phone.tap("#tab-vote")
    phone.wait(phone.visible("#vote-closed"))
    assert phone.text("#vote-closed") == "Gerade ist keine Abstimmung offen."
    # A dot sent from a stale screen after the vote ended: the server's refusal comes out German.
    phone.js("vote('c1', 1)")
    phone.wait("document.querySelector('#vote-msg').textContent === 'Die Abstimmung ist geschlossen.'")
