"""A lane added from the keyboard gets the kind the user picks; a card's persona and a moment
of truth's polarity are set in Properties. Driven as a user: keys, clicks, menu texts."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from jmap_desktop.model import CardKind, LaneKind
from jmap_desktop.model.kinds import LANE_KIND_LABELS
from tests.ui.uidriver import click_card, pick, type_keys


def menu_action(window, *path: str):
    actions = window.menuBar().actions()
    for depth, text in enumerate(path):
        action = next(a for a in actions if a.text().replace("&", "").split("\t")[0] == text)
        if depth == len(path) - 1:
            return action
        actions = action.menu().actions()
    raise LookupError(path)


def test_ctrl_shift_l_offers_lane_kinds_and_adds_the_chosen_one_below_the_focused_lane(
        window, map_file, qtbot):
    assert window.open_file(map_file)
    click_card(window, "c1")  # focus lands in the Actions lane
    lanes_before = [lane.id for lane in window.session.doc.lanes]
    window.view.setFocus()
    QTest.keySequence(window.view, "Ctrl+Shift+L")
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.accessibleName() == "Kind of the new lane"
    assert [a.text() for a in menu.actions()] == [LANE_KIND_LABELS[k] for k in LaneKind]
    steps = list(LaneKind).index(LaneKind.PAIN_POINTS)
    for _ in range(steps):
        QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.session.doc.lanes) == len(lanes_before) + 1)
    new = next(lane for lane in window.session.doc.lanes if lane.id not in lanes_before)
    assert new.kind == LaneKind.PAIN_POINTS and new.name == "Pain points"
    ids = [lane.id for lane in window.session.doc.lanes]
    assert ids.index(new.id) == ids.index("l-actions") + 1
    # The name is open for editing straight away; typing renames the lane.
    type_keys(QApplication.focusWidget(), "Delivery worries")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.session.store.lane(new.id).name == "Delivery worries"
    window.undo_action.trigger()  # the rename is its own undo step; the new lane stays
    assert window.session.store.lane(new.id).name == "Pain points"


def test_edit_menu_lists_add_lane_with_its_shortcut(window):
    action = menu_action(window, "Edit", "Add Lane…")
    assert action.shortcut().toString() == "Ctrl+Shift+L"


def test_properties_set_a_cards_persona_and_a_moments_polarity(window, map_file, qtbot):
    from jmap_desktop.model import Persona

    assert window.open_file(map_file)
    window.personas.store.add_persona(Persona(id="p-ben", name="Ben"))  # a second persona
    click_card(window, "c2")
    panel = window.properties
    assert panel.persona.isEnabled()
    assert [panel.persona.itemText(i) for i in range(panel.persona.count())] == [
        "— all personas —", "Ana", "Ben"]
    pick(panel.persona, data="p-ben")
    assert window.session.store.card("c2").persona_id == "p-ben"
    assert window.undo_action.text().replace("&", "") == "Undo Change persona"

    assert not panel.polarity.isEnabled()  # a note has no polarity
    pick(panel.kind, data=CardKind.MOMENT_OF_TRUTH.value)
    assert window.session.store.card("c2").kind == CardKind.MOMENT_OF_TRUTH
    assert panel.polarity.isEnabled()
    pick(panel.polarity, data="negative")
    assert window.session.store.card("c2").polarity == "negative"
    window.undo_action.trigger()
    assert window.session.store.card("c2").polarity is None
    assert panel.polarity.currentData() == ""


def test_status_bar_counts_read_as_words(window, tmp_path):
    from jmap_desktop.io import save_map
    from jmap_desktop.model import Card, DocumentStore, Lane, Stage

    store = DocumentStore()
    store.add_stage(Stage(id="s", name="Only stage"))
    store.add_lane(Lane(id="l", name="Only lane"))
    store.add_card(Card(id="c", stage_id="s", lane_id="l", text="Only card"))
    save_map(store.doc, tmp_path / "one.jmap")
    assert window.open_file(tmp_path / "one.jmap")
    assert window.status_counts.text() == "1 stage · 1 lane · 1 card"


def test_hotspot_overlay_shows_its_legend_on_the_map_and_scenarios_are_never_cut(window, qtbot):
    from jmap_desktop.resources import templates_dir

    assert window.open_file(templates_dir() / "b2c-online-purchase.jmap")
    menu_action(window, "View", "Panels", "Analysis").setChecked(True)
    window.analysis_dock.raise_()
    panel = window.analysis
    legend = next(w for w in window.view.viewport().findChildren(QWidget)
                  if w.accessibleName() == "Hotspot legend")
    assert not legend.isVisible()
    QTest.mouseClick(panel.hotspots, Qt.MouseButton.LeftButton)
    assert panel.hotspots.isChecked()
    qtbot.waitUntil(legend.isVisible)  # once the map has been analysed (off the typing path)
    assert legend.geometry().bottom() < window.view.viewport().height()  # in the corner, whole
    assert panel.hotspot_legend.text().startswith("Hottest: ")
    QTest.mouseClick(panel.hotspots, Qt.MouseButton.LeftButton)
    assert not legend.isVisible()
    qtbot.waitUntil(lambda: panel.scenarios.count() > 0)
    # Each scenario lists every step (wrapped, not elided), with the full texts in its tooltip.
    first = panel.scenarios.item(0)
    head, steps = first.text().split("\n")
    assert head.startswith("1. ") and "steps" in head
    assert steps.count("→") == len(first.data(Qt.ItemDataRole.UserRole)) - 1
    assert panel.scenarios.wordWrap()
