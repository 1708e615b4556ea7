"""Reusing personas: import them from another map with their ids, so the same person is
recognised across maps (a library's overview and its detailed journeys share one Maya)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ...commands import AddPersonaCommand
from ...io import LoadError, load_map


def import_personas(panel, path: str | Path | None = None) -> str:
    """Add the personas of the map at ``path`` that this map lacks (by id), as one undo step;
    returns what happened, in words (also shown under the panel's buttons)."""
    if path is None:
        start = str(panel.window().session.path.parent) if getattr(getattr(panel.window(), "session", None),
                                                                   "path", None) else ""
        path, _ = QFileDialog.getOpenFileName(panel, QCoreApplication.translate("PersonasPanel", "Import personas from map"), start, QCoreApplication.translate("PersonasPanel", "Journey maps (*.jmap)"))
        if not path:
            return ""
    try:
        source = load_map(path)
    except (LoadError, OSError) as exc:
        return f"{Path(path).name}: {str(exc).splitlines()[0]}"
    store = panel.store
    have = {p.id for p in store.doc.personas}
    new = [p for p in source.personas if p.id not in have]
    same = len(source.personas) - len(new)
    if new:
        stack = panel.scene.undo_stack
        stack.beginMacro(QCoreApplication.translate("PersonasPanel", "Import 1 persona") if len(new) == 1 else
                          QCoreApplication.translate("PersonasPanel", "Import {count} personas").format(count=len(new)))
        try:
            for persona in new:
                panel.scene.push(AddPersonaCommand(store, persona))
        finally:
            stack.endMacro()
    imported = (QCoreApplication.translate("PersonasPanel", "Imported 1 persona from {name}") if len(new) == 1
                else QCoreApplication.translate("PersonasPanel", "Imported {count} personas from {name}"))
    parts = [imported.format(count=len(new), name=Path(path).name)]
    if same:
        parts.append(QCoreApplication.translate("PersonasPanel", "{same} already here (same id)").format(same=same))
    return "; ".join(parts)
