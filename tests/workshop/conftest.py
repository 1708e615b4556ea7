"""A workshop server on 127.0.0.1 with short timeouts, stopped after each test."""

from __future__ import annotations

import pytest

from jmap_desktop.workshop import Collection, Limits, WorkshopServer, WorkshopSession
from jmap_desktop.workshop.cells import lane_cells
from jmap_desktop.workshop.view import map_view
from tests.factories import small_map

FAST = Limits(note_interval=0.0, header_timeout=0.5, read_timeout=0.5, heartbeat=0.3)


@pytest.fixture
def doc():
    return small_map()


@pytest.fixture
def inbox():
    return []


@pytest.fixture
def make_server(doc, inbox):
    servers = []

    def make(limits: Limits = FAST, collect: bool = True) -> WorkshopServer:
        session = WorkshopSession(limits, on_note=inbox.append)
        if collect:
            session.open_collection(Collection(lane_cells(doc, doc.lanes[0]), "What hurts?"))
        session.publish_view(map_view(doc))
        server = WorkshopServer(session, "127.0.0.1", 0)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def server(make_server):
    return make_server()
