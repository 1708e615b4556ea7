"""What the columns of a research table mean for a card, in English and German.

``guess_mapping`` maps headers such as "Phase", "Ebene", "Observation" or "Score" to card
fields; the parsers turn cell text into field values ("Schmerzpunkt" → pain point, "1,5" → 1.5)
or raise ``CellError`` with a message for the row-and-column report. The column names JMap's
own CSV export writes map to themselves, so an export imports back unchanged.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from ..model import CardKind, Channel, EvidenceStatus, LaneKind, Polarity, Source, SourceKind
from ..model.kinds import (
    CARD_KIND_LABELS,
    CHANNEL_LABELS,
    EVIDENCE_LABELS,
    LANE_KIND_LABELS,
    POLARITY_LABELS,
)
from ..model.messages import label, say

IGNORE = ""  # the field of a column that is not imported

# Field -> label shown in the mapping table, in the order the dialog lists them.
FIELDS: dict[str, str] = {
    "id": "Card id", "stage": "Stage", "lane": "Lane", "text": "Text", "kind": "Kind",
    "emotion": "Emotion score", "evidence": "Evidence", "sources": "Sources", "tags": "Tags",
    "owner": "Owner", "persona": "Persona", "channel": "Channel", "metric_value": "Metric value",
    "metric_unit": "Metric unit", "metric_target": "Metric target", "colour": "Colour",
    "polarity": "Polarity", "votes": "Votes",
}

# Header words (normalised: lower case, umlauts spelled out, no punctuation) for each field.
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "card id", "cardid", "kennung", "karten id", "uuid"),
    "stage": ("stage", "phase", "step", "journey stage", "stufe", "etappe", "schritt", "abschnitt",
              "journey phase"),
    "lane": ("lane", "row", "layer", "swimlane", "swim lane", "ebene", "zeile", "bahn",
             "schwimmbahn", "category", "kategorie", "bereich"),
    "text": ("text", "note", "notes", "observation", "observations", "description", "content",
             "card", "sticky", "sticky note", "insight", "notiz", "notizen", "beobachtung",
             "beschreibung", "inhalt", "karte", "erkenntnis"),
    "kind": ("kind", "type", "card type", "card kind", "art", "typ", "kartentyp", "kartenart"),
    "emotion": ("emotion", "score", "emotion score", "feeling", "sentiment", "mood", "gefuehl",
                "bewertung", "stimmung", "emotionswert"),
    "evidence": ("evidence", "status", "evidence status", "evidenz", "nachweis", "beleg"),
    "sources": ("source", "sources", "quelle", "quellen"),
    "tags": ("tags", "tag", "labels", "keywords", "schlagwoerter", "stichwoerter", "schlagwort"),
    "owner": ("owner", "department", "team", "responsible", "verantwortlich", "abteilung",
              "eigentuemer", "zustaendig"),
    "persona": ("persona", "personas", "segment"),
    "channel": ("channel", "kanal", "medium"),
    "metric_value": ("value", "metric", "metric value", "kpi", "kpi value", "wert", "kennzahl",
                     "messwert", "istwert", "ist"),
    "metric_unit": ("unit", "metric unit", "einheit"),
    "metric_target": ("target", "goal", "metric target", "ziel", "zielwert", "soll", "sollwert"),
    "colour": ("colour", "color", "farbe"),
    "polarity": ("polarity", "polaritaet", "moment polarity"),
    "votes": ("votes", "vote", "dot votes", "dots", "stimmen", "klebepunkte"),
}
_HEADER_INDEX = {word: name for name, words in _HEADER_WORDS.items() for word in words}


class CellError(ValueError):
    """A cell whose text is not a valid value for its field; the message says what is expected."""


@functools.lru_cache(maxsize=4096)  # a table repeats its kinds, lanes and statuses row after row
def normalise(text: str) -> str:
    """Lower case, German umlauts spelled out, accents and punctuation dropped, single spaces."""
    text = text.strip().lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def guess_mapping(headers: list[str]) -> list[str]:
    """A field (or IGNORE) for each header; each field is taken by its first matching column."""
    taken: set[str] = set()
    result = []
    for header in headers:
        key = normalise(header)
        field = _HEADER_INDEX.get(key) or _HEADER_INDEX.get(key.rstrip("s"), IGNORE)
        if field and field not in taken:
            taken.add(field)
            result.append(field)
        else:
            result.append(IGNORE)
    return result


# -- values --------------------------------------------------------------------------------

def _vocabulary(enum, labels: dict, extra: dict[str, str]) -> dict[str, object]:
    words: dict[str, object] = {}
    for member in enum:
        words[normalise(member.value)] = member
        words[normalise(member.value.replace("_", " "))] = member
        if member in labels:
            words[normalise(labels[member])] = member
    for word, value in extra.items():
        words[normalise(word)] = enum(value)
    return words


_KINDS = _vocabulary(CardKind, CARD_KIND_LABELS, {
    "observation": "note", "notiz": "note", "beobachtung": "note", "pain": "pain_point",
    "painpoint": "pain_point", "problem": "pain_point", "schmerzpunkt": "pain_point",
    "idea": "opportunity", "idee": "opportunity", "chance": "opportunity", "moeglichkeit": "opportunity",
    "kontaktpunkt": "touchpoint", "beruehrungspunkt": "touchpoint", "moment": "moment_of_truth",
    "moment der wahrheit": "moment_of_truth", "zitat": "quote", "customer quote": "quote",
    "kpi": "metric", "kennzahl": "metric", "metrik": "metric", "frage": "question",
})
_EVIDENCE = _vocabulary(EvidenceStatus, {}, {
    "hypothese": "hypothesis", "assumption": "hypothesis", "annahme": "hypothesis",
    "validiert": "validated", "bestaetigt": "validated", "confirmed": "validated",
    "refuted": "invalidated", "widerlegt": "invalidated", "invalid": "invalidated",
})
_CHANNELS = _vocabulary(Channel, CHANNEL_LABELS, {
    "website": "web", "online": "web", "e mail": "email", "mobile app": "app", "telefon": "phone",
    "call": "phone", "laden": "store", "filiale": "store", "shop": "store", "post": "mail",
    "brief": "mail", "persoenlich": "in_person", "in person": "in_person", "sonstige": "other",
})
_POLARITY = _vocabulary(Polarity, POLARITY_LABELS, {"+": "positive", "positiv": "positive", "good": "positive",
                                       "negativ": "negative", "bad": "negative"})
_SOURCE_KINDS = _vocabulary(SourceKind, {}, {"umfrage": "survey", "analyse": "analytics",
                                             "beobachtung": "observation", "tickets": "support_tickets"})

# Words in a lane's name that tell its kind; the first match wins.
_LANE_WORDS: tuple[tuple[str, LaneKind], ...] = (
    ("emotion", LaneKind.EMOTION), ("curve", LaneKind.EMOTION), ("kurve", LaneKind.EMOTION),
    ("pain", LaneKind.PAIN_POINTS), ("schmerz", LaneKind.PAIN_POINTS), ("problem", LaneKind.PAIN_POINTS),
    ("opportunit", LaneKind.OPPORTUNITIES), ("idea", LaneKind.OPPORTUNITIES), ("idee", LaneKind.OPPORTUNITIES),
    ("chance", LaneKind.OPPORTUNITIES), ("moment", LaneKind.MOMENTS_OF_TRUTH),
    ("touchpoint", LaneKind.TOUCHPOINTS), ("kontaktpunkt", LaneKind.TOUCHPOINTS),
    ("beruehrungspunkt", LaneKind.TOUCHPOINTS), ("channel", LaneKind.CHANNELS), ("kanal", LaneKind.CHANNELS),
    ("kanaele", LaneKind.CHANNELS), ("kpi", LaneKind.METRICS), ("metric", LaneKind.METRICS),
    ("kennzahl", LaneKind.METRICS), ("backstage", LaneKind.BACKSTAGE), ("frontstage", LaneKind.FRONTSTAGE),
    ("support", LaneKind.SUPPORT), ("unterstuetz", LaneKind.SUPPORT), ("feeling", LaneKind.FEELINGS),
    ("gefuehl", LaneKind.FEELINGS), ("thought", LaneKind.THOUGHTS), ("thinking", LaneKind.THOUGHTS),
    ("gedanke", LaneKind.THOUGHTS), ("action", LaneKind.ACTIONS), ("doing", LaneKind.ACTIONS),
    ("handlung", LaneKind.ACTIONS), ("aktion", LaneKind.ACTIONS), ("taetigkeit", LaneKind.ACTIONS),
)


def guess_lane_kind(name: str) -> LaneKind:
    key = normalise(name)
    for label_kind, lane_label in LANE_KIND_LABELS.items():
        if key == normalise(lane_label):
            return label_kind
    for word, kind in _LANE_WORDS:
        if word in key:
            return kind
    return LaneKind.CUSTOM


def _known(labels: dict) -> str:
    """The words a cell may use, as the user reads them (the window's labels, not the values
    saved in the file), for the message when it names none of them."""
    return ", ".join(label(name) for name in labels.values())


def _find(vocabulary: dict[str, object], labels: dict, text: str):
    """The value ``text`` names: a known word, or a label in the user's language (so every
    word ``_known`` offers reads back)."""
    key = normalise(text)
    found = vocabulary.get(key)
    if found is None:
        found = next((value for value, name in labels.items() if normalise(label(name)) == key), None)
    return found


def parse_kind(text: str) -> CardKind:
    found = _find(_KINDS, CARD_KIND_LABELS, text)
    if found is None:
        raise CellError(say("{text!r} is not a known card kind (use one of {known})", text=text,
                            known=_known(CARD_KIND_LABELS)))
    return found


def parse_evidence(text: str) -> EvidenceStatus:
    found = _find(_EVIDENCE, EVIDENCE_LABELS, text)
    if found is None:
        raise CellError(say("{text!r} is not a known evidence status (use one of {known})", text=text,
                            known=_known(EVIDENCE_LABELS)))
    return found


def parse_channel(text: str) -> Channel:
    found = _find(_CHANNELS, CHANNEL_LABELS, text)
    if found is None:
        raise CellError(say("{text!r} is not a known channel (use one of {known})", text=text,
                            known=_known(CHANNEL_LABELS)))
    return found


def parse_polarity(text: str) -> Polarity:
    if text.strip() == "-":
        return Polarity.NEGATIVE
    found = _find(_POLARITY, POLARITY_LABELS, text)
    if found is None:
        raise CellError(say("{text!r} is not a known polarity (use one of {known})", text=text,
                            known=_known(POLARITY_LABELS)))
    return found


def parse_number(text: str) -> float:
    """1.5, 1,5 (German), +1, −2 (a real minus sign), 1 234 and 12 % all read as numbers."""
    cleaned = text.strip().replace("\u2212", "-").replace("\xa0", "").replace(" ", "").rstrip("%")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif "," in cleaned:  # 1,234.5 (thousands commas)
        cleaned = cleaned.replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        raise CellError(say("{text!r} is not a number", text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError(say("{text!r} is not a number", text=text))
    return value


def parse_votes(text: str) -> int:
    """A workshop's dot votes: a whole number from 0 (Excel's 7.0 reads as 7)."""
    value = parse_number(text)
    if not value.is_integer() or value < 0:
        raise CellError(say("{text!r} is not a number of votes (a whole number, 0 or more)", text=text))
    if value > 1_000_000:
        raise CellError(say("{text!r} votes are more than 1,000,000", text=text))
    return int(value)


def parse_colour(text: str) -> str:
    value = text.strip()
    if not value.startswith("#"):
        value = "#" + value
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        raise CellError(say("{text!r} is not a colour like #FFD966", text=text))
    return value.lower()


def parse_tags(text: str) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in re.split(r"[,;]", text) if t.strip()))


def parse_date(text: str) -> dt.date:
    value = text.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%m/%d/%Y", "%Y/%m/%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value[:10] if pattern == "%Y-%m-%d" else value, pattern).date()
        except ValueError:
            continue
    raise CellError(say("{text!r} is not a date (use 2026-03-31)", text=text))


def parse_sources(text: str) -> list[Source]:
    """``kind | date | description | link; ...`` as JMap's CSV export writes them, or free text."""
    sources = []
    for chunk in (c.strip() for c in text.split(";")):
        if not chunk:
            continue
        parts = [p.strip() for p in chunk.split("|")]
        kind = _SOURCE_KINDS.get(normalise(parts[0]))
        if kind is None:
            sources.append(Source(kind=SourceKind.OTHER, description=chunk[:500]))
            continue
        parts.pop(0)
        date = None
        if parts and re.fullmatch(r"\d{4}-\d{2}-\d{2}", parts[0]):
            date = dt.date.fromisoformat(parts.pop(0))
        description = parts.pop(0) if parts else ""
        link = " | ".join(parts)
        sources.append(Source(kind=kind, date=date, description=description, link=link))
    return sources
