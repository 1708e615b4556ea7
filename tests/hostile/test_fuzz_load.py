"""Hypothesis fuzz of load_map: any bytes, and valid maps with random damage, either open (and
then save and reopen identically) or raise a LoadError; nothing else escapes. ``make fuzz``
runs many more examples (JMAP_FUZZ_EXAMPLES)."""

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.io import LoadError, dumps_map, loads_map
from tests.factories import small_map

EXAMPLES = int(os.environ.get("JMAP_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="JMAP_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
GOOD = dumps_map(small_map())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


def _survives(raw):
    try:
        doc = loads_map(raw)
    except LoadError as exc:
        assert exc.problems and exc.message
        return
    text = dumps_map(doc)  # whatever opens must save (no NaN, no unencodable text) and reopen
    assert dumps_map(loads_map(text)) == text


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(raw):
    _survives(raw)


@FUZZ
@given(st.integers(0, len(GOOD) - 1), st.integers(0, 40), st.binary(max_size=12))
def test_damaged_bytes(at, cut, insert):
    raw = GOOD.encode("utf-8")
    _survives(raw[:at] + insert + raw[at + cut:])


def _paths(data, prefix=()):
    yield prefix
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        yield from _paths(value, prefix + (key,))


PATHS = [p for p in _paths(json.loads(GOOD)) if p]


@FUZZ
@given(st.sampled_from(PATHS), json_values, st.sampled_from([0, 1, 2]))
def test_valid_structure_with_one_value_replaced(path, value, version):
    data = json.loads(GOOD)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    if path != ("schema_version",):
        data["schema_version"] = version
    _survives(json.dumps(data))
