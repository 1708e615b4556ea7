"""Puts the workshop into the window: the Workshop menu, the Inbox dock, the join screen.

``install(window)`` is all the main window calls; everything the menu does lives here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu

from ..dialogs import show_error
from .controller import WorkshopController
from .dialogs import CollectDialog, StartSessionDialog, VoteDialog
from .inbox import InboxPanel
from .join_screen import JoinScreen


class WorkshopMenu:
    def __init__(self, window) -> None:
        self.window = window
        self.controller = WorkshopController(window.session, window.autosaver, window)
        self.inbox = InboxPanel(window.session, self.controller)
        self.dock = QDockWidget(QCoreApplication.translate("WorkshopMenu", "Inbox"), window)
        self.dock.setObjectName("InboxDock")
        self.dock.setAccessibleName(QCoreApplication.translate("WorkshopMenu", "Inbox panel"))
        self.dock.setWidget(self.inbox)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Behind the history: beside the properties its German tab "Eingang" was cut short.
        window.tabifyDockWidget(window.comments_dock, self.dock)
        window.history_dock.raise_()
        self.join_screen: JoinScreen | None = None

        def action(text: str, slot, shortcut: str | None = None) -> QAction:
            a = QAction(text, window)
            if shortcut:
                a.setShortcut(shortcut)
            a.triggered.connect(lambda _=False: slot())
            return a

        self.start_action = action(QCoreApplication.translate("WorkshopMenu", "&Start Session…"), self.start)
        self.join_action = action(QCoreApplication.translate("WorkshopMenu", "Show &Join Screen"), self.show_join_screen, "Ctrl+Shift+J")
        self.collect_action = action(QCoreApplication.translate("WorkshopMenu", "&Collect Notes…"), self.collect)
        self.stop_collect_action = action(QCoreApplication.translate("WorkshopMenu", "Stop C&ollecting"), self.controller.close_collection)
        self.vote_action = action(QCoreApplication.translate("WorkshopMenu", "&Dot Voting…"), self.vote)
        self.end_vote_action = action(QCoreApplication.translate("WorkshopMenu", "&End Vote and Store Counts"), self.end_vote)
        self.stop_action = action(QCoreApplication.translate("WorkshopMenu", "S&top Session"), self.stop)
        self.menu = QMenu(QCoreApplication.translate("WorkshopMenu", "&Workshop"), window)
        self.menu.addActions([self.start_action, self.join_action])
        self.menu.addSeparator()
        self.menu.addActions([self.collect_action, self.stop_collect_action])
        self.menu.addSeparator()
        self.menu.addActions([self.vote_action, self.end_vote_action])
        self.menu.addSeparator()
        self.menu.addAction(self.stop_action)
        bar = window.menuBar()
        # Before Help, found by its About item rather than by its text: in German it is "Hilfe".
        help_menu = next((a for a in bar.actions()
                          if a.menu() is not None and window.about_action in a.menu().actions()), None)
        bar.insertMenu(help_menu, self.menu) if help_menu else bar.addMenu(self.menu)
        window.panels_menu.addAction(self.dock.toggleViewAction())
        self.controller.stateChanged.connect(self._enable)
        self._dock_wanted = True
        window.central.currentChanged.connect(self._page_changed)  # start page or canvas
        self._enable()

    def _page_changed(self, _index: int = 0) -> None:
        """The start page has no map to hold a workshop: the Inbox steps aside with the panels."""
        if self.window.on_start_page():
            self._dock_wanted = not self.dock.isHidden()
            self.dock.hide()
        elif self._dock_wanted:
            self.dock.show()
        self._enable()

    def _enable(self) -> None:
        c = self.controller
        running = c.running
        collecting = running and c.session.collection is not None
        voting = running and c.session.vote_round is not None
        self.start_action.setEnabled(not running and not self.window.on_start_page())
        self.join_action.setEnabled(running)
        self.collect_action.setEnabled(running and c.permissions.notes)
        self.stop_collect_action.setEnabled(collecting)
        self.vote_action.setEnabled(running and c.permissions.votes and not voting)
        self.end_vote_action.setEnabled(voting)
        self.stop_action.setEnabled(running)

    # -- menu actions -----------------------------------------------------------------------------
    def start(self) -> bool:
        dialog = StartSessionDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        from ...workshop import Limits

        try:
            self.controller.start(dialog.host(), dialog.port.value(), dialog.permissions(),
                                  Limits(max_participants=dialog.max_participants.value()))
        except OSError as exc:
            show_error(self.window, QCoreApplication.translate("WorkshopMenu", "Cannot start the session"),
                       QCoreApplication.translate("WorkshopMenu", "Nothing can listen on {host} port {port}: {reason}.\n\nChoose another network or port (0 picks a free one).").format(host=dialog.host(), port=dialog.port.value(), reason=exc.strerror or exc))
            return False
        self.dock.show()
        self.dock.raise_()
        self.window.give_room(self.dock)  # the notes arriving: half the column, not a short tab
        self.show_join_screen()
        return True

    def show_join_screen(self) -> None:
        if self.join_screen is None:
            # A window of its own, not one kept above the editor: on one screen the facilitator
            # clicks back into the map and the Inbox, and can minimise the join screen without
            # the editor going with it. The window closes it when it closes (detach).
            self.join_screen = JoinScreen(self.controller)
        self.join_screen.refresh()
        self.join_screen.show()
        self.join_screen.raise_()

    def collect(self) -> bool:
        doc = self.window.session.doc
        dialog = CollectDialog(doc, self.window)
        focus = self.window.scene.focus_cell
        if focus is not None:  # start from the lane the user is working in
            index = dialog.lane.findData(focus[1])
            if index >= 0:
                dialog.lane.setCurrentIndex(index)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.controller.open_collection(dialog.cells(), dialog.prompt.text().strip(),
                                        dialog.minutes.value(), dialog.label(),
                                        dialog.straight.isChecked())
        return True

    def vote(self) -> bool:
        dialog = VoteDialog(self.window.session.doc, self.window.scene.selected_card_ids(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.controller.open_vote(dialog.card_ids(), dialog.dots.value(), dialog.live.isChecked())
        return True

    def end_vote(self) -> None:
        totals = self.controller.end_vote()
        given = sum(totals.values())
        self.window.statusBar().showMessage(
            QCoreApplication.translate("WorkshopMenu", "Vote ended: {dots} dots on {cards} cards, stored on the cards.")
            .format(dots=given, cards=sum(1 for n in totals.values() if n)),
            8000)

    def stop(self) -> None:
        self.controller.stop()
        self.window.statusBar().showMessage(QCoreApplication.translate("WorkshopMenu", "Workshop session stopped; every connection is closed."), 6000)

    def detach(self) -> None:
        """The window closes: end the session cleanly and stop following the document."""
        self.controller.detach()
        self.inbox.detach()
        if self.join_screen is not None:
            self.join_screen.close()
            self.join_screen.deleteLater()
            self.join_screen = None


def install(window) -> WorkshopMenu:
    return WorkshopMenu(window)
