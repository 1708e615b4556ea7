"""The workshop session without a network: tokens, limits, notes once, votes within the dots."""

from __future__ import annotations

import pytest

from jmap_desktop.io import dumps_map
from jmap_desktop.model import DocumentStore, InboxNote, JourneyMap, StoreError
from jmap_desktop.workshop import Collection, Limits, Refused, Vote, WorkshopSession
from jmap_desktop.workshop.cells import UnknownLane, find_lane, lane_cards, lane_cells
from jmap_desktop.workshop.view import map_view
from tests.factories import small_map


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def session(clock):
    doc = small_map()
    received: list[InboxNote] = []
    s = WorkshopSession(Limits(max_participants=3), on_note=received.append, clock=clock)
    s.open_collection(Collection(lane_cells(doc, find_lane(doc, "pain points")), "What hurts?"))
    s.publish_view(map_view(doc))
    s.received = received
    return s


def test_tokens_are_128_random_bits(session):
    other = WorkshopSession()
    assert len(session.token) >= 22 and session.token != other.token  # 16 bytes, url-safe base64
    assert session.token_matches(session.token)
    assert not session.token_matches(other.token)
    with pytest.raises(Refused) as refused:
        session.participant("made-up")
    assert refused.value.status == 403


def test_a_note_reaches_the_host_once_with_its_author_and_cell(session):
    ana = session.join("Ana")
    note = session.submit_note(ana.token, "  Shipping cost\x07 shows up late ", "s-buy", "l-pain", "d1")
    again = session.submit_note(ana.token, "Shipping cost shows up late", "s-buy", "l-pain", "d1")
    assert again == note  # a resend after a dropped reply is the same note
    [received] = session.received
    assert (received.text, received.author, received.stage_id, received.lane_id, received.prompt) == (
        "Shipping cost shows up late", "Ana", "s-buy", "l-pain", "What hurts?")
    assert session.personal_state(ana.token)["notes"] == [note]


def test_notes_are_refused_when_closed_too_long_too_fast_or_out_of_place(session, clock):
    bo = session.join("")
    with pytest.raises(Refused, match="500") as long:
        session.submit_note(bo.token, "x" * 10_000, "s-buy", "l-pain")
    assert long.value.status == 413
    with pytest.raises(Refused, match="not open"):
        session.submit_note(bo.token, "hi", "s-buy", "l-actions")
    with pytest.raises(Refused, match="empty"):
        session.submit_note(bo.token, "   ", "s-buy", "l-pain")
    session.submit_note(bo.token, "first", "s-buy", "l-pain")
    with pytest.raises(Refused) as fast:
        session.submit_note(bo.token, "second", "s-buy", "l-pain")
    assert fast.value.status == 429
    clock.now += 1.0
    session.submit_note(bo.token, "second", "s-buy", "l-pain")
    session.open_collection(None)
    clock.now += 1.0
    with pytest.raises(Refused, match="closed"):
        session.submit_note(bo.token, "third", "s-buy", "l-pain")
    assert [n.text for n in session.received] == ["first", "second"]
    assert session.received[0].author == f"Participant {bo.id}"


def test_the_session_holds_at_most_max_participants(session):
    for name in ("a", "b", "c"):
        session.join(name)
    with pytest.raises(Refused) as full:
        session.join("d")
    assert full.value.status == 503


def test_votes_never_exceed_the_dots_and_can_be_taken_back(session):
    doc = small_map()
    session.open_vote(Vote(lane_cards(doc, find_lane(doc, "Actions")), dots=2, live_results=False))
    ana, bo = session.join("Ana"), session.join("Bo")
    assert session.cast(ana.token, "c1", 1) == 1
    assert session.cast(ana.token, "c1", 1) == 0
    with pytest.raises(Refused, match="no dots left"):
        session.cast(ana.token, "c2", 1)
    assert session.cast(ana.token, "c1", -1) == 1
    with pytest.raises(Refused, match="not part"):
        session.cast(bo.token, "c4", 1)
    with pytest.raises(Refused):
        session.cast(bo.token, "c2", -1)
    with pytest.raises(Refused):
        session.cast(bo.token, "c2", True)  # a bool is not a dot
    session.cast(bo.token, "c2", 1)
    assert session.totals() == {"c1": 1, "c2": 1, "c3": 0}
    assert session.session_state()["vote"]["totals"] is None  # hidden results
    assert session.personal_state(ana.token)["remaining"] == 1


def test_the_view_shows_names_and_texts_only():
    doc = small_map()
    view = map_view(doc, votes={"c1": 4})
    assert [s["name"] for s in view["stages"]] == ["Discover", "Buy", "Use"]
    assert {"id": "c1", "stage_id": "s-discover", "lane_id": "l-actions", "kind": "note",
            "text": "Sees an ad on Instagram", "votes": 4} in view["cards"]
    assert "Ana" not in str(view) and "validated" not in str(view)


def test_unknown_lane_names_the_lanes_there_are():
    with pytest.raises(UnknownLane, match="'Actions'"):
        find_lane(small_map(), "Gains")


def test_inbox_and_votes_are_saved_only_when_used_and_survive_a_round_trip():
    doc = small_map()
    plain = dumps_map(doc)
    assert '"inbox"' not in plain and '"votes"' not in plain
    store = DocumentStore(doc)
    store.add_inbox_notes([InboxNote(id="n1", text="Too many steps", author="Ana",
                                     stage_id="s-buy", lane_id="l-pain")])
    store.update_card("c1", votes=3)
    text = dumps_map(store.doc)
    again = JourneyMap.model_validate_json(text)
    assert again.inbox[0].text == "Too many steps" and again.card("c1").votes == 3
    assert dumps_map(again) == text
    removed = store.remove_inbox_notes(["n1"])
    assert store.doc.inbox == []
    store.restore_inbox_notes(removed)
    assert [n.id for n in store.doc.inbox] == ["n1"]
    with pytest.raises(StoreError):
        store.add_inbox_notes([InboxNote(id="n1", text="dup")])
    with pytest.raises(StoreError):
        store.update_card("c1", votes=-1)
