"""Everything the analysis knows about a map, in one report, and its JSON form for the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import JourneyMap
from .checks import Check, structure_checks
from .coverage import Coverage, Hotspot, evidence_coverage, hotspots
from .emotion import StageEmotion, emotion_by_persona, emotion_by_stage
from .graph import GraphReport, analyse_graph
from .scenarios import Scenario, search_scenarios
from .votes import VotedCard, ranked_by_votes


@dataclass
class AnalysisReport:
    scenarios: list[Scenario]
    scenarios_total: int
    emotion: list[StageEmotion]
    emotion_by_persona: dict[str, list[StageEmotion]]
    hotspots: list[Hotspot]
    evidence: Coverage
    checks: list[Check]
    graph: GraphReport
    votes: list[VotedCard] = field(default_factory=list)  # workshop dots, most first
    scenarios_exact: bool = True  # False: the flow has so many paths only some were counted


def analyze(doc: JourneyMap, max_scenarios: int = 50) -> AnalysisReport:
    graph = analyse_graph(doc)
    found = search_scenarios(doc, max_scenarios)
    return AnalysisReport(found.scenarios, found.total, emotion_by_stage(doc), emotion_by_persona(doc),
                          hotspots(doc), evidence_coverage(doc), structure_checks(doc), graph,
                          ranked_by_votes(doc), found.exact)


def report_to_json(report: AnalysisReport) -> dict:
    return {
        "scenarios": [
            {"cards": s.cards, "stages": s.stages, "emotion_by_stage": s.emotion_by_stage,
             "mean_emotion": s.mean_emotion, "pain_points": s.pain_points,
             "moments_of_truth": s.moments_of_truth}
            for s in report.scenarios
        ],
        "scenarios_total": report.scenarios_total,
        "scenarios_total_exact": report.scenarios_exact,
        "emotion_by_stage": {e.stage_id: e.mean for e in report.emotion},
        "emotion_counts": {e.stage_id: e.count for e in report.emotion},
        "emotion_by_persona": {pid: {e.stage_id: e.mean for e in curve}
                               for pid, curve in report.emotion_by_persona.items()},
        "hotspots": [{"stage_id": h.stage_id, "lane_id": h.lane_id, "pain_points": h.pain_points,
                      "negative": h.negative, "score": h.score} for h in report.hotspots],
        "evidence": {**report.evidence.shares, "total": report.evidence.total,
                     "by_stage": report.evidence.by_stage},
        "checks": [{"code": c.code, "message": c.message, "ids": list(c.ids)} for c in report.checks],
        "cycles": report.graph.cycles,
        "missing_connections": report.graph.missing,
        "unreached": report.graph.unreached,
        "votes": [{"card_id": v.card_id, "votes": v.votes} for v in report.votes],
    }
