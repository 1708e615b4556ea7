"""The real program in a real X window, typed into with xdotool: the path a new user takes.

Launch, Ctrl+N, Enter on the first template, five cards typed from the keyboard, Ctrl+S and a
path typed into the save dialog, Ctrl+Q. The saved file must hold the five cards. It runs on a
private Xvfb display (``Xvfb -displayfd`` picks a free number), with a fresh home, whenever
Xvfb and xdotool are installed (``scripts/system-deps.sh`` installs both).

Every wait is bounded and ends early when the app has exited; a failure names the step and shows
the end of the app's error output. The app writes to files, never to pipes nobody reads while it
runs: a full pipe would block it and the test would only time out.
"""

from __future__ import annotations

import json
import os
import select
import shutil
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
    # -noreset: by default Xvfb resets whenever its last client disconnects, and a client
    # connecting meanwhile is refused. The polling xdotool calls connect and disconnect all the
    # time, so the app starting alongside them now and then failed with "could not connect to
    # display" (about one connection in seven when two clients come and go together).
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,),
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


class App:
    """The program under test, its output going to files."""

    def __init__(self, env: dict, folder: Path) -> None:
        self.err_path = folder / "app-stderr.txt"
        with open(folder / "app-stdout.txt", "w") as out, open(self.err_path, "w") as err:
            self.process = subprocess.Popen([sys.executable, "-m", "jmap_desktop"], env=env,
                                            cwd=folder, stdout=out, stderr=err,
                                            stdin=subprocess.DEVNULL)

    def errors(self) -> str:
        return self.err_path.read_text("utf-8", "replace") if self.err_path.exists() else ""

    def check_running(self, step: str) -> None:
        if self.process.poll() is not None:
            pytest.fail(f"the app exited (status {self.process.returncode}) while waiting for "
                        f"{step}; its error output ends:\n{self.errors()[-3000:]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)


class Desktop:
    """xdotool on one display."""

    def __init__(self, display: str, app: App) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.app = app

    def run(self, *args: str, timeout: float = 20) -> str:
        command = f"xdotool {' '.join(args)}"
        try:
            done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                                  text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.app.check_running(command)
            pytest.fail(f"{command} did not finish in {timeout:g} s")
        if done.returncode != 0:
            self.app.check_running(command)
            pytest.fail(f"{command}: {done.stderr.strip()}")
        return done.stdout.strip()

    def wait_window(self, title: str, seconds: float = 30) -> str:
        """The id of the first window whose title starts with ``title`` (waits for it).

        Polls instead of ``search --sync``: a window vanishing while xdotool walks the tree
        (Qt's short-lived helper windows) makes one search fail with BadWindow."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.check_running(f"a window titled {title!r}")
            try:
                done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}"],
                                      env=self.env, capture_output=True, text=True, timeout=10)
            except subprocess.TimeoutExpired:  # a busy X server: try again until the deadline
                continue
            if done.returncode == 0 and done.stdout.strip():
                return done.stdout.split()[0]
            time.sleep(0.1)
        pytest.fail(f"no window titled {title!r} appeared in {seconds:g} s")

    def key(self, *keys: str) -> None:
        self.run("key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.run("type", "--delay", "25", text)


def _appears(path: Path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return path.exists()


def _wait_for(condition, seconds: float, what: str, app: App | None = None) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if app is not None:
            app.check_running(what)
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {seconds:g} s waiting for {what}"
                        + (f"; the app's error output ends:\n{app.errors()[-3000:]}" if app else ""))
        time.sleep(0.1)


def test_launch_new_map_type_five_cards_save_and_quit(tmp_path):
    xvfb, display = _start_xvfb()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_RUNTIME_DIR": str(tmp_path),
           "JMAP_DESKTOP_STATE_DIR": str(tmp_path / "state")}
    target = tmp_path / "first-map.jmap"
    app = None
    try:
        app = App(env, tmp_path)
        desk = Desktop(display, app)
        main = desk.wait_window("JMap Desktop")
        desk.run("windowfocus", "--sync", main)
        desk.key("ctrl+n")
        gallery = desk.wait_window("New Journey Map")
        desk.run("windowfocus", "--sync", gallery)
        desk.key("Return")  # the first template, Blank map
        _wait_for(lambda: "Untitled" in desk.run("getwindowname", main), 20, "the new map", app)
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
        _wait_for(target.exists, 10, f"{target.name} to be written", app)
        desk.run("windowfocus", "--sync", main)
        desk.key("ctrl+q")
        process = app.process
        _wait_for(lambda: process.poll() is not None, 20, "the app to quit after Ctrl+Q")
    finally:
        if app is not None:
            app.stop()
        xvfb.kill()
        xvfb.wait(timeout=10)
    err = app.errors()
    assert "Traceback" not in err, err
    doc = json.loads(Path(target).read_text("utf-8"))
    assert [c["text"] for c in doc["cards"]] == CARDS
    assert len({(c["stage_id"], c["lane_id"]) for c in doc["cards"]}) == 1  # all in the first cell
    assert app.process.returncode == 0, err[-3000:]
