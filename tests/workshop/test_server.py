"""The workshop server on 127.0.0.1: many participants at once, and clients that misbehave.

Every loop here is bounded in count and in time; nothing is sent to any other address.
"""

from __future__ import annotations

import json
import socket
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from jmap_desktop.workshop import Limits, Vote
from jmap_desktop.workshop.cells import lane_cards, lane_cells

from .client import LOOPBACK, Client
from .conftest import FAST

PARTICIPANTS, NOTES_EACH, DOTS = 50, 20, 3


def test_fifty_participants_twenty_notes_each_and_a_vote(server, doc, inbox):
    cells = lane_cells(doc, doc.lanes[0])
    cards = lane_cards(doc, doc.lanes[0])
    server.session.open_vote(Vote(cards, DOTS))

    def participant(number: int) -> tuple[list[int], list[int]]:
        client = Client(server.port, server.session.token)
        client.join(f"P{number}")
        statuses = [client.note(f"note {number}-{i}", cells[i % len(cells)], f"d{i}")[0]
                    for i in range(NOTES_EACH)]
        votes = [client.vote(cards[i % len(cards)])[0] for i in range(DOTS + 2)]  # two too many
        client.close()
        return statuses, votes

    with ThreadPoolExecutor(max_workers=PARTICIPANTS) as pool:
        results = list(pool.map(participant, range(PARTICIPANTS), timeout=60))

    assert all(s == 201 for statuses, _ in results for s in statuses)
    assert all(votes == [200] * DOTS + [409, 409] for _, votes in results)
    texts = Counter(note.text for note in inbox)
    assert len(inbox) == PARTICIPANTS * NOTES_EACH
    assert set(texts.values()) == {1}  # every note exactly once
    assert texts.keys() == {f"note {p}-{i}" for p in range(PARTICIPANTS) for i in range(NOTES_EACH)}
    totals = server.session.totals()
    assert sum(totals.values()) == PARTICIPANTS * DOTS
    assert totals == {card: sum(1 for p in range(PARTICIPANTS) for i in range(DOTS)
                                if cards[i % len(cards)] == card) for card in cards}


def test_wrong_or_missing_token_gets_a_bare_403(server):
    client = Client(server.port, "not-the-token")
    for method, path in (("GET", "/"), ("GET", "/j/"), ("GET", "/j/nope"), ("GET", "/j/nope/state"),
                         ("GET", "/etc/passwd"), ("GET", "/j/../../etc/passwd"),
                         ("POST", "/j/nope/notes"), ("GET", f"/j/{server.session.token[:-1]}")):
        status, body = client.request(method, path, {"text": "x"})
        assert (status, body) == (403, {"error": "forbidden"}), path
    ok = Client(server.port, server.session.token)
    ok.participant = "someone-else"
    assert ok.state() == (403, {"error": "forbidden"})
    assert ok.note("hello")[0] == 403


def test_the_page_is_one_self_contained_file_with_strict_headers(server):
    client = Client(server.port, server.session.token)
    client.conn.request("GET", client.base)
    response = client.conn.getresponse()
    page = response.read().decode()
    assert response.status == 200
    assert response.getheader("Server") == "JMap"  # no Python version
    assert "default-src 'none'" in response.getheader("Content-Security-Policy")
    assert response.getheader("Referrer-Policy") == "no-referrer"
    assert "http://" not in page and "https://" not in page and "innerHTML" not in page


def test_hostile_bodies_are_refused_and_the_server_keeps_working(server, inbox):
    client = Client(server.port, server.session.token)
    client.join("<script>alert(1)</script>")
    base = client.base
    assert client.request("POST", f"{base}/notes", raw=b"{not json")[0] == 400
    assert client.request("POST", f"{base}/notes", raw=b"[1, 2]")[0] == 400
    assert client.request("POST", f"{base}/notes", raw=b"\xff\xfe")[0] == 400
    huge = Client(server.port, server.session.token)
    status, _ = huge.request("POST", f"{base}/notes", raw=b"x" * (FAST.max_body_bytes + 1))
    assert status == 413
    assert client.note("y" * 10_000)[0] == 413  # past the body cap already
    status, body = client.note("y" * 600)
    assert status == 413 and "at most 500" in body["error"]
    status, _ = client.note("<img src=x onerror=alert(1)>", server.session.collection.cells[1])
    assert status == 201
    [note] = inbox
    # Kept as text; the page and the app show it with textContent / plain labels.
    assert note.text == "<img src=x onerror=alert(1)>" and note.author == "<script>alert(1)</script>"
    assert client.request("POST", f"{base}/notes", {"p": client.participant, "text": 5})[0] == 400
    assert client.request("POST", f"{base}/nowhere", {})[0] == 404
    assert client.state()[0] == 200


def test_a_body_bigger_than_announced_is_not_read(server):
    with socket.create_connection((LOOPBACK, server.port), timeout=2) as sock:
        sock.sendall(f"POST /j/{server.session.token}/join HTTP/1.1\r\nHost: x\r\n"
                     f"Content-Length: 100000000\r\n\r\n".encode())
        assert sock.recv(200).startswith(b"HTTP/1.1 413")


def test_a_thousand_rapid_requests_are_answered_without_harm(make_server, inbox):
    server = make_server(Limits(note_interval=1.0, header_timeout=0.5, read_timeout=0.5, heartbeat=0.3))
    client = Client(server.port, server.session.token)
    client.join("fast")
    started = time.monotonic()
    statuses = Counter(client.note(f"n{i}", (server.session.collection.cells[0]))[0] for i in range(1000))
    elapsed = time.monotonic() - started
    assert elapsed < 30
    assert 1 <= statuses[201] <= 1 + int(elapsed)  # at most one a second
    assert statuses[201] + statuses[429] == 1000
    assert len(inbox) == statuses[201]
    assert Client(server.port, server.session.token).join("still here")


def test_a_slowloris_is_cut_off_and_others_are_served(server):
    with socket.create_connection((LOOPBACK, server.port), timeout=3) as slow:
        slow.sendall(b"GET /j/")  # ...and then a byte now and then, never finishing the headers
        started = time.monotonic()
        closed = False
        while time.monotonic() - started < 3 and not closed:
            try:
                slow.sendall(b"x")
                closed = slow.recv(1, socket.MSG_DONTWAIT) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed = True
            assert Client(server.port, server.session.token).join("patient")
            time.sleep(0.1)
        assert closed, "the server kept a half-sent request open"
        assert time.monotonic() - started < FAST.header_timeout + 1.0


def test_too_many_connections_are_closed_at_once(make_server):
    server = make_server(Limits(max_connections=5, header_timeout=0.5, read_timeout=0.5))
    idle = [socket.create_connection((LOOPBACK, server.port), timeout=2) for _ in range(8)]
    try:
        time.sleep(0.2)
        assert server.connection_count() <= 5
    finally:
        for sock in idle:
            sock.close()


def test_event_stream_pushes_changes_and_stop_closes_every_connection(server, doc):
    client = Client(server.port, server.session.token)
    token = client.join("watcher")
    stream = socket.create_connection((LOOPBACK, server.port), timeout=2)
    stream.sendall(f"GET {client.base}/events?p={token} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    reader = stream.makefile("rb")
    assert reader.readline().startswith(b"HTTP/1.1 200")

    def next_event(name: bytes) -> dict:
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            line = reader.readline()
            if line == b"event: " + name + b"\n":
                return json.loads(reader.readline().removeprefix(b"data: "))
        raise AssertionError(f"no {name!r} event")

    assert next_event(b"view")["title"] == "Buying running shoes"
    server.session.publish_view({**server.session.session_state(), "title": "Renamed",
                                 "stages": [], "lanes": [], "cards": []})
    assert next_event(b"view")["title"] == "Renamed"
    started = time.monotonic()
    server.stop()
    rest = reader.read()  # returns once the server closed the stream
    assert time.monotonic() - started < 2 and b"HTTP" not in rest
    stream.close()
    try:
        refused = socket.create_connection((LOOPBACK, server.port), timeout=1)
    except OSError:
        refused = None
    assert refused is None, "nothing listens after Stop"


def test_a_failing_host_costs_one_request_not_the_server(make_server, inbox):
    server = make_server()
    calls = []

    def broken(note):
        calls.append(note)
        if len(calls) == 1:
            raise RuntimeError("the window fell over")
        inbox.append(note)

    server.session.on_note = broken
    client = Client(server.port, server.session.token)
    client.join("Ana")
    cell = server.session.collection.cells[0]
    status, body = client.note("first", cell, "a")
    assert status == 500 and "try again" in body["error"]
    assert client.note("first", cell, "a")[0] == 201  # the page resends it: delivered now
    assert client.note("second", cell, "b")[0] == 201
    assert [n.text for n in inbox] == ["first", "second"]


def test_the_server_listens_only_on_the_chosen_address_ipv6_loopback_too(doc):
    from jmap_desktop.workshop import WorkshopServer, WorkshopSession

    for host in ("127.0.0.1", "::1"):
        try:
            server = WorkshopServer(WorkshopSession(FAST), host, 0)
        except OSError:  # a machine without IPv6 loopback
            assert host == "::1"
            continue
        try:
            server.start()
            assert server.bound_address == host  # not 0.0.0.0 / ::
            assert server.join_url.startswith("http://[::1]:" if host == "::1" else "http://127.0.0.1:")
            assert Client(server.port, server.session.token, host=host).join("six")
        finally:
            server.stop()


def test_a_body_that_never_finishes_is_cut_off(server):
    with socket.create_connection((LOOPBACK, server.port), timeout=3) as slow:
        slow.sendall(f"POST /j/{server.session.token}/join HTTP/1.1\r\nHost: x\r\n"
                     f"Content-Length: 100\r\n\r\n{{\"name\": ".encode())
        started = time.monotonic()
        try:
            closed = slow.recv(200) == b""
        except OSError:
            closed = True
        assert closed and time.monotonic() - started < FAST.read_timeout + 1.0
    assert Client(server.port, server.session.token).join("next")
    assert server.session.participant_count() == 1  # the half-sent join never counted


def test_head_asks_only_for_headers_and_never_opens_a_stream(server):
    client = Client(server.port, server.session.token)
    token = client.join("Ana")
    client.conn.request("HEAD", f"{client.base}/events?p={token}")
    response = client.conn.getresponse()
    assert response.status == 404 and response.read() == b""
    client.conn.request("HEAD", client.base)
    response = client.conn.getresponse()
    assert response.status == 200 and response.read() == b""


def test_the_page_carries_the_language_it_was_started_in():
    """The page's words are picked by its ``<html lang>``; a language it lacks gets English."""
    from jmap_desktop.workshop.server import participant_page

    assert b'<html lang="en">' in participant_page()
    assert b'<html lang="de">' in participant_page("de")
    assert b'<html lang="en">' in participant_page('fr"><script>')  # never written into the page
    page = participant_page("de").decode()
    assert "Am Workshop teilnehmen" in page and "Notiz senden" in page


def test_every_refusal_a_participant_can_meet_has_its_german_words_in_the_page():
    import re
    from pathlib import Path

    from jmap_desktop.workshop import session
    from jmap_desktop.workshop.server import participant_page

    refusals = re.findall(r'Refused\((\d+), "([^"]+)"\)', Path(session.__file__).read_text())
    page = participant_page("de").decode()
    missing = [text for status, text in refusals if status != "403" and f'"error:{text}":' not in page]
    assert len(refusals) >= 9 and not missing
