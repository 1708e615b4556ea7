"""History in the window: saves record revisions with the author from Preferences."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from jmap_desktop.io import load_map
from tests.ui.uidriver import answering, field, filled, trigger, type_into


def set_author(window, name: str) -> None:
    with answering(filled(lambda dialog: type_into(field(dialog, "Author name"), name))):
        trigger(window, "Edit", "Preferences…")


def edit_text(window, card_id: str, text: str) -> None:
    window.scene.select_cards([card_id])
    panel = window.properties
    panel.text.setPlainText(text)
    QApplication.sendEvent(panel.text, QFocusEvent(QEvent.Type.FocusOut))
    assert window.session.store.card(card_id).text == text


def test_each_save_records_a_revision_by_the_author(window, map_file, settings, qtbot):
    set_author(window, "Ana Facilitator")
    assert settings.value("history/author") == "Ana Facilitator"
    window.open_file(map_file)
    edit_text(window, "c1", "Sees an ad on TikTok")
    trigger(window, "File", "Save")
    edit_text(window, "c2", "Reads reviews twice")
    trigger(window, "File", "Save")
    history = load_map(map_file).history
    assert [r.author for r in history.revisions] == ["Ana Facilitator", "Ana Facilitator"]
    assert history.revisions[0].patch and history.revisions[1].patch is None


def test_the_revisions_panel_fits_the_narrow_dock_it_is_tabbed_into(window, map_file, qtbot):
    """On the left, tabbed with the Palette and the Outline: every button and the summary are
    inside the dock, with no scroll bar hiding Restore."""
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.test_lazy_docks import _click_tab

    window.open_file(map_file)
    trigger(window, "File", "Save")
    _click_tab(window, "Revisions")
    dock = window.revisions_dock
    qtbot.waitUntil(dock.isVisible)
    panel = window.versions.revisions
    panel.list.setCurrentRow(0)
    scroll = dock.findChild(QScrollArea)
    assert scroll is None or not scroll.horizontalScrollBar().isVisible()
    assert panel.summary.text().startswith("Revisions: 1 · snapshots: 0 · history")
    right = dock.mapToGlobal(dock.rect().topRight()).x()
    for button in (panel.compare_button, panel.open_button, panel.restore_button):
        assert button.isVisible() and button.isEnabled()
        assert button.mapToGlobal(button.rect().topRight()).x() <= right


def test_without_an_author_name_revisions_and_comments_say_the_login_name(window, map_file, qtbot):
    """No name in Preferences: a save and a snapshot are by the login name, as a comment is,
    so the Revisions panel never says 'unknown author' beside a comment that names someone."""
    import getpass

    login = getpass.getuser()
    window.open_file(map_file)
    edit_text(window, "c1", "Sees an ad on TikTok")
    trigger(window, "File", "Save")
    with answering(filled(lambda dialog: type_into(dialog.findChild(QLineEdit), "After workshop 1"))):
        trigger(window, "File", "Take Snapshot…")
    history = load_map(map_file).history
    assert [r.author for r in history.revisions] == [login]
    assert [s.author for s in history.snapshots] == [login]
    panel = window.versions.revisions
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert rows and all(login in row and "unknown author" not in row for row in rows)
