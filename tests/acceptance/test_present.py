"""Presenting a map to a room: stage by stage, then the whole map; Escape puts everything back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmap_desktop.canvas.painters import collapse_toggle_rect
from tests.ui.uidriver import answering, card_point, click, keys, press, trigger, type_text


def _editor_state(window):
    view = window.view
    return {
        "geometry": window.geometry(),
        "full screen": window.isFullScreen(),
        "zoom": view.zoom(),
        "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        "panels": [d.objectName() for d in window.docks() if not d.isHidden()],
        "menus": window.menuBar().isVisible(),
        "selection": window.scene.selected_card_ids(),
        "cards": len(window.session.doc.cards),
    }


def _presentation():
    shown = [w for w in QApplication.topLevelWidgets()
             if w.accessibleName() == "Presentation" and w.isVisible()]
    return shown[0] if shown else None


def _slide_cards(presentation) -> set[str]:
    """The texts of the cards on the slide the room sees (on both halves of a split one)."""
    return {c.text for view in presentation.stack.currentWidget().views
            for c in view.scene().store.doc.cards}


def test_present_steps_through_the_stages_then_the_whole_map_and_escape_restores(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    doc = window.session.doc
    press(Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # the user had zoomed in,
    window.view.horizontalScrollBar().triggerAction(window.view.horizontalScrollBar().SliderAction.SliderPageStepAdd)
    first_card = next(c for c in doc.cards if c.stage_id == doc.stages[1].id)
    click(window.view, card_point(window.view, first_card.text))  # and selected a card
    before = _editor_state(window)

    trigger(window, "View", "Present")
    shown = _presentation()
    assert shown is not None and shown.isFullScreen()
    assert not window.isFullScreen()  # the editor window stays as it is, behind

    def stage_texts(i):
        return {c.text for c in doc.cards if c.stage_id == doc.stages[i].id}

    assert _slide_cards(shown) == stage_texts(0)
    for key, index in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 2), (Qt.Key.Key_Space, 3),
                       (Qt.Key.Key_Left, 2), (Qt.Key.Key_PageUp, 1)):
        press(key)
        assert _slide_cards(shown) == stage_texts(index), f"after {key!r}"
    QTest.mouseClick(shown, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))  # a click goes on
    assert _slide_cards(shown) == stage_texts(2)
    press(Qt.Key.Key_End)
    assert _slide_cards(shown) == {c.text for c in doc.cards}  # the whole map comes last
    press(Qt.Key.Key_Right)
    assert _slide_cards(shown) == {c.text for c in doc.cards}
    press(Qt.Key.Key_Home)

    stage_zoom = shown.stack.currentWidget().zoom()
    press(Qt.Key.Key_End)
    assert stage_zoom > 1.5 * shown.stack.currentWidget().zoom()  # a stage fills the screen
    type_text("x")  # typing while presenting changes nothing
    press(Qt.Key.Key_Delete)

    press(Qt.Key.Key_Escape)
    assert _presentation() is None
    assert _editor_state(window) == before
    assert QApplication.focusWidget() is window.view


def test_a_stage_slide_lays_its_cards_out_to_fill_the_screen():
    from jmap_desktop.io.templates import new_from_template
    from jmap_desktop.layout.map_layout import compute_layout
    from jmap_desktop.ui.presentation import fit_stage, shown_height, stage_slide

    doc = new_from_template("b2c-online-purchase")
    widths = [s.width for s in doc.stages]
    slide = stage_slide(doc, doc.stages[4].id)
    width, zoom = fit_stage(slide, 1920, 1080)
    layout = compute_layout(slide)
    assert slide.stages[0].width == width and [s.width for s in doc.stages] == widths
    assert layout.width * zoom <= 1920 and shown_height(layout) * zoom <= 1080  # its lanes; the title is the header
    whole = compute_layout(doc)
    assert zoom > 1080 / whole.height  # larger than the stage in the whole map


def test_slides_show_no_editing_chrome(window):
    """The lane headers' collapse toggles are for editing: the room does not see them."""
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")

    def toggle_ink(view) -> int:
        """Dark pixels where the first lane's collapse toggle is drawn."""
        scene = view.scene()
        header = scene.layout.lanes[0].header
        toggle = collapse_toggle_rect(QRectF(header.x, header.y, header.w, header.h))
        area = QRect(view.mapFromScene(toggle.topLeft()), view.mapFromScene(toggle.bottomRight()))
        image = view.viewport().grab().toImage()
        area = area.intersected(image.rect())
        return sum(1 for y in range(area.top(), area.bottom() + 1) for x in range(area.left(), area.right() + 1)
                   if image.pixelColor(x, y).lightness() < 170)

    assert toggle_ink(window.view) > 0  # the editor shows it
    press(Qt.Key.Key_F5)
    shown = _presentation()
    assert shown is not None
    slide = shown.stack.currentWidget().views[0]
    QApplication.processEvents()
    assert slide.mapFromScene(QPointF(0, 0)).x() >= 0  # the header is on screen
    assert toggle_ink(slide) == 0
    press(Qt.Key.Key_Escape)


def _shown_stage(presentation):
    """(screen rectangles of the stage's lanes and cards on the slide (both halves of a split
    one), the cards' text size in device pixels)."""
    rects, text_px = [], []
    for view in presentation.stack.currentWidget().views:
        layout = view.scene().layout
        for r in [box.rect for box in layout.cards.values()] + [lane.row for lane in layout.lanes]:
            top_left = view.mapTo(presentation, view.mapFromScene(QPointF(r.x, r.y)))
            bottom_right = view.mapTo(presentation, view.mapFromScene(QPointF(r.x + r.w, r.y + r.h)))
            rects.append(QRect(top_left, bottom_right))
        text_px.append(layout.style.card_font_size * view.zoom() * presentation.devicePixelRatioF())
    span = rects[0]
    for r in rects[1:]:
        span = span.united(r)
    return span, min(text_px)


def test_a_stage_fills_the_room_screen_with_readable_cards(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    press(Qt.Key.Key_F5)
    shown = _presentation()
    for width, height, smallest_text in ((1920, 1080, 16), (1366, 768, 11)):
        shown.resize(width, height)  # the projector's screen
        QApplication.processEvents()
        for _ in window.session.doc.stages:
            span, text_px = _shown_stage(shown)
            assert shown.rect().contains(span), f"the stage runs off a {width} x {height} screen"
            assert span.width() > 0.85 * width or span.height() > 0.85 * height, \
                f"{_slide_cards(shown)} take only {span.width()} x {span.height()} of {width} x {height}"
            assert text_px >= smallest_text, f"card text {text_px:.1f} px on a {width} x {height} screen"
            press(Qt.Key.Key_Right)
        press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Escape)


def test_a_stage_with_few_cards_is_large_but_not_poster_sized():
    from jmap_desktop.io.templates import new_from_template
    from jmap_desktop.ui.presentation import MAX_ZOOM, slide_parts

    doc = new_from_template("blank")
    doc.lanes = doc.lanes[:1]
    parts = slide_parts(doc, doc.stages[0].id, 1920, 1080)
    assert len(parts) == 1  # one lane: nothing to split
    from jmap_desktop.layout.map_layout import compute_layout
    from jmap_desktop.ui.slide_fit import fit_parts

    _, zoom = fit_parts(parts, 1920, 1080)
    assert zoom == MAX_ZOOM and compute_layout(parts[0]).width * zoom < 1920


def test_the_split_chosen_from_lane_heights_is_the_best_one_laid_out():
    """slide_parts picks the columns from one layout of the whole stage per width; laying out
    every split for real finds no arrangement with clearly larger cards."""
    from jmap_desktop.io.templates import new_from_template
    from jmap_desktop.ui.slide_fit import fit_parts, slide_parts, stage_slide

    for name in ("b2c-online-purchase", "service-blueprint", "patient-visit"):
        doc = new_from_template(name)
        for stage in doc.stages:
            chosen = slide_parts(doc, stage.id, 1920, 1080, 120.0)
            _, zoom = fit_parts(chosen, 1920, 1080, [120.0] * len(chosen))
            lanes = [ln.id for ln in doc.lanes]
            _, best = fit_parts([stage_slide(doc, stage.id)], 1920, 1080, [120.0])
            for i in range(1, len(lanes)):
                parts = [stage_slide(doc, stage.id, lanes[:i]), stage_slide(doc, stage.id, lanes[i:])]
                best = max(best, fit_parts(parts, 1920, 1080, [120.0, 120.0])[1])
            assert zoom >= 0.8 * best, f"{name} › {stage.name}: {zoom:.2f} where {best:.2f} was possible"


def test_a_stage_slide_shows_the_stage_header_once_as_its_title(window):
    """Split in two columns, a stage slide once showed its header over each column and again in
    the title above them: the title is the header now, the columns show the lanes only."""
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    trigger(window, "View", "Present")
    shown = _presentation()
    shown.resize(1920, 1080)  # the projector's screen: the B2C stages split in two columns
    QApplication.processEvents()
    split = 0
    for number, stage in enumerate(window.session.doc.stages, start=1):
        views = shown.stack.currentWidget().views
        split += len(views) > 1
        headers = [view.scene().stage_item(stage.id) for view in views]
        assert [h for h in headers if h.isVisible()] == [], f"{stage.name}: a header over a column"
        caption = shown.caption
        assert caption.isVisible() and caption.text().count(stage.name) == 1
        assert f"{number}&nbsp;&nbsp;{stage.name}" in caption.text()
        for view in views:  # the first lane starts under the title, not under it and a band
            lane_top = view.mapTo(shown, view.mapFromScene(QPointF(0, view.scene().layout.lanes[0].row.y)))
            assert caption.geometry().bottom() < lane_top.y() < caption.geometry().bottom() + 60
        press(Qt.Key.Key_Right)
    assert split >= 2  # two-column slides were looked at
    overview = shown.stack.currentWidget().views[0].scene()  # the whole map keeps every header
    assert all(overview.stage_item(s.id).isVisible() for s in window.session.doc.stages)
    press(Qt.Key.Key_Escape)
