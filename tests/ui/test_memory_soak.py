"""Memory stays flat over long sessions: cycles of random edits through the commands (with the
canvas and every panel attached), undone and then dropped with the undo history, end where
they started. ``make soak`` runs 500 cycles (100,000 edits); make test four. A session that
never clears its history keeps only the last ``UNDO_LIMIT`` steps, so it stops growing too.

The text layout caches (``wrap_text``, ``is_rtl``, the font metrics' word widths) are bounded
caches that keep recently laid-out texts for speed; they are emptied before each measurement so that only memory held
by documents, undo records, items or listeners counts, and their bound is checked on its own.
"""

import gc
import os
import random
import tracemalloc

from jmap_desktop.layout import font_metrics, text
from tests.canvas.test_undo_property import _command

CYCLES = int(os.environ.get("JMAP_SOAK_CYCLES", "4"))
EDITS_PER_CYCLE = 200


def _measure() -> int:
    text.wrap_text.cache_clear()
    text.is_rtl.cache_clear()
    font_metrics().clear_word_cache()  # how full it is depends on the tests run before
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_memory_is_flat_after_clearing_the_undo_history(window, map_file, qtbot):
    window.open_file(map_file)
    store, stack = window.session.store, window.session.undo_stack
    rng = random.Random(5)

    def cycle() -> None:
        for _ in range(EDITS_PER_CYCLE):
            command = _command(store, rng.randrange(12), rng.randrange(10**6))
            if command is not None:
                window.scene.push(command)
        while stack.canUndo():
            stack.undo()
        stack.clear()
        qtbot.wait(5)  # let the canvas and the panels catch up, as between keystrokes

    cycle()
    cycle()  # warm up: lazily built things (fonts, caches of kinds, the analysis worker)
    tracemalloc.start()
    try:
        start = _measure()
        for _ in range(CYCLES):
            cycle()
        growth = _measure() - start
    finally:
        tracemalloc.stop()
    # A few bytes stay per graphics item ever made (shiboken's bookkeeping, about 5 KB a cycle
    # here); the leak this guards against held about 1.2 MB per 1,000 edits.
    per_thousand = growth / (CYCLES * EDITS_PER_CYCLE / 1000)
    assert growth < 150_000 or per_thousand < 60_000, \
        f"{growth / 1e6:.2f} MB more after {CYCLES * EDITS_PER_CYCLE} edits"


def test_text_caches_are_bounded():
    assert text.wrap_text.cache_info().maxsize is not None
    assert text.is_rtl.cache_info().maxsize is not None


def test_a_long_session_keeps_a_bounded_undo_history(settings, map_file, qtbot, monkeypatch):
    """Without clearing anything: past its limit the undo history drops its oldest steps, so
    memory stops growing while the last UNDO_LIMIT steps can still be undone."""
    from jmap_desktop.commands import UpdateCardsCommand
    from jmap_desktop.ui import session as session_module
    from jmap_desktop.ui.main_window import MainWindow

    assert session_module.UNDO_LIMIT >= 1_000  # the real one: a long workshop's worth
    monkeypatch.setattr(session_module, "UNDO_LIMIT", 100)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_file(map_file)
    store, stack = window.session.store, window.session.undo_stack

    def edit(i: int) -> None:  # typing into cards: the map itself does not grow
        card_id = ("c1", "c2", "c3")[i % 3]
        window.scene.push(UpdateCardsCommand(store, {card_id: {"text": f"edit {i % 7} of {card_id}"}}))

    tracemalloc.start()  # before the first step, so that dropped steps count as freed
    try:
        for i in range(150):
            edit(i)
        qtbot.wait(5)
        start = _measure()
        for i in range(150, 450):
            edit(i)
        qtbot.wait(5)
        growth = _measure() - start
    finally:
        tracemalloc.stop()
    assert stack.count() == 100
    assert growth < 60_000, f"{growth / 1e3:.0f} KB more after 300 edits past the limit"
    for _ in range(100):
        stack.undo()
    assert store.card("c1").text == f"edit {348 % 7} of c1"  # the oldest step kept, undone
