"""One app per user: launching JMap Desktop on a map while it runs hands the map to the running
app (a real second process here), which shows it in a new window; the launch then ends."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from jmap_desktop.resources import templates_dir
from jmap_desktop.ui.single_instance import InstanceServer, hand_over
from jmap_desktop.ui.windows import Windows


@pytest.fixture
def running_app(qtbot, settings):
    """This test process plays the running app: its windows and its instance server."""
    windows = Windows(QApplication.instance(), settings)
    server = InstanceServer(windows)
    yield windows, server
    server.close()
    windows.detach()
    for window in windows.windows:
        window.close()


def launch(path, qtbot) -> subprocess.CompletedProcess:
    """`jmap-desktop PATH` as a second process, while this one keeps its event loop turning."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # same state folder: same user's app
    proc = subprocess.Popen([sys.executable, "-m", "jmap_desktop", str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
    out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_second_launch_opens_its_map_in_a_new_window_of_the_running_app(running_app, qtbot,
                                                                         tmp_path):
    windows, server = running_app
    assert server.is_listening()
    workshop = tmp_path / "Workshop.jmap"
    clinic = tmp_path / "Clinic.jmap"
    shutil.copy2(templates_dir() / "b2c-online-purchase.jmap", workshop)
    shutil.copy2(templates_dir() / "patient-visit.jmap", clinic)
    first = windows.open_path(workshop)

    result = launch(clinic, qtbot)

    assert result.returncode == 0, result.stderr
    assert "shown in the running JMap Desktop: Clinic.jmap" in result.stdout
    assert len(windows.windows) == 2
    new = windows.windows[1]
    assert new is not first and new.isVisible()
    assert new.session.path == clinic.resolve()
    assert first.session.path == workshop.resolve()

    again = launch(workshop, qtbot)  # already open: brought forward, no third window
    assert again.returncode == 0
    assert len(windows.windows) == 2


def test_without_a_running_app_a_launch_keeps_its_map(tmp_path):
    assert hand_over([str(tmp_path / "any.jmap")]) is None
