"""The one registry of how each kind looks: colours, labels and icon glyphs (no Qt).

Shared by the canvas painters and the poster drawers so that a card kind, a lane kind, an
evidence status or a channel looks the same on screen and on paper (STYLE.md principle 5).
Colours come from the Okabe–Ito palette, which stays distinguishable with the common forms of
colour blindness; every kind also has its own icon glyph so colour is never the only signal.
Glyphs are chosen from characters the bundled fonts cover (NotoSans, NotoSansSymbols/Symbols2),
so both sides can draw them with embedded fonts.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.kinds import (
    CARD_KIND_LABELS,
    EVIDENCE_LABELS,
    LANE_KIND_LABELS,
    CardKind,
    Channel,
    EvidenceStatus,
    LaneKind,
)

# Okabe & Ito (2008), "Color Universal Design": the saturated accents.
ORANGE = "#e69f00"
SKY_BLUE = "#56b4e9"
BLUISH_GREEN = "#009e73"
BLUE = "#0072b2"
VERMILLION = "#d55e00"
REDDISH_PURPLE = "#cc79a7"
GREY = "#6b6b6b"

INK = "#1f2328"  # body text on paper
MUTED_INK = "#5b6169"  # secondary text: owners, units, header details
GRID_LINE = "#d0d4da"
CANVAS_BACKGROUND = "#f6f7f9"
HEADER_FILL = "#ffffff"
SELECTION = "#0072b2"
FOCUS = "#e69f00"


@dataclass(frozen=True, slots=True)
class CardStyle:
    """How a card kind looks: paper ``fill``, darker ``accent`` (strip, icon), icon ``glyph``."""

    kind: CardKind
    label: str
    fill: str
    accent: str
    glyph: str


@dataclass(frozen=True, slots=True)
class LaneStyle:
    """How a lane kind looks: header ``tint`` and an icon ``glyph`` beside its name."""

    kind: LaneKind
    label: str
    tint: str
    accent: str
    glyph: str


@dataclass(frozen=True, slots=True)
class EvidenceStyle:
    """Evidence is shown by the card border (never by colour alone)."""

    status: EvidenceStatus
    label: str
    dashed: bool  # hypothesis: dashed border
    tick: bool  # validated: solid border and a tick
    faded: bool  # invalidated: faded paper, text struck through
    glyph: str


CARD_STYLES: dict[CardKind, CardStyle] = {
    s.kind: s
    for s in (
        CardStyle(CardKind.NOTE, CARD_KIND_LABELS[CardKind.NOTE], "#fff6c4", "#8c7d00", "✎"),
        CardStyle(CardKind.TOUCHPOINT, CARD_KIND_LABELS[CardKind.TOUCHPOINT], "#dcedf9", "#2b86c2", "◎"),
        CardStyle(CardKind.PAIN_POINT, CARD_KIND_LABELS[CardKind.PAIN_POINT], "#fbe1d1", VERMILLION, "⚡"),
        CardStyle(CardKind.OPPORTUNITY, CARD_KIND_LABELS[CardKind.OPPORTUNITY], "#d5f0e6", "#00805d", "★"),
        CardStyle(CardKind.MOMENT_OF_TRUTH, CARD_KIND_LABELS[CardKind.MOMENT_OF_TRUTH], "#f6e1ed", "#a8457f", "◆"),
        CardStyle(CardKind.QUOTE, CARD_KIND_LABELS[CardKind.QUOTE], "#ededed", GREY, "❝"),
        CardStyle(CardKind.METRIC, CARD_KIND_LABELS[CardKind.METRIC], "#dbe6f3", BLUE, "📊"),
        CardStyle(CardKind.QUESTION, CARD_KIND_LABELS[CardKind.QUESTION], "#fdebc8", "#a86f00", "❓"),
    )
}

LANE_STYLES: dict[LaneKind, LaneStyle] = {
    s.kind: s
    for s in (
        LaneStyle(LaneKind.ACTIONS, LANE_KIND_LABELS[LaneKind.ACTIONS], "#eef3f8", "#3c5a78", "➜"),
        LaneStyle(LaneKind.THOUGHTS, LANE_KIND_LABELS[LaneKind.THOUGHTS], "#f1eff8", "#5a4f8c", "☁"),
        LaneStyle(LaneKind.FEELINGS, LANE_KIND_LABELS[LaneKind.FEELINGS], "#f8eef3", "#a8457f", "♥"),
        LaneStyle(LaneKind.TOUCHPOINTS, LANE_KIND_LABELS[LaneKind.TOUCHPOINTS], "#eaf4fb", "#2b86c2", "◎"),
        LaneStyle(LaneKind.CHANNELS, LANE_KIND_LABELS[LaneKind.CHANNELS], "#eaf4fb", "#2b86c2", "🖵"),
        LaneStyle(LaneKind.PAIN_POINTS, LANE_KIND_LABELS[LaneKind.PAIN_POINTS], "#fbefe8", VERMILLION, "⚡"),
        LaneStyle(LaneKind.OPPORTUNITIES, LANE_KIND_LABELS[LaneKind.OPPORTUNITIES], "#e9f6f1", "#00805d", "★"),
        LaneStyle(LaneKind.MOMENTS_OF_TRUTH, LANE_KIND_LABELS[LaneKind.MOMENTS_OF_TRUTH], "#f8eef3", "#a8457f", "◆"),
        LaneStyle(LaneKind.METRICS, LANE_KIND_LABELS[LaneKind.METRICS], "#ebf1f8", BLUE, "📊"),
        LaneStyle(LaneKind.FRONTSTAGE, LANE_KIND_LABELS[LaneKind.FRONTSTAGE], "#f3f6ea", "#5f7a1f", "☺"),
        LaneStyle(LaneKind.BACKSTAGE, LANE_KIND_LABELS[LaneKind.BACKSTAGE], "#f0f0f0", "#4d4d4d", "⚙"),
        LaneStyle(LaneKind.SUPPORT, LANE_KIND_LABELS[LaneKind.SUPPORT], "#f2f0ec", "#6b5d45", "⚒"),
        LaneStyle(LaneKind.EMOTION, LANE_KIND_LABELS[LaneKind.EMOTION], "#fdf6e6", "#a86f00", "📈"),
        LaneStyle(LaneKind.CUSTOM, LANE_KIND_LABELS[LaneKind.CUSTOM], "#f4f5f7", "#4d5966", "■"),
    )
}

EVIDENCE_STYLES: dict[EvidenceStatus, EvidenceStyle] = {
    s.status: s
    for s in (
        EvidenceStyle(EvidenceStatus.HYPOTHESIS, EVIDENCE_LABELS[EvidenceStatus.HYPOTHESIS], True, False, False, "?"),
        EvidenceStyle(EvidenceStatus.VALIDATED, EVIDENCE_LABELS[EvidenceStatus.VALIDATED], False, True, False, "✔"),
        EvidenceStyle(EvidenceStatus.INVALIDATED, EVIDENCE_LABELS[EvidenceStatus.INVALIDATED], False, False, True, "✘"),
    )
}

CHANNEL_GLYPHS: dict[Channel, str] = {
    Channel.WEB: "🖵",
    Channel.APP: "☰",
    Channel.EMAIL: "@",
    Channel.PHONE: "☎",
    Channel.STORE: "🏛",
    Channel.CHAT: "🗨",
    Channel.SOCIAL: "♥",
    Channel.MAIL: "✉",
    Channel.IN_PERSON: "✋",
    Channel.OTHER: "•",
}

# Emotion: negative scores in vermillion, positive in bluish green, neutral in grey; the badge
# also carries the signed number, so the colour is never needed to read it.
EMOTION_NEGATIVE = VERMILLION
EMOTION_NEUTRAL = "#8a8f96"
EMOTION_POSITIVE = BLUISH_GREEN
EMOTION_CURVE = "#1f2328"
# Connection arrows on paper (poster and SVG): a flow between steps, and a dependency (dashed).
FLOW_ARROW = "#4d5966"
DEPENDENCY_ARROW = "#8a8f96"
# Per-persona curves: a colour and a dash pattern each, so they differ in grey print too.
PERSONA_CURVES: list[tuple[str, tuple[float, ...]]] = [
    (BLUE, (6, 3)), (REDDISH_PURPLE, (2, 3)), (ORANGE, (8, 3, 2, 3)), (BLUISH_GREEN, (1, 2)),
    (SKY_BLUE, (10, 4)),
]

BLUEPRINT_LINE_COLOURS: dict[str, str] = {
    "interaction": BLUE,
    "visibility": VERMILLION,
    "internal": GREY,
}


def card_style(kind: CardKind | str) -> CardStyle:
    # A kind's value finds its style directly (CardKind is a str enum); building the enum member
    # first cost more than the rest of laying out a card's face.
    style = CARD_STYLES.get(kind)
    return style if style is not None else CARD_STYLES[CardKind(kind)]


def lane_style(kind: LaneKind | str) -> LaneStyle:
    return LANE_STYLES[LaneKind(kind)]


def card_fill(kind: CardKind | str, colour: str | None = None) -> str:
    """The paper colour of a card: its own colour when set, else its kind's."""
    return colour or card_style(kind).fill


def emotion_colour(score: float | None) -> str:
    if score is None or abs(score) < 1e-9:
        return EMOTION_NEUTRAL
    return EMOTION_POSITIVE if score > 0 else EMOTION_NEGATIVE


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """"#rrggbb" -> (r, g, b) in 0..255."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
