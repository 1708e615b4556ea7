"""At 2x screen scaling on a 1920 x 1080 screen, a new map opens legible and presents legibly:
the first card typed is drawn as text, not grey bars, at a size chosen in device pixels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_2x_screen_opens_the_first_card_legible_and_presents_it_large(tmp_path):
    screens = tmp_path / "screens.json"  # the offscreen platform's screen: a 1080p laptop
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "QT_SCALE_FACTOR": "2",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.acceptance.hidpi_session", str(tmp_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 2.0 and seen["screen"] == [960, 540]  # logical pixels
    assert seen["text_px"] >= 16, f"card text {seen['text_px']:.1f} device px at 2x"
    assert seen["card_px"] > 250  # a card, not a speck
    assert seen["ink"] > 200, "the first card's text is not drawn as text at the opening zoom"
    assert seen["slide_ratio"] == 2.0 and seen["slide_text_px"] >= 16, seen
