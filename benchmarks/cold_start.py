"""Cold start: from exec to the first painted main window showing a template, against its floor.

``cold_start_s`` starts ``python -m jmap_desktop TEMPLATE`` (offscreen, fresh settings and state
folder) with JMAP_DESKTOP_EXIT_AFTER_PAINT=1 and times exec until the app reports its canvas's
first paint; ``floor_cold_start_s`` times a script that shows a bare PySide6 QMainWindow the
same way. Each is the median of 5 runs, after one unmeasured run that writes bytecode caches
(as an installed app has them). ``cold_start_cpu_s`` and ``floor_cold_start_cpu_s`` are the
same starts in process CPU time (user + system, to the process's exit right after the first
paint): on a machine shared with other work they vary far less than the wall-clock figures.
Used by bench.py; also runs alone: ``python benchmarks/cold_start.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TEMPLATE = "b2c-online-purchase.jmap"

FLOOR_SCRIPT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, lambda: (print("first-paint", flush=True), window.close()))
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("floor"))
window.resize(1400, 900)
hook = FirstPaint()
window.centralWidget().installEventFilter(hook)
window.show()
sys.exit(app.exec())
"""


def _time_to_first_paint(args: list[str], home: Path) -> tuple[float, float]:
    """Wall-clock seconds from exec to the first paint, and the process's CPU seconds."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "JMAP_DESKTOP_STATE_DIR": str(home / "state"),
           "JMAP_DESKTOP_EXIT_AFTER_PAINT": "1"})
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, cwd=home, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first-paint":
            took = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{args} never painted")
    proc.stdout.close()
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped above
    return took, usage.ru_utime + usage.ru_stime


def bench_cold_start(runs: int = RUNS) -> dict[str, float]:
    from jmap_desktop.resources import templates_dir

    template = str(templates_dir() / TEMPLATE)
    app: list[tuple[float, float]] = []
    floor: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        # One unmeasured start of each writes the bytecode caches an installed app has.
        _time_to_first_paint([sys.executable, "-m", "jmap_desktop", template], Path(tmp))
        _time_to_first_paint([sys.executable, "-c", FLOOR_SCRIPT], Path(tmp))
        for i in range(runs):  # interleaved, so a busy moment hurts both alike
            home = Path(tmp) / str(i)
            home.mkdir()
            app.append(_time_to_first_paint([sys.executable, "-m", "jmap_desktop", template], home))
            floor.append(_time_to_first_paint([sys.executable, "-c", FLOOR_SCRIPT], home))
    return {"cold_start_s": statistics.median(w for w, _ in app),
            "floor_cold_start_s": statistics.median(w for w, _ in floor),
            "cold_start_cpu_s": statistics.median(c for _, c in app),
            "floor_cold_start_cpu_s": statistics.median(c for _, c in floor)}


def print_cold_start(results: dict[str, float]) -> None:
    app, floor = results.get("cold_start_s"), results.get("floor_cold_start_s")
    if app is not None and floor:
        print(f"\ncold start to first paint  {app:.3f}s  floor {floor:.3f}s  x{app / floor:.2f}")
    app, floor = results.get("cold_start_cpu_s"), results.get("floor_cold_start_cpu_s")
    if app is not None and floor:
        print(f"cold start in CPU time     {app:.3f}s  floor {floor:.3f}s  x{app / floor:.2f}")


if __name__ == "__main__":
    print_cold_start(bench_cold_start())
