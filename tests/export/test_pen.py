"""The poster's pen keeps its own record of the colour, width and dash it set, shared by every
pen of one canvas, so it sets each only when it changes and never reads ReportLab's internals."""

from __future__ import annotations

import io
import re

from reportlab.pdfgen.canvas import Canvas

from jmap_desktop.export.draw_map import Pen


def page_stream(draw) -> str:
    """The content stream of a one-page PDF drawn by ``draw(pen)``, uncompressed."""
    c = Canvas(io.BytesIO(), pagesize=(200, 200), pageCompression=0, invariant=1)
    draw(Pen(c, 200.0))
    c.showPage()
    return c.getpdfdata().decode("latin-1")


def fills(stream: str) -> list[str]:
    return re.findall(r"([\d.]+ [\d.]+ [\d.]+) rg", stream)


def test_a_colour_is_set_once_while_it_stays_and_again_when_another_pen_changed_it():
    def draw(pen: Pen) -> None:
        below = pen.moved(dy=50)  # the map under the title block, on the same canvas
        pen.rect(0, 0, 10, 10, fill="#ff0000")
        pen.rect(20, 0, 10, 10, fill="#ff0000")  # same colour: not set again
        below.rect(0, 0, 10, 10, fill="#0000ff")
        pen.rect(40, 0, 10, 10, fill="#ff0000")  # the other pen changed it: set again

    assert fills(page_stream(draw)) == ["1 0 0", "0 0 1", "1 0 0"]


def test_forgetting_the_state_sets_colour_width_and_dash_again():
    def draw(pen: Pen) -> None:
        pen.line(0, 0, 10, 10, "#000000", 2.0, dash=(3, 2))
        pen.forget_state()  # as at the start of a form, which inherits the placing page's state
        pen.line(0, 0, 10, 10, "#000000", 2.0, dash=(3, 2))
        pen.line(0, 0, 10, 10, "#000000", 2.0)

    stream = page_stream(draw)
    assert len(re.findall(r"\b0 0 0 RG", stream)) == 2
    assert len(re.findall(r"\b2 w", stream)) == 2
    assert re.findall(r"\[([\d ]*)\] 0 d", stream) == ["3 2", "3 2", ""]


def test_text_drawn_in_one_text_object_leaves_its_colour_known():
    def draw(pen: Pen) -> None:
        pen.begin_text()
        pen.text(10, 20, "Checks the date", 9, "#00ff00")
        pen.end_text()
        pen.rect(0, 0, 10, 10, fill="#00ff00")  # the text's fill is still current: not set again

    assert fills(page_stream(draw)) == ["0 1 0"]
