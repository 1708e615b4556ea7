"""Messages of the Qt-free layers (model, io, analysis, export) in the window's language.

These layers cannot translate (no Qt), yet what they say reaches the user in dialogs and panels:
why a file cannot be opened or saved, what the structure checks found. Each such message is
written in English in the code as ``say("template with {fields}", fields=...)``; the editor
hands over its German (or other) templates once its translation is installed
(``ui.message_words``), and the command line, which hands over nothing, keeps English. The
templates are listed literally in ``ui.message_words`` for ``make translations``; a test finds
every ``say`` call here and fails when one is missing there or lacks its German.
"""

from __future__ import annotations

_catalogue: dict[str, str] = {}
_labels: dict[str, str] = {}  # kinds', channels' ... names (model.kinds) in the user's language


def use(translated: dict[str, str]) -> None:
    """From now on say ``translated[template]`` for each template given (empty: English)."""
    global _catalogue
    _catalogue = {k: v for k, v in translated.items() if v}


def say(template: str, /, **fields: object) -> str:
    """``template`` (English, as written in the code) in the user's language, its ``{fields}``
    filled in."""
    text = _catalogue.get(template, template)
    return text.format(**fields) if fields else text


def use_labels(translated: dict[str, str]) -> None:
    """From now on ``label(name)`` is ``translated[name]`` (empty: English)."""
    global _labels
    _labels = {k: v for k, v in translated.items() if v}


def label(name: str) -> str:
    """A label of ``model.kinds`` ("Pain point") as the user reads it."""
    return _labels.get(name, name)


def translated(template: str) -> bool:
    """Whether ``template`` has a translation now (the English is then not shown)."""
    return template in _catalogue and _catalogue[template] != template
