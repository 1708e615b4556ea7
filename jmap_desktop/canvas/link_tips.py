"""What hovering a link says: the map it opens and how (Ctrl+click), or why it cannot open.

The link mark is a 14-px chain on a card (a linked stage has it in its header); Ctrl+click
anywhere on the card follows it. A first user found the gesture only by chance, so the canvas
names the target and the gesture in a tooltip over the whole linked card (``MapScene.helpEvent``). A linked stage's tooltip keeps its description above.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF

from .items.cards import CardItem
from .items.grid import StageHeaderItem

if TYPE_CHECKING:
    from .scene import MapScene


def link_tip(scene: MapScene, pos: QPointF) -> str:
    """The tooltip for ``pos`` when a link is under it, else ""."""
    item = scene.top_item_at(pos)
    about = ""
    if isinstance(item, CardItem):  # the whole card answers Ctrl+click, so it says so anywhere
        entity = scene.store.card(item.card_id)
    elif isinstance(item, StageHeaderItem):
        entity = scene.store.stage(item.stage_id)
        about = entity.description
    else:
        return ""
    if entity.link is None:
        return ""
    if scene.link_broken(entity):
        tip = QCoreApplication.translate("LinkTip", "The linked map {path} cannot be opened; right-click › Link to Map… chooses another").format(path=entity.link.path)
    else:
        tip = QCoreApplication.translate("LinkTip", "Ctrl+click opens {path}").format(path=entity.link.path)
    return f"{about}\n\n{tip}" if about else tip
