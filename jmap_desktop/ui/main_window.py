"""The main window: the canvas in the middle, docks around it, menus, files and their safety.

The window owns one MapSession (file, store, undo stack). Every edit reaches the document as an
undo command pushed by the canvas or a panel; the window only opens, saves and asks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from ..canvas import CardPalette, MapScene, MapView
from ..canvas.labels import label as kind_label
from ..canvas.scheme import DARK, LIGHT
from ..model import CardKind, JourneyMap, LaneKind
from ..model.kinds import LANE_KIND_LABELS
from . import recent
from .lazy_dock import LazyAttribute, LazyPanel, built_panel, lazy_host, restoring
from .links import LinkController
from .locale_format import number, percent
from .panel_host import PanelHost
from .panels.find import FindPanel
from .panels.properties import PropertiesPanel
from .presentation import Presentation
from .recovery import Autosaver
from .session import MapSession
from .shortcuts import ShortcutsDialog
from .start_page import StartPage
from .theme import apply_theme
from .window_files import FileCommands
from .workshop.menu import install as install_workshop

APP_NAME = "JMap Desktop"
PANEL_WIDTH, LEFT_PANEL_WIDTH = 320, 210  # the docks' starting widths (palette and outline left)
# Raised when the docks' grouping changes: a window state saved with the old groups (five tabs in
# one, cut short) is then left unused and the panels start as this version arranges them.
PANELS_VERSION = 1


class MainWindow(FileCommands, QMainWindow):
    # Panels of docks that start behind another tab: built when first shown or read (lazy_dock).
    outline, personas, map_settings, analysis, comments = (LazyPanel() for _ in range(5))
    versions = LazyAttribute("_build_versions")  # file history, compare and merge (ui/versions.py)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.session = MapSession(self)
        self.scene = MapScene(self.session.store, self.session.undo_stack, self)
        self.view = MapView(self.scene)
        self.view.setAccessibleName(QCoreApplication.translate("MainWindow", "Journey map canvas"))
        # A map shorter than the window keeps to its top: centred, it moved by half of every
        # line a lane grew or lost while cards were typed, away from the pointer about to click.
        # (Across, it stays centred: a narrow map's lane names are drawn in the margin beside it.)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # No map open (first launch, File › Close): the start page stands in for the canvas.
        self.start_page = StartPage()
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.central.addWidget(self.view)
        self.central.setCurrentWidget(self.view)  # until show_start_page() at the end of set-up
        self.setCentralWidget(self.central)
        self._panels_state = None  # the docks as the map had them, while the start page shows
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")

        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.autosaver = Autosaver(self.session, parent=self)
        self.autosaver.set_delay(int(self.settings.value("files/autosave_seconds", 3)))
        self.autosaver.watch_editor(self.scene.editor)  # text still being typed is kept too
        self.autosaver.problem.connect(lambda text: self.statusBar().showMessage(text))
        self.session.author = str(self.settings.value("history/author", "") or "")
        self.presentation = Presentation(self)
        self.workshop = install_workshop(self)  # Workshop menu, Inbox dock, join screen
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed_on_disk)

        self.session.titleChanged.connect(self._update_title)
        self.session.modifiedChanged.connect(self.setWindowModified)
        self.session.documentReplaced.connect(self._document_replaced)
        self.scene.editingChanged.connect(self._editing_changed)
        self.scene.tablePasted.connect(self._table_pasted)
        self.scene.layoutChanged.connect(self._update_status)
        self.scene.messageRequested.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.links = LinkController(self)
        self.view.zoomChanged.connect(self._update_status)
        self.palette.entryActivated.connect(self._palette_entry)
        self.start_page.templateChosen.connect(self.new_from_template)
        self.start_page.recentChosen.connect(self.open_file)
        self.start_page.openRequested.connect(self.open_dialog)
        self._update_title()
        first_launch = self.settings.value("window/geometry") is None
        self._restore_window_state()
        self.show_start_page()
        if first_launch:  # sized once the start page has hidden the panels
            place_first_window(self)

    # -- building --------------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.palette = CardPalette()
        self.palette_dock = self._dock(self.tr("Palette"), "PaletteDock", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.outline_dock = self._dock(self.tr("Outline"), "OutlineDock", "outline", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.palette_dock, self.outline_dock)
        self.palette_dock.raise_()
        self.properties = PropertiesPanel(self.scene)
        self.properties_dock = self._dock(self.tr("Properties"), "PropertiesDock", self.properties,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.personas_dock = self._dock(self.tr("Personas"), "PersonasDock", "personas",
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.settings_dock = self._dock(self.tr("Map Settings"), "MapSettingsDock", "map_settings",
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.properties_dock, self.personas_dock)
        self.tabifyDockWidget(self.properties_dock, self.settings_dock)
        self.properties_dock.raise_()
        # The right-hand docks are three tab groups of three or four tabs: one group of five cut
        # every German title to "Su…" (tests/ui/test_dock_tabs.py measures them all).
        self.find = FindPanel(self.scene)
        self.find_dock = self._dock(self.tr("Find and Filter"), "FindDock", self.find, Qt.DockWidgetArea.RightDockWidgetArea)
        # Its few fields whole on a laptop screen too: the groups above and below give way.
        self.find_dock.widget().setMinimumHeight(self.find.sizeHint().height())
        # Beside the find fields: what changed since a revision also points at cards.
        self.revisions_dock = self._dock(self.tr("Revisions"), "RevisionsDock", "revisions",
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.find_dock, self.revisions_dock)
        self.changes_dock = self._dock(self.tr("Changes"), "ChangesDock", "changes",
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.find_dock, self.changes_dock)
        self.changes_dock.hide()  # shown by File › Compare With…
        self.find_dock.raise_()
        self.history = QUndoView(self.session.undo_stack)
        self.history.setEmptyLabel(self.tr("Opened map"))
        self.history_dock = self._dock(self.tr("History"), "HistoryDock", self.history, Qt.DockWidgetArea.RightDockWidgetArea)
        self.analysis_dock = self._dock(self.tr("Analysis"), "AnalysisDock", "analysis",
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.analysis_dock)
        self.comments_dock = self._dock(self.tr("Comments"), "CommentsDock", "comments", Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.comments_dock)
        self.history_dock.raise_()  # the analysis works only while on screen: not at every start
        self.resizeDocks([self.properties_dock, self.find_dock, self.history_dock], [450, 210, 220],
                         Qt.Orientation.Vertical)

    def give_room(self, dock: QDockWidget) -> None:
        """Half the right-hand column for the group of ``dock``: Changes while comparing (it
        shares the find fields' group, which starts short), the Inbox while a workshop runs."""
        groups = [self.properties_dock, self.find_dock, self.history_dock]
        groups[next(i for i, first in enumerate(groups)
                    if dock is first or dock in self.tabifiedDockWidgets(first))] = dock
        share = {dock: 0.5}
        height = self.centralWidget().height()
        self.resizeDocks(groups, [round(height * share.get(d, 0.25)) for d in groups], Qt.Orientation.Vertical)

    def docks(self) -> list[QDockWidget]:
        return [self.palette_dock, self.outline_dock, self.properties_dock, self.personas_dock,
                self.settings_dock, self.find_dock, self.analysis_dock, self.history_dock,
                self.comments_dock, self.revisions_dock, self.changes_dock]

    def _dock(self, title: str, name: str, widget: QWidget | str, area) -> QDockWidget:
        """A dock holding ``widget``, or the lazy panel named ``widget`` (built when first shown)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState/restoreState find docks by object name
        dock.setAccessibleName(self.tr("{0} panel").format(title))
        # A fixed-hint host: the panel's content never widens the dock (or shrinks the canvas).
        width = LEFT_PANEL_WIDTH if area == Qt.DockWidgetArea.LeftDockWidgetArea else PANEL_WIDTH
        if isinstance(widget, str):
            attribute = widget
            dock.setWidget(lazy_host(self, dock, attribute, lambda shown: self._build_panel(attribute, dock, shown),
                                     width))
        else:
            dock.setWidget(PanelHost(widget, width))
        self.addDockWidget(area, dock)
        return dock

    def _build_versions(self):
        from .versions import VersionsController

        return VersionsController(self)

    def _build_panel(self, name: str, dock: QDockWidget, shown: bool) -> QWidget:
        """The panel of a lazy dock (the modules load here too, not at start)."""
        if name in ("revisions", "changes"):  # made with the compare and history controller
            return getattr(self.versions, name)
        if name == "outline":
            from .panels.outline import OutlinePanel as Panel
        elif name == "personas":
            from .panels.personas import PersonasPanel as Panel
        elif name == "map_settings":
            from .panels.settings import MapSettingsPanel as Panel
        elif name == "analysis":
            from .panels.analysis import AnalysisPanel as Panel
        else:
            from .panels.comments import CommentsPanel as Panel
        panel = Panel(self.scene)
        if hasattr(panel, "set_shown"):  # the outline and analysis work only while on screen
            panel.set_shown(shown)
            dock.visibilityChanged.connect(panel.set_shown)  # visibilityChanged follows the tabs
        return panel

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        # triggered(bool) would hand ``checked`` to a slot's first optional parameter
        # (new_from_template(name) once got name=False): menu slots take no arguments.
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New from Template…"), self.new_from_template, S.New,
                                       self.tr("Start a new map from a template"))
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, S.Open)
        self.close_map_action = self._action(self.tr("&Close"), self.close_map, S.Close,
                                             self.tr("Close the map and go back to the start page"))
        self.save_action = self._action(self.tr("&Save"), self.save, S.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, S.SaveAs)
        self.compare_action = self._action(self.tr("Compare &With…"), lambda: self.versions.compare_with(),
                                           tip=self.tr("Mark what changed since a revision, a snapshot or another map"))
        self.snapshot_action = self._action(self.tr("Take S&napshot…"), lambda: self.versions.take_snapshot(),
                                            "Ctrl+Alt+S", self.tr("Name the saved map in its history"))
        self.merge_action = self._action(self.tr("&Merge Copy…"), lambda: self.versions.merge_copy(),
                                         tip=self.tr("Merge another copy of this map into it"))
        self.export_action = self._action(self.tr("&Export…"), self.export, "Ctrl+E",
                                          self.tr("Poster PDF, printer sheets, PNG, SVG or CSV"))
        self.import_action = self._action(self.tr("&Import Cards…"), lambda: self.import_cards(),
                                          tip=self.tr("Cards from a CSV, TSV or Excel table"))
        self.kpi_action = self._action(self.tr("Update &KPIs…"), lambda: self.update_kpis(),
                                       tip=self.tr("Dated values for the metric cards from a CSV or Excel feed"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(S.Undo))
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(S.Redo))
        # While a card's text is being edited these keys belong to the text editor, so the
        # actions are disabled then (a disabled action's shortcut does not fire).
        self.cut_action = self._action(self.tr("Cu&t"), self.scene.cut, S.Cut)
        self.copy_action = self._action(self.tr("&Copy"), self.scene.copy, S.Copy)
        self.paste_action = self._action(self.tr("&Paste"), self.scene.paste, S.Paste)
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.scene.duplicate, "Ctrl+D")
        self.delete_action = self._action(self.tr("&Delete"), self.scene.delete_selection, S.Delete)
        self.select_all_action = self._action(self.tr("Select &All"), self.scene.select_all, S.SelectAll)
        self.deselect_action = self._action(self.tr("Dese&lect"), lambda: self.scene.select_cards([]),
                                            "Ctrl+Shift+A")
        self.text_actions = [self.cut_action, self.copy_action, self.paste_action,
                             self.duplicate_action, self.delete_action, self.select_all_action,
                             self.deselect_action]
        self.add_card_action = self._action(self.tr("Add &Card"), lambda: self.scene.add_card_in_focused_cell(),
                                            "Ctrl+Return", self.tr("Add a card in the focused cell"))
        self.add_stage_action = self._action(self.tr("Add &Stage"), lambda: self.scene.add_stage(), "Ctrl+Shift+T")
        self.add_lane_action = self._action(self.tr("Add &Lane…"), self.choose_lane_kind, "Ctrl+Shift+L",
                                            self.tr("Pick the kind of lane, then name it"))
        self.lane_kind_menu = QMenu(self.tr("Lane kind"), self)
        self.lane_kind_menu.setAccessibleName(QCoreApplication.translate("MainWindow", "Kind of the new lane"))
        for kind in LaneKind:
            action = self.lane_kind_menu.addAction(kind_label(LANE_KIND_LABELS[kind]))
            action.triggered.connect(lambda _=False, k=kind: self._add_lane_of_kind(k))

        self.zoom_in_action = self._action(self.tr("Zoom &In"), self.view.zoom_in, S.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self.view.zoom_out, S.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), self.view.zoom_reset, "Ctrl+0")
        self.zoom_fit_action = self._action(self.tr("&Fit to Window"), self.view.zoom_fit, "Ctrl+9")
        self.find_action = self._action(self.tr("&Find…"), self.start_find, S.Find, self.tr("Find and filter cards"))
        # Linux and Windows have no standard Preferences key, so it gets an explicit one too.
        self.preferences_action = self._action(self.tr("Pre&ferences…"), self.show_preferences, "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.present_action = self._action(self.tr("&Present"), lambda: self.presentation.start(), "F5",
                                           self.tr("Full screen, one stage at a time"))
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, S.HelpContents)
        self.about_action = self._action(self.tr("&About JMap Desktop"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for key, label in (("system", self.tr("&System")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            action = QAction(label, self, checkable=True)
            action.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            self.theme_group.addAction(action)
            self.theme_actions[key] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.close_map_action, self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.compare_action, self.snapshot_action, self.merge_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.kpi_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Journey &Library…"), self.show_library)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(self.text_actions)
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_card_action, self.add_stage_action, self.add_lane_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                              self.zoom_fit_action])
        view_menu.addSeparator()
        self.panels_menu = view_menu.addMenu(self.tr("&Panels"))
        for dock in self.docks():
            self.panels_menu.addAction(dock.toggleViewAction())
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.present_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _build_status_bar(self) -> None:
        self.status_counts = QLabel()
        self.status_evidence = QLabel()
        self.status_zoom = QLabel()
        for label in (self.status_counts, self.status_evidence, self.status_zoom):
            self.statusBar().addPermanentWidget(label)

    # -- title and status ------------------------------------------------------------------
    def _update_title(self) -> None:
        if self.on_start_page():
            self.setWindowTitle(f"{APP_NAME}[*]")  # "[*]": Qt warns on setWindowModified without it
            return
        # "[*]" is where Qt shows the modified marker (setWindowModified).
        self.setWindowTitle(f"{self.session.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.session.is_modified())

    def _update_status(self, *_args) -> None:
        if self.on_start_page():  # no map to count (File › Close leaves an empty one behind)
            for label in (self.status_counts, self.status_evidence, self.status_zoom):
                label.clear()
            return
        doc = self.session.doc
        self.status_counts.setText(" · ".join((counted(len(doc.stages), self.tr("stage"), self.tr("stages")),
                                               counted(len(doc.lanes), self.tr("lane"), self.tr("lanes")),
                                               counted(len(doc.cards), self.tr("card"), self.tr("cards")))))
        validated = sum(1 for c in doc.cards if c.evidence.status == "validated")
        share = validated / len(doc.cards) if doc.cards else 0.0
        self.status_evidence.setText(self.tr("{share} validated").format(share=percent(share)))
        self.status_zoom.setText(percent(self.view.zoom()))

    def _editing_changed(self, editing: bool) -> None:
        for action in self.text_actions:
            action.setEnabled(not editing)

    def _map_actions(self) -> list[QAction]:
        """Actions that need an open map (disabled on the start page)."""
        return [self.close_map_action, self.save_action, self.save_as_action, self.export_action,
                self.compare_action, self.snapshot_action, self.merge_action,
                *self.text_actions, self.add_card_action, self.add_stage_action,
                self.add_lane_action, self.zoom_in_action, self.zoom_out_action,
                self.zoom_reset_action, self.zoom_fit_action, self.find_action, self.present_action]

    def on_start_page(self) -> bool:
        return self.central.currentWidget() is self.start_page

    def show_start_page(self) -> None:
        """Templates, recent maps and how-to in place of the canvas; panels step aside."""
        self.start_page.set_recent(recent.recent_files(self.settings))
        if not self.on_start_page():
            self.central.setCurrentWidget(self.start_page)
            self.layout().activate()  # docks sized (also before the first show) before saving
            self._panels_state = self.saveState()
            for dock in self.findChildren(QDockWidget):
                dock.hide()
        for action in self._map_actions():
            action.setEnabled(False)
        self.start_page.setFocus()
        self._update_title()
        self._update_status()

    def _show_canvas(self) -> None:
        if not self.on_start_page():
            return
        self.central.setCurrentWidget(self.view)
        self._restore_panels()
        for action in self._map_actions():
            action.setEnabled(True)
        self.view.setFocus()
        self._update_title()
        self._update_status()

    def _restore_panels(self) -> None:
        """The docks back as they were, tabs raised as they were (showing docks one by one
        would raise whichever came last)."""
        if self._panels_state is not None:
            with restoring(self):  # builds only the lazy panels left on screen
                self.restoreState(self._panels_state)
            self._panels_state = None

    def close_map(self) -> bool:
        """File › Close: ask about unsaved changes, then show the start page."""
        if not self.maybe_save():
            return False
        self.session.replace(JourneyMap(), None)
        self.autosaver.discard()
        self.show_start_page()
        return True

    def _document_replaced(self) -> None:
        self._show_canvas()
        self.scene.sync()  # build the new map's items now, so selection and panels can use them
        self._update_status()
        self._watch()
        # After the scene has re-laid out (next turn of the event loop): a readable zoom at
        # the map's start, recomputed if the window is still being sized (maximised).
        QTimer.singleShot(0, self.view, self.view.zoom_to_open)  # never once it is deleted

    def _palette_entry(self, entry: dict) -> None:
        """Enter or a double-click on a Palette entry: insert it at the keyboard focus."""
        if self.on_start_page():
            return
        if entry["type"] == "card":
            self.scene.add_card_in_focused_cell(CardKind(entry["kind"]))
        elif entry["type"] == "stage":
            self.scene.add_stage()
        else:
            self.scene.add_lane(LaneKind(entry["kind"]))

    # -- find, presentation, themes, help ------------------------------------------------------
    def start_find(self) -> None:
        self.find_dock.show()
        self.find_dock.raise_()
        self.find.start()

    def set_theme(self, key: str) -> None:
        """Light, dark, or follow the system; cards keep their paper colours in every theme."""
        self.theme = key
        self._apply_theme()
        self.theme_actions[key].setChecked(True)
        self.settings.setValue("view/theme", key)

    def _apply_theme(self) -> None:
        mode = apply_theme(self.theme)
        self.scene.set_scheme(DARK if mode == "dark" else LIGHT)  # the canvas follows too

    def _system_scheme_changed(self, _scheme) -> None:
        if self.theme == "system":
            self._apply_theme()

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("About JMap Desktop"),
                          self.tr("JMap Desktop {version}\nOffline customer journey maps and posters.").format(version=__version__))

    def choose_lane_kind(self) -> None:
        """Edit › Add Lane: a menu of lane kinds at the focused cell (arrows and Enter pick
        one), so a lane added from the keyboard is an Actions or Pain points lane, not Custom."""
        anchor = self.view.viewport().rect().center()
        cell = self.scene.focus_cell
        if cell is not None and self.scene.layout is not None and cell in self.scene.layout.cells:
            r = self.scene.layout.cells[cell]
            anchor = self.view.mapFromScene(r.x, r.bottom)
        self.lane_kind_menu.popup(self.view.viewport().mapToGlobal(anchor))
        self.lane_kind_menu.setActiveAction(self.lane_kind_menu.actions()[0])

    def _add_lane_of_kind(self, kind: LaneKind) -> None:
        lanes = [lane.id for lane in self.session.doc.lanes]
        cell = self.scene.focus_cell
        index = lanes.index(cell[1]) + 1 if cell is not None and cell[1] in lanes else None
        self.scene.add_lane(kind, index)

    # -- window events ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        self.presentation.stop()
        self._restore_panels()  # remember the panels as the map had them
        self.workshop.detach()  # closes every participant's connection
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(PANELS_VERSION))
        self.autosaver.discard()  # a normal close: nothing to recover next time
        if (analysis := built_panel(self, "analysis")) is not None:
            analysis.wait_for_idle()  # no worker may outlive the map it reads
        self.session.release()  # other windows may now edit the file
        self.scene.detach()
        event.accept()

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state, PANELS_VERSION)
        theme = str(self.settings.value("view/theme", "system"))
        self.theme = theme if theme in self.theme_actions else "system"
        self.theme_actions[self.theme].setChecked(True)
        self._apply_theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)


def place_first_window(window: QMainWindow) -> None:
    """The first launch: 1400 x 900, or less on a smaller screen (a 1366 x 768 laptop, 2x
    scaling), centred on the screen's free area so no edge starts off screen."""
    screen = window.screen()
    if screen is None:
        window.resize(1400, 900)
        return
    free = screen.availableGeometry()
    window.layout().activate()  # the minimum size of the panels as they are now
    window.resize(min(1400, round(free.width() * 0.92)), min(900, round(free.height() * 0.92)))
    window.move(free.center() - window.rect().center())


def counted(n: int, one: str, many: str) -> str:
    """“1 stage”, “3 stages”, “1,234 cards” (as the locale groups digits)."""
    return f"{number(n)} {one if n == 1 else many}"
