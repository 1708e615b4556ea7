"""The Inbox dock: participants' notes as they arrive, waiting for the facilitator.

Each row is a note, or a stack of notes with the same text for the same cell when stacking
is on. Accept (Enter) puts a row on the map as one card in the cell it was written for; drag a
row onto the canvas to put it elsewhere; Edit changes the text first; Reject (Delete) drops it.
All of these are undoable commands; notes only ever reach the map through them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...canvas.palette_widget import palette_mime
from ...commands import AcceptNotesCommand, EditInboxNoteCommand, RejectNotesCommand, push_command
from ...model import ChangeKind, InboxNote, StoreError

ROLE = Qt.ItemDataRole.UserRole


def stacks(notes: list[InboxNote], stack: bool) -> list[list[InboxNote]]:
    """Notes grouped by text (ignoring case and spacing) and cell, in order of first arrival."""
    if not stack:
        return [[note] for note in notes]
    groups: dict[tuple, list[InboxNote]] = {}
    for note in notes:
        key = (" ".join(note.text.casefold().split()), note.stage_id, note.lane_id)
        groups.setdefault(key, []).append(note)
    return list(groups.values())


class NoteList(QListWidget):
    """The rows; dragging rows carries their note ids to the canvas."""

    on_accept = on_reject = None

    def mimeData(self, items):  # noqa: N802 (Qt's name)
        ids = [i for item in items for i in item.data(ROLE)]
        return palette_mime({"type": "inbox", "ids": ids})

    def mimeTypes(self):  # noqa: N802
        return ["application/x-jmap-palette"]

    # Enter accepts and Delete rejects while the list has focus; the window's Edit › Delete
    # shares the key, so the list claims it first (ShortcutOverride) instead of a QShortcut.
    KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self.KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in self.KEYS[:2] and self.on_accept is not None:
            self.on_accept()
        elif event.key() in self.KEYS[2:] and self.on_reject is not None:
            self.on_reject()
        else:
            super().keyPressEvent(event)


class EditNoteDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Note"))
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName(QCoreApplication.translate("EditNoteDialog", "Note text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class InboxPanel(QWidget):
    def __init__(self, map_session, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map_session = map_session
        self.store = map_session.store
        self.controller = controller
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("InboxPanel", "Workshop status"))
        self.list = NoteList()
        self.list.setAccessibleName(QCoreApplication.translate("InboxPanel", "Inbox notes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 2px; }")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.stack = QCheckBox(self.tr("Stack duplicates"))
        self.stack.setChecked(True)
        self.stack.toggled.connect(self.rebuild)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Put the note on the map, in the cell it was written for (Enter)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setToolTip(self.tr("Drop the note (Delete)"))
        self.accept_button.clicked.connect(self.accept)
        self.edit_button.clicked.connect(self.edit)
        self.reject_button.clicked.connect(self.reject)
        self.list.on_accept, self.list.on_reject = self.accept, self.reject
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.reject_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.stack)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(50)  # a burst of arrivals redraws once
        self._timer.timeout.connect(self.rebuild)
        self._unsubscribe = self.store.subscribe(self._changed)
        controller.stateChanged.connect(self.update_status)
        controller.stateChanged.connect(self._timer.start)  # the empty list's hint follows the session
        controller.participantsChanged.connect(self.update_status)
        controller.tick.connect(self.update_status)
        self.list.itemSelectionChanged.connect(self._enable)
        self.rebuild()
        self.update_status()

    def _changed(self, change) -> None:
        if change.kind in (ChangeKind.INBOX, ChangeKind.RESET, ChangeKind.STAGES, ChangeKind.LANES) \
                and shiboken6.isValid(self):
            self._timer.start()

    def detach(self) -> None:
        self._unsubscribe()

    # -- drawing ----------------------------------------------------------------------------------
    def rebuild(self) -> None:
        doc = self.store.doc
        stages = {s.id: s.name for s in doc.stages}
        lanes = {ln.id: ln.name for ln in doc.lanes}
        chosen = {i for item in self.list.selectedItems() for i in item.data(ROLE)}
        self.list.clear()
        for group in stacks(list(doc.inbox), self.stack.isChecked()):
            first = group[0]
            authors = list(dict.fromkeys(n.author for n in group if n.author))
            where = (f"{stages.get(first.stage_id, '?')} › {lanes.get(first.lane_id, '?')}"
                     if first.stage_id else self.tr("no cell: drag onto the map"))
            count = f"  ×{len(group)}" if len(group) > 1 else ""
            item = QListWidgetItem(f"{first.text}\n— {', '.join(authors) or 'anonymous'} · {where}{count}")
            item.setData(ROLE, [n.id for n in group])
            item.setToolTip(f"From: {', '.join(authors) or 'anonymous'}\nFor: {where}")
            self.list.addItem(item)
            if chosen & set(item.data(ROLE)):
                item.setSelected(True)
        if self.list.count() == 0:  # say what will appear here (and what to do next), not a blank box
            c = self.controller
            if not c.running:
                text = self.tr("Notes from participants appear here as they arrive.\n"
                               "Workshop › Start Session… opens the room.")
            elif c.session.collection is None:
                text = self.tr("Notes from participants appear here as they arrive.\n"
                               "Workshop › Collect Notes… opens lanes for them.")
            else:
                text = self.tr("Notes from participants appear here as they arrive.")
            hint = QListWidgetItem(text)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            hint.setData(ROLE, [])
            self.list.addItem(hint)
        self._enable()
        self.update_status()

    def update_status(self, *_args) -> None:
        c = self.controller
        waiting = len(self.store.doc.inbox)
        parts = [self.tr("1 note waiting") if waiting == 1
                 else self.tr("{count} notes waiting").format(count=waiting)]
        if c.running:
            n = c.participant_count()
            parts.append(self.tr("1 participant") if n == 1 else self.tr("{count} participants").format(count=n))
            if c.session.collection is not None:
                left = c.seconds_left()
                timer = "" if left is None else (
                    self.tr(" · {minutes}:{seconds:02d} left").format(minutes=left // 60, seconds=left % 60)
                    if left else self.tr(" · time is up"))
                parts.append(self.tr("collecting: {what}").format(what=c.collect_label) + timer)
            if c.session.vote_round is not None:
                parts.append(self.tr("voting: {count} dots given").format(count=sum(c.session.totals().values())))
        else:
            parts.append(self.tr("no session running"))
        self.status.setText(" · ".join(parts))

    def _enable(self) -> None:
        some = bool(self.list.selectedItems())
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(some)
        self.edit_button.setEnabled(len(self.list.selectedItems()) == 1)

    # -- acting -----------------------------------------------------------------------------------
    def selected_stacks(self) -> list[list[str]]:
        return [list(item.data(ROLE)) for item in self.list.selectedItems()]

    def accept(self) -> None:
        chosen = self.selected_stacks()
        if not chosen:
            return
        stack = self.map_session.undo_stack
        problems = []
        stack.beginMacro(self.tr("Accept note") if len(chosen) == 1 else self.tr("Accept {count} notes").format(count=len(chosen)))
        try:
            for ids in chosen:
                try:
                    push_command(stack, AcceptNotesCommand(self.store, ids))
                except StoreError as exc:
                    problems.append(str(exc))
        finally:
            stack.endMacro()
        self.message.setText(problems[0] if problems else "")

    def reject(self) -> None:
        ids = [i for group in self.selected_stacks() for i in group]
        if ids:
            push_command(self.map_session.undo_stack, RejectNotesCommand(self.store, ids))
            self.message.setText("")

    def edit(self) -> None:
        chosen = self.selected_stacks()
        if len(chosen) != 1:
            return
        note = self.store.inbox_note(chosen[0][0])
        dialog = EditNoteDialog(note.text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text() or dialog.text() == note.text:
            return
        stack = self.map_session.undo_stack
        stack.beginMacro(self.tr("Edit inbox note"))  # every note of a stack, so the stack stays one
        try:
            for note_id in chosen[0]:
                push_command(stack, EditInboxNoteCommand(self.store, note_id, dialog.text()))
        except StoreError as exc:
            self.message.setText(str(exc))
        finally:
            stack.endMacro()
