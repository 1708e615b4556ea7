"""Personas imported from another map keep their ids; those already here are not duplicated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from jmap_desktop.io import save_map
from jmap_desktop.model import Persona
from tests.factories import small_map
from tests.ui.uidriver import trigger


def test_import_personas_from_another_map_keeps_their_ids(window, map_file, tmp_path, monkeypatch):
    other = small_map()
    other.personas.append(Persona(id="p-maya", name="Maya", role="Marathon runner", goals=["Finish"]))
    save_map(other, tmp_path / "other.jmap")
    window.open_file(map_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "other.jmap"), ""))
    window.personas_dock.raise_()
    QTest.mouseClick(window.personas.import_button, Qt.MouseButton.LeftButton)
    personas = window.session.doc.personas
    assert [(p.id, p.name) for p in personas] == [("p-ana", "Ana"), ("p-maya", "Maya")]
    assert personas[1].goals == ["Finish"]
    assert "Imported 1 persona" in window.personas.message.text() and "1 already here" in window.personas.message.text()
    trigger(window, "Edit", "Undo Import 1 persona")
    assert [p.id for p in window.session.doc.personas] == ["p-ana"]
