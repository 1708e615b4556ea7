"""The things a journey map is made of: stages, lanes, cards, personas, connections.

Every entity keeps unknown fields (``extra="allow"``) so that a file written by a newer
release survives a load/save round trip with this one.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

from . import limits
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

Id = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Name = Annotated[str, StringConstraints(max_length=limits.MAX_NAME)]
Text = Annotated[str, StringConstraints(max_length=limits.MAX_TEXT)]
Short = Annotated[str, StringConstraints(max_length=limits.MAX_SHORT)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=limits.MAX_TAG, strip_whitespace=True)]


def _lower(value: str) -> str:
    return value.lower()


Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$"), AfterValidator(_lower)]
ShortList = Annotated[list[Short], Field(max_length=limits.MAX_LIST_ITEMS)]


def unset(value: object) -> bool:
    """True for an optional field that is left out of the file: None or an empty list.

    Optional fields added after the first release are written only when they hold something,
    so maps that never used them keep their exact text (and their diffs) from before. Given as
    pydantic's ``exclude_if``, this runs inside its serialiser; the ``model_serializer`` wrap
    functions it replaces (one Python call per card) made saving 20,000 cards 4x slower."""
    return value is None or (isinstance(value, list) and not value)


class Entity(BaseModel):
    """Base of everything stored in a .jmap file."""

    # NaN and Infinity are written as the bare words (not as null, pydantic's default), so the
    # file writer can find them and refuse the map instead of silently changing a number.
    model_config = ConfigDict(extra="allow", validate_assignment=True, ser_json_inf_nan="constants")


class Source(Entity):
    """Where a piece of evidence comes from: an interview, a survey, analytics..."""

    kind: SourceKind = SourceKind.INTERVIEW
    description: Short = ""
    date: dt.date | None = None
    link: Short = ""  # link text or reference; never followed by the program


class Evidence(Entity):
    status: EvidenceStatus = EvidenceStatus.HYPOTHESIS
    sources: Annotated[list[Source], Field(max_length=limits.MAX_LIST_ITEMS)] = []


class MetricPoint(Entity):
    """One dated value of a KPI, as a feed delivered it."""

    date: dt.date
    value: float


class Metric(Entity):
    value: float | None = None
    unit: Short = ""
    target: float | None = None
    # Dated values, oldest first; ``value`` is the latest. Optional: older files have none.
    # A metric never fed by a KPI file is written exactly as before the field existed.
    history: Annotated[list[MetricPoint], Field(max_length=limits.MAX_METRIC_HISTORY)] = Field(
        default_factory=list, exclude_if=unset)


class Comment(Entity):
    """A remark on a card by one of the map's authors; resolved once it has been dealt with."""

    id: Id = Field(default_factory=new_id)
    author: Name = ""
    date: dt.datetime | None = None
    text: Text = ""
    resolved: bool = False


class MapLink(Entity):
    """A link to another map (``path``, relative to this map's folder, with "/" separators),
    optionally to one card in it. Resolved by ``io.links``, never followed outside the folder."""

    path: Short = Field(min_length=1)
    card_id: Id | None = None


class Card(Entity):
    """A sticky note in the cell (stage_id, lane_id); ``order`` is its place within the cell."""

    id: Id = Field(default_factory=new_id)
    stage_id: Id
    lane_id: Id
    order: Annotated[int, Field(ge=0)] = 0
    kind: CardKind = CardKind.NOTE
    text: Text = ""
    colour: Colour | None = None  # None: the kind's default paper colour
    tags: Annotated[list[Tag], Field(max_length=limits.MAX_TAGS)] = []
    owner: Short = ""
    emotion: float | None = None  # on the map's emotion scale; None when unscored
    evidence: Evidence = Field(default_factory=Evidence)
    channel: Channel | None = None
    metric: Metric | None = None
    polarity: Polarity | None = None  # for moments of truth
    persona_id: Id | None = None  # when the card belongs to one persona's journey
    # A card nobody voted on, commented or linked is written without those keys (0 votes stay).
    votes: Annotated[int, Field(ge=0, le=1_000_000)] | None = Field(None, exclude_if=unset)
    comments: Annotated[list[Comment], Field(max_length=limits.MAX_COMMENTS)] = Field(
        default_factory=list, exclude_if=unset)
    # Photos of the sticky wall or screenshots of the touchpoint, downscaled when added.
    photos: Annotated[list[EmbeddedImage], Field(max_length=limits.MAX_PHOTOS)] = Field(
        default_factory=list, exclude_if=unset)
    link: MapLink | None = Field(None, exclude_if=unset)


class Stage(Entity):
    id: Id = Field(default_factory=new_id)
    name: Name = ""
    description: Text = ""
    time_span: Short = ""
    width: Annotated[float, Field(ge=limits.STAGE_MIN_WIDTH, le=limits.STAGE_MAX_WIDTH)] = (
        limits.STAGE_DEFAULT_WIDTH
    )
    # A lifecycle overview's stage opens its detailed journey; written only when set.
    link: MapLink | None = Field(None, exclude_if=unset)


class Lane(Entity):
    id: Id = Field(default_factory=new_id)
    name: Name = ""
    kind: LaneKind = LaneKind.CUSTOM
    colour: Colour | None = None
    collapsed: bool = False
    hidden_in_export: bool = False


class Persona(Entity):
    id: Id = Field(default_factory=new_id)
    name: Name = ""
    role: Name = ""
    photo: EmbeddedImage | None = None
    goals: ShortList = []
    needs: ShortList = []
    frustrations: ShortList = []
    quote: Text = ""


class Connection(Entity):
    id: Id = Field(default_factory=new_id)
    source_id: Id
    target_id: Id
    kind: ConnectionKind = ConnectionKind.FLOW
    label: Short = ""


class EmotionScale(Entity):
    """The range emotion scores live in, with a label for each whole step."""

    min: int = -2
    max: int = 2
    labels: ShortList = ["Very negative", "Negative", "Neutral", "Positive", "Very positive"]

    def label_for(self, score: float) -> str:
        index = round(score) - self.min
        if 0 <= index < len(self.labels):
            return self.labels[index]
        return f"{score:+g}"

    def contains(self, score: float) -> bool:
        return self.min <= score <= self.max


class MapMeta(Entity):
    title: Name = "Untitled journey"
    subtitle: Name = ""
    description: Text = ""  # what this map (or template) is for, in a sentence or two
    scenario: Text = ""
    goal: Text = ""
    expectations: ShortList = []
    organisation: Name = ""
    authors: ShortList = []
    version_label: Short = ""
    state: MapState = MapState.CURRENT
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    logo: EmbeddedImage | None = None
    primary_persona_id: Id | None = None


class InboxNote(Entity):
    """A note sent by a workshop participant, waiting for the facilitator to accept or reject it.

    ``stage_id``/``lane_id`` name the cell the participant wrote it for (None: anywhere).
    """

    id: Id = Field(default_factory=new_id)
    text: Text = ""
    author: Name = ""
    stage_id: Id | None = None
    lane_id: Id | None = None
    prompt: Short = ""
    received: dt.datetime | None = None
