"""The journey's flow graph (networkx): cards are nodes, flow connections are edges.

Dependency connections (a frontstage step relying on a backstage process) are not steps of the
customer's path, so scenarios follow ``flow`` edges only; both kinds count as "linked" for the
structure checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import ConnectionKind, JourneyMap

if TYPE_CHECKING:
    import networkx as nx

MAX_CYCLES = 20


@dataclass
class GraphReport:
    graph: nx.DiGraph
    cycles: list[list[str]]  # each a list of card ids, at most MAX_CYCLES
    missing: list[str]  # ids of connections whose ends are not cards
    unreached: list[str]  # connected cards that no path from an entry card reaches


def flow_graph(doc: JourneyMap) -> tuple[nx.DiGraph, list[str]]:
    """The flow graph of ``doc`` and the ids of connections pointing at missing cards."""
    # Imported on first analysis, not at start: networkx takes about 0.1-0.15 s to import and
    # the editor's window should not wait for it.
    import networkx as nx

    graph = nx.DiGraph()
    card_ids = {c.id for c in doc.cards}
    graph.add_nodes_from(card_ids)
    missing = []
    for conn in doc.connections:
        if conn.source_id not in card_ids or conn.target_id not in card_ids:
            missing.append(conn.id)
        elif conn.kind == ConnectionKind.FLOW:
            graph.add_edge(conn.source_id, conn.target_id, id=conn.id)
    return graph, missing


def analyse_graph(doc: JourneyMap) -> GraphReport:
    import networkx as nx

    graph, missing = flow_graph(doc)
    cycles: list[list[str]] = []
    for cycle in nx.simple_cycles(graph):
        cycles.append(sorted(cycle, key=card_order_key(doc)) if len(cycle) > 1 else cycle)
        if len(cycles) >= MAX_CYCLES:
            break
    connected = {n for n in graph if graph.degree(n) > 0}
    entries = [n for n in connected if graph.in_degree(n) == 0]
    reached: set[str] = set()
    for entry in entries:
        reached.add(entry)
        reached.update(nx.descendants(graph, entry))
    unreached = sorted(connected - reached, key=card_order_key(doc))
    return GraphReport(graph, cycles, missing, unreached)


def card_order_key(doc: JourneyMap):
    """Sort key putting card ids in reading order: stage, lane, position in the cell."""
    stage_index = {s.id: i for i, s in enumerate(doc.stages)}
    lane_index = {ln.id: i for i, ln in enumerate(doc.lanes)}
    cards = {c.id: c for c in doc.cards}

    def key(card_id: str):
        c = cards[card_id]
        return (stage_index.get(c.stage_id, 0), lane_index.get(c.lane_id, 0), c.order, card_id)

    return key
