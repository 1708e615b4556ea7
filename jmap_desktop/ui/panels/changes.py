"""The Changes panel of a comparison: every difference in a list, filtered by kind, a click
goes to the card, stage or lane (a removed one's ghost), and a legend of the marks drawn on the canvas. The user corrects the matching
of maps drawn separately here: select a removed and an added card (or stage, lane, persona) and
*Match*, or select one matched by names and text and *Unmatch* (buttons, and the list's context
menu). Stages, lanes and personas matched by name are listed after the changes (as "matched"
entries, not changes), so a wrong match of two same-named stages can be taken apart too."""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...canvas.items.compare_overlay import CHANGE_NAMES, tooltip
from ...model.messages import say
from ...versions.compare import BEFORE_CURVE, KINDS, MARKS, MATCHABLE_AXES, Comparison

ROLE = Qt.ItemDataRole.UserRole
MATCHABLE = ("cards", *MATCHABLE_AXES)  # what the user can match and unmatch
MATCHED = {"colour": "#8a8f98", "badge": "="}  # the icon of a "matched by name" entry


COLLECTION_NAMES = {  # what a change is to, as the list names it ("card: Checkout is slow")
    "cards": QT_TRANSLATE_NOOP("ChangesPanel", "card"), "stages": QT_TRANSLATE_NOOP("ChangesPanel", "stage"),
    "lanes": QT_TRANSLATE_NOOP("ChangesPanel", "lane"), "personas": QT_TRANSLATE_NOOP("ChangesPanel", "persona"),
    "connections": QT_TRANSLATE_NOOP("ChangesPanel", "connection"),
    "meta": QT_TRANSLATE_NOOP("ChangesPanel", "meta"),
    "emotion_scale": QT_TRANSLATE_NOOP("ChangesPanel", "emotion scale"),
}


def collection_name(collection: str) -> str:
    """“card”, “stage”… for a collection of the map, in the window's language."""
    name = COLLECTION_NAMES.get(collection)
    if name is None:  # a collection added after this list: its own name, singular
        return collection.rstrip("s").replace("_", " ")
    return QCoreApplication.translate("ChangesPanel", name)


class ChangesPanel(QWidget):
    cardChosen = Signal(str, str)  # card id, kind of change
    axisChosen = Signal(str, str, str)  # "stages" | "lanes", its id, kind of change (or "matched")
    closeRequested = Signal()
    pdfRequested = Signal()
    matchRequested = Signal(str, str)  # id in the open map, id in the older one
    unmatchRequested = Signal(list)  # [(id in the open map, id in the older one)]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._rows: list[tuple] = []  # what each row of the list shows (see ``_fill``)
        self.title = QLabel(self.tr("No comparison. Use File › Compare With…"))
        self.title.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName(QCoreApplication.translate("ChangesPanel", "Show changes"))
        self.filter.addItem(self.tr("All changes"), "")
        for kind in KINDS:
            self.filter.addItem(QCoreApplication.translate("Changes", CHANGE_NAMES[kind]), kind)
        self.list = _CompactList()
        self.list.setAccessibleName(QCoreApplication.translate("ChangesPanel", "Changes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.match_button = QPushButton(self.tr("Match"))
        self.match_button.setToolTip(self.tr("Select a removed and an added card, stage or lane: they are the same"))
        self.unmatch_button = QPushButton(self.tr("Unmatch"))
        self.unmatch_button.setToolTip(self.tr("Select cards, stages or lanes matched by their text or name: they are different"))
        self.match_action = QAction(self.tr("Match These Two"), self.list)
        self.unmatch_action = QAction(self.tr("Unmatch"), self.list)
        for action in (self.match_action, self.unmatch_action):
            self.list.addAction(action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        matching = QHBoxLayout()
        matching.addWidget(self.match_button)
        matching.addWidget(self.unmatch_button)
        self.close_button = QPushButton(self.tr("End Comparison"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("The map with these marks and their legend on one page"))
        top = QHBoxLayout()  # two short rows: the dock group it joins may be narrow
        top.addWidget(self.pdf_button)
        top.addWidget(self.close_button)
        legend = QGridLayout()  # two columns: short enough for a dock shared with other panels
        # In the window's language: the marks' names are the Changes filter's, their longer
        # explanations the comparison PDF's legend (the German legend read "Added", "Moved").
        entries = [(MARKS[k]["badge"], QCoreApplication.translate("Changes", CHANGE_NAMES[k]),
                    say(MARKS[k]["paper"]), MARKS[k]["colour"]) for k in KINDS]
        entries.append(("┄", self.tr("Curve before"), self.tr("The older map's emotion curve, dashed"), BEFORE_CURVE))
        for i, (badge, text, tip, colour) in enumerate(entries):
            row = QLabel(f"{badge}  {text}")
            row.setToolTip(tip)
            row.setStyleSheet(f"color: {colour}; font-weight: 600")
            legend.addWidget(row, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(matching)
        layout.addLayout(legend)
        self.filter.currentIndexChanged.connect(self._fill)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.close_button.clicked.connect(self.closeRequested)
        self.pdf_button.clicked.connect(self.pdfRequested)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.match_button.clicked.connect(self._match)
        self.match_action.triggered.connect(self._match)
        self.unmatch_button.clicked.connect(self._unmatch)
        self.unmatch_action.triggered.connect(self._unmatch)
        self.close_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self._selection_changed()

    def show_comparison(self, comparison: Comparison | None, title: str = "") -> None:
        self.comparison = comparison
        self.close_button.setEnabled(comparison is not None)
        self.pdf_button.setEnabled(comparison is not None)
        if comparison is None:
            self.title.setText(self.tr("No comparison. Use File › Compare With…"))
        else:
            counts = ", ".join(f"{n} {QCoreApplication.translate('Changes', CHANGE_NAMES[k]).lower()}"
                               for k, n in comparison.counts().items())
            self.title.setText(f"{title}\n{counts}" if not comparison.identical
                               else self.tr("{title}\nNo differences.").format(title=title))
        self._fill()

    def _fill(self, *_args) -> None:
        """List the changes. Rows already listed for the same change stay (with their
        selection); only the run between the first and the last row that differ is replaced,
        so an edit while comparing touches a row or two, not thousands."""
        rows: list[tuple[tuple, object]] = []  # (what the row shows, how to make it)
        if self.comparison is not None:
            kind = self.filter.currentData()
            for change in self.comparison.changes:
                if kind and change.kind != kind:
                    continue
                note = self._match_note(change.collection, change.id)
                rows.append(((change, note), functools.partial(self._change_item, change, note)))
            if not kind:  # matches that changed nothing: listed so a wrong one can be undone
                listed = {(c.collection, c.id) for c in self.comparison.changes}
                for collection, entity_id, _before_id in self.comparison.axis_matches():
                    if (collection, entity_id) in listed:
                        continue
                    name = self.comparison.name_of(collection, entity_id)
                    note = self._match_note(collection, entity_id)
                    rows.append(((collection, entity_id, name, note),
                                 functools.partial(self._matched_item, collection, entity_id, name, note)))
        self._replace_rows(rows)
        self._selection_changed()

    def _replace_rows(self, rows: list[tuple[tuple, object]]) -> None:
        old, new = self._rows, [content for content, _make in rows]
        same = _same_row
        start, limit = 0, min(len(old), len(new))
        while start < limit and same(old[start], new[start]):
            start += 1
        end = 0
        while end < limit - start and same(old[-1 - end], new[-1 - end]):
            end += 1
        if len(old) - start - end > 500:  # most rows differ: clearing is quicker than taking
            self.list.clear()
            start = end = 0
        else:
            for _ in range(len(old) - start - end):
                self.list.takeItem(start)  # the item is Python's now, and freed with it
        for row, (_content, make) in enumerate(rows[start:len(rows) - end], start):
            self.list.insertItem(row, make())
        self._rows = new

    def _change_item(self, change, note: str) -> QListWidgetItem:
        item = QListWidgetItem(_icon(change.kind), self.tr("{what}: {name}").format(
            what=collection_name(change.collection), name=change.label))
        item.setToolTip(tooltip(change, self.comparison) + note)
        item.setData(ROLE, (change.collection, change.id, change.kind))
        return item

    def _matched_item(self, collection: str, entity_id: str, name: str, note: str) -> QListWidgetItem:
        item = QListWidgetItem(_icon("matched"), self.tr("{what}: {name} (matched)").format(
            what=collection_name(collection), name=name))
        item.setToolTip(name + note)
        item.setData(ROLE, (collection, entity_id, "matched"))
        return item

    def _match_note(self, collection: str, entity_id: str) -> str:
        """How an entity was matched to one with another id, for its tooltip ("" if it was not)."""
        match = self.comparison.match_of(entity_id, collection) if collection in MATCHABLE else None
        if match is None:
            return ""
        if match[1] == "user":
            return "\n" + self.tr("Matched by you")
        if match[1] == "name":
            return "\n" + self.tr("Matched by name (Unmatch if wrong)")
        return "\n" + self.tr("Matched by stage, lane and text (Unmatch if wrong)")

    # -- correcting the matching -------------------------------------------------------------
    def _selected(self) -> list[tuple[str, str, str]]:
        return [item.data(ROLE) for item in self.list.selectedItems()]

    def _pair(self) -> tuple[str, str] | None:
        """(added, removed) when exactly those two of one kind (two cards, two stages...) are
        selected."""
        chosen = self._selected()
        if len(chosen) != 2 or chosen[0][0] != chosen[1][0] or chosen[0][0] not in MATCHABLE:
            return None
        added = [i for _c, i, k in chosen if k == "added"]
        removed = [i for _c, i, k in chosen if k == "removed"]
        return (added[0], removed[0]) if len(added) == len(removed) == 1 else None

    def _matches(self) -> list[tuple[str, str]]:
        """(entity, the older one it was matched to) for the selected matched cards, stages,
        lanes or personas; [] if any selected entry is not such a match."""
        pairs: list[tuple[str, str]] = []
        for collection, entity_id, _kind in self._selected():
            match = self.comparison.match_of(entity_id, collection) \
                if self.comparison and collection in MATCHABLE else None
            if match is None:
                return []
            if (entity_id, match[0]) not in pairs:
                pairs.append((entity_id, match[0]))
        return pairs

    def _selection_changed(self) -> None:
        can_match, can_unmatch = self._pair() is not None, bool(self._matches())
        for widget in (self.match_button, self.match_action):
            widget.setEnabled(can_match)
        for widget in (self.unmatch_button, self.unmatch_action):
            widget.setEnabled(can_unmatch)

    def _match(self) -> None:
        pair = self._pair()
        if pair is not None:
            self.matchRequested.emit(*pair)

    def _unmatch(self) -> None:
        pairs = self._matches()
        if pairs:
            self.unmatchRequested.emit(pairs)

    def _chosen(self, item: QListWidgetItem) -> None:
        collection, entity_id, kind = item.data(ROLE)
        if collection == "cards":
            self.cardChosen.emit(entity_id, kind)
        elif collection in ("stages", "lanes"):
            self.axisChosen.emit(collection, entity_id, kind)


def _same_row(a: tuple, b: tuple) -> bool:
    """Rows show the same: the same change (the same object: a live comparison keeps the
    records of what an edit did not touch) with the same note, or the same matched entry."""
    if len(a) != len(b):
        return False
    if len(a) == 2:
        return a[0] is b[0] and a[1] == b[1]
    return a == b


class _CompactList(QListWidget):
    """The change list asks for little height: the panel's word-wrapped title makes the dock's
    scroll area size the panel by its preferred height, and a tall list hint pushed the legend
    and the matching buttons below the fold of a short dock. It still grows into free room."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), 100)


@functools.cache  # one per kind: a list of thousands of changes paints only a few icons
def _icon(kind: str) -> QIcon:
    mark = MATCHED if kind == "matched" else MARKS[kind]
    pix = QPixmap(16, 16)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(mark["colour"]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 14, 14)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, mark["badge"])
    painter.end()
    return QIcon(pix)
