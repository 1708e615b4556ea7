"""The canonical text of a .jmap file: UTF-8 JSON, indented, keys in the model's field order.

One function writes it so that load, save, load, save gives byte-identical files and diffs
stay small under version control.

pydantic writes the text in one pass (``model_dump_json``), several times faster than building
the JSON data in Python and indenting it with ``json.dumps``, and the same text but for numbers
in exponent form (``1e-8``, where Python writes ``1e-08``; both read back the same). Two things
it cannot do are left to that careful way: refusing NaN and Infinity (JSON has neither;
pydantic writes them as bare words, which are looked for) and writing a lone surrogate kept in a
field from another tool (pydantic refuses it; ``json.dumps`` copies it, and ``save.encode_map``
escapes it).
"""

from __future__ import annotations

import json

from pydantic_core import PydanticSerializationError

from ..model import JourneyMap
from ..model.gc_pause import gc_paused
from .history import history_to_write, map_data, map_text, text_digest


def dumps_map(doc: JourneyMap) -> str:
    """The file text for ``doc``: two-space indent, non-ASCII kept as is, trailing newline."""
    with gc_paused():  # a whole map's worth of short-lived objects (model.gc_pause)
        try:
            text = _dumps_fast(doc)
        except PydanticSerializationError:  # a lone surrogate
            text = None
        if text is None or "NaN" in text or "Infinity" in text:  # maybe a float JSON cannot hold
            return _dumps_careful(doc)
        return text


def _dumps_fast(doc: JourneyMap) -> str | None:
    pending = doc.history._pending_text if doc.history is not None else None
    text = pending if pending is not None else map_text(doc)  # written by record_revision
    if text is None:
        return None
    if doc.history is None:  # a file without history stays exactly as before
        return text + "\n"
    history = history_to_write(doc.history, _map_data(doc))
    if history.head is not None and history._head_matches:
        history.head.digest = text_digest(text)  # this text is the newest revision's map
    nested = history.model_dump_json(indent=2, exclude_none=True).replace("\n", "\n  ")
    # The map stays at the top of the file and the history follows as its last key, indented
    # one level as json.dumps would (a JSON string never holds a raw newline, so this is safe).
    return f'{text[:-2]},\n  "history": {nested}\n}}\n'


def _dumps_careful(doc: JourneyMap) -> str:
    data = dict(_map_data(doc))
    if doc.history is not None:
        history = history_to_write(doc.history, data)
        data["history"] = history.model_dump(mode="json", exclude_none=True)
    # allow_nan=False: NaN and Infinity are not JSON; a map holding one is refused, not written.
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _map_data(doc: JourneyMap) -> dict:
    """The map's JSON data: already computed when a save just recorded a revision."""
    pending = doc.history._pending if doc.history is not None else None
    return pending if pending is not None else map_data(doc)
