"""The poster's words translated for the Qt-free export (``layout.words``).

``WORDS`` lists, literally for ``make translations``, every word and phrase the poster prints
besides the map's own text; the names of kinds and evidence come from ``canvas.labels``.
``share_with_export`` is called once at start, after the translation is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..canvas.labels import NAMES, label
from ..layout import words

WORDS = (
    QT_TRANSLATE_NOOP("Poster", "Current state"),
    QT_TRANSLATE_NOOP("Poster", "Future state"),
    QT_TRANSLATE_NOOP("Poster", "Scenario"),
    QT_TRANSLATE_NOOP("Poster", "Goal"),
    QT_TRANSLATE_NOOP("Poster", "Expectations"),
    QT_TRANSLATE_NOOP("Poster", "Goals"),
    QT_TRANSLATE_NOOP("Poster", "Needs"),
    QT_TRANSLATE_NOOP("Poster", "Frustrations"),
    QT_TRANSLATE_NOOP("Poster", "Card kinds"),
    QT_TRANSLATE_NOOP("Poster", "Evidence"),
    QT_TRANSLATE_NOOP("Poster", "Emotion"),
    QT_TRANSLATE_NOOP("Poster", "sheet {number} of {count}"),
    QT_TRANSLATE_NOOP("Poster", "{title} — assembly"),
    QT_TRANSLATE_NOOP("Poster", "{rows} × {cols} sheets of {sheet}, overlap {overlap} mm: cut at the marks, "
                      "glue each sheet over the dashed strip of its left and upper neighbours."),
)


def share_with_export() -> None:
    """Posters exported from this window print in its language."""
    translated = {text: QCoreApplication.translate("Poster", text) for text in WORDS}
    translated.update({name: label(name) for name in NAMES})
    words.use(translated)
