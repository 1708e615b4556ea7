"""The journey-map vocabulary: card kinds, lane kinds, evidence, channels.

Each enumeration is the single place a kind is declared; the canvas painters and poster
drawers look their entries up in registries keyed by these values (STYLE.md principle 5).
"""

from __future__ import annotations

from enum import StrEnum


class CardKind(StrEnum):
    NOTE = "note"
    TOUCHPOINT = "touchpoint"
    PAIN_POINT = "pain_point"
    OPPORTUNITY = "opportunity"
    MOMENT_OF_TRUTH = "moment_of_truth"
    QUOTE = "quote"
    METRIC = "metric"
    QUESTION = "question"


class LaneKind(StrEnum):
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    MOMENTS_OF_TRUTH = "moments_of_truth"
    METRICS = "metrics"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"
    EMOTION = "emotion"
    CUSTOM = "custom"


class EvidenceStatus(StrEnum):
    HYPOTHESIS = "hypothesis"
    VALIDATED = "validated"
    INVALIDATED = "invalidated"


class SourceKind(StrEnum):
    INTERVIEW = "interview"
    SURVEY = "survey"
    ANALYTICS = "analytics"
    OBSERVATION = "observation"
    SUPPORT_TICKETS = "support_tickets"
    USABILITY_TEST = "usability_test"
    OTHER = "other"


class Channel(StrEnum):
    WEB = "web"
    APP = "app"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    CHAT = "chat"
    SOCIAL = "social"
    MAIL = "mail"
    IN_PERSON = "in_person"
    OTHER = "other"


class ConnectionKind(StrEnum):
    FLOW = "flow"  # the customer moves from one step to the next
    DEPENDENCY = "dependency"  # a frontstage step relies on a backstage process


class Polarity(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


class MapState(StrEnum):
    CURRENT = "current"
    FUTURE = "future"


# Human labels, used by the CLI, the panels and the poster legend.
CARD_KIND_LABELS: dict[CardKind, str] = {
    CardKind.NOTE: "Note",
    CardKind.TOUCHPOINT: "Touchpoint",
    CardKind.PAIN_POINT: "Pain point",
    CardKind.OPPORTUNITY: "Opportunity",
    CardKind.MOMENT_OF_TRUTH: "Moment of truth",
    CardKind.QUOTE: "Customer quote",
    CardKind.METRIC: "Metric / KPI",
    CardKind.QUESTION: "Question",
}

LANE_KIND_LABELS: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "Actions",
    LaneKind.THOUGHTS: "Thoughts",
    LaneKind.FEELINGS: "Feelings",
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.CHANNELS: "Channels",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.MOMENTS_OF_TRUTH: "Moments of truth",
    LaneKind.METRICS: "KPIs / metrics",
    LaneKind.FRONTSTAGE: "Frontstage",
    LaneKind.BACKSTAGE: "Backstage",
    LaneKind.SUPPORT: "Support processes",
    LaneKind.EMOTION: "Emotion curve",
    LaneKind.CUSTOM: "Custom",
}

EVIDENCE_LABELS: dict[EvidenceStatus, str] = {
    EvidenceStatus.HYPOTHESIS: "Hypothesis",
    EvidenceStatus.VALIDATED: "Validated",
    EvidenceStatus.INVALIDATED: "Invalidated",
}

POLARITY_LABELS: dict[Polarity, str] = {
    Polarity.POSITIVE: "Positive",
    Polarity.NEGATIVE: "Negative",
}

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.WEB: "Web",
    Channel.APP: "App",
    Channel.EMAIL: "Email",
    Channel.PHONE: "Phone",
    Channel.STORE: "Store",
    Channel.CHAT: "Chat",
    Channel.SOCIAL: "Social",
    Channel.MAIL: "Mail",
    Channel.IN_PERSON: "In person",
    Channel.OTHER: "Other",
}

# The card kind a new card gets when it is created in a lane of this kind.
DEFAULT_CARD_KIND_FOR_LANE: dict[LaneKind, CardKind] = {
    LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT,
    LaneKind.CHANNELS: CardKind.TOUCHPOINT,
    LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY,
    LaneKind.MOMENTS_OF_TRUTH: CardKind.MOMENT_OF_TRUTH,
    LaneKind.METRICS: CardKind.METRIC,
}
