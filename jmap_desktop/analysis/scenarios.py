"""Scenarios: the paths through the journey from entry cards to exit cards.

An entry card has no incoming flow, an exit card no outgoing flow (cards without any flow are
not part of a scenario). A scenario's pain points and moments of truth are those *on* the path,
those linked to a path card by any connection (a pain point attached to the step where it
hurts), and those in the stages the path passes through (maps seldom link every pain point). Scenarios are ranked worst first by their mean
emotion (unscored paths last), then by more pain points.

Enumeration is bounded: the number of paths is counted exactly by dynamic programming over the
acyclic graph (it can be astronomically large), and only the first ``limit`` paths are listed.
On a graph with cycles, paths are simple paths, and counting them is as hard as it gets (a
clique of a dozen cards holds billions), so the search has a budget of work, not only of paths
kept: it visits at most ``max_steps`` nodes, never enters a card from which no exit can be
reached, and says when the count it reports is only a lower bound.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import CardKind, JourneyMap
from .graph import card_order_key, flow_graph

if TYPE_CHECKING:
    import networkx as nx


@dataclass
class Scenario:
    cards: list[str]
    stages: list[str]
    emotion_by_stage: dict[str, float | None]
    mean_emotion: float | None
    pain_points: list[str]
    moments_of_truth: list[str]
    rank_key: tuple = field(default=(), repr=False)


MAX_STEPS = 100_000  # nodes visited while listing the paths of a graph with cycles


@dataclass
class ScenarioSearch:
    scenarios: list[Scenario]
    total: int  # the number of paths; a lower bound when ``exact`` is False
    exact: bool


def find_scenarios(doc: JourneyMap, limit: int = 50) -> tuple[list[Scenario], int]:
    """The first ``limit`` scenarios, ranked worst first, and the number of paths."""
    found = search_scenarios(doc, limit)
    return found.scenarios, found.total


def search_scenarios(doc: JourneyMap, limit: int = 50, max_steps: int = MAX_STEPS) -> ScenarioSearch:
    """The first ``limit`` scenarios, ranked worst first, with how many paths there are."""
    import networkx as nx  # on first analysis, not at start (see graph.py)

    graph, _ = flow_graph(doc)
    active = graph.subgraph([n for n in graph if graph.degree(n) > 0])
    entries = sorted((n for n in active if active.in_degree(n) == 0), key=card_order_key(doc))
    exits = {n for n in active if active.out_degree(n) == 0}
    exact = True
    if nx.is_directed_acyclic_graph(active):
        total = _count_paths(active, entries, exits)
        paths = list(itertools.islice(_dag_paths(active, entries, exits, doc), limit))
    else:
        paths, total, exact = _simple_paths(active, entries, exits, doc, limit, max_steps)
    cards = {c.id: c for c in doc.cards}
    scenarios = [_scenario(doc, path, cards) for path in paths]
    scenarios.sort(key=lambda s: s.rank_key)
    return ScenarioSearch(scenarios, total, exact)


def _simple_paths(graph: nx.DiGraph, entries: list[str], exits: set[str], doc: JourneyMap,
                  limit: int, max_steps: int) -> tuple[list[list[str]], int, bool]:
    """Simple paths from entries to exits, depth first in map order, within ``max_steps``
    visited nodes: (the first ``limit`` paths, how many were counted, whether that is all)."""
    import networkx as nx

    useful = set(exits)  # cards from which some exit can still be reached
    for exit_ in exits:
        useful.update(nx.ancestors(graph, exit_))
    key = card_order_key(doc)
    # Successors in reverse map order (the stack then pops them in map order), computed once:
    # graph views and sort keys are far too slow to ask again at every step.
    ahead = {node: sorted((s for s in graph.successors(node) if s in useful), key=key, reverse=True)
             for node in useful}
    paths: list[list[str]] = []
    count = steps = 0
    for entry in entries:
        if entry not in useful:
            continue
        stack = [(entry, (entry,))]
        while stack:
            steps += 1
            if steps > max_steps:
                return paths, count, False
            node, path = stack.pop()
            if node in exits:
                count += 1
                if len(paths) < limit:
                    paths.append(list(path))
                continue
            on_path = set(path)
            stack.extend((succ, (*path, succ)) for succ in ahead[node] if succ not in on_path)
    return paths, count, True


def _count_paths(graph: nx.DiGraph, entries: list[str], exits: set[str]) -> int:
    import networkx as nx

    counts: dict[str, int] = {}
    for node in reversed(list(nx.topological_sort(graph))):
        succ = list(graph.successors(node))
        counts[node] = 1 if node in exits else sum(counts[s] for s in succ)
    return sum(counts[e] for e in entries)


def _dag_paths(graph: nx.DiGraph, entries: list[str], exits: set[str], doc: JourneyMap):
    """Depth-first, in map order, yielding paths lazily (so a cap costs only what it lists)."""
    key = card_order_key(doc)
    for entry in entries:
        stack = [(entry, [entry])]
        while stack:
            node, path = stack.pop()
            if node in exits:
                yield path
                continue
            for succ in sorted(graph.successors(node), key=key, reverse=True):
                stack.append((succ, path + [succ]))


def _scenario(doc: JourneyMap, path: list[str], cards: dict) -> Scenario:
    on_path = set(path)
    linked = {conn.source_id if conn.target_id in on_path else conn.target_id
              for conn in doc.connections
              if (conn.source_id in on_path) != (conn.target_id in on_path)}
    path_stages = {cards[cid].stage_id for cid in path}
    nearby = {c.id for c in doc.cards if c.stage_id in path_stages} - on_path
    extra = sorted((linked & cards.keys()) | nearby, key=card_order_key(doc))
    candidates = list(path) + extra
    pains = [cid for cid in candidates if cards[cid].kind == CardKind.PAIN_POINT]
    moments = [cid for cid in candidates if cards[cid].kind == CardKind.MOMENT_OF_TRUTH]
    stage_names = [s.id for s in doc.stages]
    by_stage: dict[str, list[float]] = {}
    for cid in path:
        card = cards[cid]
        if card.emotion is not None:
            by_stage.setdefault(card.stage_id, []).append(card.emotion)
    stages = [sid for sid in stage_names if any(cards[cid].stage_id == sid for cid in path)]
    emotion = {sid: (sum(by_stage[sid]) / len(by_stage[sid]) if sid in by_stage else None)
               for sid in stages}
    scores = [s for values in by_stage.values() for s in values]
    mean = sum(scores) / len(scores) if scores else None
    rank = (mean is None, mean if mean is not None else 0.0, -len(pains), len(path))
    return Scenario(path, stages, emotion, mean, pains, moments, rank)
