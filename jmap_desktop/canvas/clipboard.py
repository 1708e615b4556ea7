"""Cards on the clipboard: the app's own MIME type (JSON) plus plain text for other programs.

Copying puts ``application/x-jmap-cards`` (the cards and the connections between them, as in
the file) and ``text/plain`` (one card per line). Pasting prefers the JSON; from plain text,
every non-empty line becomes a note. Pasted cards always get fresh ids.

Cells copied in Excel, LibreOffice or Google Sheets arrive as an HTML table and as TSV text:
``table_from_mime`` reads them, so one column pastes one card per cell, and several columns open
the import mapping dialog.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData

from ..model import Card, Connection, DocumentStore, StoreError, new_id

if TYPE_CHECKING:
    from ..io.table_read import Table

CARDS_MIME = "application/x-jmap-cards"
CLIPBOARD_FORMAT = "jmap-cards"
MAX_PASTE_CARDS = 5_000  # a paste is one command; keep a hostile clipboard from freezing us


@dataclass
class ClipCards:
    """Cards ready to paste: fresh ids, cells still those of the source."""

    cards: list[Card] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    plain: bool = False  # made from text or cells, so each card takes the target lane's kind


def cards_to_mime(store: DocumentStore, card_ids: list[str]) -> QMimeData:
    cards = [store.card(i) for i in card_ids]
    ids = set(card_ids)
    connections = [c for c in store.doc.connections if c.source_id in ids and c.target_id in ids]
    payload = {
        "format": CLIPBOARD_FORMAT,
        "version": 1,
        "cards": [c.model_dump(mode="json") for c in cards],
        "connections": [c.model_dump(mode="json") for c in connections],
    }
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(c.text.replace("\n", " ") for c in cards))
    return mime


def cards_from_mime(mime: QMimeData | None) -> ClipCards | None:
    """Fresh cards from the clipboard, or None when it holds nothing usable."""
    if mime is None:
        return None
    if mime.hasFormat(CARDS_MIME):
        parsed = _from_json(bytes(mime.data(CARDS_MIME)))
        if parsed is not None:
            return parsed
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
        if lines:
            return ClipCards([Card(stage_id="_", lane_id="_", text=t[:5000]) for t in lines[:MAX_PASTE_CARDS]],
                             plain=True)
    return None


def table_from_mime(mime: QMimeData | None) -> Table | None:
    """Spreadsheet cells on the clipboard as a table (HTML preferred, else tab-separated text),
    or None for anything else (JMap's own cards, plain lines, unreadable data)."""
    if mime is None or mime.hasFormat(CARDS_MIME):
        return None
    from ..io.table_read import TableError, read_html, read_text  # on the first paste, not at start

    try:
        if mime.hasHtml() and "<table" in mime.html().lower():
            table = read_html(mime.html())
            if table is not None:
                return table
        text = mime.text() if mime.hasText() else ""
        if "\t" in text:
            return read_text(text, "clipboard", tab=True)
    except TableError:
        return None
    return None


def cards_from_table(table: Table) -> ClipCards:
    """One column of cells: a card per non-empty cell, the first row included (copied cells
    rarely carry a header when they are a single column)."""
    cells = [row[0] for row in [table.headers, *table.rows] if row and row[0].strip()]
    return ClipCards([Card(stage_id="_", lane_id="_", text=t.strip()[:5000]) for t in cells[:MAX_PASTE_CARDS]],
                     plain=True)


def _from_json(data: bytes) -> ClipCards | None:
    try:
        payload = json.loads(data.decode("utf-8"))
        if payload.get("format") != CLIPBOARD_FORMAT:
            return None
        cards = [Card.model_validate(c) for c in payload.get("cards", [])[:MAX_PASTE_CARDS]]
        connections = [Connection.model_validate(c) for c in payload.get("connections", [])]
    except (ValueError, AttributeError, TypeError):
        return None  # another program's data under our type: ignore rather than crash
    fresh = {c.id: new_id() for c in cards}
    for card in cards:
        card.id = fresh[card.id]
    kept = []
    for conn in connections:
        if conn.source_id in fresh and conn.target_id in fresh:
            kept.append(conn.model_copy(update={"id": new_id(), "source_id": fresh[conn.source_id],
                                                "target_id": fresh[conn.target_id]}))
    return ClipCards(cards, kept)


def fit_to_document(store: DocumentStore, card: Card, cell: tuple[str, str]) -> Card:
    """A pasted card adapted to this map: target cell, score inside the scale, known persona."""
    scale = store.doc.emotion_scale
    emotion = card.emotion
    if emotion is not None:
        emotion = float(max(scale.min, min(scale.max, emotion)))
    persona = card.persona_id
    try:
        if persona is not None:
            store.persona(persona)
    except StoreError:
        persona = None
    return card.model_copy(update={"stage_id": cell[0], "lane_id": cell[1], "emotion": emotion,
                                   "persona_id": persona, "order": 0})
