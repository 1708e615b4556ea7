"""Links between maps resolve inside the linking map's folder only: moved, missing and
outside-the-folder targets (../, absolute paths, symlinks out) are broken, never followed."""

from __future__ import annotations

import os

import pytest

from jmap_desktop.io import save_map
from jmap_desktop.io.links import LinkChecker, LinkState, make_link, resolve_link
from jmap_desktop.model import MapLink
from tests.factories import small_map


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    (root / "detail").mkdir(parents=True)
    save_map(small_map(), root / "overview.jmap")
    save_map(small_map(), root / "detail" / "buy.jmap")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    save_map(small_map(), outside / "secret.jmap")
    return root


def test_a_link_to_a_map_and_a_card_in_it(library):
    here = library / "overview.jmap"
    assert resolve_link(here, MapLink(path="detail/buy.jmap")).state == LinkState.OK
    target = resolve_link(here, MapLink(path="detail/buy.jmap", card_id="c3"))
    assert target.state == LinkState.OK and target.card_id == "c3"
    assert target.path == (library / "detail" / "buy.jmap").resolve()
    assert resolve_link(here, MapLink(path="detail/buy.jmap", card_id="gone")).state == LinkState.NO_CARD


def test_moved_missing_and_unreadable_targets_are_broken(library):
    here = library / "overview.jmap"
    link = MapLink(path="detail/buy.jmap")
    (library / "detail" / "buy.jmap").rename(library / "buy-moved.jmap")
    assert resolve_link(here, link).state == LinkState.MISSING
    (library / "detail" / "buy.jmap").write_text("{not json", "utf-8")
    assert resolve_link(here, MapLink(path="detail/buy.jmap", card_id="c1")).state == LinkState.UNREADABLE
    assert resolve_link(None, link).state == LinkState.NO_FOLDER


@pytest.mark.parametrize("path", ["../elsewhere/secret.jmap", "detail/../../elsewhere/secret.jmap",
                                  "/etc/passwd", "C:/Windows/win.ini", "..\\elsewhere\\secret.jmap"])
def test_targets_outside_the_folder_are_never_followed(library, path):
    state = resolve_link(library / "overview.jmap", MapLink(path=path, card_id="c1")).state
    assert state == LinkState.OUTSIDE


def test_a_symlink_that_leads_out_of_the_folder_is_outside(library):
    os.symlink(library.parent / "elsewhere" / "secret.jmap", library / "detail" / "innocent.jmap")
    os.symlink(library.parent / "elsewhere", library / "shortcut")
    here = library / "overview.jmap"
    assert resolve_link(here, MapLink(path="detail/innocent.jmap")).state == LinkState.OUTSIDE
    assert resolve_link(here, MapLink(path="shortcut/secret.jmap")).state == LinkState.OUTSIDE
    os.symlink(library / "detail" / "buy.jmap", library / "alias.jmap")  # inside: fine
    assert resolve_link(here, MapLink(path="alias.jmap")).state == LinkState.OK


def test_links_are_made_relative_and_only_inside_the_folder(library):
    here = library / "overview.jmap"
    assert make_link(here, library / "detail" / "buy.jmap", "c2") == MapLink(path="detail/buy.jmap", card_id="c2")
    with pytest.raises(ValueError, match="not inside"):
        make_link(here, library.parent / "elsewhere" / "secret.jmap")


def test_the_checker_rereads_a_target_only_when_it_changed(library):
    checker = LinkChecker(library / "overview.jmap")
    link = MapLink(path="detail/buy.jmap", card_id="c4")
    assert not checker.broken(link)
    doc = small_map()
    doc.cards = [c for c in doc.cards if c.id != "c4"]
    doc.connections = []
    target = library / "detail" / "buy.jmap"
    save_map(doc, target)
    os.utime(target, (1, 1))  # a different modification time, whatever the clock's resolution
    assert checker.broken(link)
