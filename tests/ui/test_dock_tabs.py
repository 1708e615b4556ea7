"""The dock tabs read in full: with every panel open at once (View › Panels), in English and in
German, at the window's default size. Five tabs in one group once cut the German titles to
"Su…", "Ve…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QStyle

from jmap_desktop.ui import translations
from jmap_desktop.ui.main_window import MainWindow
from tests.ui.test_panels import dock_tab_bars
from tests.ui.uidriver import _plain, menu_actions


@pytest.fixture
def english_afterwards():
    yield
    translations.install(QApplication.instance(), "en")


def open_every_panel(window) -> None:
    """View › Panels: tick every panel that is not on screen yet (Changes, Inbox)."""
    view_menu = window.menuBar().actions()[2].menu()
    panels = _plain(QCoreApplication.translate("MainWindow", "&Panels"))
    submenu = next(a.menu() for a in view_menu.actions() if _plain(a.text()) == panels)
    for _path, action in menu_actions(submenu):
        if action.isCheckable() and not action.isChecked():
            action.trigger()
    QApplication.processEvents()


def cut_tabs(window) -> list[str]:
    """Tab titles drawn shorter than their text (Qt elides those with "…")."""
    cut = []
    for bar in dock_tab_bars(window):
        padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
        for i in range(bar.count()):
            text = bar.tabText(i)
            if bar.tabRect(i).width() < bar.fontMetrics().horizontalAdvance(text) + padding:
                cut.append(f"{text!r} ({bar.tabRect(i).width()} px)")
    return cut


def tab_titles(window) -> set[str]:
    return {bar.tabText(i) for bar in dock_tab_bars(window) for i in range(bar.count())}


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_dock_tab_reads_in_full(language, qtbot, settings, map_file, english_afterwards):
    assert translations.install(QApplication.instance(), language)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)  # the first launch's size on a desktop screen
    window.show()
    window.open_file(map_file)
    open_every_panel(window)
    qtbot.waitUntil(lambda: window.changes_dock.isVisible() and window.workshop.dock.isVisible())

    titles = tab_titles(window)
    docks = {dock.windowTitle() for dock in window.docks()} | {window.workshop.dock.windowTitle()}
    assert titles <= docks and len(titles) >= 10  # nearly every panel is a tab; none hides one
    if language == "de":
        assert "Suchen und Filtern" in titles and "Änderungen" in titles
    assert cut_tabs(window) == []


def test_the_find_fields_are_whole_on_a_laptop_screen(window, map_file):
    """A 1366 x 768 laptop's first window: the find group between the others keeps its fields
    whole (they were cut under a scroll bar) while the groups above and below give way."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    window.resize(1257, 707)
    window.open_file(map_file)
    QApplication.processEvents()
    fields = [w for kind in (QLineEdit, QPushButton, QComboBox) for w in window.find.findChildren(kind)
              if w.isVisible()]
    assert len(fields) >= 6
    cut = [w.accessibleName() or type(w).__name__ for w in fields if w.visibleRegion().boundingRect() != w.rect()]
    assert cut == []
