"""The interactive HTML page in headless Chromium: time to interactive and panning frames.

``html_open_N_ms``: from navigation start to the moment the page is usable (the viewer writes
``data-ready-ms`` on the body once the map is drawn, the fonts are in and a frame has been
produced), median of 3 opens. ``html_pan_N_ms`` / ``html_pan_worst_N_ms``: the mean and the worst
interval between animation frames while the mouse drags the map at 100 % zoom (60 moves), as
the browser reports them; 16.7 ms is 60 frames a second. ``html_size_N_kb``: the file.
Targets (issue 15): a 500-card page interactive within 1 s; 5,000 cards still pan smoothly.
Skipped when Debian's ``chromium`` is not installed. Used by bench.py; also runs alone:
``python benchmarks/html_viewer.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jmap_desktop.export import export_html  # noqa: E402
from tests.export.chromium import Browser, chromium_binary  # noqa: E402

SIZES = (500, 5000)
OPENS = 3

_RECORD = """window.__frames = []; (function tick(t) { window.__frames.push(t);
  if (!window.__stop) requestAnimationFrame(tick); })(performance.now());"""
_SCALE = "new DOMMatrix(getComputedStyle(document.getElementById('map')).transform).a"


def _open_ms(browser: Browser, page: Path) -> float:
    browser.open(page)
    deadline = time.monotonic() + 10
    while (ready := browser.eval("document.body.getAttribute('data-ready-ms')")) is None:
        if time.monotonic() > deadline:
            raise TimeoutError("the page never said it was ready")
        time.sleep(0.02)
    return float(ready)


def _pan_frames(browser: Browser) -> tuple[float, float]:
    browser.eval("document.getElementById('stage').focus()")
    while browser.eval(_SCALE) < 1:  # zoom in with the keyboard to 100 % (or just above)
        browser.press("+", "Equal", 187)
    time.sleep(0.3)  # let the cards in view draw their text first
    browser.eval(_RECORD)
    x, y = 600, 450
    browser.call("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x, "y": y, "button": "left",
                                              "buttons": 1, "clickCount": 1})
    for _ in range(60):
        x -= 8
        y -= 3
        browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y, "button": "left",
                                                  "buttons": 1})
        time.sleep(0.008)
    browser.call("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x, "y": y, "button": "left",
                                              "buttons": 0, "clickCount": 1})
    frames = browser.eval("window.__stop = true; window.__frames")
    gaps = [b - a for a, b in zip(frames, frames[1:], strict=False)][1:]
    return statistics.fmean(gaps), max(gaps)


def bench_html(sizes=SIZES) -> dict[str, float]:
    if chromium_binary() is None:
        print("  (chromium not installed: the HTML page figures are skipped)")
        return {}
    from bench import generate  # noqa: PLC0415 (beside this script)

    results: dict[str, float] = {}
    browser = Browser()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in sizes:
                page = Path(tmp) / f"map{n}.html"
                results[f"html_size_{n}_kb"] = export_html(generate(n), page) / 1024
                results[f"html_open_{n}_ms"] = statistics.median(_open_ms(browser, page) for _ in range(OPENS))
                mean, worst = _pan_frames(browser)
                results[f"html_pan_{n}_ms"], results[f"html_pan_worst_{n}_ms"] = mean, worst
    finally:
        browser.close()
    return results


def print_html(results: dict[str, float]) -> None:
    sizes = sorted({int(k.split("_")[2]) for k in results if k.startswith("html_open_")})
    if not sizes:
        return
    print("\nInteractive HTML page in headless Chromium (target: 500 cards interactive < 1 s; "
          "5,000 pan smoothly):")
    for n in sizes:
        print(f"  {n:>6,} cards  {results[f'html_size_{n}_kb']:7.0f} KB  interactive "
              f"{results[f'html_open_{n}_ms']:6.0f} ms  pan frames {results[f'html_pan_{n}_ms']:5.1f} ms "
              f"(worst {results[f'html_pan_worst_{n}_ms']:.0f} ms)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    print_html(bench_html())
