"""Properties of the selected cards: text, kind, colour, emotion, evidence and sources, channel,
persona, moment-of-truth polarity, tags, owner, metric, and for one card its comments and photos.
Several selected cards are edited together; a field whose values differ
shows “mixed” and is left alone unless changed. Every change is one undo command.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...canvas.labels import label
from ...commands import UpdateCardsCommand
from ...model import Change, ChangeKind, Evidence, Metric, Source
from ...model.kinds import (
    CARD_KIND_LABELS,
    CHANNEL_LABELS,
    EVIDENCE_LABELS,
    CardKind,
    Channel,
    EvidenceStatus,
    Polarity,
    SourceKind,
)
from ..locale_format import number
from .card_notes import CardNotesSection
from .focus import CommitOnFocusOut

MIXED = QT_TRANSLATE_NOOP("PropertiesPanel", "— mixed —")


class PropertiesPanel(QWidget):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.ids: list[str] = []
        self._loading = False
        self.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Card properties"))
        self._build()
        scene.selectionChanged.connect(self.refresh)
        self._unsubscribe = self.store.subscribe(self._on_change)
        self.refresh()

    # -- widgets ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.empty = QLabel(self.tr("Select one or more cards to edit their properties."))
        self.empty.setWordWrap(True)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Card text"))
        self.text.setFixedHeight(72)
        self.apply_text = QPushButton(self.tr("Apply text"))
        self.apply_text.clicked.connect(self._commit_text)
        CommitOnFocusOut(self.text, self._commit_text)
        self.kind = self._combo([(k.value, label(CARD_KIND_LABELS[k])) for k in CardKind], "Kind")
        self.colour = QPushButton(self.tr("Kind colour"))
        self.colour.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Card colour"))
        self.colour.clicked.connect(self._pick_colour)
        self.colour_reset = QPushButton(self.tr("Reset"))
        self.colour_reset.clicked.connect(lambda: self._set("colour", None, self.tr("Reset card colour")))
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addWidget(self.colour_reset)
        self.emotion = QDoubleSpinBox()
        self.emotion.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Emotion score"))
        self.emotion.setDecimals(1)
        self.emotion.setSingleStep(0.5)
        self.emotion.setSpecialValueText(self.tr("unscored"))
        self.emotion.editingFinished.connect(self._commit_emotion)
        self.evidence = self._combo([(s.value, label(EVIDENCE_LABELS[s])) for s in EvidenceStatus], "Evidence")
        self.channel = self._combo([("", "—")] + [(c.value, label(CHANNEL_LABELS[c])) for c in Channel], "Channel")
        # Whose journey a card belongs to: with two or more personas, each gets its own curve.
        self.persona = self._combo([("", self.tr("— all personas —"))], "Persona")
        self.polarity = self._combo([("", "—"), (Polarity.POSITIVE.value, self.tr("▲ Positive")),
                                     (Polarity.NEGATIVE.value, self.tr("▼ Negative"))], "Moment polarity")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.tags.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Tags"))
        self.tags.editingFinished.connect(self._commit_tags)
        self.owner = QLineEdit()
        self.owner.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Owner"))
        self.owner.setPlaceholderText(self.tr("team or department"))
        self.owner.editingFinished.connect(
            lambda: self._set("owner", self.owner.text().strip(), self.tr("Change owner"), self.owner))
        self.metric_value = QLineEdit()
        self.metric_unit = QLineEdit()
        self.metric_target = QLineEdit()
        metric_row = QHBoxLayout()
        for w, tip, name in ((self.metric_value, self.tr("value"), self.tr("Metric value")),
                             (self.metric_unit, self.tr("unit"), self.tr("Metric unit")),
                             (self.metric_target, self.tr("target"), self.tr("Metric target"))):
            w.setPlaceholderText(tip)
            w.setAccessibleName(name)
            w.editingFinished.connect(self._commit_metric)
            metric_row.addWidget(w)
        self.sources = QTableWidget(0, 4)
        self.sources.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Evidence sources"))
        self.sources.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Description"), self.tr("Date"), self.tr("Link")])
        self.sources.horizontalHeader().setStretchLastSection(True)
        self.sources.itemChanged.connect(lambda _item: self._commit_sources())
        add_source = QPushButton(self.tr("Add source"))
        add_source.clicked.connect(self._add_source)
        remove_source = QPushButton(self.tr("Remove source"))
        remove_source.clicked.connect(self._remove_source)
        source_row = QHBoxLayout()
        source_row.addWidget(add_source)
        source_row.addWidget(remove_source)

        form.addRow(self.tr("Text"), self.text)
        form.addRow("", self.apply_text)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.tr("Emotion"), self.emotion)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Sources"), self.sources)
        form.addRow("", source_row)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Persona"), self.persona)
        form.addRow(self.tr("Polarity"), self.polarity)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Metric"), metric_row)
        self.kind.activated.connect(lambda: self._set("kind", self.kind.currentData(), self.tr("Change kind")))
        self.evidence.activated.connect(self._commit_evidence)
        self.channel.activated.connect(
            lambda: self._set("channel", self.channel.currentData() or None, self.tr("Change channel")))
        self.persona.activated.connect(
            lambda: self._set("persona_id", self.persona.currentData() or None, self.tr("Change persona")))
        self.polarity.activated.connect(
            lambda: self._set("polarity", self.polarity.currentData() or None, self.tr("Change polarity")))

        self.notes = CardNotesSection(self.scene)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def add_section(self, widget: QWidget) -> None:
        """A section another part of the window keeps up to date (comparing's *Before*),
        placed above the card's fields, where it is seen without scrolling."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.form_widget), widget)

    def _combo(self, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    # -- showing the selection --------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.RESET, ChangeKind.PERSONAS) or set(change.ids) & set(self.ids):
            self.refresh()

    def cards(self):
        return [self.store.card(i) for i in self.ids if self.store.has_card(i)]

    def refresh(self) -> None:
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self):
            return  # the scene clears its selection while it is being destroyed
        self.ids = self.scene.selected_card_ids()
        cards = self.cards()
        self.empty.setVisible(not cards)
        self.form_widget.setVisible(bool(cards))
        self.notes.show_card(cards[0].id if len(cards) == 1 else None)
        if not cards:
            return
        self._loading = True
        try:
            scale = self.store.doc.emotion_scale
            # The step below the scale's minimum shows “unscored”.
            self.emotion.setRange(scale.min - 0.5, scale.max)
            common = lambda name: _common([getattr(c, name) for c in cards])  # noqa: E731
            text = common("text")
            if not self.text.hasFocus():
                self.text.setPlainText(text if text is not MIXED_VALUE else "")
                self.text.setPlaceholderText(self.tr(MIXED) if text is MIXED_VALUE else "")
            _select(self.kind, common("kind"))
            _select(self.evidence, _common([c.evidence.status for c in cards]))
            channel = common("channel")
            _select(self.channel, "" if channel is None else channel)
            self._fill_personas()
            persona = common("persona_id")
            _select(self.persona, "" if persona is None else persona)
            polarity = common("polarity")
            _select(self.polarity, "" if polarity is None else polarity)
            # Polarity only means something on moments of truth.
            self.polarity.setEnabled(all(c.kind == CardKind.MOMENT_OF_TRUTH for c in cards))
            emotion = common("emotion")
            self.emotion.setValue(self.emotion.minimum() if emotion in (None, MIXED_VALUE) else emotion)
            colour = common("colour")
            self.colour.setText(self.tr("Kind colour") if colour is None else (self.tr("mixed") if colour is MIXED_VALUE else colour))
            if isinstance(colour, str):
                self.colour.setStyleSheet(f"background: {colour}")
            else:
                self.colour.setStyleSheet("")
            tags = _common([tuple(c.tags) for c in cards])
            self.tags.setText(", ".join(tags) if tags is not MIXED_VALUE else "")
            self.tags.setPlaceholderText(self.tr(MIXED) if tags is MIXED_VALUE else self.tr("comma-separated"))
            owner = common("owner")
            self.owner.setText(owner if owner is not MIXED_VALUE else "")
            self.owner.setPlaceholderText(self.tr(MIXED) if owner is MIXED_VALUE else self.tr("team or department"))
            single = cards[0] if len(cards) == 1 else None
            metric = single.metric if single else None
            self.metric_value.setText(_fmt(metric.value) if metric else "")
            self.metric_unit.setText(metric.unit if metric else "")
            self.metric_target.setText(_fmt(metric.target) if metric else "")
            for w in (self.metric_value, self.metric_unit, self.metric_target, self.sources):
                w.setEnabled(single is not None)
            self._fill_sources(single.evidence.sources if single else [])
        finally:
            self._loading = False

    def _fill_personas(self) -> None:
        wanted = [("", self.tr("— all personas —"))] + [(p.id, p.name or self.tr("Unnamed persona"))
                                               for p in self.store.doc.personas]
        current = [(self.persona.itemData(i), self.persona.itemText(i))
                   for i in range(self.persona.count())]
        if wanted != current:
            self.persona.clear()
            for value, label in wanted:
                self.persona.addItem(label, value)
        self.persona.setEnabled(len(wanted) > 1)

    def _fill_sources(self, sources: list[Source]) -> None:
        self.sources.blockSignals(True)
        self.sources.setRowCount(len(sources))
        for row, source in enumerate(sources):
            values = [source.kind.value, source.description,
                      source.date.isoformat() if source.date else "", source.link]
            for col, value in enumerate(values):
                self.sources.setItem(row, col, QTableWidgetItem(value))
        self.sources.blockSignals(False)

    # -- committing edits --------------------------------------------------------------------
    def _push(self, changes: dict[str, dict[str, Any]], text: str) -> bool:
        if not changes or self._loading:
            return False
        try:
            self.scene.push(UpdateCardsCommand(self.store, changes, text))
        except ValueError as exc:  # StoreError: refused, the document is unchanged
            self._message(str(exc))
            self.refresh()
            return False
        return True

    def _set(self, field: str, value: Any, text: str, widget: QWidget | None = None) -> None:
        if widget is not None and isinstance(widget, QLineEdit) and widget.placeholderText() == self.tr(MIXED) and not widget.text():
            return  # a “mixed” field left empty stays as it is
        changes = {c.id: {field: value} for c in self.cards() if getattr(c, field) != value}
        self._push(changes, text)

    def _commit_text(self) -> None:
        text = self.text.toPlainText()
        if not text and self.text.placeholderText() == self.tr(MIXED):
            return
        self._set("text", text, self.tr("Edit text"))

    def _commit_emotion(self) -> None:
        value = self.emotion.value()
        score = None if value <= self.emotion.minimum() else value
        self._set("emotion", score, self.tr("Set emotion") if score is not None else self.tr("Clear emotion"))

    def _commit_evidence(self) -> None:
        status = EvidenceStatus(self.evidence.currentData())
        changes = {c.id: {"evidence": Evidence(status=status, sources=c.evidence.sources)}
                   for c in self.cards() if c.evidence.status != status}
        self._push(changes, self.tr("Mark {status}").format(status=label(EVIDENCE_LABELS[status]).lower()))

    def _commit_tags(self) -> None:
        if not self.tags.text() and self.tags.placeholderText() == self.tr(MIXED):
            return
        tags = list(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))
        self._set("tags", tags, self.tr("Change tags"))

    def _commit_metric(self) -> None:
        cards = self.cards()
        if len(cards) != 1:
            return
        try:
            value = _number(self.metric_value.text())
            target = _number(self.metric_target.text())
        except ValueError:
            self.refresh()
            return
        unit = self.metric_unit.text().strip()
        metric = None if value is None and target is None and not unit else Metric(value=value, unit=unit, target=target)
        if cards[0].metric != metric:
            self._push({cards[0].id: {"metric": metric}}, self.tr("Change metric"))

    def _pick_colour(self) -> None:
        cards = self.cards()
        start = QColor(cards[0].colour) if cards and cards[0].colour else QColor("#fff4b3")
        colour = QColorDialog.getColor(start, self, self.tr("Card colour"))
        if colour.isValid():
            self._set("colour", colour.name(), self.tr("Change colour"))

    def _sources_from_table(self) -> list[Source] | None:
        sources = []
        for row in range(self.sources.rowCount()):
            cell = self._cell_reader(row)
            try:
                kind = SourceKind(cell(0) or "other")
                date = dt.date.fromisoformat(cell(2)) if cell(2) else None
            except ValueError:
                return None
            sources.append(Source(kind=kind, description=cell(1), date=date, link=cell(3)))
        return sources

    def _cell_reader(self, row: int):
        def cell(col: int) -> str:
            item = self.sources.item(row, col)
            return item.text().strip() if item is not None else ""
        return cell

    def _message(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def _commit_sources(self) -> None:
        cards = self.cards()
        if len(cards) != 1 or self._loading:
            return
        sources = self._sources_from_table()
        if sources is None:
            self._message(self.tr("A source needs a type (interview, survey, analytics, observation, "
                          "support_tickets, usability_test, other) and a date like 2026-03-04"))
            return
        card = cards[0]
        if sources != card.evidence.sources:
            self._push({card.id: {"evidence": Evidence(status=card.evidence.status, sources=sources)}},
                       self.tr("Edit sources"))

    def _add_source(self) -> None:
        cards = self.cards()
        if len(cards) != 1:
            return
        card = cards[0]
        sources = [*card.evidence.sources, Source(kind=SourceKind.INTERVIEW, date=dt.date.today())]
        self._push({card.id: {"evidence": Evidence(status=card.evidence.status, sources=sources)}},
                   self.tr("Add source"))

    def _remove_source(self) -> None:
        cards = self.cards()
        row = self.sources.currentRow()
        if len(cards) != 1 or row < 0:
            return
        card = cards[0]
        sources = [s for i, s in enumerate(card.evidence.sources) if i != row]
        self._push({card.id: {"evidence": Evidence(status=card.evidence.status, sources=sources)}},
                   self.tr("Remove source"))


class _Mixed:
    pass


MIXED_VALUE = _Mixed()


def _common(values: list):
    first = values[0]
    return first if all(v == first for v in values[1:]) else MIXED_VALUE


def _select(combo: QComboBox, value) -> None:
    if value is MIXED_VALUE:
        combo.setCurrentIndex(-1)
        return
    index = combo.findData(value.value if hasattr(value, "value") else value)
    combo.setCurrentIndex(index)


def _fmt(value: float | None) -> str:
    return "" if value is None else number(value)


def _number(text: str) -> float | None:
    """What the user typed, read as the locale writes numbers (1.234,5 in German), else
    with either decimal sign (2,5 or 2.5) as before."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    return value if ok else float(text.replace(",", "."))

