"""Light and dark themes. “System” follows the platform's colour scheme (QStyleHints) and its
changes; Light and Dark set a Fusion palette explicitly, which works on every platform (some
cannot switch the scheme themselves). Cards keep their paper colours in every theme: they are
drawn from the shared palette, not from the widget palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202326", QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#17191c", QPalette.ColorRole.AlternateBase: "#25282c",
        QPalette.ColorRole.ToolTipBase: "#2b2f33", QPalette.ColorRole.ToolTipText: "#e6e8eb",
        QPalette.ColorRole.Text: "#e6e8eb", QPalette.ColorRole.Button: "#2b2f33",
        QPalette.ColorRole.ButtonText: "#e6e8eb", QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d8fd6", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb4ff", QPalette.ColorRole.PlaceholderText: "#8b9096",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7076"))
    return p


def effective(theme: str) -> str:
    """“light” or “dark”: what ``theme`` means right now."""
    if theme in ("light", "dark"):
        return theme
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_theme(theme: str) -> str:
    """Apply ``theme`` to the running application; returns the effective one."""
    app = QApplication.instance()
    mode = effective(theme)
    if app is None:
        return mode
    if app.style().name().lower() != "fusion":  # already so on Linux: setting it again
        app.setStyle(QStyleFactory.create("Fusion"))  # re-polishes every widget (~8 ms a start)
    app.setPalette(dark_palette() if mode == "dark" else app.style().standardPalette())
    return mode
