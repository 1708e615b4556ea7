"""A map at the format's limit of connections: 200,000 arrows between 1,000 cards.

``screenshot_connections_s`` times ``python -m jmap_desktop screenshot`` of such a map (a fresh
process, as a user runs it: load, layout with its routing budget, the canvas's connection layer,
one painted frame); it took over 300 s before arrows were routed within a budget and drawn by
one layer item. ``png_connections_s`` and ``png_connections_peak_mb`` time ``export -o MAP.png``
at 150 dpi (a 3,640 x 31,352 picture) and its peak memory: 192 s of CPU and 1.8 GB when the
picture was painted whole, now strip by strip (canvas.map_png): about 25 s and 0.63 GB. The floor is plain
``json.loads`` of the same file. ``move_card_connections_ms`` is one card moved to the next stage
in the open canvas (the undo command, the re-routed arrows taken out of the connection layer and
put back, the repainted view; median of 4), next to ``layer_build_connections_s``, the layer
built whole, as it was after every move (about 3.5 s). Used by bench.py; also runs alone:
``python benchmarks/connections.py [COUNT]``.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CARDS = 1_000
CONNECTIONS = 200_000


def connection_map(connections: int = CONNECTIONS, cards: int = CARDS, seed: int = 3):
    """bench.py's generated map of ``cards`` cards, linked by ``connections`` random arrows."""
    from bench import generate

    from jmap_desktop.model import Connection, ConnectionKind

    doc = generate(cards)
    rng = random.Random(seed)
    ids = [c.id for c in doc.cards]
    links = []
    while len(links) < connections:
        a, b = rng.choice(ids), rng.choice(ids)
        if a != b:
            kind = ConnectionKind.DEPENDENCY if len(links) % 10 == 0 else ConnectionKind.FLOW
            links.append(Connection(id=f"k{len(links)}", source_id=a, target_id=b, kind=kind))
    doc.connections = links
    return doc


def bench_connections(connections: int = CONNECTIONS) -> dict[str, float]:
    from jmap_desktop.io.jsonfile import dumps_map

    with tempfile.TemporaryDirectory() as tmp:
        path, png = Path(tmp) / "connections.jmap", Path(tmp) / "connections.png"
        text = dumps_map(connection_map(connections))
        path.write_text(text, encoding="utf-8")
        t = time.perf_counter()
        json.loads(text)
        floor = time.perf_counter() - t
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "jmap_desktop", "screenshot", str(path), "-o", str(png)],
                       check=True, capture_output=True, env=env, timeout=900)
        seconds = time.perf_counter() - t
        png_seconds, peak_mb = _timed_child([sys.executable, "-m", "jmap_desktop", "export", str(path),
                                             "-o", str(png), "--dpi", "150"], env)
        results = {"screenshot_connections_s": seconds, "floor_connections_json_s": floor,
                   "png_connections_s": png_seconds, "png_connections_peak_mb": peak_mb,
                   "connections": float(connections), "connections_file_mb": len(text) / 2**20}
    results.update(_move_card(connections))
    return results


def _move_card(connections: int) -> dict[str, float]:
    """A card moved to the next stage and back on the open canvas: from the command to the
    repainted view (median), and the connection layer built whole for comparison."""
    import statistics

    from PySide6.QtWidgets import QApplication

    from jmap_desktop.canvas.items.connection_layer import ConnectionLayerItem
    from jmap_desktop.canvas.render import offscreen_view, render_view
    from jmap_desktop.commands import MoveCardsCommand
    from jmap_desktop.model import DocumentStore

    app = QApplication.instance() or QApplication([])
    view = offscreen_view(DocumentStore(connection_map(connections)), 1600, 1000)
    render_view(view)
    scene = view.map_scene()
    store, layout = scene.store, scene.layout
    first, second = layout.stages[0].stage_id, layout.stages[1].stage_id
    lane_id = layout.lanes[0].lane_id
    card_id = layout.cell_order[(first, lane_id)][0]
    times = []
    for i in range(4):
        t = time.perf_counter()
        scene.push(MoveCardsCommand(store, [card_id], second if i % 2 == 0 else first, lane_id, 0))
        render_view(view)
        times.append(time.perf_counter() - t)
        app.processEvents()
    layer = ConnectionLayerItem()
    t = time.perf_counter()
    layer.set_routes(scene.layout.connections.values())
    build = time.perf_counter() - t
    view.close()
    return {"move_card_connections_ms": statistics.median(times) * 1000, "layer_build_connections_s": build}


def _timed_child(command: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock seconds and peak resident memory (MB) of one child process."""
    t = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)  # this child's own rusage, not all children's
    seconds = time.perf_counter() - t
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise RuntimeError(f"{command[3]} failed: {child.stderr.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def print_connections(results: dict[str, float]) -> None:
    if "screenshot_connections_s" not in results:
        return
    seconds, floor = results["screenshot_connections_s"], results["floor_connections_json_s"]
    print(f"\n{results['connections']:,.0f} connections between {CARDS:,} cards "
          f"({results['connections_file_mb']:.1f} MB): screenshot {seconds:.1f} s, "
          f"x{seconds / floor:.0f} of json.loads ({floor:.2f} s); over 300 s before the budget")
    if "png_connections_s" in results:
        print(f"  PNG export at 150 dpi {results['png_connections_s']:.1f} s, peak "
              f"{results['png_connections_peak_mb']:.0f} MB (1.8 GB and over 200 s painted whole)")
    if "move_card_connections_ms" in results:
        print(f"  one card moved {results['move_card_connections_ms'] / 1000:.2f} s, re-routing and "
              f"repaint included (the connection layer alone, built whole as it was after every "
              f"move: {results['layer_build_connections_s']:.2f} s)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    print_connections(bench_connections(int(sys.argv[1]) if len(sys.argv) > 1 else CONNECTIONS))
