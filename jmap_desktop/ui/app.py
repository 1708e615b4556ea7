"""The Qt application: names for QSettings, the bundled fonts, the window icon, the language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..canvas.fonts import load_bundled_fonts
from ..resources import icon_path
from . import translations

ORGANISATION = "JMap"
APPLICATION = "JMap Desktop"


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created and set up on first use."""
    app = QApplication.instance()
    if app is None:
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationDisplayName(APPLICATION)
        app = QApplication(["jmap-desktop", *(argv or [])])
        app.setWindowIcon(QIcon(str(icon_path())))
        translations.install(app, translations.chosen_language(QSettings()))
    load_bundled_fonts()
    return app
