"""The poster's own words (title block, legend, assembly page) in the reader's language.

The layout and export layers are Qt-free and cannot translate; the editor hands over its translations once
at start (``ui.poster_words``), so a poster exported from a German window says "Ist-Zustand" and
"Schmerzpunkt" where the command line, which hands over nothing, keeps the English words.
"""

from __future__ import annotations

_words: dict[str, str] = {}


def use(words: dict[str, str]) -> None:
    """From now on print ``words[english]`` for each English word or phrase given."""
    global _words
    _words = dict(words)


def word(text: str) -> str:
    """``text`` (English, as written in the code) in the poster's language."""
    return _words.get(text, text)
