"""From a table of research data to an import plan: what a confirmed import would change.

``plan_import`` reads every row against the map without touching it: which stages, lanes and
personas are new (in the order the file names them), which cards are new, which existing cards
(matched by ``id``) change and how, which are unchanged, and which rows have problems, each
named by row and column. The dialog previews the plan, the CLI prints it, and the undo command
in ``commands.import_cards`` applies exactly this plan as one step.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..model import (
    Card,
    CardKind,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
    limits,
)
from ..model.kinds import DEFAULT_CARD_KIND_FOR_LANE
from ..model.messages import say
from . import card_rows as cr
from .load import validation_message
from .table_read import Table

_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_PARSERS = {"kind": cr.parse_kind, "evidence": cr.parse_evidence, "channel": cr.parse_channel,
            "polarity": cr.parse_polarity, "emotion": cr.parse_number, "metric_value": cr.parse_number,
            "metric_target": cr.parse_number, "colour": cr.parse_colour, "tags": cr.parse_tags,
            "sources": cr.parse_sources, "votes": cr.parse_votes}


@dataclass(frozen=True)
class RowProblem:
    """Something wrong in one row (and column, when one cell is to blame)."""

    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str  # the column's header; "" when the whole row is at fault
    message: str

    def line(self, source: str) -> str:
        where = f"row {self.row}, column {self.column}" if self.column else f"row {self.row}"
        return f"{source}: {where}: {self.message}"


@dataclass
class ImportPlan:
    """Everything a confirmed import does, computed without changing the map."""

    source: str
    new_stages: list[Stage] = field(default_factory=list)
    new_lanes: list[Lane] = field(default_factory=list)
    new_personas: list[Persona] = field(default_factory=list)
    new_cards: list[Card] = field(default_factory=list)
    updates: dict[str, dict[str, Any]] = field(default_factory=dict)  # card id -> new field values
    moves: dict[str, tuple[str, str]] = field(default_factory=dict)  # card id -> (stage, lane)
    unchanged: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    # Each imported row's card as it will look, for the preview: (row number, card).
    row_cards: list[tuple[int, Card]] = field(default_factory=list)
    stage_names: dict[str, str] = field(default_factory=dict)  # id -> name, new and old
    lane_names: dict[str, str] = field(default_factory=dict)

    @property
    def updated(self) -> set[str]:
        return set(self.updates) | set(self.moves)

    @property
    def summary(self) -> str:
        """``12 new, 30 updated, 3 skipped`` (plus unchanged cards and new stages/lanes)."""
        parts = [say("{count} new", count=len(self.new_cards)),
                 say("{count} updated", count=len(self.updated))]
        if self.unchanged:
            parts.append(say("{count} unchanged", count=len(self.unchanged)))
        parts.append(say("{count} skipped", count=len(self.skipped_rows)))
        extra = []
        if self.new_stages:
            extra.append(say("1 new stage") if len(self.new_stages) == 1
                         else say("{count} new stages", count=len(self.new_stages)))
        if self.new_lanes:
            extra.append(say("1 new lane") if len(self.new_lanes) == 1
                         else say("{count} new lanes", count=len(self.new_lanes)))
        if self.new_personas:
            extra.append(say("1 new persona") if len(self.new_personas) == 1
                         else say("{count} new personas", count=len(self.new_personas)))
        return ", ".join(parts) + (f" ({', '.join(extra)})" if extra else "")

    def preview(self, doc: JourneyMap, limit: int = 30) -> JourneyMap:
        """A small map of the first ``limit`` imported rows as cards in their cells (only the
        stages and lanes they use, in the order the import leaves them), for a dialog to draw."""
        shown = [card.model_copy(update={"persona_id": None}) for _, card in self.row_cards[:limit]]
        stages = {c.stage_id for c in shown}
        lanes = {c.lane_id for c in shown}
        for order, card in enumerate(shown):
            card.order = order  # file order within each cell
        return JourneyMap(
            emotion_scale=doc.emotion_scale.model_copy(),
            stages=[s.model_copy() for s in (*doc.stages, *self.new_stages) if s.id in stages],
            lanes=[ln.model_copy() for ln in (*doc.lanes, *self.new_lanes) if ln.id in lanes],
            cards=shown)

    @property
    def changes_anything(self) -> bool:
        return bool(self.new_cards or self.updated or self.new_stages or self.new_lanes)


@dataclass
class _Row:
    number: int
    values: dict[str, str]  # field -> cell text (stage and lane filled down)


def plan_import(doc: JourneyMap, table: Table, mapping: list[str] | None = None,
                lane_kinds: dict[str, LaneKind] | None = None,
                default_cell: tuple[str, str] | None = None) -> ImportPlan:
    """The plan for importing ``table`` into ``doc`` with ``mapping`` (a field per column)."""
    mapping = list(mapping if mapping is not None else cr.guess_mapping(table.headers))
    columns = {name: i for i, name in enumerate(mapping) if name}
    header = {name: table.headers[i] for name, i in columns.items()}
    plan = ImportPlan(table.source)
    rows = _rows(table, columns)
    cards = {c.id: c for c in doc.cards}
    valid = [row for row in rows if _check_row(row, header, doc, cards, plan, default_cell, columns)]
    _create_axes(doc, valid, plan, lane_kinds or {}, default_cell)
    taken = {c.id for c in doc.cards} | {x.id for x in (*doc.stages, *doc.lanes, *doc.personas)}
    taken |= {x.id for x in (*plan.new_stages, *plan.new_lanes)}
    seen: set[str] = set()
    for row in valid:
        _plan_card(doc, cards, row, header, plan, taken, seen)
    plan.skipped_rows = sorted({p.row for p in plan.problems})
    return plan


def _rows(table: Table, columns: dict[str, int]) -> list[_Row]:
    """Non-blank rows as field -> text, with stage and lane carried down over empty cells (how
    people leave them out under a merged or repeated heading)."""
    rows, last = [], {"stage": "", "lane": ""}
    for index, cells in enumerate(table.rows):
        if not any(cell.strip() for cell in cells):
            continue
        values = {name: cells[i].strip() for name, i in columns.items()}
        for axis in ("stage", "lane"):
            if axis in values:
                values[axis] = values[axis] or last[axis]
                last[axis] = values[axis]
        rows.append(_Row(table.row_number(index), values))
    return rows


def _check_row(row: _Row, header: dict[str, str], doc: JourneyMap, cards: dict[str, Card], plan: ImportPlan,
               default_cell: tuple[str, str] | None, columns: dict[str, int]) -> bool:
    """Parse each cell of ``row`` in place; record its problems; True when it can be imported."""
    before = len(plan.problems)
    values = row.values
    parsed: dict[str, Any] = {}
    for name, text in values.items():
        if name in _PARSERS and text:
            try:
                parsed[name] = _PARSERS[name](text)
            except cr.CellError as exc:
                plan.problems.append(RowProblem(row.number, header[name], str(exc)))
            except (ValidationError, ValueError) as exc:
                plan.problems.append(RowProblem(row.number, header[name], _first_error(exc)))
    scale = doc.emotion_scale
    emotion = parsed.get("emotion")
    if emotion is not None and not scale.contains(emotion):
        plan.problems.append(RowProblem(row.number, header["emotion"],
                                        say("{emotion} is outside the map's emotion scale {min}..{max}",
                                            emotion=f"{emotion:g}", min=scale.min, max=scale.max)))
    card_id = values.get("id", "")
    existing = cards.get(card_id) if card_id else None
    if card_id and not _ID.match(card_id):
        plan.problems.append(RowProblem(row.number, header["id"], say(
            "{id!r} is not a card id (letters, digits and _ . : - only, at most 64)", id=card_id)))
    if not existing and "text" in columns and not values.get("text"):
        plan.problems.append(RowProblem(row.number, header["text"], say("the text is empty")))
    elif not existing and "text" not in columns:
        plan.problems.append(RowProblem(row.number, "", say("no column is mapped to Text")))
    elif existing and "text" in columns and not values.get("text"):
        plan.problems.append(RowProblem(row.number, header["text"], say("the text is empty")))
    if len(values.get("text", "")) > limits.MAX_TEXT:
        plan.problems.append(RowProblem(row.number, header["text"],
                                        say("the text is longer than {limit} characters",
                                            limit=f"{limits.MAX_TEXT:,}")))
    for axis in ("stage", "lane"):
        if not values.get(axis) and not existing and default_cell is None:
            where = header.get(axis, "")
            if axis == "stage":
                message = say("no stage given") if where else say("no column is mapped to Stage")
            else:
                message = say("no lane given") if where else say("no column is mapped to Lane")
            plan.problems.append(RowProblem(row.number, where, message))
        elif len(values.get(axis, "")) > limits.MAX_NAME:
            message = (say("the stage name is longer than {limit} characters", limit=limits.MAX_NAME)
                       if axis == "stage" else
                       say("the lane name is longer than {limit} characters", limit=limits.MAX_NAME))
            plan.problems.append(RowProblem(row.number, header[axis], message))
    row.values = {**values, **parsed}  # type: ignore[dict-item]
    # Report a row's problems left to right, as the eye reads the spreadsheet.
    order = {header[name]: i for name, i in columns.items()}
    plan.problems[before:] = sorted(plan.problems[before:], key=lambda p: order.get(p.column, -1))
    return len(plan.problems) == before


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {validation_message(first)}"
    return str(exc)


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _create_axes(doc: JourneyMap, rows: list[_Row], plan: ImportPlan,
                 lane_kinds: dict[str, LaneKind], default_cell: tuple[str, str] | None) -> None:
    """New stages and lanes for names the map lacks, ordered as the file implies."""
    stages = {_key(s.name): s.id for s in doc.stages}
    lanes = {_key(ln.name): ln.id for ln in doc.lanes}
    plan.stage_names = {s.id: s.name for s in doc.stages}
    plan.lane_names = {ln.id: ln.name for ln in doc.lanes}
    kinds = {_key(k): v for k, v in lane_kinds.items()}
    for name in _file_order(rows, "stage", "lane"):
        if _key(name) not in stages:
            stage = Stage(name=name)
            stages[_key(name)] = stage.id
            plan.new_stages.append(stage)
            plan.stage_names[stage.id] = name
    for name in _file_order(rows, "lane", "stage"):
        if _key(name) not in lanes:
            lane = Lane(name=name, kind=kinds.get(_key(name), cr.guess_lane_kind(name)))
            lanes[_key(name)] = lane.id
            plan.new_lanes.append(lane)
            plan.lane_names[lane.id] = name
    for row in rows:
        for axis, ids, slot in (("stage", stages, 0), ("lane", lanes, 1)):
            name = row.values.get(axis)
            if name:
                row.values[f"{axis}_id"] = ids[_key(name)]
            elif default_cell is not None:
                row.values[f"{axis}_id"] = default_cell[slot]


def _file_order(rows: list[_Row], axis: str, other: str) -> list[str]:
    """Names of ``axis`` in the order the file implies: within each value of the ``other`` axis
    the rows list them in order, and those partial orders are merged (a lane that first shows up
    in the third stage still lands between the lanes it sits between there)."""
    import networkx as nx  # only when importing a table: it is slow to import at start

    first: dict[str, int] = {}
    graph = nx.DiGraph()
    last_in: dict[str, str] = {}
    for row in rows:
        name = row.values.get(axis)
        if not name:
            continue
        key = _key(name)
        if key not in first:
            first[key] = len(first)
            graph.add_node(key, name=name)
        group = _key(row.values.get(other) or "")
        previous = last_in.get(group)
        if previous is not None and previous != key:
            graph.add_edge(previous, key)
        last_in[group] = key
    try:
        order = list(nx.lexicographical_topological_sort(graph, key=first.__getitem__))
    except nx.NetworkXUnfeasible:  # rows contradict each other: first appearance decides
        order = sorted(first, key=first.__getitem__)
    return [graph.nodes[key]["name"] for key in order]


def _plan_card(doc: JourneyMap, cards: dict[str, Card], row: _Row, header: dict[str, str],
               plan: ImportPlan, taken: set[str], seen: set[str]) -> None:
    values = row.values
    card_id = values.get("id") or ""
    if card_id and card_id in seen:
        plan.problems.append(RowProblem(row.number, header["id"], say("the id {id!r} appears twice in this table", id=card_id)))
        return
    seen.add(card_id)
    existing = cards.get(card_id) if card_id else None
    if card_id and existing is None and card_id in taken:
        plan.problems.append(RowProblem(row.number, header["id"], say("the id {id!r} belongs to a stage, lane or persona", id=card_id)))
        return
    fields = _card_fields(doc, values, existing, plan)
    try:
        if existing is None:
            lane_kind = next((ln.kind for ln in (*doc.lanes, *plan.new_lanes) if ln.id == values["lane_id"]), None)
            fields.setdefault("kind", DEFAULT_CARD_KIND_FOR_LANE.get(lane_kind, CardKind.NOTE))
            card = Card(stage_id=values["stage_id"], lane_id=values["lane_id"], **({"id": card_id} if card_id else {}), **fields)
            plan.new_cards.append(card)
            taken.add(card.id)
        else:
            card = Card.model_validate({**existing.model_dump(), **{k: _dump(v) for k, v in fields.items()},
                                        "stage_id": values.get("stage_id", existing.stage_id),
                                        "lane_id": values.get("lane_id", existing.lane_id)})
            changes = {k: v for k, v in fields.items() if _dump(getattr(existing, k)) != _dump(v)}
            if changes:
                plan.updates[existing.id] = changes
            if (card.stage_id, card.lane_id) != (existing.stage_id, existing.lane_id):
                plan.moves[existing.id] = (card.stage_id, card.lane_id)
            if not changes and existing.id not in plan.moves:
                plan.unchanged.append(existing.id)
    except ValidationError as exc:
        first = exc.errors()[0]
        column = header.get(str(first["loc"][0]), "")
        plan.problems.append(RowProblem(row.number, column, validation_message(first)))
        return
    plan.row_cards.append((row.number, card))


def _dump(value: Any) -> Any:
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value.model_dump() if hasattr(value, "model_dump") else value


def _card_fields(doc: JourneyMap, values: dict[str, Any], existing: Card | None,
                 plan: ImportPlan) -> dict[str, Any]:
    """The card fields the mapped columns set (blank cells clear optional fields)."""
    fields: dict[str, Any] = {}
    for name in ("text", "owner"):
        if name in values:
            fields[name] = values[name]
    for name in ("kind", "colour", "channel", "polarity", "emotion", "votes"):
        if name in values:
            fields[name] = None if values[name] == "" else values[name]
    if fields.get("kind") is None:
        fields.pop("kind", None)
    if "tags" in values:
        fields["tags"] = values["tags"] or []
    if "evidence" in values or "sources" in values:
        evidence = existing.evidence.model_copy(deep=True) if existing else Evidence()
        if values.get("evidence"):
            evidence.status = values["evidence"]
        if "sources" in values:
            evidence.sources = values["sources"] or []
        fields["evidence"] = evidence
    metric_fields = {"metric_value": "value", "metric_unit": "unit", "metric_target": "target"}
    if any(name in values for name in metric_fields):
        metric = existing.metric.model_copy(deep=True) if existing and existing.metric else Metric()
        for column, attr in metric_fields.items():
            if column in values:
                setattr(metric, attr, values[column] if values[column] != "" else (None if attr != "unit" else ""))
        fields["metric"] = metric if (metric.value is not None or metric.unit or metric.target is not None) else (
            existing.metric if existing else None)
    if "persona" in values:
        fields["persona_id"] = _persona_id(doc, values["persona"], plan) if values["persona"] else None
    return fields


def _persona_id(doc: JourneyMap, name: str, plan: ImportPlan) -> str:
    for persona in (*doc.personas, *plan.new_personas):
        if _key(persona.name) == _key(name) or persona.id == name:
            return persona.id
    persona = Persona(name=name[: limits.MAX_NAME])
    plan.new_personas.append(persona)
    return persona.id
