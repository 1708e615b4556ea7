"""The language of menus and dialogs: English as written in the code, German from a Qt
translation file, chosen in Edit › Preferences or taken from the system locale.

Strings go through Qt's translation layer (``self.tr``); ``make translations`` runs
pyside6-lupdate over the source into ``data/translations/jmap_desktop_de.ts`` and
pyside6-lrelease into the ``.qm`` file loaded here (over every module of ``ui`` and ``canvas``).
Qt's own ``qtbase_de.qm`` translates the standard buttons (OK, Cancel) and file dialogs. The
names of kinds, lanes, evidence and channels come from the Qt-free model and are translated
through ``canvas.labels``; accessible names (what a screen reader says) are translated too.
What the Qt-free layers say (a file's load and save problems, the structure checks) follows
through ``ui.message_words``, handed over whenever a language is installed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..resources import data_dir
from . import message_words

LANGUAGE_KEY = "ui/language"  # "system", or a code from LANGUAGES
ENV = "JMAP_DESKTOP_LANGUAGE"  # overrides the setting for one run: JMAP_DESKTOP_LANGUAGE=de
LANGUAGES = {"en": "English", "de": "Deutsch"}

_installed: list[QTranslator] = []
_current = "en"  # the language last installed: the workshop's participant page speaks it too


def current() -> str:
    """The language the window speaks now ("en" until another is installed)."""
    return _current


def setting(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "system"))
    return value if value in LANGUAGES or value == "system" else "system"


def chosen_language(settings: QSettings) -> str:
    """The language to show: the override, else the preference, else the system's if we have it."""
    override = os.environ.get(ENV, "")
    if override in LANGUAGES:
        return override
    value = setting(settings)
    if value != "system":
        return value
    for name in QLocale.system().uiLanguages():  # e.g. ["de-DE", "en-US"]: first known wins
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Translate from now on into ``language`` ("en" removes translations); True if loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    global _current
    _current = "en"
    if language == "en":
        message_words.share()  # English again in the Qt-free layers' messages
        return True
    ours = QTranslator(app)
    if not ours.load(str(data_dir() / "translations" / f"jmap_desktop_{language}.qm")):
        return False
    qt = QTranslator(app)  # Qt's own strings: standard buttons, file dialogs
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current = language
    message_words.share()  # load problems, save problems, structure checks: in this language too
    return True
