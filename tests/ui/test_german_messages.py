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
from tests.ui.uidriver import answering

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ("model", "layout", "analysis", "io", "export", "versions", "workshop")
# Messages of those layers that still do not reach a window in its language, by file: each is
# either for programmers only (the store refuses what the window never asks), the command line
# (it keeps English), or the workshop's participants, whose phones get English pages. Shrink
# this list; a new English message anywhere else fails the test below.
ENGLISH_ONLY = {
    "jmap_desktop/model/store.py": "programming errors the window's commands never trigger",
    "jmap_desktop/io/save_lock.py": "io.save says it to the user in its own words",
    "jmap_desktop/versions/sources.py": "the command line's version names",
    "jmap_desktop/workshop/cells.py": "the command line's lane names",
    "jmap_desktop/workshop/server.py": "the participants' phones",
    "jmap_desktop/workshop/session.py": "the participants' phones",
}
# Single messages of files otherwise checked: (file, how the message starts).
ENGLISH_ONLY_MESSAGES = {
    ("jmap_desktop/export/plan.py", "f'no lane named"): "--hide-lane of the command line (the window hides lanes by id)",
}
SAME_IN_GERMAN = {"Text", "Emotion", "Persona", "Link", "Name"}  # field names German spells alike
_MESSAGE_CALLS = ("Problem", "Error", "warnings.append", "problems.append")


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


def _wordy(node: ast.AST) -> bool:
    """Whether ``node`` is an English sentence written out (a literal or f-string with words)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.search(r"[A-Za-z]{2,}\s", node.value + " ") is not None and " " in node.value.strip()
    if isinstance(node, ast.JoinedStr):
        return any(_wordy(v) or (isinstance(v, ast.Constant) and " " in str(v.value) and
                                 re.search(r"[A-Za-z]{2,}", str(v.value))) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _wordy(node.left) or _wordy(node.right)
    if isinstance(node, ast.IfExp):
        return _wordy(node.body) or _wordy(node.orelse)
    return False


def _english_messages() -> list[str]:
    """Exceptions raised and problems or warnings recorded in the Qt-free layers with English
    written out instead of a ``say`` template."""
    found = set()
    for package in QT_FREE:
        for path in sorted((ROOT / "jmap_desktop" / package).rglob("*.py")):
            name = str(path.relative_to(ROOT))
            if name in ENGLISH_ONLY:
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                call = node.exc if isinstance(node, ast.Raise) else node
                if not isinstance(call, ast.Call):
                    continue
                if not isinstance(node, ast.Raise) and not ast.unparse(call.func).endswith(_MESSAGE_CALLS):
                    continue
                found |= {f"{name}:{call.lineno}: {ast.unparse(a)[:60]}" for a in call.args if _wordy(a)
                          and not any(name == file and ast.unparse(a).startswith(start)
                                      for file, start in ENGLISH_ONLY_MESSAGES)}
    return sorted(found)


def test_no_message_of_the_qt_free_layers_is_english_written_out():
    # Row problems of a table or KPI import, export warnings, page errors: all through say().
    found = _english_messages()
    assert not found, f"write these as say('...', field=...) and list them in ui/message_words.py: {found}"
    for name in ENGLISH_ONLY:
        assert (ROOT / name).exists(), f"{name} is gone: take it off ENGLISH_ONLY"


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
        assert german != template or template in SAME_IN_GERMAN, f"no German for {template!r}"
        assert sorted(re.findall(r"\{[^}]*\}", german)) == sorted(re.findall(r"\{[^}]*\}", template)), template


def _error_dialog_text(window, path: Path) -> tuple[str, str]:
    seen = {}

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["title"], seen["text"] = dialog.windowTitle(), dialog.text()
        dialog.accept()

    with answering(read):
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
