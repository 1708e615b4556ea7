"""The Qt application: names for QSettings, the bundled fonts, the window icon, the language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from ..canvas.fonts import load_bundled_fonts
from ..resources import icon_path
from . import locale_format, poster_words, translations

ORGANISATION = "JMap"
APPLICATION = "JMap Desktop"


class Application(QApplication):
    """The editor's QApplication: it also announces the files the macOS Finder sends.

    A double-click in the Finder reaches the running app as a ``QFileOpenEvent`` sent to the
    application object itself, so overriding ``event`` here catches it. (An application-wide
    event filter did the same but ran Python for every event of every widget: about 50 ms of
    each start and a little of every mouse move.)
    """

    fileOpenRequested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            assert isinstance(event, QFileOpenEvent)
            if event.file():
                self.fileOpenRequested.emit(event.file())
                return True
        return super().event(event)


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created and set up on first use."""
    app = QApplication.instance()
    if app is None:
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationDisplayName(APPLICATION)
        app = Application(["jmap-desktop", *(argv or [])])
        app.setWindowIcon(QIcon(str(icon_path())))
        translations.install(app, translations.chosen_language(QSettings()))
        locale_format.share_with_layout()  # cards and posters write numbers as the system does
        poster_words.share_with_export()  # and posters print the window's language
    load_bundled_fonts()
    return app
