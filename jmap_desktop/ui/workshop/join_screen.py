"""The join screen for the projector: the URL in large type, its QR code, who has joined.

A window of its own (not modal, not kept above the editor) so the facilitator can keep working
while it is shown on a second screen, or minimise it on one; F11 or the button puts it full
screen. Once the session stops it says so, without the address or the code.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def qr_pixmap(text: str, scale: int = 12) -> QPixmap:
    """A QR code of ``text`` (segno writes the PNG itself, no Pillow needed)."""
    import segno  # only when a session starts, not at every editor start

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class JoinScreen(QDialog):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Join the Workshop"))
        self.setModal(False)
        self.setStyleSheet("JoinScreen { background: white; } QLabel { color: #1f2328; }")
        self.heading = QLabel(self.tr("Join from your phone or laptop"))
        self.heading.setFont(_font(26, bold=True))
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(QCoreApplication.translate("JoinScreen", "QR code of the join address"))
        self.url = QLabel()
        self.url.setFont(_font(24, bold=True, mono=True))
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAccessibleName(QCoreApplication.translate("JoinScreen", "Join address"))
        self.network_hint = QLabel(self.tr("Connect to the same Wi-Fi as this computer, then scan the code "
                                   "or type the address."))
        self.network_hint.setFont(_font(15))
        self.network_hint.setWordWrap(True)
        self.participants = QLabel()
        self.participants.setFont(_font(24, bold=True))
        self.participants.setAccessibleName(QCoreApplication.translate("JoinScreen", "Participants"))
        self.activity = QLabel()
        self.activity.setFont(_font(20))
        self.activity.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setFont(_font(34, bold=True, mono=True))
        self.countdown.setAccessibleName(QCoreApplication.translate("JoinScreen", "Time left"))
        self.full_screen = QPushButton(self.tr("Full Screen (F11)"))
        self.full_screen.clicked.connect(self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        text = QVBoxLayout()
        for widget in (self.heading, self.network_hint, self.participants, self.activity,
                       self.countdown):
            text.addWidget(widget)
        text.addStretch(1)
        text.addWidget(self.full_screen, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        page = QVBoxLayout(self)
        page.setContentsMargins(32, 32, 32, 32)
        page.setSpacing(24)
        page.addLayout(row, 1)
        page.addWidget(self.url)  # one line across the whole screen, never wrapped mid-token
        controller.stateChanged.connect(self.refresh)
        controller.participantsChanged.connect(self.refresh)
        controller.tick.connect(self._tick)
        self.resize(1100, 560)
        self.refresh()

    def refresh(self, *_args) -> None:
        c = self.controller
        if not c.running:  # nothing left to join: no invitation, no address, no code
            self.heading.setText(self.tr("The session has ended."))
            self.network_hint.hide()
            self.url.clear()
            self.qr.clear()
            self.participants.clear()
            self.activity.clear()
            self.countdown.clear()
            return
        self.heading.setText(self.tr("Join from your phone or laptop"))
        self.network_hint.show()
        if self.url.text() != c.join_url:
            self.url.setText(c.join_url)
            self.qr.setPixmap(qr_pixmap(c.join_url))
        n = c.participant_count()
        self.participants.setText(self.tr("1 participant joined") if n == 1
                                  else self.tr("{count} participants joined").format(count=n))
        session = c.session
        parts = []
        if session.collection is not None:
            parts.append(self.tr("Notes: {prompt}").format(prompt=session.collection.prompt or c.collect_label))
        if session.vote_round is not None:
            parts.append(self.tr("Vote: {dots} dots each on {cards} cards").format(
                dots=session.vote_round.dots, cards=len(session.vote_round.card_ids)))
        self.activity.setText("\n".join(parts) or self.tr("Waiting for the facilitator to open notes or a vote."))
        self._tick()

    def _tick(self) -> None:
        left = self.controller.seconds_left()
        self.countdown.setText("" if left is None else
                               (self.tr("{minutes}:{seconds:02d} left").format(minutes=left // 60, seconds=left % 60)
                                if left else self.tr("Time is up")))
        n = self.controller.participant_count()
        if self.controller.running:
            self.participants.setText(self.tr("1 participant joined") if n == 1
                                  else self.tr("{count} participants joined").format(count=n))

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()


def _font(points: int, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont()
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
    font.setPointSize(points)
    font.setBold(bold)
    return font
