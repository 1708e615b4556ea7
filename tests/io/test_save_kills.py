"""Saves killed at random instants, and saves racing from several processes.

A forked child saves a large map over and over; the test kills it with SIGKILL at a random
moment, dozens of times (``JMAP_KILLS=1000 make soak`` for the long run). After every kill the
file and every backup must open, and the next save leaves no temporary file behind.
"""

import os
import random
import signal
import time

import pytest

from jmap_desktop.io import ChangedOnDiskError, backup_paths, file_digest, load_map, save_map
from jmap_desktop.model import Card, DocumentStore
from tests.factories import small_map

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")

KILLS = int(os.environ.get("JMAP_KILLS", "30"))


def big_map(cards: int = 1500):
    store = DocumentStore(small_map())
    for i in range(cards):
        store.add_card(Card(id=f"bulk{i}", stage_id="s-buy", lane_id="l-actions", text=f"Card {i} " * 8))
    return store.doc


def _child(body) -> int:
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        code = 1
        try:
            code = body()
        finally:
            os._exit(code)
    return pid


def test_sigkill_during_save_never_corrupts_file_or_backups(tmp_path):
    path = tmp_path / "map.jmap"
    doc = big_map()
    save_map(doc, path)
    rng = random.Random(1)

    def save_forever() -> int:
        n = 0
        while True:
            n += 1
            doc.meta.title = f"save {n}"
            save_map(doc, path)

    for _ in range(KILLS):
        pid = _child(save_forever)
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert len(load_map(path).cards) == len(doc.cards)
        for backup in backup_paths(path):
            if backup.exists():
                assert len(load_map(backup).cards) == len(doc.cards), backup.name
    doc.meta.title = "after the kills"
    save_map(doc, path)
    names = {p.name for p in tmp_path.iterdir()}  # how many backups depends on the kills' timing
    assert "map.jmap" in names and "map.jmap.bak" in names
    assert names <= {"map.jmap", "map.jmap.bak", "map.jmap.bak2", "map.jmap.bak3"}, names


def test_simultaneous_saves_from_processes_never_lose_an_edit_silently(tmp_path):
    """Reproduces 15 lost edits in 20 races: now exactly one save wins, the other is told."""
    path = tmp_path / "map.jmap"
    save_map(small_map(), path)
    for race in range(20):
        opened = file_digest(path)
        go_r, go_w = os.pipe()

        def save_mine(who: str, go_r=go_r, opened=opened, race=race) -> int:
            os.read(go_r, 1)  # both start together
            doc = small_map()
            doc.meta.title = f"{who} {race}"
            try:
                save_map(doc, path, expect_sha256=opened)
            except ChangedOnDiskError:
                return 3
            return 0

        pids = [_child(lambda who=who: save_mine(who)) for who in ("left", "right")]
        os.write(go_w, b"xx")
        codes = sorted(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids)
        os.close(go_r)
        os.close(go_w)
        assert codes == [0, 3], f"race {race}: exit codes {codes}"
        assert load_map(path).meta.title.endswith(f" {race}")
