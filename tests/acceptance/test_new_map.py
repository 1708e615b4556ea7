"""A new map as a user makes one: File › New from Template, pick, type, save."""

from __future__ import annotations

import json
import shutil

from PySide6.QtCore import Qt

from jmap_desktop import resources
from jmap_desktop.io.templates import template_info
from tests.ui.uidriver import answering, click_cell, press, press_enter, save_as, trigger, type_text


def test_new_from_template_opens_the_gallery_and_makes_an_untitled_map(window, tmp_path, errors):
    with answering(press_enter):  # the gallery opens on the first template; Enter takes it
        trigger(window, "File", "New from Template…")
    assert not errors
    assert [s.name for s in window.session.doc.stages][:2] == ["Stage 1", "Stage 2"]
    assert window.windowTitle().startswith("Untitled")
    assert not window.isWindowModified()  # untouched: closing it would lose nothing

    click_cell(window.view, "Stage 2", "Actions")
    type_text("Looks for a gift")
    press(Qt.Key.Key_Return)
    target = tmp_path / "gift.jmap"
    with answering(save_as(target)):  # an Untitled map asks where to save it
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = json.loads(target.read_text("utf-8"))
    stages = {s["id"]: s["name"] for s in saved["stages"]}
    lanes = {ln["id"]: ln["name"] for ln in saved["lanes"]}
    assert [(stages[c["stage_id"]], lanes[c["lane_id"]], c["text"]) for c in saved["cards"]] == [
        ("Stage 2", "Actions", "Looks for a gift")]
    assert window.windowTitle().startswith("gift.jmap") and not window.isWindowModified()
    assert not errors


def test_a_bundled_template_opened_as_a_file_is_never_saved_over(window, tmp_path, monkeypatch):
    # An installed copy of the bundled folder, so that a regression cannot write into the checkout.
    installed = tmp_path / "install"
    shutil.copytree(resources.templates_dir(), installed / "templates")
    for folder in ("fonts", "icons"):
        (installed / folder).symlink_to(resources.data_dir() / folder)
    monkeypatch.setattr(resources, "data_dir", lambda: installed)
    template = template_info("first-hypothesis-sketch").path
    assert template.is_relative_to(installed)
    before = template.read_bytes()
    window.open_file(template)  # as if chosen in File › Open or given on the command line
    click_cell(window.view, "Try", "What they do")
    type_text("Signs up")
    press(Qt.Key.Key_Return)
    copy = tmp_path / "sketch.jmap"
    with answering(save_as(copy)):
        trigger(window, "File", "Save")
    assert template.read_bytes() == before
    assert "Signs up" in copy.read_text("utf-8")
