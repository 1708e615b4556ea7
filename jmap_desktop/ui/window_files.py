"""The window's files: open, save, save as, new from a template, import, export, recent maps,
files dropped on the window, and what to do when another program changes the open file.

A mixin of MainWindow (it uses the window's session, settings, scene and status bar), kept
apart so the window itself is only its parts and how they are put together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..io import LoadError
from ..resources import is_bundled_template
from . import recent
from .dialogs import Answer, ask_reload, ask_unsaved_changes, show_error
from .file_questions import SAVE_AS, open_with_questions, save_with_questions
from .gallery import TemplateGallery

FILE_FILTER = QT_TRANSLATE_NOOP("FileCommands", "Journey maps (*.jmap);;All files (*)")
TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx")  # dropped on the window: imported as cards


class FileCommands:
    """File › New, Open, Save, Save As, Import, Export and Open Recent, for MainWindow."""

    def files_folder(self) -> str:
        """Where Open, Import and Update KPIs start: the map's folder, else the home folder
        (never the folder the program happened to be started from)."""
        return str(self.session.path.parent) if self.session.path else str(Path.home())

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current map."""
        if not self.session.is_modified():
            return True
        answer = ask_unsaved_changes(self, self.session.display_name())
        if answer == Answer.SAVE:
            return self.save()
        return answer == Answer.DISCARD

    def open_file(self, path: str | Path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            if not open_with_questions(self, Path(path)):  # e.g. open in another window
                return False
        except LoadError as exc:
            show_error(self, self.tr("Cannot open map"), _load_error_text(exc))
            return False
        recent.remember(self.settings, Path(path))
        return True

    def show_library(self) -> None:
        """File › Journey Library: a folder of maps (non-modal, kept while the window lives)."""
        from .library import JourneyLibrary

        if getattr(self, "library", None) is None:
            self.library = JourneyLibrary(self)
        self.library.show()
        self.library.raise_()

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        start = self.files_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open journey map"), start, self.tr(FILE_FILTER))
        return self.open_file(path, ask=False) if path else False

    def new_from_template(self, name: str | None = None) -> bool:
        """File › New: pick a template in the gallery (or pass ``name``) and start a new map."""
        from ..io.templates import new_from_template

        if not self.maybe_save():
            return False
        if name is None:
            gallery = TemplateGallery(self)
            accepted = gallery.exec() == TemplateGallery.DialogCode.Accepted
            name = gallery.chosen()
            gallery.deleteLater()
            if not accepted or name is None:
                return False
        from .template_set import offer_linked_maps  # a template linking to detailed maps asks

        made = offer_linked_maps(self, name)
        if made is not None:
            return made
        # Untouched, a new map is unmodified: closing it loses nothing, so nothing is asked.
        # It stays Untitled, so the first edit and Save still ask where to keep it.
        self.session.replace(new_from_template(name), None)
        return True

    def save(self) -> bool:
        # A bundled template opened as a file is never written over: it asks where to save.
        if self.session.path is None or is_bundled_template(self.session.path):
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        suggested = self.session.path
        if suggested is None or is_bundled_template(suggested):
            suggested = Path.home() / f"{self.session.doc.meta.title or 'journey'}.jmap"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save journey map"), str(suggested), self.tr(FILE_FILTER))
        if not path:
            return False
        if not path.endswith(".jmap"):
            path += ".jmap"
        return self._save_to(Path(path))

    def _save_to(self, path: Path | None) -> bool:
        saved = save_with_questions(self, path)  # asks about read-only and outside changes
        if saved == SAVE_AS:
            return self.save_as()
        if saved is None:
            return False
        recent.remember(self.settings, saved)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=saved.name), 4000)
        self._watch()
        return True

    def _watch(self) -> None:
        """Watch the open file (again: an atomic save replaces the file the watcher followed)."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if self.session.path is not None and self.session.path.exists():
            self.watcher.addPath(str(self.session.path))

    def _file_changed_on_disk(self, _path: str) -> None:
        self._watch()
        if not self.session.changed_on_disk():
            return
        name = self.session.display_name()
        if self.session.is_modified():
            self.statusBar().showMessage(
                self.tr("{name} was changed by another program; saving will ask before overwriting it.").format(name=name), 10000)
        elif ask_reload(self, name):
            self.open_file(self.session.path, ask=False)

    def export(self) -> bool:
        from .export_dialog import ExportDialog  # ReportLab loads only when exporting

        dialog = ExportDialog(self, self.settings)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return False
        # Kept until the next export: the job still running reports to it when it is done.
        self.export_dialog = dialog
        return dialog.run_export()

    def import_cards(self, path: str | Path | None = None):
        """File › Import Cards… (or a table dropped on the window): the mapping dialog."""
        from .import_dialog import IMPORT_FILTER, open_import_dialog

        if path is None:
            start = self.files_folder()
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import cards"), start, QCoreApplication.translate("ImportDialog", IMPORT_FILTER))
            if not path:
                return None
        return open_import_dialog(self, path)

    def update_kpis(self, path: str | Path | None = None):
        """File › Update KPIs…: a feed of dated values for the metric cards."""
        from .kpi_dialog import FEED_FILTER, open_kpi_dialog

        if path is None:
            start = self.files_folder()
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Update KPIs"), start, QCoreApplication.translate("KpiDialog", FEED_FILTER))
            if not path:
                return None
        return open_kpi_dialog(self, path)

    def _table_pasted(self, table) -> None:
        from .import_dialog import open_import_dialog

        open_import_dialog(self, table=table)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent.recent_files(self.settings)
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent maps")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Menu"), lambda: recent.clear(self.settings))

    # -- files dropped on the window ---------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if any(url.toLocalFile().lower().endswith((".jmap", *TABLE_SUFFIXES)) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".jmap"):
                event.acceptProposedAction()
                self.open_file(url.toLocalFile())
                return
            if url.toLocalFile().lower().endswith(TABLE_SUFFIXES):  # research data: import it
                event.acceptProposedAction()
                self.import_cards(url.toLocalFile())
                return


def _load_error_text(exc: LoadError) -> str:
    lines = [f"{p.place}: {p.message}" for p in exc.problems[:8]]
    more = QCoreApplication.translate("FileCommands", "\n… and {count} more").format(count=len(exc.problems) - 8) if len(exc.problems) > 8 else ""
    return f"{exc.path}\n\n" + "\n".join(lines) + more + QCoreApplication.translate("FileCommands", "\n\nThe file was not changed.")
