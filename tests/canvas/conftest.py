"""Fixtures for canvas tests: a small map and a driver over a real view."""

from __future__ import annotations

import pytest

from jmap_desktop.model import Card, Connection, DocumentStore, Lane, LaneKind, Stage

from .driver import CanvasDriver


def small_map() -> DocumentStore:
    """Three stages, three lanes (actions, pain points, emotion); a few cards."""
    store = DocumentStore()
    for sid, name in (("s1", "Discover"), ("s2", "Buy"), ("s3", "Use")):
        store.add_stage(Stage(id=sid, name=name))
    store.add_lane(Lane(id="l1", name="Actions", kind=LaneKind.ACTIONS))
    store.add_lane(Lane(id="l2", name="Pain points", kind=LaneKind.PAIN_POINTS))
    store.add_lane(Lane(id="l3", name="Emotion", kind=LaneKind.EMOTION))
    for i in range(3):
        store.add_card(Card(id=f"a{i}", stage_id="s1", lane_id="l1", text=f"step {i}"))
    store.add_card(Card(id="b0", stage_id="s2", lane_id="l1", text="compare prices"))
    store.add_card(Card(id="p0", stage_id="s2", lane_id="l2", text="hidden fees", kind="pain_point"))
    store.add_card(Card(id="e0", stage_id="s1", lane_id="l3", text="curious", emotion=1.0))
    store.add_connection(Connection(id="k0", source_id="a0", target_id="b0"))
    return store


@pytest.fixture
def ui(qtbot) -> CanvasDriver:
    return CanvasDriver(qtbot, small_map())
