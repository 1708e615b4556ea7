"""`jmap-desktop workshop MAP`: run a live workshop session in the terminal, without the window.

The first line printed is the join URL. Incoming notes go into the map's inbox and the file
is saved (atomically) at most once a second while they arrive, so a crash loses nothing that
was acknowledged long ago; Ctrl+C or SIGTERM stops the server, writes the vote counts onto
the cards and saves once more.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, load_or_report

if TYPE_CHECKING:
    import queue

SAVE_EVERY = 1.0  # seconds: batches a burst of notes into one write


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "workshop", help="host a live workshop: participants add notes and vote from a browser",
        description="Serve a workshop session on the local network. Prints the join URL first; "
        "participants open it in a browser. Notes land in the map's inbox (saved as they come); "
        "Ctrl+C or SIGTERM ends the session and saves. Exit status: 0 ended normally, 1 the map "
        "has problems or the address cannot be used, 2 usage error.")
    parser.add_argument("map", metavar="MAP.jmap", help="the map to collect into (saved in place)")
    parser.add_argument("--host", metavar="ADDRESS", default=None,
                        help="address to listen on (default: this machine's LAN address)")
    parser.add_argument("--port", type=int, default=8765, help="port (0: any free port; default 8765)")
    parser.add_argument("--collect", metavar="LANE", help="open this lane (name or id), all stages, for notes")
    parser.add_argument("--prompt", default="", help="the question shown above the note box")
    parser.add_argument("--vote", metavar="LANE", help="let participants dot-vote on this lane's cards")
    parser.add_argument("--dots", type=int, default=3, help="dots per participant (default 3)")
    parser.add_argument("--max-participants", type=int, default=200, help="(default 200)")
    parser.add_argument("--language", choices=("en", "de"), default="en",
                        help="the language of the participants' page (default en)")
    parser.set_defaults(run=run)


def run(args) -> int:
    # Imported here: every start of the editor imports this module (cli.main lists it).
    import queue
    import signal
    import threading

    from ..io import ChangedOnDiskError, SaveError, save_map
    from ..io.save import file_digest
    from ..model import DocumentStore
    from ..workshop import Collection, Limits, Vote, WorkshopServer, WorkshopSession
    from ..workshop.cells import UnknownLane, find_lane, lane_cards, lane_cells
    from ..workshop.network import default_address
    from ..workshop.view import map_view

    doc = load_or_report("workshop", args.map)
    if doc is None:
        return EXIT_PROBLEMS
    store = DocumentStore(doc)
    arrived: queue.SimpleQueue = queue.SimpleQueue()
    limits = Limits(max_participants=max(1, args.max_participants))
    session = WorkshopSession(limits, on_note=arrived.put)
    try:
        if args.collect:
            lane = find_lane(doc, args.collect)
            session.open_collection(Collection(lane_cells(doc, lane), args.prompt or lane.name))
        if args.vote:
            if not 1 <= args.dots <= limits.max_dots:
                return fail("workshop", f"--dots must be 1 to {limits.max_dots}", EXIT_USAGE)
            session.open_vote(Vote(lane_cards(doc, find_lane(doc, args.vote)), args.dots))
    except UnknownLane as exc:
        return fail("workshop", str(exc), EXIT_USAGE)
    session.publish_view(map_view(doc))
    host = args.host or default_address()
    try:
        server = WorkshopServer(session, host, args.port, language=args.language)
    except OSError as exc:
        return fail("workshop", f"cannot listen on {host} port {args.port}: {exc.strerror or exc}",
                    EXIT_PROBLEMS)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    server.start()
    print(server.join_url, flush=True)
    print(f"Serving {args.map} on {host}:{server.port}. Ctrl+C ends the session and saves.",
          file=sys.stderr, flush=True)

    def store_votes() -> None:
        changes = {i: {"votes": n} for i, n in session.totals().items()
                   if store.has_card(i) and store.card(i).votes != n}
        if changes:
            store.update_cards(changes)

    target = {"path": Path(args.map), "digest": file_digest(args.map)}

    def save() -> bool:
        """Write the map; if another program changed the file meanwhile, never overwrite that:
        keep saving beside it (NAME.workshop.jmap) and say so."""
        store_votes()
        for _ in range(2):
            try:
                target["digest"] = save_map(store.doc, target["path"], expect_sha256=target["digest"])
                return True
            except ChangedOnDiskError:
                aside = Path(args.map).with_suffix(".workshop.jmap")
                print(f"jmap-desktop workshop: {target['path']} was changed by another program; "
                      f"the session now saves to {aside}", file=sys.stderr, flush=True)
                target["path"], target["digest"] = aside, file_digest(aside)
            except SaveError as exc:
                print(f"jmap-desktop workshop: {exc}", file=sys.stderr, flush=True)
                return False
        return False

    dirty, last_save = False, 0.0
    while not stop.is_set():
        batch = _drain(arrived, timeout=0.2)
        if batch:
            store.add_inbox_notes(batch)
            dirty = True
            for note in batch:
                print(f"{note.author}: {note.text}", flush=True)
        if dirty and time.monotonic() - last_save >= SAVE_EVERY:
            dirty = not save()
            last_save = time.monotonic()
    server.stop()
    store.add_inbox_notes(_drain(arrived, timeout=0))
    saved = save()
    print(f"Session ended: {session.notes_received} notes, {session.participant_count()} "
          f"participants; saved {target['path']}." if saved else "Session ended; the map was NOT saved.",
          file=sys.stderr, flush=True)
    return EXIT_OK if saved else EXIT_PROBLEMS


def _drain(arrived: queue.SimpleQueue, timeout: float) -> list:
    import queue

    batch = []
    try:
        batch.append(arrived.get(timeout=timeout) if timeout else arrived.get_nowait())
        while True:
            batch.append(arrived.get_nowait())
    except queue.Empty:
        pass
    return batch
