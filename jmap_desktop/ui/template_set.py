"""New from Template for a template that links to detailed maps (the lifecycle overview).

Its stages open other maps by relative links, so the new overview only works with those maps
beside it. The user is asked once: create the overview and its detailed maps in a folder (they
are written there with fresh ids, and the overview opens, saved, its links working), or take
the overview alone as an Untitled map, whose links then show as broken until maps of those
names sit beside it. Writing the files is ``io.template_set``; this module only asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..io import LoadError, SaveError, load_map
from ..io.template_set import free_path, linked_templates, write_with_linked
from ..io.templates import template_info
from .dialogs import show_error
from .library import FOLDER_KEY


def offer_linked_maps(window, name: str) -> bool | None:
    """Ask how to make template ``name`` when it links to other templates. None: it does not,
    or the user wants the overview alone (go on as usual); True: the maps were written and the
    overview opened; False: cancelled."""
    try:
        template = load_map(template_info(name).path)
    except (LoadError, ValueError):
        return None  # the usual path reports a broken template
    linked = linked_templates(template)
    if not linked:
        return None
    titles = ", ".join(f"“{template_info(n).title}”" for n in linked)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("TemplateSet", "New from Template"))
    box.setText(QCoreApplication.translate("TemplateSet", "Stages of “{title}” open {count} detailed journey maps: {titles}.").format(title=template.meta.title, count=len(linked), titles=titles))
    box.setInformativeText(
        QCoreApplication.translate("TemplateSet", "Create the overview and its detailed maps together in a folder, so that Ctrl+click on a "
        "stage opens them? With Overview Only, its links show as broken until maps with those "
        "names are saved beside it."))
    create = box.addButton(QCoreApplication.translate("TemplateSet", "Create in Folder…"), QMessageBox.ButtonRole.AcceptRole)
    alone = box.addButton(QCoreApplication.translate("TemplateSet", "Overview Only"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(create)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is alone:
        return None
    if clicked is not create:
        return False
    start = str(window.settings.value(FOLDER_KEY, "") or Path.home())
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("TemplateSet", "Folder for the overview and its detailed maps"), start)
    if not folder:
        return False
    try:
        written = write_with_linked(name, free_path(Path(folder), name))
    except (LoadError, SaveError, OSError) as exc:
        show_error(window, QCoreApplication.translate("TemplateSet", "Cannot create the maps"), str(exc))
        return False
    if not window.open_file(written[0], ask=False):
        return False
    window.statusBar().showMessage(QCoreApplication.translate("TemplateSet", "Created {names} in {folder}").format(names=', '.join(p.name for p in written), folder=folder), 10000)
    return True
