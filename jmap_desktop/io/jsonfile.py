"""The canonical text of a .jmap file: UTF-8 JSON, indented, keys in the model's field order.

One function writes it so that load, save, load, save gives byte-identical files and diffs
stay small under version control.
"""

from __future__ import annotations

import json

from ..model import JourneyMap
from .history import history_to_write


def dumps_map(doc: JourneyMap) -> str:
    """The file text for ``doc``: two-space indent, non-ASCII kept as is, trailing newline."""
    pending = doc.history._pending if doc.history is not None else None
    if pending is not None:  # a save that just recorded a revision: the map is serialised already
        data = dict(pending)
    else:
        data = doc.model_dump(mode="json", exclude_none=False, exclude={"history"})
    if doc.history is not None:  # a file without history stays exactly as before
        history = history_to_write(doc.history, data)
        data["history"] = history.model_dump(mode="json", exclude_none=True)
    # allow_nan=False: NaN and Infinity are not JSON; a map holding one is refused, not written.
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
