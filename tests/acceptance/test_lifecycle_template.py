"""The lifecycle overview template: chosen on the start page, made together with its detailed
maps in a folder, its stages open them with Ctrl+click; taken alone, its links show as broken."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmap_desktop.io import load_map
from tests.ui.uidriver import answering, button, press, save_as, stage_header_point


def _choose_lifecycle_on_the_start_page(window, qtbot) -> None:
    page = window.start_page
    press(Qt.Key.Key_End)  # the template list has the focus; the overview is the last one
    item = page.templates.currentItem()
    assert item.text() == "Customer lifecycle overview"
    # Its preview is drawn like every other template's (one per turn of the event loop).
    qtbot.waitUntil(lambda: _drawn(item.icon()), timeout=20000)


def _drawn(icon) -> bool:
    """The icon is a picture of a map, not the white placeholder."""
    image = icon.pixmap(120, 75).toImage()
    return any(image.pixelColor(x, y).name() != "#ffffff"
               for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))


def _ctrl_click_stage(window, name: str) -> None:
    point = stage_header_point(window.view, name)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, point)
    QApplication.processEvents()


def _same(a, b: Path) -> bool:
    return a is not None and Path(a).resolve() == b.resolve()


def test_the_overview_and_its_detailed_maps_are_made_in_a_folder_and_open_by_ctrl_click(
        window, tmp_path, qtbot, errors):
    folder = tmp_path / "journeys"
    folder.mkdir()
    (folder / "b2b-purchase.jmap").write_text("not a map, and not to be overwritten", "utf-8")
    _choose_lifecycle_on_the_start_page(window, qtbot)
    with answering(button("Create in Folder…"), save_as(folder)):
        press(Qt.Key.Key_Return)
    overview = folder / "customer-lifecycle.jmap"
    qtbot.waitUntil(lambda: _same(window.session.path, overview))
    assert not window.isWindowModified()
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".jmap") == [
        "b2b-purchase 2.jmap", "b2b-purchase.jmap", "customer-lifecycle.jmap", "saas-trial-onboarding.jmap"]
    assert (folder / "b2b-purchase.jmap").read_text("utf-8").startswith("not a map")
    doc = window.session.doc
    links = {s.name: s.link.path for s in doc.stages if s.link}
    assert links == {"Trial & onboard": "saas-trial-onboarding.jmap", "Buy": "b2b-purchase 2.jmap"}
    assert not any(window.scene.link_broken(s) for s in doc.stages if s.link)

    # A card's link names a card of the detailed map by its fresh id.
    pain = next(c for c in doc.cards if c.text == "Security review takes six weeks")
    detail = load_map(folder / "b2b-purchase 2.jmap")
    assert detail.card(pain.link.card_id).text == "Security review takes six weeks"

    _ctrl_click_stage(window, "Trial & onboard")
    qtbot.waitUntil(lambda: _same(window.session.path, folder / "saas-trial-onboarding.jmap"))
    assert window.session.doc.meta.title == "SaaS trial to paid"

    assert window.open_file(overview)
    _ctrl_click_stage(window, "Buy")
    qtbot.waitUntil(lambda: _same(window.session.path, folder / "b2b-purchase 2.jmap"))
    assert window.session.doc.meta.title == "Buying route-planning software"
    assert not errors


def test_the_overview_alone_is_untitled_and_its_links_show_broken_without_an_error(
        window, tmp_path, qtbot, errors):
    _choose_lifecycle_on_the_start_page(window, qtbot)
    with answering(button("Overview Only")):
        press(Qt.Key.Key_Return)
    assert window.session.path is None and window.windowTitle().startswith("Untitled")
    stage = next(s for s in window.session.doc.stages if s.name == "Trial & onboard")
    assert window.scene.link_broken(stage)
    _ctrl_click_stage(window, "Trial & onboard")  # explained in the status bar, nothing opens
    qtbot.waitUntil(lambda: "Save this map first" in window.statusBar().currentMessage())
    assert window.session.path is None and not errors
