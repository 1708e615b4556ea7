"""Broken input: a readable LoadError naming file and place, and the file left untouched."""

import json
import os

import pytest

from jmap_desktop.io import LoadError, LoadProblem, dumps_map, load_map, loads_map
from jmap_desktop.model import SCHEMA_VERSION
from jmap_desktop.model.limits import MAX_TEXT
from tests.factories import small_map


def good_data() -> dict:
    return json.loads(dumps_map(small_map()))


def write(tmp_path, content, name="map.jmap"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def load_error(path) -> LoadError:
    before = path.read_bytes() if path.is_file() else None
    mtime = os.stat(path).st_mtime_ns if path.is_file() else None
    with pytest.raises(LoadError) as info:
        load_map(path)
    if before is not None:  # never a write to that file
        assert path.read_bytes() == before
        assert os.stat(path).st_mtime_ns == mtime
    assert str(path) in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("content", "kind", "place", "words"),
    [
        ("", LoadProblem.NOT_JSON, "file", "empty"),
        ('{"format": "jmap",\n "stages": [', LoadProblem.NOT_JSON, "line 2", "truncated"),
        ("not json at all", LoadProblem.NOT_JSON, "line 1, column 1", "not valid JSON"),
        (b"\xff\xfe\x00garbage\x00\x01", LoadProblem.NOT_TEXT, "line 1", "not UTF-8"),
        ("[1, 2]", LoadProblem.NOT_JMAP, "(top level)", "a list"),
        ('{"format": "pptx"}', LoadProblem.NOT_JMAP, "format", "not a journey map"),
        ('{"stages": []}', LoadProblem.NOT_JMAP, "format", "no format marker"),
        ("[" * 50_000 + "]" * 50_000, LoadProblem.TOO_DEEP, "", "deep"),
    ],
)
def test_unreadable_content(tmp_path, content, kind, place, words):
    error = load_error(write(tmp_path, content))
    assert error.kind == kind
    assert error.place.startswith(place)
    assert words in error.message


def test_newer_schema_is_refused_naming_both_versions(tmp_path):
    data = good_data()
    data["schema_version"] = 7
    error = load_error(write(tmp_path, json.dumps(data)))
    assert error.kind == LoadProblem.TOO_NEW
    assert "version 7" in error.message and f"version {SCHEMA_VERSION}" in error.message


@pytest.mark.parametrize(
    ("mutate", "place", "words"),
    [
        (lambda d: d["cards"][2].update(emotion="very sad"), "cards[2].emotion", "number"),
        (lambda d: d["cards"][0].update(emotion=5), "cards[0].emotion", "outside the map's scale"),
        (lambda d: d["cards"][1].update(stage_id="s-nowhere"), "cards[1].stage_id", "no stage"),
        (lambda d: d["connections"][0].update(target_id="ghost"), "connections[0].target_id", "no card"),
        (lambda d: d["cards"][1].update(id="c1"), "cards[1].id", "duplicate id"),
        (lambda d: d["cards"][0].update(text="x" * (MAX_TEXT + 1)), "cards[0].text", "at most"),
        (lambda d: d["cards"][0].update(colour="red"), "cards[0].colour", "pattern"),
        (lambda d: d["cards"][0].update(kind="sticker"), "cards[0].kind", "input should be"),
        (lambda d: d.update(stages="many"), "stages", "list"),
        (lambda d: d["cards"][0].pop("lane_id"), "cards[0].lane_id", "required"),
        (lambda d: d["meta"].update(primary_persona_id="nobody"), "meta.primary_persona_id", "no persona"),
        (lambda d: d["meta"].update(logo={"media_type": "image/png", "data": "bm90IGFuIGltYWdl"}),
         "meta.logo.data", "neither PNG nor JPEG"),
        (lambda d: d["meta"].update(logo={"media_type": "image/png", "data": "%%%"}),
         "meta.logo.data", "base64"),
        (lambda d: d.update(schema_version="one"), "schema_version", "whole number"),
    ],
)
def test_invalid_documents_name_the_place(tmp_path, mutate, place, words):
    data = good_data()
    mutate(data)
    error = load_error(write(tmp_path, json.dumps(data)))
    assert error.kind == LoadProblem.INVALID
    assert any(p.place == place and words in p.message for p in error.problems), error.problems


def test_missing_file_and_folder(tmp_path):
    assert load_error(tmp_path / "absent.jmap").kind == LoadProblem.MISSING
    assert load_error(tmp_path).kind == LoadProblem.MISSING


def test_huge_string_is_reported_not_echoed(tmp_path):
    data = good_data()
    data["meta"]["title"] = "t" * 3_000_000
    error = load_error(write(tmp_path, json.dumps(data)))
    assert error.place == "meta.title"
    assert len(str(error)) < 500  # the message names the problem without repeating the input


def test_many_problems_are_capped():
    data = good_data()
    for card in data["cards"]:
        card["stage_id"] = "gone"
    data["cards"] = data["cards"] * 10
    for i, card in enumerate(data["cards"]):
        card["id"] = f"x{i}"
    with pytest.raises(LoadError) as info:
        loads_map(json.dumps(data))
    assert len(info.value.problems) == 21
    assert "more problem" in info.value.problems[-1].message
