"""Journey analysis (no Qt): flow graph, scenarios, emotion curve, evidence, hotspots, checks."""

from .checks import Check, structure_checks
from .coverage import Coverage, Hotspot, evidence_coverage, hotspots
from .emotion import StageEmotion, emotion_by_persona, emotion_by_stage
from .graph import GraphReport, analyse_graph, flow_graph
from .report import AnalysisReport, analyze, report_to_json
from .scenarios import Scenario, find_scenarios

__all__ = [
    "Check", "structure_checks", "Coverage", "Hotspot", "evidence_coverage", "hotspots",
    "StageEmotion", "emotion_by_persona", "emotion_by_stage", "GraphReport", "analyse_graph",
    "flow_graph", "AnalysisReport", "analyze", "report_to_json", "Scenario", "find_scenarios",
]
