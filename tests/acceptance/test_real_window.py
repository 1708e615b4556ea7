"""The real program in a real X window, typed into with xdotool: the path a new user takes.

Launch, Ctrl+N, Enter on the first template, five cards typed from the keyboard, Ctrl+S and a
path typed into the save dialog, Ctrl+Q. The saved file must hold the five cards. It runs on a
private Xvfb display (``Xvfb -displayfd`` picks a free number), with a fresh home, whenever
Xvfb and xdotool are installed (``scripts/system-deps.sh`` installs both).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="needs Xvfb and xdotool (scripts/system-deps.sh installs them)")

CARDS = ["Sees an ad", "Reads reviews", "Asks a friend", "Compares prices", "Buys online"]


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 15
    while not number.endswith(b"\n") and time.monotonic() < deadline:  # "N\n" once it listens
        ready, _, _ = select.select([read_end], [], [], 1)
        if ready:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
    os.close(read_end)
    if not number.strip():
        xvfb.kill()
        pytest.fail("Xvfb did not start")
    return xvfb, f":{number.decode().strip()}"


class Desktop:
    """xdotool on one display."""

    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}

    def run(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout)
        assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr.strip()}"
        return done.stdout.strip()

    def wait_window(self, title: str, seconds: float = 30) -> str:
        """The id of the first window whose title starts with ``title`` (waits for it).

        Polls instead of ``search --sync``: a window vanishing while xdotool walks the tree
        (Qt's short-lived helper windows) makes one search fail with BadWindow."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}"],
                                  env=self.env, capture_output=True, text=True, timeout=10)
            if done.returncode == 0 and done.stdout.strip():
                return done.stdout.split()[0]
            time.sleep(0.1)
        pytest.fail(f"no window titled {title!r} appeared")

    def key(self, *keys: str) -> None:
        self.run("key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.run("type", "--delay", "25", text)


def _appears(path: Path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return path.exists()


def _wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_launch_new_map_type_five_cards_save_and_quit(tmp_path):
    xvfb, display = _start_xvfb()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_RUNTIME_DIR": str(tmp_path),
           "JMAP_DESKTOP_STATE_DIR": str(tmp_path / "state")}
    app = subprocess.Popen([sys.executable, "-m", "jmap_desktop"], env=env, cwd=tmp_path,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    target = tmp_path / "first-map.jmap"
    try:
        desk = Desktop(display)
        main = desk.wait_window("JMap Desktop")
        desk.run("windowfocus", "--sync", main)
        desk.key("ctrl+n")
        gallery = desk.wait_window("New Journey Map")
        desk.run("windowfocus", "--sync", gallery)
        desk.key("Return")  # the first template, Blank map
        _wait_for(lambda: "Untitled" in desk.run("getwindowname", main), 10, "the new map")
        desk.run("windowfocus", "--sync", main)
        desk.key("Right")  # the keyboard focus enters the first cell
        for text in CARDS:
            desk.type(text)
            desk.key("Return")  # keeps the card, opens the next one below
        desk.key("Escape")
        desk.key("ctrl+s")
        dialog = desk.wait_window("Save journey map")
        desk.run("windowfocus", "--sync", dialog)
        desk.key("ctrl+a")
        desk.type(str(target))
        for _ in range(3):  # the path field's completer may take the first Enter, as by hand
            desk.key("Return")
            if _appears(target, 4):
                break
        _wait_for(target.exists, 5, f"{target.name} to be written")
        desk.run("windowfocus", "--sync", main)
        desk.key("ctrl+q")
        app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGKILL)
        out, err = app.communicate(timeout=10)
        xvfb.kill()
        xvfb.wait(timeout=10)
    assert "Traceback" not in err, err
    doc = json.loads(Path(target).read_text("utf-8"))
    assert [c["text"] for c in doc["cards"]] == CARDS
    assert len({(c["stage_id"], c["lane_id"]) for c in doc["cards"]}) == 1  # all in the first cell
    assert app.returncode == 0
