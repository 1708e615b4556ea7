"""Merging copies whose cells were reordered differently, as a user: the conflict dialog lists
both orders side by side, numbered, and the order kept is the one chosen."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QFileDialog

from jmap_desktop.io import load_map, save_map
from jmap_desktop.io.history import record_revision
from jmap_desktop.model import DocumentStore
from tests.canvas.driver import CanvasDriver
from tests.ui.uidriver import cell_text, choose, open_cell, press_button, trigger, when_modal
from tests.versions.test_merge import three_in_a_cell


@pytest.fixture(autouse=True)
def errors_fail_the_test(monkeypatch):
    def fail(_parent, title, text):
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr("jmap_desktop.ui.versions.show_error", fail)


def two_copies(tmp_path):
    """One map saved, copied to a colleague's laptop, where the first card went to the end."""
    base = three_in_a_cell()
    mine = tmp_path / "journey.jmap"
    pending = record_revision(base)
    save_map(base, mine)
    pending.commit()
    theirs = tmp_path / "theirs.jmap"
    shutil.copy(mine, theirs)
    doc = load_map(theirs)
    DocumentStore(doc).move_cards(["c1"], "s-discover", "l-actions", 3)  # c2 c6 c1
    record_revision(doc)
    save_map(doc, theirs)
    return mine, theirs


def order(window) -> list[str]:
    cards = [c for c in window.session.doc.cards if (c.stage_id, c.lane_id) == ("s-discover", "l-actions")]
    return [c.id for c in sorted(cards, key=lambda c: c.order)]


@pytest.mark.parametrize("keep, expected", [("Keep mine", ["c6", "c1", "c2"]),
                                            ("Keep theirs", ["c2", "c6", "c1"])])
def test_cells_reordered_differently_are_a_conflict_in_the_dialog(window, tmp_path, qtbot, monkeypatch,
                                                                   keep, expected):
    mine, theirs = two_copies(tmp_path)
    window.open_file(mine)
    window.view.zoom_reset()
    ui = CanvasDriver.over(qtbot, window.view)
    first = ui.card_rect("c1")
    ui.drag(ui.card_center("c6"), QPointF(first.x + first.w / 2, first.y + 3))  # c6 to the front
    assert order(window) == ["c6", "c1", "c2"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    seen = {}

    def answer(dialog):
        seen["mine"], seen["theirs"] = cell_text(dialog.table, 0, 1), cell_text(dialog.table, 0, 2)
        seen["rows"] = dialog.table.model().rowCount()
        combo = open_cell(dialog.table, 0, 3)
        assert combo.accessibleName() == "Keep for Order of the cards in “Discover” / “Actions”"
        choose(combo, keep)
        press_button(dialog, "Merge")

    when_modal(answer)
    trigger(window, "File", "Merge Copy…")
    assert seen == {"rows": 1,
                    "mine": "1. Asks a friend\n2. Sees an ad on Instagram\n3. Reads reviews",
                    "theirs": "1. Reads reviews\n2. Asks a friend\n3. Sees an ad on Instagram"}
    assert order(window) == expected
