"""Panels edit the document through undo commands and follow the canvas selection."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar

from jmap_desktop.ui.panels.find import card_matches
from tests.ui.uidriver import click_card, edit_cell, enter, pick, press_button, trigger, type_into


def test_properties_edit_kind_evidence_emotion_and_undo(window, map_file, qtbot):
    window.open_file(map_file)
    click_card(window, "c2")
    panel = window.properties
    assert panel.text.toPlainText() == "Reads reviews"
    pick(panel.kind, data="question")
    assert window.session.store.card("c2").kind == "question"
    pick(panel.evidence, data="validated")
    assert window.session.store.card("c2").evidence.status == "validated"
    enter(panel.emotion, "-1.5")
    assert window.session.store.card("c2").emotion == -1.5
    assert window.undo_action.text() == "&Undo Set emotion"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.session.store.card("c2").evidence.status == "hypothesis"
    assert panel.evidence.currentData() == "hypothesis"  # the panel follows undo


def test_properties_text_tags_owner_metric_and_sources(window, map_file, qtbot):
    window.open_file(map_file)
    click_card(window, "c1")
    panel = window.properties
    type_into(panel.text, "Sees a billboard")
    press_button(panel, "Apply text")
    enter(panel.tags, "social, ads, social")
    enter(panel.owner, "Marketing")
    type_into(panel.metric_unit, "%")
    enter(panel.metric_value, "3,5")
    card = window.session.store.card("c1")
    assert (card.text, card.tags, card.owner) == ("Sees a billboard", ["social", "ads"], "Marketing")
    assert card.metric.value == 3.5 and card.metric.unit == "%"
    press_button(panel, "Add source")
    assert len(window.session.store.card("c1").evidence.sources) == 1
    edit_cell(panel.sources, 0, 1, "12 interviews")
    assert window.session.store.card("c1").evidence.sources[0].description == "12 interviews"
    before = window.session.store.card("c1").evidence.sources
    edit_cell(panel.sources, 0, 2, "not a date")  # refused with a message, nothing changes
    assert window.session.store.card("c1").evidence.sources == before
    assert "date like" in window.statusBar().currentMessage()


def test_properties_edit_several_cards_at_once(window, map_file):
    window.open_file(map_file)
    click_card(window, "c1")
    click_card(window, "c2", Qt.KeyboardModifier.ShiftModifier)
    click_card(window, "c3", Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.selected_card_ids() == ["c1", "c2", "c3"]
    panel = window.properties
    assert panel.text.placeholderText() == "— mixed —"
    pick(panel.evidence, data="invalidated")
    store = window.session.store
    assert {store.card(i).evidence.status for i in ("c1", "c2", "c3")} == {"invalidated"}
    assert window.session.undo_stack.count() == 1  # one step for all three
    enter(panel.owner, "")  # a mixed field left empty changes nothing
    assert window.session.undo_stack.count() == 1


def test_find_highlights_and_steps_through_matches(window, map_file, qtbot):
    window.open_file(map_file)
    window.find_action.trigger()
    panel = window.find
    panel.query.setText("re")
    panel.update_matches()
    assert panel.matches == ["c2", "c5"]  # "Reads reviews", "Relieved"
    opacity = {cid: item.opacity() for cid, item in window.scene.items_.cards.items()}
    assert opacity["c2"] == 1.0 and opacity["c1"] < 1.0
    panel.next()
    assert window.scene.selected_card_ids() == ["c2"]
    panel.next()
    assert window.scene.selected_card_ids() == ["c5"]
    panel.previous()
    assert window.scene.selected_card_ids() == ["c2"]
    panel.clear()
    assert all(item.opacity() == 1.0 for item in window.scene.items_.cards.values())


def test_filters_by_kind_and_evidence():
    from tests.factories import small_map

    doc = small_map()
    pains = [c.id for c in doc.cards if card_matches(c, "", "pain_point", "", "", "")]
    validated = [c.id for c in doc.cards if card_matches(c, "", "", "validated", "", "")]
    assert pains == ["c4"] and validated == ["c1", "c4"]


def test_outline_follows_and_drives_selection(window, map_file, qtbot):
    window.open_file(map_file)
    window.outline.rebuild()
    window.scene.select_cards(["c3"])
    assert [i.text(0) for i in window.outline.selectedItems()] == ["Pays with card"]
    window.outline.clearSelection()
    window.outline.card_items["c4"].setSelected(True)
    assert window.scene.selected_card_ids() == ["c4"]
    top = [window.outline.topLevelItem(i).text(0) for i in range(window.outline.topLevelItemCount())]
    assert top == ["Discover", "Buy", "Use"]


def dock_tab_bars(window) -> list[QTabBar]:
    """The dock tab bars a user sees and clicks. Under the offscreen platform Qt leaves spare
    bars from an earlier layout about, some over the canvas, holding stale tabs."""
    canvas = window.centralWidget().geometry()
    return [bar for bar in window.findChildren(QTabBar)
            if bar.isVisible() and bar.count() and window.rect().contains(bar.geometry())
            and not bar.geometry().intersects(canvas)]


def _dock_tab(window, title: str):
    """The tab bar holding the dock tab ``title`` and its index (docks tabified together)."""
    for bar in dock_tab_bars(window):
        for i in range(bar.count()):
            if bar.tabText(i) == title:
                return bar, i
    raise AssertionError(f"no dock tab {title!r}")


def test_the_outline_behind_another_tab_is_filled_when_its_tab_is_clicked(window, map_file, qtbot):
    window.open_file(map_file)
    click_card(window, "c2")
    trigger(window, "Edit", "Delete")  # a change while the outline is behind the Palette's tab
    qtbot.wait(300)  # past the outline's rebuild delay
    bar, index = _dock_tab(window, "Outline")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.outline.isVisible()
    shown = sorted(item.text(0) for item in window.outline.card_items.values())
    assert shown == sorted(c.text for c in window.session.store.doc.cards)
    assert "Reads reviews" not in shown and len(shown) == 4


def test_status_bar_shows_counts_and_validated_share(window, map_file):
    window.open_file(map_file)
    assert window.status_counts.text() == "3 stages · 3 lanes · 5 cards"
    assert window.status_evidence.text() == "40% validated"


def test_template_gallery_creates_a_map(window, qtbot, monkeypatch):
    from jmap_desktop.ui.gallery import TemplateGallery

    gallery = TemplateGallery(window, previews=False)
    qtbot.addWidget(gallery)
    assert gallery.list.count() >= 8 and gallery.chosen() == "blank"
    assert window.new_from_template("service-blueprint")
    assert not window.isWindowModified() and window.session.path is None
    assert {ln.kind for ln in window.session.doc.lanes} >= {"frontstage", "backstage"}


def test_theme_switch_is_remembered(window, settings):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window.theme_actions["dark"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert settings.value("view/theme") == "dark"
    window.theme_actions["light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    window.theme_actions["system"].trigger()
    assert settings.value("view/theme") == "system"


def test_shortcuts_sheet_lists_menu_shortcuts(window, qtbot):
    from jmap_desktop.ui.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "File › Save" in texts and "Edit › Find…" in texts and "View › Present" in texts


def test_docks_have_accessible_names(window):
    for dock in window.docks():
        assert dock.accessibleName().endswith("panel")
    assert window.view.accessibleName() == "Journey map canvas"


def test_map_settings_edit_title_scale_and_logo(window, map_file, tmp_path):
    from tests.model.test_entities import tiny_png

    window.open_file(map_file)
    panel = window.map_settings
    window.settings_dock.show()
    window.settings_dock.raise_()
    enter(panel.fields["title"], "Shoes, future state")
    assert window.session.doc.meta.title == "Shoes, future state"
    type_into(panel.fields["scenario"], "Ana replaces her shoes")
    type_into(panel.expectations, "Free returns\nFast delivery\n")
    press_button(panel, "Apply texts")
    assert window.session.doc.meta.expectations == ["Free returns", "Fast delivery"]
    assert window.session.doc.meta.scenario == "Ana replaces her shoes"
    type_into(panel.scale_min, "-1")
    type_into(panel.scale_max, "1")
    press_button(panel, "Apply scale")  # refused: cards are scored at -2 and +2
    assert "outside" in panel.message.text() and window.session.doc.emotion_scale.min == -2
    type_into(panel.scale_min, "-3")
    type_into(panel.scale_max, "3")
    press_button(panel, "Apply scale")
    assert window.session.doc.emotion_scale.max == 3 and len(window.session.doc.emotion_scale.labels) == 7
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    panel.choose_logo(str(logo))
    assert window.session.doc.meta.logo.media_type == "image/png"
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"<svg>not a png</svg>")
    panel.choose_logo(str(fake))
    assert "not a PNG or JPEG" in panel.message.text()
    window.undo_action.trigger()
    assert window.session.doc.meta.logo is None


def test_personas_add_edit_photo_primary_remove(window, map_file, tmp_path):
    from PySide6.QtGui import QImage

    window.open_file(map_file)
    panel = window.personas
    big = QImage(1600, 1200, QImage.Format.Format_RGB32)
    big.fill(0x3366AA)
    photo = tmp_path / "bo.jpg"
    big.save(str(photo), "JPEG")
    window.personas_dock.show()
    window.personas_dock.raise_()
    before = {p.id for p in window.session.doc.personas}
    press_button(panel, "Add")
    (pid,) = {p.id for p in window.session.doc.personas} - before
    enter(panel.name, "Bo Jensen")
    type_into(panel.lists["goals"], "Run a marathon\nStay injury-free")
    press_button(panel, "Apply lists")
    panel.choose_photo(str(photo))
    persona = window.session.store.persona(pid)
    assert persona.name == "Bo Jensen" and persona.goals == ["Run a marathon", "Stay injury-free"]
    stored = QImage()
    stored.loadFromData(persona.photo.raw())
    assert persona.photo.media_type == "image/jpeg" and max(stored.width(), stored.height()) == 512
    panel.make_primary()
    assert window.session.doc.meta.primary_persona_id == pid
    panel.remove_current()
    assert window.session.doc.meta.primary_persona_id is None
    window.undo_action.trigger()
    assert window.session.doc.meta.primary_persona_id == pid


def show_analysis(window, qtbot):
    """View › Panels › Analysis, as a user opens it; returns the panel once it has a report."""
    action = next(a for a in window.panels_menu.actions() if a.text().replace("&", "") == "Analysis")
    if not action.isChecked():
        action.trigger()
    window.analysis_dock.raise_()
    qtbot.waitUntil(lambda: window.analysis.report is not None, timeout=5000)
    return window.analysis


def click_item(list_widget, row: int) -> None:
    item = list_widget.item(row)
    list_widget.scrollToItem(item)
    QTest.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     list_widget.visualItemRect(item).center())


def test_analysis_panel_scenarios_highlight_checks_select_and_hotspots(window, tmp_path, qtbot):
    from jmap_desktop.io import save_map
    from tests.analysis.test_analysis import branching_store

    path = tmp_path / "branch.jmap"
    save_map(branching_store().doc, path)
    window.open_file(path)
    panel = show_analysis(window, qtbot)
    assert panel.scenarios.count() == 2
    assert panel.scenarios.item(0).data(Qt.ItemDataRole.UserRole) == ["a", "b2", "c"]
    click_item(panel.scenarios, 0)
    opacity = {cid: item.opacity() for cid, item in window.scene.items_.cards.items()}
    assert opacity["b2"] == 1.0 and opacity["b1"] < 1.0 and opacity["pp"] < 1.0
    panel.clear_scenario()
    assert all(item.opacity() == 1.0 for item in window.scene.items_.cards.values())
    panel.tabs.setCurrentWidget(panel.checks)
    messages = [panel.checks.item(i).text() for i in range(panel.checks.count())]
    row = messages.index("Opportunity “Idea” is not linked to a pain point")
    click_item(panel.checks, row)
    assert window.scene.selected_card_ids() == ["op"]
    panel.hotspots.setFocus()  # Tab to the box and press Space
    QTest.keyClick(panel.hotspots, Qt.Key.Key_Space)
    heat = {cell: item.heat for cell, item in window.scene.items_.cells.items()}
    assert heat[("s2", "act")] == 1.0 and heat[("s2", "pain")] == 0.5 and heat[("s1", "act")] == 0.0
    QTest.keyClick(panel.hotspots, Qt.Key.Key_Space)
    assert all(item.heat == 0 for item in window.scene.items_.cells.values())
    assert "validated" in panel.coverage_detail.text()


def test_analysis_panel_follows_edits(window, map_file, qtbot):
    from jmap_desktop.commands import AddConnectionCommand
    from jmap_desktop.model import Connection

    window.open_file(map_file)
    panel = show_analysis(window, qtbot)
    assert panel.scenarios.count() == 1
    window.scene.push(AddConnectionCommand(window.session.store,
                                           Connection(id="k9", source_id="c3", target_id="c5")))
    qtbot.waitUntil(lambda: "c5" in (panel.scenarios.item(0).data(Qt.ItemDataRole.UserRole) or []),
                    timeout=3000)


def test_analysis_runs_off_the_gui_thread_and_only_while_shown(window, map_file, qtbot, monkeypatch):
    import threading

    from jmap_desktop.commands import AddConnectionCommand
    from jmap_desktop.model import Connection
    from jmap_desktop.ui.panels import analysis as analysis_panel

    threads = []
    real = analysis_panel.analyze

    def recording(doc, **kwargs):
        threads.append(threading.current_thread())
        return real(doc, **kwargs)

    window.open_file(map_file)
    toggle = next(a for a in window.panels_menu.actions() if a.text().replace("&", "") == "Analysis")
    if toggle.isChecked():
        toggle.trigger()  # the user closes the Analysis panel
    assert not window.analysis.isVisible()
    monkeypatch.setattr(analysis_panel, "analyze", recording)
    window.scene.push(AddConnectionCommand(window.session.store,
                                           Connection(id="k9", source_id="c3", target_id="c5")))
    qtbot.wait(600)  # longer than the panel's delay: a hidden panel must not have analysed
    assert threads == []
    panel = show_analysis(window, qtbot)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert "c5" in panel.scenarios.item(0).data(Qt.ItemDataRole.UserRole)


def test_preferences_set_theme_and_autosave_delay(window, settings, qtbot):
    from jmap_desktop.ui.preferences import PreferencesDialog

    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.autosave.setValue(10)
    dialog.accept()
    assert window.theme == "dark" and window.autosaver.delay() == 10
    assert int(settings.value("files/autosave_seconds")) == 10
    window.set_theme("system")


def test_card_text_commits_when_leaving_the_field(window, map_file, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    window.open_file(map_file)
    window.scene.select_cards(["c3"])
    panel = window.properties
    panel.text.setPlainText("Pays with a gift card")
    QApplication.sendEvent(panel.text, QFocusEvent(QEvent.Type.FocusOut))
    assert window.session.store.card("c3").text == "Pays with a gift card"
    assert window.undo_action.text() == "&Undo Edit text"


def test_analysis_waits_while_its_tab_is_behind_another(window, map_file, qtbot, monkeypatch):
    from jmap_desktop.commands import AddConnectionCommand
    from jmap_desktop.model import Connection
    from jmap_desktop.ui.panels import analysis as analysis_panel

    window.open_file(map_file)
    panel = show_analysis(window, qtbot)
    window.history_dock.raise_()  # the user clicks the History tab in the same group
    qtbot.waitUntil(lambda: not panel.on_screen())
    runs = []
    real = analysis_panel.analyze
    monkeypatch.setattr(analysis_panel, "analyze", lambda doc, **kw: runs.append(1) or real(doc, **kw))
    window.scene.push(AddConnectionCommand(window.session.store,
                                           Connection(id="k9", source_id="c3", target_id="c5")))
    qtbot.wait(600)  # longer than the panel's delay
    assert runs == []
    window.analysis_dock.raise_()  # and back to the Analysis tab: it catches up at once
    qtbot.waitUntil(lambda: "c5" in (panel.scenarios.item(0).data(Qt.ItemDataRole.UserRole) or []),
                    timeout=5000)
    assert runs


def test_a_report_of_an_older_map_is_dropped_and_the_current_map_analysed(window, map_file, qtbot,
                                                                           monkeypatch):
    import threading

    from jmap_desktop.commands import AddConnectionCommand
    from jmap_desktop.model import Connection
    from jmap_desktop.ui.panels import analysis as analysis_panel

    window.open_file(map_file)
    panel = show_analysis(window, qtbot)
    real, gate, runs = analysis_panel.analyze, threading.Event(), []

    def slow(doc, **kwargs):  # the first run is still busy when the map changes
        runs.append({c.id for c in doc.connections})
        gate.wait(10)
        return real(doc, **kwargs)

    monkeypatch.setattr(analysis_panel, "analyze", slow)
    store = window.session.store
    window.scene.push(AddConnectionCommand(store, Connection(id="k8", source_id="c3", target_id="c4")))
    # Generous waits (they end as soon as true): the analysis thread is slow on a loaded machine.
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=20000)
    window.scene.push(AddConnectionCommand(store, Connection(id="k9", source_id="c4", target_id="c5")))
    gate.set()
    qtbot.waitUntil(lambda: panel.scenarios.count() > 0
                    and "c5" in panel.scenarios.item(0).data(Qt.ItemDataRole.UserRole), timeout=20000)
    qtbot.wait(3 * analysis_panel.DELAY_MS)  # nothing left that could start another run
    # Run 1 saw the map before k9, so its report was dropped and the current map analysed,
    # exactly once: no timer, tab change or late result asks for the same map twice.
    assert ["k9" in run for run in runs] == [False, True]


def test_a_burst_of_edits_is_analysed_once_after_the_panel_appeared(window, map_file, qtbot, monkeypatch):
    """Showing the panel catches up at once, but the delay between an edit and its analysis
    stays: raising the tab once set it to 0 for good, and every keystroke started a run."""
    from jmap_desktop.commands import AddConnectionCommand
    from jmap_desktop.model import Connection
    from jmap_desktop.ui.panels import analysis as analysis_panel

    window.open_file(map_file)
    panel = show_analysis(window, qtbot)
    runs, real = [], analysis_panel.analyze
    monkeypatch.setattr(analysis_panel, "analyze",
                        lambda doc, **kw: runs.append({c.id for c in doc.connections}) or real(doc, **kw))
    store = window.session.store
    window.scene.push(AddConnectionCommand(store, Connection(id="k8", source_id="c3", target_id="c4")))
    qtbot.wait(50)  # well within the delay: the user is still editing
    window.scene.push(AddConnectionCommand(store, Connection(id="k9", source_id="c4", target_id="c5")))
    qtbot.waitUntil(lambda: "c5" in (panel.scenarios.item(0).data(Qt.ItemDataRole.UserRole) or []),
                    timeout=20000)
    qtbot.wait(3 * analysis_panel.DELAY_MS)
    assert len(runs) == 1 and {"k8", "k9"} <= runs[0]
