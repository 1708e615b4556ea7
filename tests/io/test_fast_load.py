"""Files of the current version are parsed and validated in one pass by pydantic; anything
unusual falls back to the careful path, so the messages stay the same."""

import json

import pytest

from jmap_desktop.io import LoadError, LoadProblem, dumps_map, load_map, loads_map
from jmap_desktop.io.load import _load_current
from jmap_desktop.model import SCHEMA_VERSION
from tests.factories import small_map


def test_a_saved_map_takes_the_one_pass_path_and_reads_back_equal():
    text = dumps_map(small_map())
    fast = _load_current(text, "map.jmap")
    assert fast is not None
    assert fast == small_map().model_validate(json.loads(text))
    assert dumps_map(fast) == text


def test_unknown_fields_nested_too_deep_are_still_refused_with_their_place(tmp_path):
    data = json.loads(dumps_map(small_map()))
    deep = {}
    for _ in range(300):  # past the 201 levels pydantic's parser takes
        deep = {"x": deep}
    data["cards"][0]["future_field"] = deep
    path = tmp_path / "deep.jmap"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _load_current(path.read_text(encoding="utf-8"), path) is None
    with pytest.raises(LoadError) as info:
        load_map(path)
    assert info.value.kind == LoadProblem.TOO_DEEP
    assert info.value.place.startswith("cards[0].future_field")


def test_a_repeated_version_key_goes_the_careful_way():
    text = dumps_map(small_map())
    sneaky = text.rstrip().rstrip("}") + f', "schema_version": {SCHEMA_VERSION + 5}}}'
    with pytest.raises(LoadError) as info:
        loads_map(sneaky)
    assert info.value.kind == LoadProblem.TOO_NEW
