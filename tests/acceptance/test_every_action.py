"""Every menu item and every canvas context-menu item, chosen once on a loaded template.

A slot that raises is invisible to a user (a line on stderr, nothing happens): this walks every
item a user can choose, cancels whatever dialog it opens, and fails on any exception raised or
error logged. It caught File › New from Template handing ``checked=False`` to the slot as the
template's name.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from tests.ui.uidriver import (
    all_menu_actions,
    answering,
    cancelling_dialogs,
    card_point,
    cell_point,
    click,
    click_cell,
    keys,
    lane_header_point,
    menu_item,
    press,
    read_menu,
    right_click,
    save_as,
    stage_header_point,
    trigger,
    type_text,
)


def _settle(window) -> None:
    """Back to plain editing after an item: leave presenting, close an open text editor."""
    if window.presentation.active or window.scene.editor.active:
        press(Qt.Key.Key_Escape)


def _template(window) -> None:
    # Down twice in the gallery: the B2C online purchase map, with cards in most cells.
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):
        trigger(window, "File", "New from Template…")
    assert len(window.session.doc.cards) > 10


def _walk_menus(window, errors) -> list[str]:
    """Choose every enabled menu item once, cancelling the dialogs they open."""
    # Closing the map or opening a recent one ends the undo history, Quit closes: those last.
    last = {("File", "Close"): 1, ("File", "Open Recent"): 2, ("File", "Quit"): 3}
    chosen = []
    items = sorted(all_menu_actions(window), key=lambda item: last.get(item[0][:2], 0))
    for path, action in items:
        if not action.isEnabled():
            continue
        with cancelling_dialogs():
            action.trigger()
        _settle(window)
        chosen.append(" › ".join(path))
        assert not errors, f"{' › '.join(path)} raised {errors}"
    return chosen


def test_every_menu_item_on_the_start_page_runs_without_an_error(window, errors, caplog):
    caplog.set_level(logging.ERROR)
    assert window.on_start_page()
    chosen = _walk_menus(window, errors)
    assert "File › New from Template…" in chosen and "File › Save" not in chosen
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    window.theme_actions["system"].trigger()  # the palette is application-wide: put it back


def test_every_menu_item_runs_without_an_error(window, tmp_path, errors, caplog):
    caplog.set_level(logging.ERROR)
    _template(window)
    doc = window.session.doc
    click_cell(window.view, doc.stages[0].name, doc.lanes[0].name)
    type_text("Something to undo")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    with answering(save_as(tmp_path / "walk.jmap")):  # clean again, and listed in Open Recent
        trigger(window, "File", "Save As…")
    first_card = window.session.doc.cards[0].text
    click(window.view, card_point(window.view, first_card))  # a selection for Cut, Copy, Delete
    window.recent_menu.popup(window.mapToGlobal(window.rect().center()))  # fills Open Recent
    window.recent_menu.hide()

    chosen = _walk_menus(window, errors)
    assert {"File › New from Template…", "Edit › Select All", "File › Close",
            "Edit › Undo Add card", "View › Present", "View › Theme › Dark", "File › Open Recent › walk.jmap"} <= set(chosen)
    window.theme_actions["system"].trigger()  # the palette is application-wide: put it back


def _context_targets(window):
    """Where a user right-clicks: a card, a stage header, a lane header, an empty cell."""
    view, doc = window.view, window.session.doc
    stage, lane = doc.stages[1].name, doc.lanes[0].name
    return {
        "card": lambda: card_point(view, window.session.doc.cards[0].text),
        "stage": lambda: stage_header_point(view, window.session.doc.stages[1].name),
        "lane": lambda: lane_header_point(view, window.session.doc.lanes[0].name),
        "cell": lambda: cell_point(view, stage, lane),
    }


def test_every_context_menu_item_runs_without_an_error(window, errors, caplog):
    caplog.set_level(logging.ERROR)
    _template(window)
    window.view.setFocus()
    for where, point in _context_targets(window).items():
        paths: list[tuple[str, ...]] = []
        with answering(read_menu(paths)):
            right_click(window.view, point())
        assert paths, f"no context menu on a {where}"
        for path in paths:
            with answering(*menu_item(*path)), cancelling_dialogs():
                right_click(window.view, point())
            _settle(window)
            assert not errors, f"{where} › {' › '.join(path)} raised {errors}"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
