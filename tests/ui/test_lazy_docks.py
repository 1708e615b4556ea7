"""Docks behind another tab build their panel when the user first brings them on screen.

The window starts faster for it (``make bench``'s cold start); what the user sees must not
change: a raised tab shows its panel filled at once, and a window reopened with such a tab
raised shows it filled too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmap_desktop.ui.lazy_dock import built_panel
from jmap_desktop.ui.main_window import MainWindow
from tests.ui.test_panels import _dock_tab

LAZY = ("outline", "personas", "map_settings", "analysis", "comments")


def _click_tab(window, title: str) -> None:
    bar, index = _dock_tab(window, title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_docks_behind_tabs_wait_until_their_tab_is_clicked(window, map_file, qtbot):
    window.open_file(map_file)
    assert [name for name in LAZY if built_panel(window, name) is not None] == []
    assert built_panel(window, "versions") is None  # history and compare: made when first used
    _click_tab(window, "Revisions")
    revisions = built_panel(window, "revisions")
    assert revisions is not None and revisions.isVisible() and revisions is window.versions.revisions
    _click_tab(window, "Analysis")
    panel = built_panel(window, "analysis")
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: panel.scenarios.count() > 0)  # it analyses the open map at once
    assert panel.coverage_detail.text().startswith("40% validated")
    _click_tab(window, "Personas")
    assert window.personas.isVisible() and window.personas.list.count() == len(window.session.doc.personas)
    assert built_panel(window, "outline") is None and built_panel(window, "comments") is None


def test_a_window_reopened_with_a_lazy_tab_raised_shows_it_filled(window, map_file, settings, qtbot):
    window.open_file(map_file)
    _click_tab(window, "Outline")
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    again.open_file(map_file)
    outline = built_panel(again, "outline")
    assert outline is not None and outline.isVisible()
    assert len(outline.card_items) == len(again.session.doc.cards)
    assert built_panel(again, "analysis") is None  # still behind History


def test_panels_read_by_menus_and_code_exist_on_demand(window, map_file):
    window.open_file(map_file)
    assert window.comments is built_panel(window, "comments")  # built when first asked for
    window.comments_dock.raise_()
    assert window.comments.isVisible()
