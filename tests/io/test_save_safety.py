"""Saving never loses a version: backups rotate only after a durable save, read-only files are
kept, stale temporary files are cleaned, and a file changed since it was read is not replaced
unless the caller says so (and then the outside version is kept)."""

import errno
import json
import os
import stat

import pytest

from jmap_desktop.io import (
    ChangedOnDiskError,
    ReadOnlyError,
    SaveError,
    backup_paths,
    dumps_map,
    file_digest,
    load_map,
    save_map,
)
from tests.factories import small_map


def titled(title: str):
    doc = small_map()
    doc.meta.title = title
    return doc


def test_three_backup_generations_rotate_newest_first(tmp_path):
    path = tmp_path / "map.jmap"
    for n in range(1, 6):
        save_map(titled(f"version {n}"), path)
    assert load_map(path).meta.title == "version 5"
    assert [load_map(b).meta.title for b in backup_paths(path)] == ["version 4", "version 3", "version 2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.jmap", "map.jmap.bak", "map.jmap.bak2",
                                                          "map.jmap.bak3"]


def test_failed_save_keeps_file_and_every_backup(tmp_path, monkeypatch):
    path = tmp_path / "map.jmap"
    for n in range(1, 5):
        save_map(titled(f"version {n}"), path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveError, match="disk is full"):
        save_map(titled("never written"), path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_read_only_file_is_refused_and_kept(tmp_path):
    path = tmp_path / "map.jmap"
    save_map(titled("theirs"), path)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(ReadOnlyError) as info:
        save_map(titled("mine"), path)
    assert "read-only" in info.value.message and "Save As" in info.value.message
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.jmap"]


def test_stale_temporary_files_of_this_file_are_removed_on_the_next_save(tmp_path):
    path = tmp_path / "map.jmap"
    save_map(titled("one"), path)
    stale = [tmp_path / ".map.jmap.k2j4h1a9.tmp", tmp_path / ".map.jmap.zz81x0qa.old.tmp"]
    others = [tmp_path / ".other.jmap.k2j4h1a9.tmp", tmp_path / "notes.tmp", tmp_path / ".map.jmap.lock.keep"]
    for p in stale + others:
        p.write_text("half a save")
    save_map(titled("two"), path)
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in others)


def test_a_file_changed_since_it_was_read_is_not_replaced(tmp_path):
    path = tmp_path / "map.jmap"
    save_map(titled("as opened"), path)
    opened = file_digest(path)
    save_map(titled("their edit"), path)  # another window saves first
    theirs = path.read_bytes()
    with pytest.raises(ChangedOnDiskError):
        save_map(titled("my edit"), path, expect_sha256=opened)
    assert path.read_bytes() == theirs


def test_overwriting_an_outside_change_keeps_it_beside_the_file(tmp_path):
    path = tmp_path / "map.jmap"
    save_map(titled("as opened"), path)
    opened = file_digest(path)
    save_map(titled("their edit"), path)
    digest = save_map(titled("my edit"), path, expect_sha256=opened, keep_outside=True)
    assert digest == file_digest(path) and load_map(path).meta.title == "my edit"
    kept = list(tmp_path.glob("map (outside edit *).jmap"))
    assert len(kept) == 1 and load_map(kept[0]).meta.title == "their edit"
    for n in range(5):  # however many saves follow, the outside edit stays
        save_map(titled(f"later {n}"), path)
    assert load_map(kept[0]).meta.title == "their edit"


def test_lone_surrogate_in_an_unknown_field_still_saves_and_reopens(tmp_path):
    data = json.loads(dumps_map(small_map()))
    data["cards"][0]["sticker"] = "half a pair: \ud83d"
    path = tmp_path / "map.jmap"
    path.write_text(json.dumps(data), "utf-8")  # ensure_ascii: written as the \ud83d escape
    doc = load_map(path)
    save_map(doc, path)
    again = load_map(path)
    assert again.cards[0].model_extra["sticker"] == "half a pair: \ud83d"
    path.read_bytes().decode("utf-8")  # the file is valid UTF-8
