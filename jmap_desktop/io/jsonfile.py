"""The canonical text of a .jmap file: UTF-8 JSON, indented, keys in the model's field order.

One function writes it so that load, save, load, save gives byte-identical files and diffs
stay small under version control.
"""

from __future__ import annotations

import json

from ..model import JourneyMap


def dumps_map(doc: JourneyMap) -> str:
    """The file text for ``doc``: two-space indent, non-ASCII kept as is, trailing newline."""
    data = doc.model_dump(mode="json", exclude_none=False)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
