"""Every bundled template is a valid, realistic map that round-trips byte for byte."""

import datetime as dt
from collections import Counter

import pytest

from jmap_desktop.analysis.checks import structure_checks
from jmap_desktop.io import dumps_map, load_map
from jmap_desktop.io.templates import list_templates, template_info
from jmap_desktop.layout import Rect, compute_layout
from jmap_desktop.model import (
    CardKind,
    ConnectionKind,
    EvidenceStatus,
    LaneKind,
    find_problems,
)

TEMPLATES = list_templates()
NAMES = [t.name for t in TEMPLATES]
STAMP = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
# Lanes where a score says how the persona feels at that step.
FEELING_LANES = {LaneKind.ACTIONS, LaneKind.FEELINGS, LaneKind.EMOTION}
PREFIXES = {"personas": "persona-", "stages": "stage-", "lanes": "lane-", "cards": "card-",
            "connections": "conn-"}

FILLED = [t for t in TEMPLATES if t.name != "blank"]
RESEARCHED = [t for t in FILLED if t.name != "first-hypothesis-sketch"]


def _load(name):
    return load_map(template_info(name).path)


def test_the_eight_templates_come_first_in_order():
    assert NAMES[:8] == ["blank", "first-hypothesis-sketch", "b2c-online-purchase", "b2b-purchase",
                         "saas-trial-onboarding", "service-blueprint", "employee-onboarding",
                         "patient-visit"]


@pytest.mark.parametrize("info", TEMPLATES, ids=NAMES)
def test_template_is_valid_deterministic_and_round_trips(info):
    doc = load_map(info.path)
    assert find_problems(doc) == []
    assert dumps_map(doc) == info.path.read_text("utf-8")
    assert doc.meta.created == doc.meta.modified == STAMP
    assert info.title == doc.meta.title
    # One sentence saying what the template is for.
    assert info.description.endswith(".") and ". " not in info.description
    for collection, prefix in PREFIXES.items():
        for entity in getattr(doc, collection):
            assert entity.id.startswith(prefix), entity.id
    assert doc.stages and doc.lanes and doc.meta.scenario
    assert doc.meta.primary_persona_id in {p.id for p in doc.personas}


def test_blank_has_only_stages_lanes_and_a_scenario_prompt():
    doc = _load("blank")
    assert doc.cards == [] and doc.connections == []
    assert len(doc.stages) >= 4 and len(doc.lanes) >= 4
    assert doc.meta.scenario.endswith("?")  # a prompt to fill in, not a story
    assert [p.name for p in doc.personas] == ["Persona name"]


@pytest.mark.parametrize("info", FILLED, ids=[t.name for t in FILLED])
def test_template_tells_a_persona_story(info):
    doc = load_map(info.path)
    persona = next(p for p in doc.personas if p.id == doc.meta.primary_persona_id)
    assert persona.name and persona.role and persona.goals and persona.needs
    assert persona.frustrations and persona.quote.startswith('"')
    assert doc.meta.goal and doc.meta.expectations
    lanes = {lane.id: lane for lane in doc.lanes}
    scored = [c for c in doc.cards if c.emotion is not None]
    assert len(scored) >= 4
    assert all(lanes[c.lane_id].kind in FEELING_LANES for c in scored)
    assert all(doc.emotion_scale.min <= c.emotion <= doc.emotion_scale.max for c in scored)
    for card in doc.cards:
        assert 1 <= len(card.text.split()) <= 15, card.text  # sticky notes, not paragraphs
        if card.kind == CardKind.QUOTE:
            assert card.text.startswith('"') and card.text.endswith('"'), card.text


@pytest.mark.parametrize("info", FILLED, ids=[t.name for t in FILLED])
def test_flow_between_actions_branches_into_alternative_paths(info):
    doc = load_map(info.path)
    lanes = {lane.id: lane.kind for lane in doc.lanes}
    cards = {c.id: c for c in doc.cards}
    flow = [c for c in doc.connections if c.kind == ConnectionKind.FLOW]
    assert all(lanes[cards[c.source_id].lane_id] == LaneKind.ACTIONS for c in flow)
    assert all(lanes[cards[c.target_id].lane_id] == LaneKind.ACTIONS for c in flow)
    outgoing = Counter(c.source_id for c in flow)
    assert max(outgoing.values()) >= 2  # a fork: the journey can go two ways


@pytest.mark.parametrize("info", FILLED, ids=[t.name for t in FILLED])
def test_arrows_never_run_through_another_card(info):
    layout = compute_layout(load_map(info.path))
    for route in layout.connections.values():
        for (x1, y1), (x2, y2) in zip(route.points, route.points[1:], strict=False):
            segment = Rect(min(x1, x2) - 0.5, min(y1, y2) - 0.5, abs(x2 - x1) + 1, abs(y2 - y1) + 1)
            crossed = [cid for cid, box in layout.cards.items()
                       if cid not in (route.source_id, route.target_id)
                       and segment.intersects(box.rect)]
            assert crossed == [], route.connection_id


@pytest.mark.parametrize("info", FILLED, ids=[t.name for t in FILLED])
def test_a_coach_finds_nothing_to_point_out(info):
    assert structure_checks(load_map(info.path)) == []


def test_the_sketch_is_all_guesswork_on_few_lanes():
    doc = _load("first-hypothesis-sketch")
    assert {c.evidence.status for c in doc.cards} == {EvidenceStatus.HYPOTHESIS}
    assert all(not c.evidence.sources for c in doc.cards)
    assert len(doc.lanes) <= 5


@pytest.mark.parametrize("info", RESEARCHED, ids=[t.name for t in RESEARCHED])
def test_researched_template_mixes_evidence_and_card_kinds(info):
    doc = load_map(info.path)
    statuses = Counter(c.evidence.status for c in doc.cards)
    assert statuses[EvidenceStatus.HYPOTHESIS] >= 5 and statuses[EvidenceStatus.VALIDATED] >= 5
    for card in doc.cards:
        if card.evidence.status != EvidenceStatus.HYPOTHESIS:
            assert card.evidence.sources, card.text
            for source in card.evidence.sources:
                assert source.date and source.description and source.link, card.text
        if card.kind == CardKind.TOUCHPOINT:
            assert card.channel is not None, card.text
        if card.kind == CardKind.METRIC:
            metric = card.metric
            assert metric and metric.value is not None and metric.unit and metric.target is not None
        if card.kind == CardKind.MOMENT_OF_TRUTH:
            assert card.polarity is not None, card.text
    kinds = {c.kind for c in doc.cards}
    assert {CardKind.TOUCHPOINT, CardKind.PAIN_POINT, CardKind.OPPORTUNITY,
            CardKind.MOMENT_OF_TRUTH, CardKind.QUOTE, CardKind.QUESTION, CardKind.METRIC} <= kinds
    sources = {s.kind for c in doc.cards for s in c.evidence.sources}
    assert len(sources) >= 2  # evidence from more than one kind of research


def test_b2c_is_the_richest_example():
    doc = _load("b2c-online-purchase")
    assert [s.name for s in doc.stages] == ["Awareness", "Consideration", "Decision", "Purchase",
                                            "Post-purchase"]
    assert 40 <= len(doc.cards) <= 60
    kinds = [lane.kind for lane in doc.lanes]
    assert LaneKind.EMOTION in kinds and LaneKind.MOMENTS_OF_TRUTH in kinds
    emotion_lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.EMOTION)
    chips = [c for c in doc.cards if c.lane_id == emotion_lane.id]
    assert {c.stage_id for c in chips} == {s.id for s in doc.stages}
    assert all(c.emotion is not None for c in chips)
    assert EvidenceStatus.INVALIDATED in {c.evidence.status for c in doc.cards}
    assert len(doc.cards) == max(len(_load(n).cards) for n in NAMES)


def test_b2b_stages():
    assert [s.name for s in _load("b2b-purchase").stages] == [
        "Awareness", "Research", "Evaluation", "Decision", "Validation", "Loyalty"]


def test_blueprint_lanes_and_dependencies_from_frontstage_to_backstage():
    doc = _load("service-blueprint")
    kinds = [lane.kind for lane in doc.lanes]
    order = [LaneKind.ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT]
    assert [k for k in kinds if k in order] == order  # the blueprint's lines fall between them
    assert kinds[0] == LaneKind.TOUCHPOINTS  # physical evidence above the customer
    lane_of = {c.id: next(ln.kind for ln in doc.lanes if ln.id == c.lane_id) for c in doc.cards}
    pairs = {(lane_of[c.source_id], lane_of[c.target_id]) for c in doc.connections
             if c.kind == ConnectionKind.DEPENDENCY}
    assert (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE) in pairs
    assert (LaneKind.BACKSTAGE, LaneKind.SUPPORT) in pairs
    layout = compute_layout(doc)
    assert [line.kind for line in layout.blueprint_lines] == ["interaction", "visibility",
                                                              "internal"]


def test_patient_visit_follows_two_personas():
    doc = _load("patient-visit")
    assert len(doc.personas) == 2
    owners = Counter(c.persona_id for c in doc.cards if c.persona_id)
    assert set(owners) == {p.id for p in doc.personas}

