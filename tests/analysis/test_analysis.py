"""Analysis on crafted maps with known answers: paths, curves, coverage, hotspots, checks."""

import json
import subprocess
import sys

import pytest

from jmap_desktop.analysis import (
    analyse_graph,
    analyze,
    emotion_by_persona,
    emotion_by_stage,
    evidence_coverage,
    find_scenarios,
    hotspots,
    report_to_json,
    structure_checks,
)
from jmap_desktop.analysis.graph import flow_graph
from jmap_desktop.analysis.scenarios import search_scenarios
from jmap_desktop.cli.main import main
from jmap_desktop.io import save_map
from jmap_desktop.model import (
    Card,
    CardKind,
    Channel,
    Connection,
    ConnectionKind,
    DocumentStore,
    Evidence,
    EvidenceStatus,
    Lane,
    LaneKind,
    Persona,
    Source,
    Stage,
)


def branching_store():
    """a -> b1 -> c, a -> b2 -> c (branch and merge); b2 is painful; a pain point hangs off b2."""
    s = DocumentStore()
    for sid in ("s1", "s2", "s3"):
        s.add_stage(Stage(id=sid, name=sid.upper()))
    s.add_lane(Lane(id="act", name="Actions", kind=LaneKind.ACTIONS))
    s.add_lane(Lane(id="pain", name="Pain", kind=LaneKind.PAIN_POINTS))
    s.add_lane(Lane(id="opp", name="Ideas", kind=LaneKind.OPPORTUNITIES))
    s.add_persona(Persona(id="p1", name="Ana"))
    s.add_persona(Persona(id="p2", name="Bo"))
    for cid, stage, emotion, persona in (("a", "s1", 1.0, "p1"), ("b1", "s2", 2.0, "p1"),
                                         ("b2", "s2", -2.0, "p2"), ("c", "s3", None, None)):
        s.add_card(Card(id=cid, stage_id=stage, lane_id="act", text=cid, emotion=emotion,
                        persona_id=persona))
    s.add_card(Card(id="pp", stage_id="s2", lane_id="pain", kind=CardKind.PAIN_POINT, text="Waits",
                    evidence=Evidence(status=EvidenceStatus.VALIDATED)))
    s.add_card(Card(id="op", stage_id="s3", lane_id="opp", kind=CardKind.OPPORTUNITY, text="Idea"))
    for cid, src, dst in (("k1", "a", "b1"), ("k2", "a", "b2"), ("k3", "b1", "c"), ("k4", "b2", "c")):
        s.add_connection(Connection(id=cid, source_id=src, target_id=dst))
    s.add_connection(Connection(id="k5", source_id="b2", target_id="pp", kind=ConnectionKind.DEPENDENCY))
    return s


def test_scenarios_branch_merge_ranked_worst_first():
    scenarios, total = find_scenarios(branching_store().doc)
    assert total == 2
    assert [s.cards for s in scenarios] == [["a", "b2", "c"], ["a", "b1", "c"]]
    worst = scenarios[0]
    assert worst.pain_points == ["pp"]  # linked to b2 by a dependency connection
    assert worst.emotion_by_stage == {"s1": 1.0, "s2": -2.0, "s3": None}
    assert worst.mean_emotion == pytest.approx(-0.5)
    assert scenarios[1].mean_emotion == pytest.approx(1.5)


def test_cycles_and_unreached_cards():
    s = branching_store()
    s.add_card(Card(id="x", stage_id="s1", lane_id="act", text="loop start"))
    s.add_card(Card(id="y", stage_id="s2", lane_id="act", text="loop end"))
    s.add_connection(Connection(id="k6", source_id="x", target_id="y"))
    s.add_connection(Connection(id="k7", source_id="y", target_id="x"))
    report = analyse_graph(s.doc)
    assert report.cycles == [["x", "y"]]
    assert report.unreached == ["x", "y"]  # no entry card leads into the loop
    scenarios, total = find_scenarios(s.doc)
    assert total == 2  # simple paths on a cyclic graph


def test_huge_branching_is_counted_not_enumerated():
    s = DocumentStore()
    s.add_lane(Lane(id="act", kind=LaneKind.ACTIONS))
    layers = []
    for i in range(30):
        s.add_stage(Stage(id=f"s{i}"))
        layers.append([s.add_card(Card(id=f"c{i}-{j}", stage_id=f"s{i}", lane_id="act")).id
                       for j in range(4)])
    for upper, lower in zip(layers, layers[1:], strict=False):
        for a in upper:
            for b in lower:
                s.add_connection(Connection(source_id=a, target_id=b))
    scenarios, total = find_scenarios(s.doc, limit=20)
    assert total == 4 ** 30
    assert len(scenarios) == 20 and all(len(sc.cards) == 30 for sc in scenarios)


def test_emotion_curve_per_stage_and_persona():
    doc = branching_store().doc
    curve = emotion_by_stage(doc)
    assert [(e.stage_id, e.mean, e.count) for e in curve] == [("s1", 1.0, 1), ("s2", 0.0, 2),
                                                              ("s3", None, 0)]
    personas = emotion_by_persona(doc)
    assert [e.mean for e in personas["p1"]] == [1.0, 2.0, None]
    assert [e.mean for e in personas["p2"]] == [None, -2.0, None]


def test_evidence_coverage_and_hotspots():
    doc = branching_store().doc
    coverage = evidence_coverage(doc)
    assert coverage.shares["validated"] == pytest.approx(1 / 6)
    assert coverage.shares["hypothesis"] == pytest.approx(5 / 6)
    assert coverage.by_stage["s2"]["validated"] == pytest.approx(1 / 3)
    top = hotspots(doc)
    assert (top[0].stage_id, top[0].lane_id, top[0].score) == ("s2", "act", 2.0)
    assert (top[1].stage_id, top[1].lane_id, top[1].pain_points) == ("s2", "pain", 1)


def test_structure_checks():
    s = branching_store()
    s.add_stage(Stage(id="s4", name="Empty stage"))
    s.add_lane(Lane(id="tp", name="Touchpoints", kind=LaneKind.TOUCHPOINTS))
    s.add_lane(Lane(id="spare", name="Spare", kind=LaneKind.CUSTOM))
    s.add_card(Card(id="t1", stage_id="s1", lane_id="tp", kind=CardKind.TOUCHPOINT, text="Site"))
    s.add_card(Card(id="t2", stage_id="s1", lane_id="tp", kind=CardKind.TOUCHPOINT,
                    channel=Channel.WEB, evidence=Evidence(sources=[Source(description="5 calls")])))
    found = {(c.code, c.ids) for c in structure_checks(s.doc)}
    assert found == {
        ("stage-without-action", ("s4",)),
        ("touchpoint-without-channel", ("t1",)),
        ("hypothesis-with-sources", ("t2",)),
        ("opportunity-without-pain-point", ("op",)),
        ("empty-lane", ("spare",)),
    }


def test_report_json_has_the_documented_keys():
    data = report_to_json(analyze(branching_store().doc))
    for key in ("scenarios", "scenarios_total", "emotion_by_stage", "hotspots", "evidence",
                "checks", "cycles"):
        assert key in data
    assert data["scenarios"][0]["cards"] == ["a", "b2", "c"]
    assert data["emotion_by_stage"] == {"s1": 1.0, "s2": 0.0, "s3": None}
    assert set(data["evidence"]) >= {"validated", "hypothesis", "invalidated", "by_stage"}
    json.dumps(data)  # serialisable


def test_analyze_cli_text_and_json(tmp_path, capsys):
    path = tmp_path / "branch.jmap"
    save_map(branching_store().doc, path)
    assert main(["analyze", str(path)]) == 0
    text = capsys.readouterr().out
    assert "Scenarios: 2 path(s)" in text and "a → b2 → c" in text
    result = subprocess.run([sys.executable, "-m", "jmap_desktop", "analyze", str(path), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert json.loads(result.stdout)["scenarios_total"] == 2
    assert main(["analyze", str(tmp_path / "missing.jmap")]) == 1


def test_pain_points_in_the_stages_a_scenario_passes_count_for_it():
    scenarios, _ = find_scenarios(branching_store().doc)
    best = scenarios[1]  # a -> b1 -> c never touches pp, but passes through its stage
    assert best.cards == ["a", "b1", "c"] and best.pain_points == ["pp"]


def _clique_map(n: int, exit_from_clique: bool):
    """A clique of ``n`` cards (every card flows to every other), entered from card "a"; card
    "c" is an exit reached from "b" and, when asked, also from the clique."""
    s = DocumentStore()
    s.add_stage(Stage(id="s", name="S"))
    s.add_lane(Lane(id="l", name="L"))
    for cid in [f"k{i}" for i in range(n)] + ["a", "b", "c"]:
        s.add_card(Card(id=cid, stage_id="s", lane_id="l", text=cid))
    for i in range(n):
        for j in range(n):
            if i != j:
                s.add_connection(Connection(source_id=f"k{i}", target_id=f"k{j}"))
    s.add_connection(Connection(source_id="a", target_id="k0"))
    s.add_connection(Connection(source_id="b", target_id="c"))
    if exit_from_clique:
        s.add_connection(Connection(source_id=f"k{n - 1}", target_id="c"))
    return s.doc


def test_a_clique_that_cannot_reach_an_exit_is_never_searched():
    # Before: every simple path inside the clique was tried (12! of them: minutes, frozen UI).
    found = search_scenarios(_clique_map(12, exit_from_clique=False), limit=50, max_steps=10_000)
    assert found.exact and found.total == 1
    assert [s.cards for s in found.scenarios] == [["b", "c"]]


def test_scenario_search_stops_at_its_work_budget_and_says_the_count_is_a_lower_bound():
    doc = _clique_map(12, exit_from_clique=True)
    found = search_scenarios(doc, limit=20, max_steps=5_000)
    assert not found.exact
    assert 20 <= found.total <= 5_000
    assert len(found.scenarios) == 20
    report = analyze(doc)
    assert not report.scenarios_exact and report_to_json(report)["scenarios_total_exact"] is False


def test_simple_paths_in_a_small_cyclic_flow_are_counted_exactly():
    import networkx as nx

    doc = _clique_map(4, exit_from_clique=True)
    found = search_scenarios(doc, limit=500)
    graph, _ = flow_graph(doc)
    expected = sum(1 for _ in nx.all_simple_paths(graph, "a", "c")) + 1  # and b -> c
    assert found.exact and found.total == expected == len(found.scenarios)
