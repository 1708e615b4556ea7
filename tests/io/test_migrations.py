"""Migrations: pure steps applied in order; old files open; steps never mutate their input."""

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.io import load_map
from jmap_desktop.io.migrations import MIGRATIONS, MigrationError, migrate
from jmap_desktop.model import SCHEMA_VERSION

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_version_0_fixture_opens_migrated():
    doc = load_map(FIXTURES / "v0" / "running-shoes.jmap")
    assert doc.schema_version == SCHEMA_VERSION
    assert doc.meta.title == "Buying running shoes (pre-release file)"
    assert [c.emotion for c in doc.cards] == [1, -1]
    assert [c.evidence.status for c in doc.cards] == ["validated", "hypothesis"]


def test_steps_apply_in_order_and_bump_one_version_each():
    seen = []

    def step(version):
        def apply(data):
            seen.append(version)
            return {**data, "schema_version": version + 1, f"v{version + 1}": True}
        return apply

    steps = {0: step(0), 1: step(1), 2: step(2)}
    out = migrate({"schema_version": 0}, steps, target=3)
    assert seen == [0, 1, 2]
    assert out == {"schema_version": 3, "v1": True, "v2": True, "v3": True}


def test_a_missing_or_wrong_step_is_an_error():
    with pytest.raises(MigrationError, match="no migration from schema version 1"):
        migrate({"schema_version": 1}, {0: lambda d: {**d, "schema_version": 1}}, target=2)
    with pytest.raises(MigrationError, match="produced version 5"):
        migrate({"schema_version": 0}, {0: lambda d: {**d, "schema_version": 5}}, target=1)


def test_version_1_fixture_opens_with_every_card_and_connection():
    path = FIXTURES / "v1" / "b2c-online-purchase.jmap"
    raw = json.loads(path.read_text("utf-8"))
    assert raw["schema_version"] == 1
    doc = load_map(path)
    assert doc.schema_version == SCHEMA_VERSION
    assert [c.id for c in doc.cards] == [c["id"] for c in raw["cards"]]
    assert [c.text for c in doc.cards] == [c["text"] for c in raw["cards"]]
    assert len(doc.connections) == len(raw["connections"])


@pytest.mark.parametrize("fixture", ["v0/running-shoes.jmap", "v1/b2c-online-purchase.jmap"])
def test_real_steps_do_not_mutate_the_fixtures(fixture):
    data = json.loads((FIXTURES / fixture).read_text("utf-8"))
    frozen = copy.deepcopy(data)
    for step in MIGRATIONS.values():
        step(data)
        assert data == frozen


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    extra=st.dictionaries(st.sampled_from(["title", "x", "notes"]), json_values, max_size=3),
    cards=st.lists(st.dictionaries(st.sampled_from(["score", "status", "text", "id"]), json_values,
                                   max_size=4), max_size=4),
)
def test_no_step_mutates_any_input(extra, cards):
    data = {"format": "jmap", "schema_version": 0, **extra, "cards": cards}
    frozen = copy.deepcopy(data)
    for step in MIGRATIONS.values():
        step(data)
        assert data == frozen
