"""The canvas's own colours in the light and the dark theme.

Cards are paper: they keep their kind colours and dark ink in every theme (what is on the screen
is what prints). Everything around them (the canvas, cells, headers, grid lines, arrows, the
emotion curve and its guides) follows the theme, so a dark window is not a white sheet with a
dark frame. Each scene holds one scheme; offscreen renders (screenshots, PNG export) keep the
light one, like the poster.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from ..layout import palette


@dataclass(frozen=True)
class CanvasScheme:
    dark: bool
    background: str
    header_fill: str
    cell_fill: str
    emotion_cell_fill: str
    grid_line: str
    ink: str  # header and label text on the canvas (not on cards)
    muted_ink: str
    curve: str
    neutral: str
    connection: str
    lane_shade: float  # how far lane header tints are mixed toward header_fill (0: as is)

    def on_header(self, colour: str) -> str:
        """A kind's accent drawn as a glyph or label on a header: as is in the light theme,
        lifted halfway to the ink in the dark one (a navy arrow or a grey gear on a dark
        header was all but invisible)."""
        if not self.dark:
            return colour
        base, ink = QColor(colour), QColor(self.ink)
        return QColor(round((base.red() + ink.red()) / 2), round((base.green() + ink.green()) / 2),
                      round((base.blue() + ink.blue()) / 2)).name()

    def lane_tint(self, tint: str) -> QColor:
        """A lane header's tint, darkened for the dark theme so its name stays readable."""
        if not self.lane_shade:
            return QColor(tint)
        base, into = QColor(tint), QColor(self.header_fill)
        t = self.lane_shade
        return QColor(round(base.red() * (1 - t) + into.red() * t),
                      round(base.green() * (1 - t) + into.green() * t),
                      round(base.blue() * (1 - t) + into.blue() * t))


LIGHT = CanvasScheme(
    dark=False, background=palette.CANVAS_BACKGROUND, header_fill=palette.HEADER_FILL,
    cell_fill="#ffffff", emotion_cell_fill="#fffdf7", grid_line=palette.GRID_LINE,
    ink=palette.INK, muted_ink=palette.MUTED_INK, curve=palette.EMOTION_CURVE,
    neutral=palette.EMOTION_NEUTRAL, connection="#50575f", lane_shade=0.0,
)

DARK = CanvasScheme(
    dark=True, background="#141619", header_fill="#23272b", cell_fill="#1b1e22",
    emotion_cell_fill="#201f1b", grid_line="#3a4047", ink="#e6e8eb", muted_ink="#a3aab2",
    curve="#f2f4f6", neutral="#8a9199", connection="#b4bcc5", lane_shade=0.82,
)
