"""The bundled fonts, cut down to the characters a map uses, as @font-face rules for the viewer.

Why embed instead of relying on the reader's system fonts: the layout wraps every card's text
with the bundled fonts' advance widths, so the browser must draw with the same faces or lines
overflow their cards (and a reader's machine may have no CJK or Arabic font at all). Each
character goes to the font ``font_for_char`` picks for the poster; the CSS family list keeps the
same order, so the browser's per-character fallback lands on the same face. Subsets are WOFF
(zlib, no extra dependency); a Latin map costs ~40 KB of fonts.
"""

from __future__ import annotations

import base64
import functools
import io

from fontTools import subset
from fontTools.ttLib import TTFont

from ..layout.metrics import BOLD_FALLBACK, FALLBACK, PRIMARY, PRIMARY_BOLD, font_for_char
from ..resources import font_path

FAMILY = "JMap Sans"
# The viewer's own labels and marks, always available whatever the map contains.
ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F)) + "…→←·—–−▲▼✔✘×↗⚠💬📷🔗"


def families() -> list[str]:
    """CSS family names in fallback order: the primary face first, then one per fallback file."""
    return [FAMILY] + [f"{FAMILY} {i + 1}" for i in range(len(FALLBACK))]


def css_font_stack() -> str:
    return ", ".join(f'"{name}"' for name in families()) + ", sans-serif"


def collect_text(value, out: set[str]) -> None:
    """Every character of every string in a JSON-able value (image data URIs skipped)."""
    if isinstance(value, str):
        if not value.startswith("data:"):
            out.update(value)
    elif isinstance(value, dict):
        for v in value.values():
            collect_text(v, out)
    elif isinstance(value, list | tuple):
        for v in value:
            collect_text(v, out)


def font_faces(chars: set[str]) -> str:
    """@font-face rules (data: URIs) for the faces needed to draw ``chars``, regular and bold."""
    chars = set(chars) | set(ALWAYS)
    by_file: dict[str, set[int]] = {}
    for ch in chars:
        if ch.isspace() and ch != " ":
            continue
        for bold in (False, True):
            by_file.setdefault(font_for_char(ch, bold), set()).add(ord(ch))
    rules = []
    names = dict(zip((PRIMARY, *FALLBACK), families(), strict=True))
    names[PRIMARY_BOLD] = FAMILY
    for regular, bold in BOLD_FALLBACK.items():
        names[bold] = names[regular]
    for file_name, codes in sorted(by_file.items()):
        weight = 700 if file_name == PRIMARY_BOLD or file_name in BOLD_FALLBACK.values() else 400
        data = _subset(file_name, frozenset(codes))
        if data is None:
            continue
        uri = "data:font/woff;base64," + base64.b64encode(data).decode("ascii")
        rules.append(f'@font-face{{font-family:"{names[file_name]}";font-weight:{weight};'
                     f'font-style:normal;src:url({uri}) format("woff")}}')
    return "\n".join(rules)


@functools.lru_cache(maxsize=32)
def _subset(file_name: str, codes: frozenset[int]) -> bytes | None:
    font = TTFont(font_path(file_name))
    cmap = font.getBestCmap() or {}
    wanted = [c for c in codes if c in cmap]
    if not wanted:
        return None
    options = subset.Options()
    options.flavor = "woff"
    options.hinting = False  # screens and printers at viewer sizes do not need it; halves the size
    options.desubroutinize = True
    options.name_IDs = [0, 1, 2, 3, 4, 6]  # keep the copyright and names the licence asks for
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.flavor = "woff"
    font.save(buffer)
    return buffer.getvalue()
