"""The template gallery: each template's name, description and a small preview of its canvas."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ..io.templates import TemplateInfo, list_templates

PREVIEW = QSize(240, 150)


def preview_pixmap(info: TemplateInfo, ratio: float = 1.0) -> QPixmap:
    """A thumbnail of the template's canvas (rendered offscreen, the way `screenshot` does),
    with ``ratio`` device pixels per pixel so that it is sharp on a 2x screen."""
    from ..canvas.render import offscreen_view, render_view, set_zoom
    from ..io import load_map
    from ..model import DocumentStore

    try:
        view = offscreen_view(DocumentStore(load_map(info.path)), PREVIEW.width() * 2, PREVIEW.height() * 2)
    except Exception:  # noqa: BLE001 (a damaged template still lists, without a picture)
        return QPixmap()
    set_zoom(view, "fit")
    image = render_view(view)
    view.close()
    pixmap = QPixmap.fromImage(image).scaled(PREVIEW * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class TemplateGallery(QDialog):
    def __init__(self, parent=None, previews: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Journey Map"))
        self.templates = list_templates()
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("TemplateGallery", "Templates"))
        self.list.setIconSize(PREVIEW)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        for info in self.templates:
            item = QListWidgetItem(f"{info.title}\n{info.description}")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            if previews:
                item.setIcon(QIcon(preview_pixmap(info)))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())  # Enter or double-click
        self.list.setFocus()  # arrows pick a template straight away, Enter takes it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a template:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
