"""What the Qt-free layers say reaches a German user in German: why a file cannot be opened or
saved, what the structure checks found. Every ``say`` template in those layers is listed in
``ui.message_words`` and has its German; the command line keeps English."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from jmap_desktop.io import LoadError, load_map, save_map
from jmap_desktop.io.load import PYDANTIC_MESSAGES
from jmap_desktop.ui import message_words, translations
from tests.factories import small_map
from tests.ui.test_german import english_afterwards, german_window  # noqa: F401 (fixtures)
from tests.ui.test_panels import _dock_tab
from tests.ui.uidriver import when_modal

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ("model", "layout", "analysis", "io", "export")


def _say_templates() -> tuple[list[str], list[str]]:
    """Every literal template passed to ``say`` in the Qt-free layers, and the calls that pass
    something else (only io.load's rendering of PYDANTIC_MESSAGES may)."""
    found, loose = [], []
    for package in QT_FREE:
        for path in sorted((ROOT / "jmap_desktop" / package).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            allowed = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "_plain"
                       and path.name == "load.py" for n in ast.walk(f)}
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say"):
                    continue
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append(first.value)
                elif id(node) not in allowed:
                    loose.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found, loose


def test_every_message_of_the_qt_free_layers_is_listed_for_translation_and_has_german(qapp, english_afterwards):  # noqa: F811
    found, loose = _say_templates()
    assert not loose, f"say() needs a literal English template: {loose}"
    assert len(found) > 50
    listed = set(message_words.MESSAGES)
    missing = sorted(set(found) - listed)
    assert not missing, f"add these to ui/message_words.py, then make translations: {missing}"
    missing = sorted(set(PYDANTIC_MESSAGES.values()) - listed)
    assert not missing, f"add these to ui/message_words.py, then make translations: {missing}"
    stale = sorted(listed - set(found) - set(PYDANTIC_MESSAGES.values()))
    assert not stale, f"no longer said anywhere: {stale}"
    assert translations.install(QApplication.instance(), "de")
    for template in message_words.MESSAGES:
        german = QCoreApplication.translate("Messages", template)
        assert german != template, f"no German for {template!r}"
        assert sorted(re.findall(r"\{[^}]*\}", german)) == sorted(re.findall(r"\{[^}]*\}", template)), template


def _error_dialog_text(window, path: Path) -> tuple[str, str]:
    seen = {}

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["title"], seen["text"] = dialog.windowTitle(), dialog.text()
        dialog.accept()

    when_modal(read)
    assert not window.open_file(path)
    return seen["title"], seen["text"]


def test_a_broken_file_opened_in_the_german_window_is_explained_in_german(german_window, tmp_path):  # noqa: F811
    window = german_window
    cut = tmp_path / "abgeschnitten.jmap"
    cut.write_text('{"format": "jmap", "schema_version": 2, "stages": [', encoding="utf-8")
    title, text = _error_dialog_text(window, cut)
    assert title == "Karte kann nicht geöffnet werden"
    assert "Zeile 1, Spalte" in text and "kein gültiges JSON" in text and "abgeschnitten" in text
    assert "Die Datei wurde nicht verändert." in text

    data = json.loads(_saved_json(tmp_path))
    data["cards"][0]["emotion"] = "sehr gut"
    data["cards"][1]["stage_id"] = "gibt-es-nicht"
    wrong = tmp_path / "falsch.jmap"
    wrong.write_text(json.dumps(data), encoding="utf-8")
    _title, text = _error_dialog_text(window, wrong)
    assert "cards[0].emotion: erwartet wird eine Zahl" in text, text

    data["cards"][0]["emotion"] = 1
    wrong.write_text(json.dumps(data), encoding="utf-8")
    _title, text = _error_dialog_text(window, wrong)
    assert "cards[1].stage_id: keine Phase hat die ID 'gibt-es-nicht'" in text, text
    _title, text = _error_dialog_text(window, tmp_path / "fehlt.jmap")
    assert "Datei: die Datei gibt es nicht" in text, text


def _saved_json(tmp_path: Path) -> str:
    path = tmp_path / "small.jmap"
    save_map(small_map(), path)
    return path.read_text("utf-8")


def test_the_structure_checks_read_german_in_the_german_window(german_window, map_file, qtbot):  # noqa: F811
    window = german_window
    window.open_file(map_file)
    window.scene.add_lane()  # an empty lane: a check the Analysis panel lists
    bar, index = _dock_tab(window, "Analyse")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    checks = window.analysis.checks
    qtbot.waitUntil(lambda: checks.count() > 0)
    texts = [checks.item(i).text() for i in range(checks.count())]
    assert any(t.startswith("Zeile „") and t.endswith("“ ist leer") for t in texts), texts


def test_the_command_line_keeps_english(qapp, english_afterwards, tmp_path):  # noqa: F811
    assert translations.install(QApplication.instance(), "de")
    assert translations.install(QApplication.instance(), "en")  # what a process without a window has
    try:
        load_map(tmp_path / "missing.jmap")
    except LoadError as exc:
        assert str(exc).endswith("file: no such file")
    else:
        raise AssertionError("a missing file loaded")
