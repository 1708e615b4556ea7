"""The names of card kinds, lane kinds, evidence states and channels in the user's language.

The names live in the Qt-free model (``model.kinds``) and the kind registry
(``layout.palette``), where nothing can translate them; the canvas and the panels show them
through ``label``. ``NAMES`` lists each one literally so that ``make translations`` finds it
(a test checks that no name in the model is missing here).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NAMES = (
    QT_TRANSLATE_NOOP("Kinds", "Note"),
    QT_TRANSLATE_NOOP("Kinds", "Touchpoint"),
    QT_TRANSLATE_NOOP("Kinds", "Pain point"),
    QT_TRANSLATE_NOOP("Kinds", "Opportunity"),
    QT_TRANSLATE_NOOP("Kinds", "Moment of truth"),
    QT_TRANSLATE_NOOP("Kinds", "Customer quote"),
    QT_TRANSLATE_NOOP("Kinds", "Metric / KPI"),
    QT_TRANSLATE_NOOP("Kinds", "Question"),
    QT_TRANSLATE_NOOP("Kinds", "Actions"),
    QT_TRANSLATE_NOOP("Kinds", "Thoughts"),
    QT_TRANSLATE_NOOP("Kinds", "Feelings"),
    QT_TRANSLATE_NOOP("Kinds", "Touchpoints"),
    QT_TRANSLATE_NOOP("Kinds", "Channels"),
    QT_TRANSLATE_NOOP("Kinds", "Pain points"),
    QT_TRANSLATE_NOOP("Kinds", "Opportunities"),
    QT_TRANSLATE_NOOP("Kinds", "Moments of truth"),
    QT_TRANSLATE_NOOP("Kinds", "KPIs / metrics"),
    QT_TRANSLATE_NOOP("Kinds", "Frontstage"),
    QT_TRANSLATE_NOOP("Kinds", "Backstage"),
    QT_TRANSLATE_NOOP("Kinds", "Support processes"),
    QT_TRANSLATE_NOOP("Kinds", "Emotion curve"),
    QT_TRANSLATE_NOOP("Kinds", "Custom"),
    QT_TRANSLATE_NOOP("Kinds", "Hypothesis"),
    QT_TRANSLATE_NOOP("Kinds", "Validated"),
    QT_TRANSLATE_NOOP("Kinds", "Invalidated"),
    QT_TRANSLATE_NOOP("Kinds", "Web"),
    QT_TRANSLATE_NOOP("Kinds", "App"),
    QT_TRANSLATE_NOOP("Kinds", "Email"),
    QT_TRANSLATE_NOOP("Kinds", "Phone"),
    QT_TRANSLATE_NOOP("Kinds", "Store"),
    QT_TRANSLATE_NOOP("Kinds", "Chat"),
    QT_TRANSLATE_NOOP("Kinds", "Social"),
    QT_TRANSLATE_NOOP("Kinds", "Mail"),
    QT_TRANSLATE_NOOP("Kinds", "In person"),
    QT_TRANSLATE_NOOP("Kinds", "Other"),
    QT_TRANSLATE_NOOP("Kinds", "Positive"),
    QT_TRANSLATE_NOOP("Kinds", "Negative"),
)


def label(name: str) -> str:
    """``name`` (an English label from the model or the palette) in the user's language."""
    return QCoreApplication.translate("Kinds", name)
