"""Undo commands for the rest of the document: connections, personas, map settings, scale."""

from __future__ import annotations

from typing import Any

from ..model import Connection, DocumentStore, EmotionScale, Persona
from ..model.store import RemovedPersona
from .base import MERGE_META_FIELDS, StoreCommand


class AddConnectionCommand(StoreCommand):
    def __init__(self, store: DocumentStore, connection: Connection, text: str = "Connect cards") -> None:
        super().__init__(store, text)
        self._connection = connection

    def apply(self) -> None:
        self.store.add_connection(self._connection.model_copy(deep=True))

    def revert(self) -> None:
        self.store.remove_connections([self._connection.id])


class RemoveConnectionsCommand(StoreCommand):
    def __init__(self, store: DocumentStore, connection_ids: list[str], text: str = "") -> None:
        n = len(connection_ids)
        super().__init__(store, text or ("Delete connection" if n == 1 else f"Delete {n} connections"))
        self._ids = list(connection_ids)
        self._removed: list[tuple[Connection, int]] = []

    def apply(self) -> None:
        self._removed = self.store.remove_connections(self._ids)

    def revert(self) -> None:
        self.store.restore_connections(self._removed)


class UpdateConnectionCommand(StoreCommand):
    def __init__(self, store: DocumentStore, connection_id: str, changes: dict[str, Any], text: str = "Edit connection") -> None:
        super().__init__(store, text)
        self._id, self._new = connection_id, dict(changes)
        self._old: dict[str, Any] = {}

    def apply(self) -> None:
        self._old = self.store.update_connection(self._id, **self._new)

    def revert(self) -> None:
        self.store.update_connection(self._id, **self._old)


class AddPersonaCommand(StoreCommand):
    def __init__(self, store: DocumentStore, persona: Persona, text: str = "Add persona") -> None:
        super().__init__(store, text)
        self._persona = persona

    def apply(self) -> None:
        self.store.add_persona(self._persona.model_copy(deep=True))

    def revert(self) -> None:
        self.store.remove_persona(self._persona.id)


class RemovePersonaCommand(StoreCommand):
    def __init__(self, store: DocumentStore, persona_id: str, text: str = "") -> None:
        name = store.persona(persona_id).name or "persona"
        super().__init__(store, text or f"Delete persona “{name}”")
        self._id = persona_id
        self._removed: RemovedPersona | None = None

    def apply(self) -> None:
        self._removed = self.store.remove_persona(self._id)

    def revert(self) -> None:
        assert self._removed is not None
        self.store.restore_persona(self._removed)


class UpdatePersonaCommand(StoreCommand):
    def __init__(self, store: DocumentStore, persona_id: str, changes: dict[str, Any], text: str = "Edit persona") -> None:
        super().__init__(store, text)
        self._id, self._new = persona_id, dict(changes)
        self._old: dict[str, Any] | None = None

    def apply(self) -> None:
        old = self.store.update_persona(self._id, **self._new)
        if self._old is None:
            self._old = old

    def revert(self) -> None:
        assert self._old is not None
        self.store.update_persona(self._id, **self._old)


class UpdateMetaCommand(StoreCommand):
    """Change map settings (title, scenario, ...); typing in one field merges into one step."""

    def __init__(self, store: DocumentStore, changes: dict[str, Any], text: str = "Edit map settings", merge: bool = False) -> None:
        super().__init__(store, text)
        self._new = dict(changes)
        self._old: dict[str, Any] | None = None
        self._merge = merge

    def id(self) -> int:
        return MERGE_META_FIELDS if self._merge else -1

    def apply(self) -> None:
        old = self.store.update_meta(**self._new)
        if self._old is None:
            self._old = old

    def revert(self) -> None:
        assert self._old is not None
        self.store.update_meta(**self._old)

    def mergeWith(self, other: StoreCommand) -> bool:  # noqa: N802 (Qt's name)
        if other.error is not None:
            return False
        if isinstance(other, UpdateMetaCommand) and other._merge and other._new.keys() == self._new.keys():
            self._new = other._new
            return True
        return False


class SetEmotionScaleCommand(StoreCommand):
    def __init__(self, store: DocumentStore, scale: EmotionScale, text: str = "Change emotion scale") -> None:
        super().__init__(store, text)
        self._new = scale
        self._old: EmotionScale | None = None

    def apply(self) -> None:
        self._old = self.store.set_emotion_scale(self._new.model_copy(deep=True))

    def revert(self) -> None:
        assert self._old is not None
        self.store.set_emotion_scale(self._old)
