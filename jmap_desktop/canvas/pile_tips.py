"""What hovering a pile of emotion chips says: the chips hidden under it.

On a crowded stage the emotion lane piles the chips that find no place of their own under the
nearest one, which counts them ("+12", ``layout.emotion_chips``). The pile's tooltip lists
what the hidden chips say, so their words can still be read without widening the stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF

from ..layout.card_face import signed
from .items.cards import CardItem

if TYPE_CHECKING:
    from .scene import MapScene

SHOWN = 12  # lines of a pile's tooltip; the rest is counted


def pile_tip(scene: MapScene, pos: QPointF) -> str:
    """The tooltip for ``pos`` when a pile of chips is under it, else ""."""
    item = scene.top_item_at(pos)
    layout = scene.layout
    if not isinstance(item, CardItem) or layout is None:
        return ""
    box = layout.cards.get(item.card_id)
    if box is None or not box.stacked:
        return ""
    card = scene.store.card(item.card_id)
    cell = (card.stage_id, card.lane_id)
    hidden = [scene.store.card(card_id) for card_id in layout.cell_order.get(cell, ())
              if not layout.cards[card_id].visible and layout.cards[card_id].local == box.local]
    lines = [f"{c.text}  ({signed(c.emotion)})" if c.emotion is not None else c.text for c in hidden[:SHOWN]]
    if len(hidden) > SHOWN:
        lines.append(QCoreApplication.translate("PileTip", "… and {count} more").format(count=len(hidden) - SHOWN))
    head = QCoreApplication.translate("PileTip", "1 more chip under this one:") if len(hidden) == 1 else \
        QCoreApplication.translate("PileTip", "{count} more chips under this one:").format(count=len(hidden))
    return "\n".join([head, *lines])
