"""Word wrapping and elision with the bundled fonts' metrics.

Lines break at spaces, between CJK characters (which have no spaces), after hyphens, and at
newlines; a word longer than a line is broken by character. When ``max_lines`` is exceeded the
last kept line ends with an ellipsis that fits.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .metrics import font_metrics

ELLIPSIS = "…"
# A token is a run of non-space characters that is not CJK, or one CJK character, or spaces.
_TOKEN = re.compile(
    r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]"  # one CJK/fullwidth char
    r"|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+-?"
    r"|[ \t]+"
)


@functools.lru_cache(maxsize=65536)
def wrap_text(text: str, width: float, size: float, max_lines: int | None = None,
              bold: bool = False) -> tuple[list[str], bool]:
    """Lines of ``text`` that each fit ``width`` at ``size`` points, and whether it was elided.

    Returns a tuple (lines, elided); ``lines`` must not be mutated (results are cached).
    """
    fm = font_metrics()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph.rstrip("\r"), width, size, bold, fm))
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = elide(kept[-1], width, size, bold, force=True)
        return kept, True
    return lines, False


def _wrap_paragraph(paragraph: str, width: float, size: float, bold: bool, fm) -> list[str]:
    if not paragraph:
        return [""]
    lines: list[str] = []
    line = ""
    line_w = 0.0
    for token in _TOKEN.findall(paragraph):
        token_w = fm.width(token, size, bold)
        if token.isspace():
            if line:
                line += token
                line_w += token_w
            continue
        if line_w + token_w <= width or not line.strip():
            if token_w > width:  # a word longer than a whole line: break it by character
                for ch in token:
                    ch_w = fm.width(ch, size, bold)
                    if line_w + ch_w > width and line.strip():
                        lines.append(line.rstrip())
                        line, line_w = "", 0.0
                    line += ch
                    line_w += ch_w
                continue
            line += token
            line_w += token_w
        else:
            lines.append(line.rstrip())
            line, line_w = token, token_w
            if token_w > width:
                line, line_w = "", 0.0
                for ch in token:
                    ch_w = fm.width(ch, size, bold)
                    if line_w + ch_w > width and line:
                        lines.append(line)
                        line, line_w = "", 0.0
                    line += ch
                    line_w += ch_w
    lines.append(line.rstrip())
    return lines


def elide(line: str, width: float, size: float, bold: bool = False, force: bool = False) -> str:
    """``line`` shortened to end with “…” within ``width`` (always adds it when ``force``)."""
    fm = font_metrics()
    if not force and fm.width(line, size, bold) <= width:
        return line
    budget = width - fm.width(ELLIPSIS, size, bold)
    text = line.rstrip()
    while text and fm.width(text, size, bold) > budget:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


@functools.lru_cache(maxsize=65536)
def is_rtl(text: str) -> bool:
    """True when the first letter with a strong direction is right-to-left (Arabic, Hebrew):
    such a card's lines are aligned to the right, as their readers expect."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
