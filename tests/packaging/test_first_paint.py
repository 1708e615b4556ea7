"""The editor started with JMAP_DESKTOP_EXIT_AFTER_PAINT opens the map, paints, and quits with 0.

`make bundle` relies on this to prove a built app's GUI starts, and `make bench` to time the
cold start; here it runs from the source tree as a separate process, as those do.
"""

from __future__ import annotations

import os
import subprocess
import sys

from jmap_desktop.resources import templates_dir


def test_editor_paints_the_map_and_quits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "JMAP_DESKTOP_EXIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "jmap_desktop", str(templates_dir() / "blank.jmap")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["first-paint"]
