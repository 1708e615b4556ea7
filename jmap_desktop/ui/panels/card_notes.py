"""The Comments and Photos sections of the Properties panel, for the one selected card.

Comments carry the author from Preferences and the time they were written; ticking one marks
it resolved. Photos are added from a file, the clipboard or by dropping an image on the card;
the selected photo shows at the panel's width (double-click for full size). Every change is one
undo command (``commands.notes``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...canvas.photos import PhotoError, limits_text, photo_from_file, photo_from_mime, to_qimage
from ...commands import notes
from ...model import Card
from ...model.limits import MAX_PHOTOS
from ..locale_format import date_time

COMMENT_ID = Qt.ItemDataRole.UserRole


def author_name(widget: QWidget) -> str:
    """The window's signature (a comment always says who, as its revisions do)."""
    session = getattr(widget.window(), "session", None)
    return session.signature() if session is not None else ""


class CardNotesSection(QWidget):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.card_id: str | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.comments_title = QLabel(self.tr("<b>Comments</b>"))
        self.comment_list = QListWidget()
        self.comment_list.setAccessibleName(QCoreApplication.translate("CardNotesSection", "Comments on the card"))
        self.comment_list.setWordWrap(True)
        self.comment_list.setMaximumHeight(150)
        self.comment_list.itemChanged.connect(self._resolved_toggled)
        self.new_comment = QPlainTextEdit()
        self.new_comment.setAccessibleName(QCoreApplication.translate("CardNotesSection", "New comment"))
        self.new_comment.setPlaceholderText(self.tr("Write a comment…"))
        self.new_comment.setFixedHeight(52)
        self.add_comment = QPushButton(self.tr("Add comment"))
        self.add_comment.clicked.connect(self._add_comment)
        self.delete_comment = QPushButton(self.tr("Delete comment"))
        self.delete_comment.clicked.connect(self._delete_comment)
        # Each button only when it can act: text written, a comment chosen.
        self.new_comment.textChanged.connect(self._comment_buttons)
        self.comment_list.itemSelectionChanged.connect(self._comment_buttons)
        row = QHBoxLayout()
        row.addWidget(self.add_comment)
        row.addWidget(self.delete_comment)
        for w in (self.comments_title, self.comment_list, self.new_comment):
            layout.addWidget(w)
        layout.addLayout(row)

        self.photos_title = QLabel(self.tr("<b>Photos</b>"))
        self.photo_list = QListWidget()
        self.photo_list.setAccessibleName(QCoreApplication.translate("CardNotesSection", "Photos on the card"))
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(64, 64))
        self.photo_list.setMaximumHeight(90)
        self.photo_list.currentRowChanged.connect(self._show_photo)
        self.photo_list.itemDoubleClicked.connect(lambda _item: self.open_full_size())
        self.photo_view = QLabel()
        self.photo_view.setAccessibleName(QCoreApplication.translate("CardNotesSection", "Selected photo"))
        self.photo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_photo = QPushButton(self.tr("Add photo…"))
        self.add_photo.clicked.connect(self._choose_photo)
        self.paste_photo = QPushButton(self.tr("Paste photo"))
        self.paste_photo.clicked.connect(self._paste_photo)
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        self.remove_photo.clicked.connect(self._remove_photo)
        self.photo_note = QLabel(limits_text() + self.tr(" You can also drop or paste an image on a card."))
        self.photo_note.setWordWrap(True)
        self.photo_note.setEnabled(False)  # greyed: a hint, not a message
        self.photo_error = QLabel()
        self.photo_error.setWordWrap(True)
        self.photo_error.setAccessibleName(QCoreApplication.translate("CardNotesSection", "Photo problem"))
        self.photo_error.setStyleSheet("color: #d55e00")
        self.photo_error.hide()
        prow = QHBoxLayout()
        for b in (self.add_photo, self.paste_photo, self.remove_photo):
            prow.addWidget(b)
        for w in (self.photos_title, self.photo_list, self.photo_view):
            layout.addWidget(w)
        layout.addLayout(prow)
        layout.addWidget(self.photo_error)
        layout.addWidget(self.photo_note)

    # -- showing ------------------------------------------------------------------------------
    def card(self) -> Card | None:
        store = self.scene.store
        return store.card(self.card_id) if self.card_id and store.has_card(self.card_id) else None

    def show_card(self, card_id: str | None) -> None:
        if card_id != self.card_id:
            self.photo_error.hide()
        self.card_id = card_id
        card = self.card()
        self.setVisible(card is not None)
        if card is None:
            return
        self._loading = True
        try:
            self.comment_list.clear()
            for c in card.comments:
                when = date_time(c.date) if c.date else ""
                item = QListWidgetItem(f"{c.author or self.tr('Someone')} · {when}\n{c.text}")
                item.setData(COMMENT_ID, c.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if c.resolved else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Ticked: resolved"))
                self.comment_list.addItem(item)
            self._comment_buttons()
            open_count = sum(1 for c in card.comments if not c.resolved)
            self.comments_title.setText(self.tr("<b>Comments</b> ({open_count} open)").format(open_count=open_count) if card.comments else self.tr("<b>Comments</b>"))
            row = self.photo_list.currentRow()
            self.photo_list.clear()
            for i, photo in enumerate(card.photos):
                pixmap = QPixmap.fromImage(to_qimage(photo))
                self.photo_list.addItem(QListWidgetItem(QIcon(pixmap), f"{i + 1}"))
            self.photo_list.setVisible(bool(card.photos))
            self.remove_photo.setEnabled(bool(card.photos))
            self.add_photo.setEnabled(len(card.photos) < MAX_PHOTOS)
            if card.photos:
                self.photo_list.setCurrentRow(min(max(row, 0), len(card.photos) - 1))
            self._show_photo(self.photo_list.currentRow())
        finally:
            self._loading = False

    def _comment_buttons(self) -> None:
        self.add_comment.setEnabled(bool(self.new_comment.toPlainText().strip()))
        self.delete_comment.setEnabled(bool(self.comment_list.selectedItems()))

    def _show_photo(self, row: int) -> None:
        card = self.card()
        if card is None or not 0 <= row < len(card.photos):
            self.photo_view.clear()
            self.photo_view.hide()
            return
        image = to_qimage(card.photos[row])
        width = max(160, self.width() - 8)
        self.photo_view.setPixmap(QPixmap.fromImage(image).scaledToWidth(
            min(width, image.width()), Qt.TransformationMode.SmoothTransformation))
        self.photo_view.show()

    def open_full_size(self) -> QDialog | None:
        card, row = self.card(), self.photo_list.currentRow()
        if card is None or not 0 <= row < len(card.photos):
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Photo {number} of {count}").format(number=row + 1, count=len(card.photos)))
        label = QLabel()
        image = to_qimage(card.photos[row])
        label.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)  # not stuck in the top left corner
        scroll.setWidget(label)
        QVBoxLayout(dialog).addWidget(scroll)
        # As large as the photo (with the frame), within the screen; scrolled only when bigger.
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableSize()
        dialog.resize(max(320, min(image.width() + 48, int(screen.width() * 0.9))),
                      max(240, min(image.height() + 48, int(screen.height() * 0.9))))
        dialog.show()
        return dialog

    # -- editing ------------------------------------------------------------------------------
    def _push(self, command) -> None:
        self.scene.push(command)

    def _add_comment(self) -> None:
        text = self.new_comment.toPlainText().strip()
        if not text or self.card() is None:
            return
        self._push(notes.add_comment(self.scene.store, self.card_id, text, author_name(self)))
        self.new_comment.clear()

    def _resolved_toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self.card() is None:
            return
        resolved = item.checkState() == Qt.CheckState.Checked
        self._push(notes.set_comment_resolved(self.scene.store, self.card_id, item.data(COMMENT_ID), resolved))

    def _delete_comment(self) -> None:
        item = self.comment_list.currentItem()
        if item is not None and self.card() is not None:
            self._push(notes.remove_comment(self.scene.store, self.card_id, item.data(COMMENT_ID)))

    def _attach(self, make) -> None:
        if self.card() is None:
            return
        try:
            photo = make()
        except PhotoError as exc:
            self.photo_error.setText(self.tr("Photo not added: {exc}").format(exc=exc))
            self.photo_error.show()
            return
        if photo is None:
            self.photo_error.setText(self.tr("The clipboard holds no image."))
            self.photo_error.show()
            return
        self.photo_error.hide()
        self._push(notes.add_photo(self.scene.store, self.card_id, photo))
        self.photo_list.setCurrentRow(self.photo_list.count() - 1)

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if path:
            self.add_photo_file(path)

    def add_photo_file(self, path: str) -> None:
        self._attach(lambda: photo_from_file(path))

    def _paste_photo(self) -> None:
        self._attach(lambda: photo_from_mime(QGuiApplication.clipboard().mimeData()))

    def _remove_photo(self) -> None:
        row = self.photo_list.currentRow()
        card = self.card()
        if card is not None and 0 <= row < len(card.photos):
            self._push(notes.remove_photo(self.scene.store, self.card_id, row))
