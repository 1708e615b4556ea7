"""Following and making links between maps, for the main window.

The canvas asks (``MapScene.linkRequested``) to open a card's or a stage's link, or to choose
one; this module answers with file and card pickers and opens the target, selecting the card.
A broken link is reported in the status bar, never in an error dialog: a moved folder should
not interrupt a workshop. View › Back to … (Alt+Left) returns to the map a link was followed from. Links are checked for painting through ``io.links.LinkChecker``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ..commands import UpdateAxisCommand
from ..commands.notes import set_card_link
from ..io import LoadError, load_map
from ..io.links import LinkChecker, LinkState, make_link

WHOLE_MAP = QT_TRANSLATE_NOOP("LinkController", "(the whole map)")


class LinkController:
    def __init__(self, window) -> None:
        self.window = window
        self._checker = LinkChecker(None)
        window.scene.link_check = self.broken
        window.scene.linkRequested.connect(self.handle)
        # View › Back to …: from a detailed journey to the overview it was opened from, as a
        # browser goes back (the maps links were followed from, newest last).
        self.came_from: list[Path] = []
        self.back_action = QAction(QCoreApplication.translate("LinkController", "&Back to the Previous Map"), window)
        self.back_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))  # Alt+Left
        self.back_action.triggered.connect(lambda _checked=False: self.go_back())
        view_menu = next((a.menu() for a in window.menuBar().actions()
                          if a.menu() is not None and window.present_action in a.menu().actions()), None)
        if view_menu is not None:
            view_menu.addAction(self.back_action)
        window.addAction(self.back_action)  # the shortcut works with the menu closed
        self._show_back()

    @property
    def checker(self) -> LinkChecker:
        path = self.window.session.path
        if self._checker.map_path != (Path(path) if path else None):
            self._checker = LinkChecker(path)  # the map was saved elsewhere or another opened
        return self._checker

    def broken(self, link) -> bool:
        return self.checker.broken(link)

    def _entity(self, kind: str, entity_id: str):
        store = self.window.session.store
        return store.card(entity_id) if kind == "card" else store.stage(entity_id)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def handle(self, action: str, kind: str, entity_id: str) -> None:
        # After the context menu (or the click) has finished: a dialog opened from inside a
        # menu's action would run its event loop under the menu's.
        run = self.open_link if action == "open" else self.choose_link
        QTimer.singleShot(0, lambda: run(kind, entity_id))

    def open_link(self, kind: str, entity_id: str) -> bool:
        link = self._entity(kind, entity_id).link
        if link is None:
            return False
        target = self.checker.resolve(link)
        if target.state not in (LinkState.OK, LinkState.NO_CARD):
            self._say(target.describe(link))
            self.window.scene.update()  # repaint the mark as broken
            return False
        here = self.window.session.path
        if not self.window.open_file(target.path):
            return False
        if here is not None:
            self.came_from.append(Path(here))
            self._show_back()
        if target.card_id:
            self.window.scene.reveal_card(target.card_id)
        if target.state == LinkState.NO_CARD:
            self._say(target.describe(link))
        elif here is not None:
            self._say(QCoreApplication.translate("LinkController", "Opened {path}; {keys} goes back to {name}").format(
                path=link.path, name=Path(here).name,
                keys=self.back_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        else:
            self._say(QCoreApplication.translate("LinkController", "Opened {path}").format(path=link.path))
        return True

    def go_back(self) -> bool:
        """Open the map the last followed link was on (asking to save changes, as opening does)."""
        if not self.came_from:
            return False
        path = self.came_from.pop()
        if not self.window.open_file(path):
            self.came_from.append(path)  # cancelled, or unreadable: still there to go back to
            return False
        self._show_back()
        return True

    def _show_back(self) -> None:
        if self.came_from:
            self.back_action.setText(QCoreApplication.translate("LinkController", "&Back to {name}").format(name=self.came_from[-1].name))
        else:
            self.back_action.setText(QCoreApplication.translate("LinkController", "&Back to the Previous Map"))
        self.back_action.setEnabled(bool(self.came_from))

    def choose_link(self, kind: str, entity_id: str) -> bool:
        """Pick a map in this map's folder (and a card in it) and link to it: one undo step."""
        here = self.window.session.path
        if here is None:
            self._say(QCoreApplication.translate("LinkController", "Save this map first: links are stored relative to its folder"))
            return False
        path, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("LinkController", "Link to map"), str(Path(here).parent),
                                              QCoreApplication.translate("LinkController", "Journey maps (*.jmap)"))
        if not path:
            return False
        try:
            doc = load_map(path)
        except (LoadError, OSError) as exc:
            self._say(QCoreApplication.translate("LinkController", "{name} cannot be linked: {exc}").format(name=Path(path).name, exc=exc))
            return False
        choices = [QCoreApplication.translate("LinkController", WHOLE_MAP)] + [f"{(c.text or '(empty)').splitlines()[0][:70]}  [{c.id}]" for c in doc.cards]
        choice, ok = QInputDialog.getItem(self.window, QCoreApplication.translate("LinkController", "Link to map"), QCoreApplication.translate("LinkController", "Open {name} at:").format(name=Path(path).name),
                                          choices, 0, False)
        if not ok:
            return False
        card_id = None if choice == QCoreApplication.translate("LinkController", WHOLE_MAP) else choice.rsplit("[", 1)[1].rstrip("]")
        try:
            link = make_link(Path(here), Path(path), card_id)
        except ValueError as exc:
            self._say(str(exc))
            return False
        store = self.window.session.store
        command = (set_card_link(store, entity_id, link) if kind == "card"
                   else UpdateAxisCommand(store, entity_id, True, {"link": link}, text=QCoreApplication.translate("LinkController", "Link stage")))
        self.window.scene.push(command)
        self._say(QCoreApplication.translate("LinkController", "Linked to {path}").format(path=link.path))
        return True
