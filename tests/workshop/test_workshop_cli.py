"""`jmap-desktop workshop` as a facilitator runs it: a subprocess on 127.0.0.1, ended by SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from jmap_desktop.io import load_map, save_map
from tests.factories import small_map

from .client import Client


def _start(path, *extra):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jmap_desktop.cli.main", "workshop", str(path), "--host", "127.0.0.1",
         "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    url = proc.stdout.readline().strip()
    return proc, url


def test_notes_land_in_the_inbox_and_sigterm_saves_votes_atomically(tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    proc, url = _start(path, "--collect", "Pain points", "--prompt", "What hurts?",
                       "--vote", "Actions", "--dots", "2")
    try:
        assert url.startswith("http://127.0.0.1:") and "/j/" in url
        port = int(url.split(":")[2].split("/")[0])
        token = url.rsplit("/", 1)[1]
        assert len(token) >= 22
        client = Client(port, token)
        client.join("Ana")
        assert client.note("Delivery fee comes as a surprise", ("s-buy", "l-pain"))[0] == 201
        assert client.vote("c3")[0] == 200
        assert client.vote("c3")[0] == 200
        assert client.vote("c1")[0] == 409
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not load_map(path).inbox:  # saved within a second
            time.sleep(0.1)
        assert [n.text for n in load_map(path).inbox] == ["Delivery fee comes as a surprise"]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    doc = load_map(path)
    assert doc.inbox[0].author == "Ana" and doc.inbox[0].prompt == "What hurts?"
    assert (doc.card("c3").votes, doc.card("c1").votes, doc.card("c4").votes) == (2, 0, None)
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file and renamed
    assert "1 notes" in proc.stderr.read()


def test_unknown_lane_and_bad_map_give_one_line_errors(tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    bad = subprocess.run([sys.executable, "-m", "jmap_desktop.cli.main", "workshop", str(path),
                          "--host", "127.0.0.1", "--port", "0", "--collect", "Gains"],
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode == 2 and "no lane 'Gains'" in bad.stderr and "Traceback" not in bad.stderr
    broken = tmp_path / "broken.jmap"
    broken.write_text("{", "utf-8")
    result = subprocess.run([sys.executable, "-m", "jmap_desktop.cli.main", "workshop", str(broken),
                             "--host", "127.0.0.1", "--port", "0"], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 1 and "broken.jmap" in result.stderr
    assert broken.read_text("utf-8") == "{"


def test_a_file_changed_by_another_program_is_never_overwritten(tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    proc, url = _start(path, "--collect", "Pain points")
    try:
        port, token = int(url.split(":")[2].split("/")[0]), url.rsplit("/", 1)[1]
        client = Client(port, token)
        client.join("Ana")
        other = small_map()
        other.meta.title = "Edited elsewhere"
        save_map(other, path)  # e.g. the window saved the same map meanwhile
        edited = path.read_bytes()
        assert client.note("Kept aside", ("s-buy", "l-pain"))[0] == 201
        aside = tmp_path / "shoes.workshop.jmap"
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not aside.exists():
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert path.read_bytes() == edited
    assert [n.text for n in load_map(aside).inbox] == ["Kept aside"]
    assert "was changed by another program" in proc.stderr.read()


def test_language_de_serves_the_german_page_and_english_stays_the_default(tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    for extra, lang in (((), "en"), (("--language", "de"), "de")):
        proc, url = _start(path, *extra)
        try:
            client = Client(int(url.split(":")[2].split("/")[0]), url.rsplit("/", 1)[1])
            client.conn.request("GET", client.base)
            assert f'<html lang="{lang}">' in client.conn.getresponse().read().decode()
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=10) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
