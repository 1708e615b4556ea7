"""The document store: the only way to change a journey map.

Every mutation goes through one method here, which checks it, applies it and then tells the
listeners what changed. Methods that destroy something return a record of it, and a matching
``restore_*`` method puts it back exactly, so undo commands (in ``jmap_desktop.commands``) only
ever hold ids and these records, never Qt items. Plain Python: tested without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from . import limits
from .document import JourneyMap
from .entities import Card, Connection, EmotionScale, Entity, InboxNote, Lane, Persona, Stage

Cell = tuple[str, str]  # (stage_id, lane_id)
Placement = tuple[str, str, int]  # (stage_id, lane_id, index in cell)


class StoreError(ValueError):
    """An edit that would break the document; the document is left unchanged."""


class ChangeKind(StrEnum):
    RESET = "reset"
    CARDS_ADDED = "cards_added"
    CARDS_REMOVED = "cards_removed"
    CARDS_UPDATED = "cards_updated"
    CARDS_MOVED = "cards_moved"
    STAGES = "stages"
    LANES = "lanes"
    PERSONAS = "personas"
    CONNECTIONS = "connections"
    META = "meta"
    EMOTION_SCALE = "emotion_scale"
    INBOX = "inbox"


@dataclass(frozen=True)
class Change:
    """What one store operation changed: its kind, the ids concerned, the cells to re-lay out."""

    kind: ChangeKind
    ids: tuple[str, ...] = ()
    cells: frozenset[Cell] = frozenset()


Listener = Callable[[Change], None]


@dataclass
class RemovedCards:
    """Cards taken out of the map, with where they were and the connections that went with them."""

    cards: list[tuple[Card, int]] = field(default_factory=list)  # card (holding its cell), index
    connections: list[tuple[Connection, int]] = field(default_factory=list)
    file_positions: dict[str, int] = field(default_factory=dict)  # card id -> index in doc.cards


@dataclass
class RemovedAxis:
    """A stage or lane taken out of the map, with its position and everything it held."""

    entity: Stage | Lane
    index: int
    cards: RemovedCards


@dataclass
class RemovedPersona:
    persona: Persona
    index: int
    cards: list[str]  # ids of cards that pointed at the persona
    was_primary: bool


class DocumentStore:
    """Owns a JourneyMap, applies edits to it and notifies listeners."""

    def __init__(self, doc: JourneyMap | None = None) -> None:
        self._listeners: list[Listener] = []
        self._doc = doc if doc is not None else JourneyMap()
        self._reindex()

    # -- observing -----------------------------------------------------------------------
    @property
    def doc(self) -> JourneyMap:
        return self._doc

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def reset(self, doc: JourneyMap) -> None:
        """Replace the whole document (opening a file, reverting)."""
        self._doc = doc
        self._reindex()
        self._emit(Change(ChangeKind.RESET))

    # -- indexes -------------------------------------------------------------------------
    def _reindex(self) -> None:
        self._cards: dict[str, Card] = {}
        self._cells: dict[Cell, list[Card]] = {}
        for card in sorted(self._doc.cards, key=lambda c: c.order):  # stable: file order breaks ties
            self._cards[card.id] = card
            self._cells.setdefault((card.stage_id, card.lane_id), []).append(card)
        for cell in self._cells.values():
            self._renumber(cell)

    @staticmethod
    def _renumber(cell: list[Card]) -> None:
        for i, card in enumerate(cell):
            if card.order != i:
                # An index is a valid order by construction: skipping pydantic's assignment
                # validation keeps opening a file written without orders (another tool's) cheap.
                card.__dict__["order"] = i
                card.__pydantic_fields_set__.add("order")

    def card(self, card_id: str) -> Card:
        try:
            return self._cards[card_id]
        except KeyError:
            raise StoreError(f"no card has the id {card_id!r}") from None

    def has_card(self, card_id: str) -> bool:
        return card_id in self._cards

    def cell_cards(self, stage_id: str, lane_id: str) -> list[Card]:
        """The cards of a cell in their order (a copy; edit through the store)."""
        return list(self._cells.get((stage_id, lane_id), ()))

    def stage(self, stage_id: str) -> Stage:
        return self._find(self._doc.stages, stage_id, "stage")[1]

    def lane(self, lane_id: str) -> Lane:
        return self._find(self._doc.lanes, lane_id, "lane")[1]

    def persona(self, persona_id: str) -> Persona:
        return self._find(self._doc.personas, persona_id, "persona")[1]

    def connection(self, connection_id: str) -> Connection:
        return self._find(self._doc.connections, connection_id, "connection")[1]

    @staticmethod
    def _find(items: list, entity_id: str, what: str) -> tuple[int, Any]:
        for i, item in enumerate(items):
            if item.id == entity_id:
                return i, item
        raise StoreError(f"no {what} has the id {entity_id!r}")

    def _check_cell(self, stage_id: str, lane_id: str) -> None:
        self.stage(stage_id)
        self.lane(lane_id)

    def _all_ids(self) -> set[str]:
        doc = self._doc
        ids = set(self._cards)
        for items in (doc.stages, doc.lanes, doc.personas, doc.connections):
            ids.update(item.id for item in items)
        return ids

    # -- cards ---------------------------------------------------------------------------
    @staticmethod
    def _check_room(items: list, adding: int, limit: int, what: str) -> None:
        """The file format's own limit (model.limits): a map the editor builds must reopen."""
        if len(items) + adding > limit:
            raise StoreError(f"a map holds at most {limit:,} {what}; this one has {len(items):,}")

    def add_card(self, card: Card, index: int | None = None) -> Card:
        """Insert ``card`` into its cell at ``index`` (end of the cell when None)."""
        self.add_cards([(card, index)])
        return card

    def add_cards(self, items: Iterable[tuple[Card, int | None]]) -> None:
        items = list(items)
        self._check_room(self._doc.cards, len(items), limits.MAX_CARDS, "cards")
        taken = self._all_ids()
        for card, _ in items:
            self._check_cell(card.stage_id, card.lane_id)
            if card.id in taken:
                raise StoreError(f"a card or other item already has the id {card.id!r}")
            self._check_emotion(card.emotion)
            taken.add(card.id)
        cells: set[Cell] = set()
        for card, index in items:
            cell = self._cells.setdefault((card.stage_id, card.lane_id), [])
            cell.insert(len(cell) if index is None else max(0, min(index, len(cell))), card)
            self._doc.cards.append(card)
            self._cards[card.id] = card
            cells.add((card.stage_id, card.lane_id))
        for c in cells:
            self._renumber(self._cells[c])
        self._emit(Change(ChangeKind.CARDS_ADDED, tuple(c.id for c, _ in items), frozenset(cells)))

    def remove_cards(self, card_ids: Iterable[str]) -> RemovedCards:
        """Take cards out, with the connections touching them; returns what restore needs."""
        ids = list(dict.fromkeys(card_ids))
        for card_id in ids:
            self.card(card_id)
        removed = RemovedCards()
        doomed = set(ids)
        for i, conn in enumerate(self._doc.connections):
            if conn.source_id in doomed or conn.target_id in doomed:
                removed.connections.append((conn, i))
        if removed.connections:
            gone = {id(c) for c, _ in removed.connections}
            self._doc.connections[:] = [c for c in self._doc.connections if id(c) not in gone]
        # Record indexes before removing anything, in cell order, so restore re-inserts exactly.
        for card_id in ids:
            card = self._cards[card_id]
            removed.cards.append((card, self._cells[(card.stage_id, card.lane_id)].index(card)))
        removed.cards.sort(key=lambda item: item[1])
        removed.file_positions = {c.id: i for i, c in enumerate(self._doc.cards) if c.id in doomed}
        cells: set[Cell] = set()
        for card, _ in removed.cards:
            cell_key = (card.stage_id, card.lane_id)
            self._cells[cell_key].remove(card)
            del self._cards[card.id]
            cells.add(cell_key)
        self._doc.cards[:] = [c for c in self._doc.cards if c.id not in doomed]
        for c in cells:
            self._renumber(self._cells[c])
        if removed.connections:
            self._emit(Change(ChangeKind.CONNECTIONS, tuple(c.id for c, _ in removed.connections)))
        self._emit(Change(ChangeKind.CARDS_REMOVED, tuple(ids), frozenset(cells)))
        return removed

    def restore_cards(self, removed: RemovedCards) -> None:
        """Undo ``remove_cards``: the same cards back at the same places, connections too."""
        # Ascending index order re-creates each cell exactly as it was.
        self.add_cards([(card, index) for card, index in removed.cards])
        # Put the cards back at their old places in the file too, so undo is byte-exact.
        if removed.file_positions:
            back = {i for i in removed.file_positions}
            cards = [c for c in self._doc.cards if c.id not in back]
            for card_id, pos in sorted(removed.file_positions.items(), key=lambda kv: kv[1]):
                cards.insert(min(pos, len(cards)), self._cards[card_id])
            self._doc.cards[:] = cards
        for conn, index in sorted(removed.connections, key=lambda item: item[1]):
            self._doc.connections.insert(min(index, len(self._doc.connections)), conn)
        if removed.connections:
            self._emit(Change(ChangeKind.CONNECTIONS, tuple(c.id for c, _ in removed.connections)))

    def update_card(self, card_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of one card; returns their previous values (for undo)."""
        return self.update_cards({card_id: changes})[card_id]

    def update_cards(self, changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """Change fields of several cards at once; all or nothing."""
        for forbidden in ("id", "stage_id", "lane_id", "order"):
            if any(forbidden in c for c in changes.values()):
                raise StoreError(f"use move_cards to change {forbidden}" if forbidden != "id" else "ids never change")
        old: dict[str, dict[str, Any]] = {}
        validated: dict[str, Card] = {}
        for card_id, fields in changes.items():
            card = self.card(card_id)
            if "emotion" in fields:
                self._check_emotion(fields["emotion"])
            validated[card_id] = _validated_copy(card, fields)
            old[card_id] = {name: _copy_value(getattr(card, name)) for name in fields}
        for card_id, fields in changes.items():
            card, fresh = self._cards[card_id], validated[card_id]
            for name in fields:
                setattr(card, name, getattr(fresh, name))
        cells = frozenset((self._cards[i].stage_id, self._cards[i].lane_id) for i in changes)
        self._emit(Change(ChangeKind.CARDS_UPDATED, tuple(changes), cells))
        return old

    def placements(self, card_ids: Iterable[str]) -> dict[str, Placement]:
        """Where each card is now, as (stage_id, lane_id, index in cell)."""
        result = {}
        for card_id in card_ids:
            card = self.card(card_id)
            result[card_id] = (card.stage_id, card.lane_id, card.order)
        return result

    def move_cards(self, card_ids: Iterable[str], stage_id: str, lane_id: str, index: int | None = None) -> dict[str, Placement]:
        """Move cards, keeping their relative order, into a cell at ``index`` (end when None).

        ``index`` counts positions in the target cell as it looks *before* the move, which is
        what a drop indicator shows. Returns the placements of every card whose position
        changed, as they were before (pass them to ``set_placements`` to undo).
        """
        self._check_cell(stage_id, lane_id)
        ids = list(dict.fromkeys(card_ids))
        moving = [self.card(i) for i in ids]
        moving.sort(key=lambda c: (self._stage_index(c.stage_id), self._lane_index(c.lane_id), c.order))
        target_key = (stage_id, lane_id)
        target = self._cells.setdefault(target_key, [])
        if index is None:
            index = len(target)
        # Cards above the drop point that are themselves moving shift the point up by one each.
        index -= sum(1 for c in target[: max(0, index)] if c in moving)
        affected = {(c.stage_id, c.lane_id) for c in moving} | {target_key}
        before = {c.id: (c.stage_id, c.lane_id, c.order) for key in affected for c in self._cells.get(key, ())}
        moving_set = {id(c) for c in moving}
        for key in affected:
            self._cells[key] = [c for c in self._cells.get(key, ()) if id(c) not in moving_set]
        target = self._cells[target_key]
        index = max(0, min(index, len(target)))
        target[index:index] = moving
        for card in moving:
            if card.stage_id != stage_id:
                card.stage_id = stage_id
            if card.lane_id != lane_id:
                card.lane_id = lane_id
        for key in affected:
            self._renumber(self._cells[key])
        changed = {i: p for i, p in before.items() if self.placements([i])[i] != p}
        self._emit(Change(ChangeKind.CARDS_MOVED, tuple(changed), frozenset(affected)))
        return changed

    def set_placements(self, placements: dict[str, Placement]) -> dict[str, Placement]:
        """Put cards at exact placements (undo/redo of moves); returns the previous ones."""
        before = self.placements(placements)
        # Each cell once, and only the fields that change: an undo puts back every card of a
        # cell after the one dropped (dozens), and a stage is found by reading the stages.
        for stage_id, lane_id in {(s, lane) for s, lane, _ in placements.values()}:
            self._check_cell(stage_id, lane_id)
        affected = {(s, lane) for s, lane, _ in before.values()} | {(s, lane) for s, lane, _ in placements.values()}
        for key in affected:
            self._cells[key] = [c for c in self._cells.get(key, ()) if c.id not in placements]
        for card_id, (stage_id, lane_id, index) in sorted(placements.items(), key=lambda kv: kv[1][2]):
            card = self._cards[card_id]
            if card.stage_id != stage_id:
                card.stage_id = stage_id
            if card.lane_id != lane_id:
                card.lane_id = lane_id
            cell = self._cells.setdefault((stage_id, lane_id), [])
            cell.insert(min(index, len(cell)), card)
        for key in affected:
            self._renumber(self._cells[key])
        self._emit(Change(ChangeKind.CARDS_MOVED, tuple(placements), frozenset(affected)))
        return before

    def _check_emotion(self, score: float | None) -> None:
        scale = self._doc.emotion_scale
        if score is not None and not scale.contains(score):
            raise StoreError(f"emotion {score:g} is outside the scale {scale.min}..{scale.max}")

    # -- stages and lanes ------------------------------------------------------------------
    def _stage_index(self, stage_id: str) -> int:
        return self._find(self._doc.stages, stage_id, "stage")[0]

    def _lane_index(self, lane_id: str) -> int:
        return self._find(self._doc.lanes, lane_id, "lane")[0]

    def _axis(self, entity: Stage | Lane) -> tuple[list, ChangeKind]:
        if isinstance(entity, Stage):
            return self._doc.stages, ChangeKind.STAGES
        return self._doc.lanes, ChangeKind.LANES

    def add_stage(self, stage: Stage, index: int | None = None) -> Stage:
        self._insert_axis(stage, index)
        return stage

    def add_lane(self, lane: Lane, index: int | None = None) -> Lane:
        self._insert_axis(lane, index)
        return lane

    def _insert_axis(self, entity: Stage | Lane, index: int | None) -> None:
        items, kind = self._axis(entity)
        if isinstance(entity, Stage):
            self._check_room(items, 1, limits.MAX_STAGES, "stages")
        else:
            self._check_room(items, 1, limits.MAX_LANES, "lanes")
        if entity.id in self._all_ids():
            raise StoreError(f"an item already has the id {entity.id!r}")
        items.insert(len(items) if index is None else max(0, min(index, len(items))), entity)
        self._emit(Change(kind, (entity.id,)))

    def remove_stage(self, stage_id: str) -> RemovedAxis:
        """Remove a stage and every card in it (restore_axis brings all of it back)."""
        index, stage = self._find(self._doc.stages, stage_id, "stage")
        return self._remove_axis(stage, index, [c.id for c in self._cards.values() if c.stage_id == stage_id])

    def remove_lane(self, lane_id: str) -> RemovedAxis:
        """Remove a lane and every card in it (restore_axis brings all of it back)."""
        index, lane = self._find(self._doc.lanes, lane_id, "lane")
        return self._remove_axis(lane, index, [c.id for c in self._cards.values() if c.lane_id == lane_id])

    def _remove_axis(self, entity: Stage | Lane, index: int, card_ids: list[str]) -> RemovedAxis:
        removed_cards = self.remove_cards(card_ids) if card_ids else RemovedCards()
        items, kind = self._axis(entity)
        items.pop(index)
        for key in [k for k in self._cells if entity.id in k]:
            del self._cells[key]
        self._emit(Change(kind, (entity.id,)))
        return RemovedAxis(entity, index, removed_cards)

    def restore_axis(self, removed: RemovedAxis) -> None:
        items, kind = self._axis(removed.entity)
        items.insert(min(removed.index, len(items)), removed.entity)
        self._emit(Change(kind, (removed.entity.id,)))
        if removed.cards.cards:
            self.restore_cards(removed.cards)

    def move_stage(self, stage_id: str, index: int) -> int:
        """Move a stage to ``index`` (its position after the move); returns the old index."""
        return self._move_axis(self._doc.stages, stage_id, index, ChangeKind.STAGES)

    def move_lane(self, lane_id: str, index: int) -> int:
        return self._move_axis(self._doc.lanes, lane_id, index, ChangeKind.LANES)

    def _move_axis(self, items: list, entity_id: str, index: int, kind: ChangeKind) -> int:
        old, entity = self._find(items, entity_id, kind.value[:-1])
        items.pop(old)
        items.insert(max(0, min(index, len(items))), entity)
        self._emit(Change(kind, (entity_id,)))
        return old

    def update_stage(self, stage_id: str, **changes: Any) -> dict[str, Any]:
        return self._update(self.stage(stage_id), changes, ChangeKind.STAGES)

    def update_lane(self, lane_id: str, **changes: Any) -> dict[str, Any]:
        return self._update(self.lane(lane_id), changes, ChangeKind.LANES)

    def _update(self, entity: Entity, changes: dict[str, Any], kind: ChangeKind) -> dict[str, Any]:
        if "id" in changes:
            raise StoreError("ids never change")
        fresh = _validated_copy(entity, changes)
        old = {name: _copy_value(getattr(entity, name)) for name in changes}
        for name in changes:
            setattr(entity, name, getattr(fresh, name))
        self._emit(Change(kind, (getattr(entity, "id", ""),)))
        return old

    # -- personas ------------------------------------------------------------------------
    def add_persona(self, persona: Persona, index: int | None = None) -> Persona:
        self._check_room(self._doc.personas, 1, limits.MAX_PERSONAS, "personas")
        if persona.id in self._all_ids():
            raise StoreError(f"an item already has the id {persona.id!r}")
        items = self._doc.personas
        items.insert(len(items) if index is None else min(index, len(items)), persona)
        self._emit(Change(ChangeKind.PERSONAS, (persona.id,)))
        return persona

    def remove_persona(self, persona_id: str) -> RemovedPersona:
        """Remove a persona; cards tied to it become untied, and it stops being primary."""
        index, persona = self._find(self._doc.personas, persona_id, "persona")
        tied = [c.id for c in self._cards.values() if c.persona_id == persona_id]
        if tied:
            self.update_cards({i: {"persona_id": None} for i in tied})
        was_primary = self._doc.meta.primary_persona_id == persona_id
        if was_primary:
            self.update_meta(primary_persona_id=None)
        self._doc.personas.pop(index)
        self._emit(Change(ChangeKind.PERSONAS, (persona_id,)))
        return RemovedPersona(persona, index, tied, was_primary)

    def restore_persona(self, removed: RemovedPersona) -> None:
        self.add_persona(removed.persona, removed.index)
        if removed.cards:
            self.update_cards({i: {"persona_id": removed.persona.id} for i in removed.cards})
        if removed.was_primary:
            self.update_meta(primary_persona_id=removed.persona.id)

    def update_persona(self, persona_id: str, **changes: Any) -> dict[str, Any]:
        return self._update(self.persona(persona_id), changes, ChangeKind.PERSONAS)

    # -- connections ---------------------------------------------------------------------
    def add_connection(self, connection: Connection, index: int | None = None) -> Connection:
        self._check_room(self._doc.connections, 1, limits.MAX_CONNECTIONS, "connections")
        for end in (connection.source_id, connection.target_id):
            self.card(end)
        if connection.source_id == connection.target_id:
            raise StoreError("a connection cannot link a card to itself")
        if connection.id in self._all_ids():
            raise StoreError(f"an item already has the id {connection.id!r}")
        items = self._doc.connections
        items.insert(len(items) if index is None else min(index, len(items)), connection)
        self._emit(Change(ChangeKind.CONNECTIONS, (connection.id,)))
        return connection

    def remove_connections(self, connection_ids: Iterable[str]) -> list[tuple[Connection, int]]:
        ids = set(connection_ids)
        for connection_id in ids:
            self.connection(connection_id)
        removed = [(c, i) for i, c in enumerate(self._doc.connections) if c.id in ids]
        self._doc.connections[:] = [c for c in self._doc.connections if c.id not in ids]
        self._emit(Change(ChangeKind.CONNECTIONS, tuple(c.id for c, _ in removed)))
        return removed

    def restore_connections(self, removed: list[tuple[Connection, int]]) -> None:
        for conn, index in sorted(removed, key=lambda item: item[1]):
            self.add_connection(conn, index)

    def update_connection(self, connection_id: str, **changes: Any) -> dict[str, Any]:
        if "source_id" in changes or "target_id" in changes:
            raise StoreError("reconnect by removing and adding a connection")
        return self._update(self.connection(connection_id), changes, ChangeKind.CONNECTIONS)

    # -- workshop inbox --------------------------------------------------------------------
    def inbox_note(self, note_id: str) -> InboxNote:
        return self._find(self._doc.inbox, note_id, "inbox note")[1]

    def add_inbox_notes(self, notes: Iterable[InboxNote]) -> None:
        """Append notes that participants sent (their ids must be new)."""
        notes = list(notes)
        taken = {n.id for n in self._doc.inbox}
        for note in notes:
            if note.id in taken:
                raise StoreError(f"the inbox already has a note with the id {note.id!r}")
            taken.add(note.id)
        self._doc.inbox.extend(notes)
        self._emit(Change(ChangeKind.INBOX, tuple(n.id for n in notes)))

    def remove_inbox_notes(self, note_ids: Iterable[str]) -> list[tuple[InboxNote, int]]:
        """Take notes out of the inbox; returns them with their places, for restore."""
        ids = set(note_ids)
        for note_id in ids:
            self.inbox_note(note_id)
        removed = [(n, i) for i, n in enumerate(self._doc.inbox) if n.id in ids]
        self._doc.inbox[:] = [n for n in self._doc.inbox if n.id not in ids]
        self._emit(Change(ChangeKind.INBOX, tuple(n.id for n, _ in removed)))
        return removed

    def restore_inbox_notes(self, removed: list[tuple[InboxNote, int]]) -> None:
        for note, index in sorted(removed, key=lambda item: item[1]):
            self._doc.inbox.insert(min(index, len(self._doc.inbox)), note)
        self._emit(Change(ChangeKind.INBOX, tuple(n.id for n, _ in removed)))

    def update_inbox_note(self, note_id: str, **changes: Any) -> dict[str, Any]:
        return self._update(self.inbox_note(note_id), changes, ChangeKind.INBOX)

    # -- map settings --------------------------------------------------------------------
    def update_meta(self, **changes: Any) -> dict[str, Any]:
        persona = changes.get("primary_persona_id")
        if persona is not None:
            self.persona(persona)
        fresh = _validated_copy(self._doc.meta, changes)
        old = {name: _copy_value(getattr(self._doc.meta, name)) for name in changes}
        for name in changes:
            setattr(self._doc.meta, name, getattr(fresh, name))
        self._emit(Change(ChangeKind.META))
        return old

    def set_emotion_scale(self, scale: EmotionScale) -> EmotionScale:
        """Replace the emotion scale; refused while a scored card would fall outside it."""
        if scale.min >= scale.max:
            raise StoreError("the scale's minimum must be below its maximum")
        outside = [c for c in self._cards.values() if c.emotion is not None and not scale.contains(c.emotion)]
        if outside:
            raise StoreError(f"{len(outside)} card(s) have scores outside {scale.min}..{scale.max}")
        old = self._doc.emotion_scale
        self._doc.emotion_scale = scale
        self._emit(Change(ChangeKind.EMOTION_SCALE))
        return old


def _validated_copy(entity: Entity, changes: dict[str, Any]) -> Entity:
    """``entity`` with ``changes`` applied and fully validated, or a StoreError saying why."""
    unknown = [name for name in changes if name not in type(entity).model_fields]
    if unknown:
        raise StoreError(f"{type(entity).__name__} has no field {unknown[0]!r}")
    data = entity.model_dump()
    data.update({k: v.model_dump() if isinstance(v, Entity) else v for k, v in changes.items()})
    try:
        return type(entity).model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise StoreError(f"{place}: {first['msg']}") from None


def _copy_value(value: Any) -> Any:
    if isinstance(value, Entity):
        return value.model_copy(deep=True)
    if isinstance(value, list):
        return [_copy_value(v) for v in value]
    return value
