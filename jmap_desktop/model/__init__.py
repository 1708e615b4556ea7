"""The journey-map document (pydantic, no Qt) and the store through which it changes."""

from .document import SCHEMA_VERSION, JourneyMap, Problem, find_problems
from .entities import (
    Card,
    Comment,
    Connection,
    EmotionScale,
    Evidence,
    InboxNote,
    Lane,
    MapLink,
    MapMeta,
    Metric,
    MetricPoint,
    Persona,
    Source,
    Stage,
)
from .ids import new_id
from .images import EmbeddedImage
from .kinds import (
    CardKind,
    Channel,
    ConnectionKind,
    EvidenceStatus,
    LaneKind,
    MapState,
    Polarity,
    SourceKind,
)
from .store import Change, ChangeKind, DocumentStore, RemovedAxis, RemovedCards, StoreError

__all__ = [
    "SCHEMA_VERSION", "JourneyMap", "Problem", "find_problems", "Card", "Comment", "Connection", "MapLink",
    "EmotionScale", "Evidence", "InboxNote", "Lane", "MapMeta", "Metric", "MetricPoint", "Persona", "Source", "Stage",
    "new_id", "EmbeddedImage", "CardKind", "Channel", "ConnectionKind", "EvidenceStatus",
    "LaneKind", "MapState", "Polarity", "SourceKind", "Change", "ChangeKind", "DocumentStore",
    "RemovedAxis", "RemovedCards", "StoreError",
]
