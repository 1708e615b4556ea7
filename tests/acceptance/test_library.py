"""File › Journey Library: a folder of generated maps as a grid, searched and filtered, opened
at a card; files outside the folder (symlinks, ../) never read, broken files listed as such."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton

from jmap_desktop.io import save_map
from jmap_desktop.io.library import scan_library
from jmap_desktop.model import MapState, Persona
from tests.factories import small_map
from tests.ui.uidriver import choose, trigger, type_into


def make_library(root):
    (root / "clinic").mkdir(parents=True)
    specs = [("shoes.jmap", "Buying shoes", "Ana", MapState.CURRENT, "retail"),
             ("shoes-future.jmap", "Buying shoes tomorrow", "Ana", MapState.FUTURE, "retail"),
             ("clinic/visit.jmap", "A visit to the GP", "Ruth", MapState.CURRENT, "health")]
    for name, title, persona, state, tag in specs:
        doc = small_map()
        doc.meta.title, doc.meta.state = title, state
        doc.personas = [Persona(id="p-" + persona.lower(), name=persona)]
        doc.meta.primary_persona_id = doc.personas[0].id
        for card in doc.cards:
            card.tags = [tag]
        if state == MapState.FUTURE:
            doc.card("c4").text = "Shipping cost shown on the product page"
        save_map(doc, root / name)
    (root / "broken.jmap").write_text("{ not a map", "utf-8")
    outside = root.parent / "private"
    outside.mkdir()
    secret = small_map()
    secret.meta.title = "PRIVATE MAP"
    save_map(secret, outside / "private.jmap")
    os.symlink(outside / "private.jmap", root / "looks-local.jmap")
    os.symlink(outside, root / "linked-folder")
    return root


def test_the_library_never_reads_outside_its_folder(tmp_path):
    library = scan_library(make_library(tmp_path / "maps"))
    titles = [m.title for m in library.maps]
    assert "PRIVATE MAP" not in titles
    assert {m.relative for m in library.maps} == {"broken.jmap", "clinic/visit.jmap", "looks-local.jmap",
                                                  "shoes-future.jmap", "shoes.jmap"}
    outside = next(m for m in library.maps if m.relative == "looks-local.jmap")
    assert outside.doc is None and "outside" in outside.problem
    assert next(m for m in library.maps if m.relative == "broken.jmap").problem


def test_browse_filter_search_and_open_at_a_card(window, tmp_path, monkeypatch, qtbot):
    root = make_library(tmp_path / "maps")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(root))
    trigger(window, "File", "Journey Library…")
    library = window.library
    assert library.isVisible()
    QTest.mouseClick(next(b for b in library.findChildren(QPushButton) if b.text() == "Choose Folder…"),
                     Qt.MouseButton.LeftButton)
    assert library.grid.count() == 5
    texts = [library.grid.item(i).text() for i in range(library.grid.count())]
    visit = next(t for t in texts if t.startswith("A visit to the GP"))
    assert "Ruth · Current state" in visit and "5 cards · 40% validated" in visit and "changed " in visit
    assert any("cannot" in t or "not" in t for t in texts if t.startswith("broken.jmap"))
    choose(library.state, "Future state")
    assert [library.grid.item(i).text().split("\n")[0] for i in range(library.grid.count())] == ["Buying shoes tomorrow"]
    choose(library.state, "Any")
    choose(library.persona, "Ruth")
    assert library.grid.count() == 1
    choose(library.persona, "Any")
    choose(library.tag, "retail")
    assert library.grid.count() == 2
    choose(library.tag, "Any")
    type_into(library.search, "product page")
    assert library.hits.count() == 1 and "Buying shoes tomorrow" in library.hits.item(0).text()
    item = library.hits.item(0)
    QTest.mouseClick(library.hits.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     library.hits.visualItemRect(item).center())
    QTest.keyClick(library.hits, Qt.Key.Key_Return)  # Enter opens the hit, as a double-click does
    qtbot.waitUntil(lambda: window.session.doc.meta.title == "Buying shoes tomorrow")
    assert window.scene.selected_card_ids() == ["c4"]


def test_a_thumbnail_is_centred_under_its_caption(tmp_path, qtbot):
    from jmap_desktop.io.library import scan_library as scan
    from jmap_desktop.ui.library import THUMB, thumbnail

    doc = small_map()  # taller than the tile's shape: the miniature has room left and right
    save_map(doc, tmp_path / "wide.jmap")
    image = thumbnail(scan(tmp_path).maps[0]).toImage()
    inked = [x for x in range(image.width()) if any(image.pixelColor(x, y).name() != "#ffffff"
                                                    for y in range(0, image.height(), 2))]
    left, right = inked[0], image.width() - 1 - inked[-1]
    assert image.width() == THUMB.width() and abs(left - right) <= 2
