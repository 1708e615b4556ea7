"""Paper: page presets, orientation, margins, and fitting a poster onto them.

Sizes in PostScript points (1/72 inch). Roll media have a fixed width and a length computed
from the map; anything longer than a single PDF page may be (200 inches) is split by stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.messages import say

MM = 72 / 25.4
INCH = 72.0
MAX_PAGE = 200 * INCH  # PDF viewers and RIPs refuse longer pages

PRESETS: dict[str, tuple[float, float]] = {  # portrait width, height in points
    "A0": (841 * MM, 1189 * MM), "A1": (594 * MM, 841 * MM), "A2": (420 * MM, 594 * MM),
    "A3": (297 * MM, 420 * MM), "A4": (210 * MM, 297 * MM),
    "ARCH-D": (24 * INCH, 36 * INCH), "ARCH-E": (36 * INCH, 48 * INCH),
    "ANSI-D": (22 * INCH, 34 * INCH), "ANSI-E": (34 * INCH, 44 * INCH),
    "LETTER": (8.5 * INCH, 11 * INCH), "LEGAL": (8.5 * INCH, 14 * INCH),
    "TABLOID": (11 * INCH, 17 * INCH),
}
ROLLS = {"ROLL24": 24 * INCH, "ROLL36": 36 * INCH, "ROLL42": 42 * INCH}
SHEETS = ("A4", "A3", "LETTER", "LEGAL", "TABLOID")


class PageError(ValueError):
    """A page size or length that cannot be used, in words a person understands."""


def preset_names() -> list[str]:
    return [*PRESETS, *ROLLS, "custom WxH (e.g. 900x600mm)"]


def parse_length(text: str) -> float:
    """'10mm', '1.5in', '2cm', '36pt' or a bare number of millimetres -> points."""
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(mm|cm|in|pt)?\s*", text.lower())
    if not m:
        raise PageError(say("not a length: {text!r} (use e.g. 10mm, 1in, 2cm)", text=text))
    value, unit = float(m.group(1)), m.group(2) or "mm"
    return value * {"mm": MM, "cm": 10 * MM, "in": INCH, "pt": 1.0}[unit]


@dataclass(frozen=True)
class Paper:
    name: str
    width: float  # points, after orientation
    height: float
    roll: bool = False


def paper(name: str, orientation: str = "landscape", content_ratio: float = 1.5) -> Paper:
    """The page for a preset name (case-insensitive), a roll, or a custom 'WxH[unit]' size.

    For a roll, ``content_ratio`` (poster width / height) gives the computed length.
    """
    key = name.strip().upper().replace(" ", "-").replace('"', "")
    if key in PRESETS:
        w, h = PRESETS[key]
    elif key in ROLLS or key.rstrip("IN") in ("24", "36", "42"):
        width = ROLLS.get(key) or float(key.rstrip("IN")) * INCH
        # The roll's width carries the map's height; the length follows from the map's shape.
        length = width * content_ratio
        return Paper(f"{int(width / INCH)}in roll", length, width, roll=True)
    else:
        m = re.fullmatch(r"([0-9.]+)X([0-9.]+)(MM|CM|IN|PT)?", key)
        if not m:
            raise PageError(say("unknown page {name!r}; use one of: {names}", name=name, names=", ".join(preset_names())))
        unit = (m.group(3) or "MM").lower()
        w, h = parse_length(m.group(1) + unit), parse_length(m.group(2) + unit)
        if w < 72 or h < 72:
            raise PageError(say("a custom page must be at least 1 inch on each side"))
    if orientation not in ("portrait", "landscape", "auto"):
        raise PageError(say("orientation is portrait, landscape or auto"))
    if orientation == "auto":  # the one that matches the poster's shape prints it largest
        orientation = "landscape" if content_ratio >= 1 else "portrait"
    if (orientation == "landscape") != (w > h):
        w, h = h, w
    return Paper(key, w, h)
