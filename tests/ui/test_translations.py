"""German as the second language: chosen in Edit › Preferences, it takes effect at the next
start and the menus read German; the translation files are complete and current."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from jmap_desktop.resources import data_dir
from jmap_desktop.ui import translations
from jmap_desktop.ui.main_window import MainWindow
from tests.ui.uidriver import answering, choose, field, filled, trigger

ROOT = Path(__file__).resolve().parents[2]
TS = data_dir() / "translations" / "jmap_desktop_de.ts"
BIN = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv" / "bin" / "pyside6-lupdate").parent


@pytest.fixture
def english_afterwards():
    yield
    translations.install(QApplication.instance(), "en")


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_choosing_german_in_preferences_gives_german_menus_at_next_start(window, qtbot, settings,
                                                                         english_afterwards,
                                                                         monkeypatch):
    monkeypatch.delenv(translations.ENV, raising=False)
    assert menu_titles(window)[:2] == ["&File", "&Edit"]

    def choose_german(dialog) -> None:
        combo = field(dialog, "Language")
        assert isinstance(combo, QComboBox)
        choose(combo, "Deutsch")

    with answering(filled(choose_german)):
        trigger(window, "Edit", "Preferences…")
    assert settings.value(translations.LANGUAGE_KEY) == "de"

    # The next start reads the setting, as ui.app.application() does.
    assert translations.install(QApplication.instance(), translations.chosen_language(settings))
    german = MainWindow(settings)
    qtbot.addWidget(german)
    titles = menu_titles(german)
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"] and "&Hilfe" in titles
    file_menu = german.menuBar().actions()[0].menu()
    entries = [a.text() for a in file_menu.actions() if a.text()]
    assert entries[:2] == ["&Neu aus Vorlage…", "Ö&ffnen…"]
    assert "&Beenden" in entries
    assert german.find_dock.windowTitle() == "Suchen und Filtern"


def test_the_system_locale_picks_german_and_the_override_wins(settings, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.delenv(translations.ENV, raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert translations.chosen_language(settings) == "de"
    settings.setValue(translations.LANGUAGE_KEY, "en")
    assert translations.chosen_language(settings) == "en"
    monkeypatch.setenv(translations.ENV, "de")
    assert translations.chosen_language(settings) == "de"


def test_translation_files_are_complete_and_current(tmp_path):
    patterns = re.search(r"^TRANSLATED := .*\$\(wildcard ([^)]+)\)", (ROOT / "Makefile").read_text(), re.M).group(1)
    sources = " ".join(sorted(str(p.relative_to(ROOT)) for pattern in patterns.split() for p in ROOT.glob(pattern)))
    ts = tmp_path / TS.name
    shutil.copy2(TS, ts)
    subprocess.run([str(BIN / "pyside6-lupdate"), "-locations", "none", *sources.split(), "-ts", str(ts)], cwd=ROOT,
                   check=True, capture_output=True, timeout=120)
    text = ts.read_text("utf-8")
    assert 'type="unfinished"' not in text, "run `make translations` and translate the new strings"
    assert ts.read_text("utf-8") == TS.read_text("utf-8"), "run `make translations`"
    qm = tmp_path / "de.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=120)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_the_shortcuts_sheet_reads_whole_in_german_without_scrolling_sideways(window, qtbot,
                                                                                english_afterwards):
    from PySide6.QtCore import QRect, Qt

    from jmap_desktop.ui.shortcuts import ShortcutsDialog

    translations.install(QApplication.instance(), "de")
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    table = dialog.table
    assert table.horizontalScrollBar().maximum() == 0  # the long descriptions wrap instead
    width = table.columnWidth(1) - 8  # less the cell's margins
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        text = table.item(row, 1).text()
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
        assert table.rowHeight(row) >= needed, text
    assert any(table.item(r, 1).text().startswith("Tippen beenden") for r in range(table.rowCount()))
