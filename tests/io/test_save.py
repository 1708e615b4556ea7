"""Saving: byte-stable round trips, atomic replace with a .bak, failures that change nothing."""

import errno
import os

import pytest

from jmap_desktop.io import SaveError, dumps_map, load_map, save_map
from tests.factories import small_map


def test_load_save_load_save_is_byte_identical(tmp_path):
    first, second = tmp_path / "a.jmap", tmp_path / "b.jmap"
    save_map(small_map(), first)
    save_map(load_map(first), second)
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text("utf-8")
    assert text.startswith('{\n  "format": "jmap",\n  "schema_version": 2,')
    assert text.endswith("}\n")


def test_save_keeps_previous_version_as_bak(tmp_path):
    path = tmp_path / "map.jmap"
    doc = small_map()
    save_map(doc, path)
    old = path.read_bytes()
    doc.meta.title = "Second version"
    save_map(doc, path)
    assert (tmp_path / "map.jmap.bak").read_bytes() == old
    assert load_map(path).meta.title == "Second version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.jmap", "map.jmap.bak"]


@pytest.mark.parametrize(("code", "words"), [(errno.ENOSPC, "disk is full"),
                                             (errno.EACCES, "no permission")])
def test_failed_replace_leaves_old_file_and_no_temp(tmp_path, monkeypatch, code, words):
    path = tmp_path / "map.jmap"
    save_map(small_map(), path)
    old = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", broken_replace)
    doc = small_map()
    doc.meta.title = "Never written"
    with pytest.raises(SaveError) as info:
        save_map(doc, path)
    assert words in info.value.message and str(path) in str(info.value)
    assert path.read_bytes() == old
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_failed_write_midway(tmp_path, monkeypatch):
    path = tmp_path / "map.jmap"
    save_map(small_map(), path)
    old = path.read_bytes()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(SaveError):
        save_map(small_map(), path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["map.jmap"]


def test_missing_folder_and_folder_target(tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        save_map(small_map(), tmp_path / "nope" / "map.jmap")
    with pytest.raises(SaveError, match="folder"):
        save_map(small_map(), tmp_path)


def test_unknown_fields_survive_a_round_trip(tmp_path):
    import json

    data = json.loads(dumps_map(small_map()))
    data["future_top"] = {"layers": [1, 2]}
    data["meta"]["mood_board"] = "blue"
    data["cards"][0]["sticker"] = {"shape": "star"}
    path = tmp_path / "future.jmap"
    path.write_text(json.dumps(data), "utf-8")
    save_map(load_map(path), path)
    again = json.loads(path.read_text("utf-8"))
    assert again["future_top"] == {"layers": [1, 2]}
    assert again["meta"]["mood_board"] == "blue"
    assert again["cards"][0]["sticker"] == {"shape": "star"}
