"""View › Theme › Dark darkens the canvas around the cards, which stay paper-coloured."""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor


def menu_action(window, *path: str):
    """The action reached through the menu bar by its visible texts (without the & marks)."""
    actions = window.menuBar().actions()
    for depth, text in enumerate(path):
        action = next(a for a in actions if a.text().replace("&", "") == text)
        if depth == len(path) - 1:
            return action
        actions = action.menu().actions()
    raise LookupError(path)


def test_dark_theme_darkens_canvas_cells_and_headers_but_not_cards(window, map_file, qtbot):
    assert window.open_file(map_file)
    qtbot.waitUntil(lambda: window.scene.layout is not None and "c1" in window.scene.layout.cards)
    menu_action(window, "View", "Theme", "Dark").trigger()
    qtbot.wait(50)
    view = window.view
    layout = window.scene.layout
    view.centerOn(QPointF(*layout.cards["c1"].rect.center))
    image = view.viewport().grab().toImage()

    def colour_at(x, y) -> QColor:
        return QColor(image.pixelColor(view.mapFromScene(QPointF(x, y))))

    cell = layout.cells[("s-discover", "l-pain")]  # an empty cell
    assert colour_at(cell.x + 30, cell.center[1]).lightness() < 60
    stage = layout.stage_box("s-discover").header
    assert colour_at(stage.right - 8, stage.y + 8).lightness() < 70
    card = layout.cards["c1"].rect
    assert colour_at(card.x + 30, card.bottom - 6).lightness() > 180  # paper stays paper
    outside = view.mapFromScene(QPointF(-40, -40))
    assert QColor(image.pixelColor(outside)).lightness() < 60

    menu_action(window, "View", "Theme", "Light").trigger()
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    assert colour_at(cell.x + 30, cell.center[1]).lightness() > 240


def test_an_invalidated_card_fades_toward_paper_on_the_dark_canvas(window, tmp_path, qtbot):
    """A refuted card reads as washed-out paper on both themes, never as mud on a dark cell."""
    from jmap_desktop.io import save_map
    from jmap_desktop.model import EvidenceStatus
    from tests.factories import small_map

    journey = small_map()
    journey = journey.model_copy(update={"cards": [
        c.model_copy(update={"evidence": c.evidence.model_copy(update={"status": EvidenceStatus.INVALIDATED})})
        if c.id == "c1" else c for c in journey.cards]})
    path = tmp_path / "refuted.jmap"
    save_map(journey, path)
    assert window.open_file(path)
    qtbot.waitUntil(lambda: window.scene.layout is not None and "c1" in window.scene.layout.cards)
    menu_action(window, "View", "Theme", "Dark").trigger()
    qtbot.wait(50)
    view = window.view
    card = window.scene.layout.cards["c1"].rect
    view.centerOn(QPointF(*card.center))
    image = view.viewport().grab().toImage()
    paper = QColor(image.pixelColor(view.mapFromScene(QPointF(card.x + card.w - 30, card.bottom - 4))))
    assert paper.lightness() > 200, paper.name()
