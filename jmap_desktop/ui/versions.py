"""Versions in the window: the Revisions and Changes panels, File › Compare With…, Take Snapshot,
Merge Copy…, opening a revision read-only and restoring one. The logic is in ``versions`` and
``io.history`` (no Qt); this module asks, shows and pushes one undo command per change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRectF, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow

from ..canvas import MapScene, MapView
from ..canvas.items.compare_overlay import CompareOverlay
from ..commands import push_command
from ..commands.replace import ReplaceMapCommand
from ..io import LoadError, load_data, load_map
from ..io.history import HistoryError, add_snapshot, head_matches, rebuild, snapshot_names
from ..model import Change, DocumentStore, StoreError
from ..model.gc_pause import gc_paused
from ..versions import MatchFixes, map_data
from ..versions.copies import changed_outside, merge_copies, theirs_head
from ..versions.live import LiveComparison
from . import match_memory
from .conflict_dialog import ConflictDialog
from .dialogs import fit_title, show_error
from .locale_format import date_time
from .panels.before import BeforeSection
from .panels.changes import ChangesPanel
from .panels.revisions import RevisionsPanel

ANOTHER_FILE = QT_TRANSLATE_NOOP("VersionsController", "Another file…")
FILE_FILTER = QT_TRANSLATE_NOOP("VersionsController", "Journey maps (*.jmap);;All files (*)")


class VersionsController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.overlay = CompareOverlay(window.scene)
        self.revisions = RevisionsPanel(self.session)
        self.changes = ChangesPanel()
        self.before_section = BeforeSection(window.scene)
        window.properties.add_section(self.before_section)  # old values of the selected card
        self.before: dict | None = None  # the version the open map is compared with
        self.before_title = ""
        self.fixes = MatchFixes()  # the user's corrections to the matching
        # Corrections per compared version ("revision:ID", "file:PATH"), kept after the compare
        # ends so comparing the same two again keeps them: for the session here (forgotten when
        # another map opens), and in the settings for a saved map (match_memory).
        self.remembered: dict[str, MatchFixes] = {}
        self.before_key = ""
        self.viewers: list[QMainWindow] = []
        # Edits while comparing: the store's Change records are gathered and the comparison
        # brought up to date from them shortly after (only what they touched is compared again).
        self.live: LiveComparison | None = None
        self._pending: list[Change] = []
        self._recompare = QTimer(self)
        self._recompare.setSingleShot(True)
        self._recompare.setInterval(100)
        self._recompare.timeout.connect(self._update_now)
        self.session.store.subscribe(self._store_changed)
        self.session.documentReplaced.connect(self._document_replaced)
        self.session.titleChanged.connect(self.revisions.refresh)  # a save changes the history
        self.revisions.snapshotRequested.connect(self.take_snapshot)
        self.revisions.compareRequested.connect(self.compare_revision)
        self.revisions.openRequested.connect(self.open_revision)
        self.revisions.restoreRequested.connect(self.restore_revision)
        self.changes.cardChosen.connect(self.go_to)
        self.changes.axisChosen.connect(self.go_to_axis)
        self.changes.closeRequested.connect(self.end_comparison)
        self.changes.pdfRequested.connect(self.export_pdf)
        self.changes.matchRequested.connect(self.match_cards)
        self.changes.unmatchRequested.connect(self.unmatch_cards)

    def _document_replaced(self) -> None:
        self.end_comparison()
        self.remembered.clear()
        self.revisions.refresh()

    # -- snapshots --------------------------------------------------------------------------
    def take_snapshot(self) -> bool:
        ask = QInputDialog(self.window)
        ask.setWindowTitle(self.tr("Take Snapshot"))
        ask.setLabelText(self.tr("Name of the snapshot (e.g. After workshop 2):"))
        fit_title(ask)
        ok = ask.exec() == QInputDialog.DialogCode.Accepted
        name = ask.textValue()
        if not ok or not name.strip():
            return False
        if not self.window.save():  # a snapshot pins a saved revision
            return False
        add_snapshot(self.session.doc, name, author=self.session.signature())
        saved = self.window.save()  # writes the snapshot into the file
        self.revisions.refresh()
        if saved:
            self.window.statusBar().showMessage(self.tr("Snapshot “{name}” taken").format(name=name.strip()), 4000)
        return saved

    # -- compare ------------------------------------------------------------------------------
    def compare_with(self) -> bool:
        """File › Compare With…: a revision or snapshot of this map, or another file."""
        history = self.session.doc.history
        entries: list[tuple[str, str | None]] = []
        if history is not None:
            for revision in reversed(history.revisions):
                when = date_time(revision.time)
                for name in snapshot_names(history, revision.id):
                    entries.append((f"★ {name} ({when})", revision.id))
                entries.append((self.tr("Revision of {when} by {author}").format(when=when, author=revision.author or self.tr('unknown')), revision.id))
        entries.append((ANOTHER_FILE, None))
        label, ok = QInputDialog.getItem(self.window, self.tr("Compare With"),
                                         self.tr("Compare the open map with:"), [e[0] for e in entries],
                                         0, False)
        if not ok:
            return False
        revision_id = dict(entries).get(label)
        if revision_id is not None:
            return self.compare_revision(revision_id)
        start = str(self.session.path.parent) if self.session.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Compare with map"), start, FILE_FILTER)
        return self.compare_file(Path(path)) if path else False

    def compare_revision(self, revision_id: str) -> bool:
        try:
            before = rebuild(self.session.doc, revision_id)
        except (HistoryError, KeyError) as exc:
            # A KeyError's str() is its message in quotes.
            reason = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
            show_error(self.window, self.tr("Cannot rebuild this revision"), reason)
            return False
        history = self.session.doc.history
        names = snapshot_names(history, revision_id)
        revision = history.revision(revision_id)
        when = date_time(revision.time)
        title = self.tr("Since “{name}”").format(name=names[0]) if names else self.tr("Since the revision of {when}").format(when=when)
        if not head_matches(self.session.doc):  # its revisions were made from another map
            title += "\n" + self.tr("Inexact: this file was changed by another program since JMap saved it")
        return self.show_comparison(before, title, f"revision:{revision_id}")

    def compare_file(self, path: Path) -> bool:
        try:
            other = load_map(path)
        except LoadError as exc:
            show_error(self.window, self.tr("Cannot open map"), str(exc))
            return False
        return self.show_comparison(map_data(other), self.tr("Compared with {name}").format(name=path.name),
                                    f"file:{path.resolve()}")

    def show_comparison(self, before: dict, title: str, key: str = "") -> bool:
        """Compare the open map with ``before``; ``key`` names that version, so the user's
        corrections to the matching are found again when it is compared again."""
        self.before, self.before_title, self.before_key = before, title, key
        self.fixes = self._fixes_for(key)
        self._compare_now()
        self.window.changes_dock.show()
        self.window.changes_dock.raise_()
        self.window.give_room(self.window.changes_dock)  # its group starts short, for the find fields
        return True

    def _store_changed(self, change: Change) -> None:
        if self.live is not None:
            self._pending.append(change)
            self._recompare.start()

    def _fixes_for(self, key: str) -> MatchFixes:
        """The corrections the user made comparing the open map with the version ``key``
        names: this session's, else those remembered in the settings for a saved map."""
        fixes = self.remembered.get(key) if key else None
        pair = match_memory.pair_key(self.session.path, key)
        if fixes is None and pair:
            fixes = match_memory.recall(self.window.settings, pair)
        return fixes or MatchFixes()

    def _compare_now(self) -> None:
        """Compare from scratch (a new version to compare with, a correction of the matching)."""
        if self.before is None:
            return
        self._recompare.stop()
        self._pending.clear()
        self.live = LiveComparison(self.before, self.session.store, self.fixes)
        self._show(self.live.comparison)

    def _refix(self) -> None:
        """The user corrected the matching: compare again with it (texts compared before are
        remembered, so this is quick)."""
        if self.live is None:
            self._compare_now()
            return
        self._recompare.stop()
        self._pending.clear()
        self._show(self.live.set_fixes(self.fixes))

    def _update_now(self) -> None:
        if self.live is None:
            return
        changes, self._pending = self._pending, []
        before = self.live.comparison
        # Short-lived records by the thousand (rows, marks): without the pause the collector
        # scanned every object of a 5,000-card map in the middle, up to half a second.
        with gc_paused():
            result = self.live.update(changes)
            if result is not before:
                self._show(result)

    def _show(self, result) -> None:
        self.overlay.show(result)
        self.changes.show_comparison(result, self.before_title)
        self.before_section.show_comparison(result, self.before_title)

    def match_cards(self, entity_id: str, before_id: str) -> None:
        """The user says an added card (stage, lane) is the removed one, reworded or moved:
        compare again; the cards of matched stages and lanes follow."""
        self.fixes = self.fixes.pair(entity_id, before_id)
        self._remember()
        self._refix()
        self.window.statusBar().showMessage(self.tr("Matched; the comparison is updated"), 4000)

    def unmatch_cards(self, pairs: list) -> None:
        """The user says matched cards (stages, lanes) are different: one added, one removed."""
        for entity_id, before_id in pairs:
            self.fixes = self.fixes.unpair(entity_id, before_id)
        self._remember()
        self._refix()
        self.window.statusBar().showMessage(self.tr("Unmatched; the comparison is updated"), 4000)

    def _remember(self) -> None:
        if self.before_key:
            self.remembered[self.before_key] = self.fixes
        if self._pair_key():
            match_memory.keep(self.window.settings, self._pair_key(), self.fixes)

    def _pair_key(self) -> str:
        return match_memory.pair_key(self.session.path, self.before_key)

    def end_comparison(self) -> None:
        self.before = self.live = None
        self._pending.clear()
        self.overlay.clear()
        self.changes.show_comparison(None)
        self.before_section.show_comparison(None)

    def export_pdf(self) -> bool:
        """The comparison on paper: the map with the marks and the legend, on one A3 page."""
        result = self.overlay.comparison
        if result is None:
            return False
        stem = self.session.path.stem if self.session.path else "journey"
        start = str((self.session.path.parent if self.session.path else Path.home())
                    / f"{stem}-changes.pdf")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export comparison"), start, "PDF (*.pdf)")
        if not path:
            return False
        from ..export.pages import PageError
        from ..export.plan import ExportError
        from ..versions.compare_pdf import export_comparison_pdf

        try:
            doc = load_data(result.after, source=path)
            export_comparison_pdf(doc, result, path, self.before_title)
        except (ExportError, PageError, LoadError) as exc:
            show_error(self.window, self.tr("Cannot export the comparison"), str(exc))
            return False
        self.window.statusBar().showMessage(self.tr("Exported {name}").format(name=Path(path).name), 4000)
        return True

    def go_to(self, card_id: str, kind: str) -> None:
        scene = self.window.scene
        if kind == "removed":
            rect = self.overlay.ghost_rects.get(card_id)
            if rect is not None:
                scene.ensureVisibleRequested.emit(QRectF(rect))
            return
        scene.reveal_card(card_id)

    def go_to_axis(self, collection: str, entity_id: str, kind: str) -> None:
        """Scroll to a stage's or lane's header, or to the ghost column or row of a removed one."""
        layout = self.window.scene.layout
        rect = self.overlay.axis_rects.get(entity_id)
        if rect is None and layout is not None:
            try:
                box = layout.stage_box(entity_id) if collection == "stages" else layout.lane_box(entity_id)
            except KeyError:  # a lane hidden in this map: nothing to show
                return
            rect = QRectF(box.header.x, box.header.y, box.header.w, box.header.h)
        if rect is not None:
            self.window.scene.ensureVisibleRequested.emit(QRectF(rect))

    # -- old revisions --------------------------------------------------------------------------
    def _revision_doc(self, revision_id: str):
        try:
            return load_data(rebuild(self.session.doc, revision_id),
                             source=f"{self.session.display_name()}@{revision_id[:8]}")
        except (HistoryError, KeyError, LoadError) as exc:
            # A KeyError's str() is its message in quotes.
            reason = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
            show_error(self.window, self.tr("Cannot rebuild this revision"), reason)
            return None

    def open_revision(self, revision_id: str) -> QMainWindow | None:
        """A read-only window showing an old revision."""
        doc = self._revision_doc(revision_id)
        if doc is None:
            return None
        viewer = QMainWindow(self.window)
        names = snapshot_names(self.session.doc.history, revision_id)
        viewer.setWindowTitle(self.tr("{map} — {version} (read-only)").format(
            map=self.session.display_name(),
            version=names[0] if names else self.tr("revision {id}").format(id=revision_id[:8])))
        from PySide6.QtGui import QUndoStack

        scene = MapScene(DocumentStore(doc), QUndoStack(viewer), viewer)
        view = MapView(scene)
        view.setInteractive(False)  # nothing to select, drag or edit: it is history
        view.setAccessibleName(QCoreApplication.translate("VersionsController", "Read-only revision"))
        viewer.setCentralWidget(view)
        viewer.resize(1100, 700)
        viewer.show()
        QTimer.singleShot(0, view.zoom_to_open)  # readable text, as any map opens
        self.viewers.append(viewer)
        return viewer

    def restore_revision(self, revision_id: str) -> bool:
        """Make an old revision the current map: one undo step, a revision of its own on save."""
        doc = self._revision_doc(revision_id)
        if doc is None:
            return False
        names = snapshot_names(self.session.doc.history, revision_id)
        what = self.tr("snapshot “{name}”").format(name=names[0]) if names else self.tr("revision {id}").format(id=revision_id[:8])
        try:
            push_command(self.session.undo_stack,
                         ReplaceMapCommand(self.session.store, doc, self.tr("Restore {what}").format(what=what),
                                           self._noting(self.tr("Restored {what}").format(what=what))))
        except StoreError as exc:
            show_error(self.window, self.tr("Cannot restore"), str(exc))
            return False
        return True

    def _noting(self, note: str, merged: str | None = None):
        """What the next revision says while the restore or merge step is done (not undone)."""
        def applied(done: bool) -> None:
            self.session.next_note, self.session.next_merged = (note, merged) if done else ("", None)

        return applied

    # -- merge ------------------------------------------------------------------------------------
    def merge_copy(self) -> bool:
        """File › Merge Copy…: merge another copy of this map into the open one (one undo step)."""
        start = str(self.session.path.parent) if self.session.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Merge a copy of this map"), start,
                                              FILE_FILTER)
        if not path:
            return False
        try:
            theirs = load_map(path)
        except LoadError as exc:
            show_error(self.window, self.tr("Cannot open map"), str(exc))
            return False
        mine = self.session.doc
        # Copies with no shared revision are matched as Compare does: with the corrections the
        # user made comparing this map with that file (a comparison matches it the other way).
        fixes = self._fixes_for(f"file:{Path(path).resolve()}").swapped()
        result, base = merge_copies(mine, theirs, fixes=fixes)
        if result.conflicts:
            dialog = ConflictDialog(result.conflicts, self.session.display_name(), Path(path).name,
                                    self.window)
            if dialog.exec() != ConflictDialog.DialogCode.Accepted:
                return False
            result, base = merge_copies(mine, theirs, dialog.choices(), fixes=fixes)
        try:
            merged = load_data(result.data, source=path)
        except LoadError as exc:
            show_error(self.window, self.tr("The merged map is not valid"), str(exc))
            return False
        name = Path(path).name
        try:
            push_command(self.session.undo_stack,
                         ReplaceMapCommand(self.session.store, merged, self.tr("Merge copy {name}").format(name=name),
                                           self._noting(self.tr("Merged {name}").format(name=name), theirs_head(theirs))))
        except StoreError as exc:
            show_error(self.window, self.tr("Cannot merge"), str(exc))
            return False
        how = (self.tr("against their shared revision") if base
               else self.tr("by matching (a copy was changed by another program since JMap saved it)")
               if changed_outside(mine, theirs)
               else self.tr("by matching (no shared revision), with your corrections") if fixes.pairs or fixes.apart
               else self.tr("by matching (no shared revision)"))
        self.window.statusBar().showMessage(self.tr("Merged {name} {how}; save to keep it").format(name=name, how=how), 6000)
        return True
