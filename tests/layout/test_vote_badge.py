"""The dot-vote badge: placed once in layout, drawn the same on the canvas and the poster."""

from PySide6.QtGui import QColor

from jmap_desktop.canvas.render import offscreen_view, render_view, set_zoom
from jmap_desktop.export import PosterOptions, export_pdf
from jmap_desktop.layout import palette
from jmap_desktop.layout.vote_badge import vote_badge
from jmap_desktop.model import DocumentStore
from tests.export.test_poster import squash, text_of
from tests.factories import small_map


def test_badge_only_for_votes_and_wider_for_more_digits():
    assert vote_badge(None, 0, 0) is None and vote_badge(0, 0, 0) is None
    one, many = vote_badge(3, 100, 50), vote_badge(128, 100, 50)
    assert many.w > one.w and one.label == "3" and many.label == "128"
    assert one.x == 118 and vote_badge(3, 100, 50, after_mark=True).x == 130  # past the glyph / mark
    assert one.dot_x > one.x and one.text_x + 1 < one.x + one.w


def voted_map():
    store = DocumentStore(small_map())
    store.update_card("c4", votes=987)
    return store.doc


def test_the_poster_prints_the_count(tmp_path):
    path = tmp_path / "voted.pdf"
    export_pdf(voted_map(), path, PosterOptions(page="A3"))
    assert "987" in squash(text_of(path))
    export_pdf(small_map(), tmp_path / "plain.pdf", PosterOptions(page="A3"))
    assert "987" not in squash(text_of(tmp_path / "plain.pdf"))


def test_the_canvas_paints_the_badge_where_the_layout_puts_it(qapp):
    def blue_share(doc) -> float:
        view = offscreen_view(DocumentStore(doc), 1400, 900)
        set_zoom(view, 1.0)
        image = render_view(view)
        card = view.map_scene().layout.cards["c4"].rect
        badge = vote_badge(987, card.x, card.y + 4.5)
        corner = view.mapFromScene(badge.x, badge.y)
        points = [(corner.x() + dx, corner.y() + dy)
                  for dx in range(int(badge.w)) for dy in range(int(badge.h))]
        view.close()
        return sum(_close(image.pixelColor(x, y), QColor(palette.BLUE)) for x, y in points) / len(points)

    assert blue_share(voted_map()) > 0.4
    assert blue_share(small_map()) == 0


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 30
