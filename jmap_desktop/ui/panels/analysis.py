"""The analysis panel: scenarios (selecting one highlights its path and dims the rest), the
emotion curve per stage and persona, evidence coverage, hotspots shown on the canvas, and
structure checks (clicking one selects what it concerns).

Analysis runs on a worker thread, on a snapshot of the map, and only while the panel is shown:
an edit marks the report stale and, if the panel is visible, asks for a new one shortly after.
A result computed from an older map than the current one is dropped and asked for again, so
editing never waits for the analysis and never sees an outdated report. Each state of the map
is analysed at most once: a run already asked for is never asked for again, whatever timer,
tab change or late result would otherwise start one.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...model import Change, JourneyMap
from ..locale_format import number as format_number
from ..locale_format import percent
from .hotspot_legend import HotspotLegend

if TYPE_CHECKING:
    from ...analysis import AnalysisReport

ROLE = Qt.ItemDataRole.UserRole
DELAY_MS = 400


class _Results(QObject):
    """Carries a report from the worker thread back to the panel (a queued signal)."""

    ready = Signal(int, object)  # generation, report (None when the run failed)


def analyze(doc: JourneyMap, **kwargs) -> AnalysisReport:
    """The analysis package, imported on the first run rather than at the editor's start."""
    from ...analysis import analyze as run

    return run(doc, **kwargs)


def _analyse(doc: JourneyMap, generation: int, results: _Results) -> None:
    """The worker's whole job: plain Python on a snapshot, the report sent back by a signal."""
    try:
        report = analyze(doc, max_scenarios=50)
    except Exception:  # noqa: BLE001 - a snapshot that raced an edit; the panel asks again
        report = None
    results.ready.emit(generation, report)


def snapshot(doc: JourneyMap) -> JourneyMap:
    """A copy the worker can read while the user keeps editing: edits replace a card's field
    values (never mutate them in place), so copying each card shallowly is enough."""
    return doc.model_copy(update={
        "cards": [card.model_copy() for card in doc.cards],
        "stages": [stage.model_copy() for stage in doc.stages],
        "lanes": [lane.model_copy() for lane in doc.lanes],
        "personas": list(doc.personas),
        "connections": [conn.model_copy() for conn in doc.connections],
    })


class AnalysisPanel(QWidget):
    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.store = scene.store
        self.report: AnalysisReport | None = None
        self.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Journey analysis"))
        self.coverage = QProgressBar()
        self.coverage.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Validated share of cards"))
        self.coverage.setFormat(self.tr("%p% validated"))
        self.coverage_detail = QLabel()
        self.hotspots = QCheckBox(self.tr("Show hotspots on the map"))
        self.hotspots.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Show hotspots"))
        self.hotspots.toggled.connect(self._show_hotspots)
        # What the overlay means, shown while it is on (it is drawn as washes on the cells).
        self.hotspot_legend = QLabel()
        self.hotspot_legend.setWordWrap(True)
        self.hotspot_legend.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Hotspot legend"))
        self.hotspot_legend.setVisible(False)
        views = scene.views()
        self.map_legend = HotspotLegend(views[0].viewport()) if views else None
        self.scenarios = QListWidget()
        self.scenarios.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Scenarios, worst first"))
        # A scenario reads as a sentence: wrap it over as many lines as it needs, never cut it.
        self.scenarios.setWordWrap(True)
        self.scenarios.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.scenarios.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.scenarios.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scenarios.setSpacing(2)
        self.scenarios.currentItemChanged.connect(lambda *_: self._scenario_selected())
        self.scenario_count = QLabel()
        self.emotion = QTextBrowser()
        self.emotion.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Emotion curve per stage"))
        self.checks = QListWidget()
        self.checks.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Structure checks"))
        self.checks.setWordWrap(True)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checks.itemActivated.connect(self._check_activated)
        self.checks.itemClicked.connect(self._check_activated)
        scenarios_tab = QWidget()
        s_layout = QVBoxLayout(scenarios_tab)
        s_layout.addWidget(self.scenario_count)
        s_layout.addWidget(self.scenarios)
        self.tabs = QTabWidget()
        self.tabs.addTab(scenarios_tab, self.tr("Scenarios"))
        self.tabs.addTab(self.emotion, self.tr("Emotion"))
        self.tabs.addTab(self.checks, self.tr("Checks"))
        self.votes = QListWidget()  # dot votes from a workshop, most first
        self.votes.setAccessibleName(QCoreApplication.translate("AnalysisPanel", "Cards ranked by votes"))
        self.votes.setWordWrap(True)
        self.votes.itemClicked.connect(self._check_activated)
        self.votes.itemActivated.connect(self._check_activated)
        self.tabs.addTab(self.votes, self.tr("Votes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.coverage)
        layout.addWidget(self.coverage_detail)
        layout.addWidget(self.hotspots)
        layout.addWidget(self.hotspot_legend)
        layout.addWidget(self.tabs, 1)
        self.coverage_detail.setWordWrap(True)
        self.scenario_count.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._generation = 0  # bumped by every edit; a report is current if it matches
        self._shown_generation = -1
        self._asked_generation = -1  # the map state of the last run submitted
        # True from a run's submission until its result arrives here. Not ``Future.done()``:
        # the worker sends the result before its future is marked done, so a result could
        # arrive while the job still looks busy, and the catch-up it asks for would be lost.
        self._running = False
        # A plain Python worker thread: a QRunnable's Python wrapper can be collected while Qt
        # still runs it, which crashed the process now and then.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis")
        self._job: Future | None = None
        self._shown = False  # the dock reports when the panel's tab is actually on screen
        self._results = _Results()  # no parent: it outlives a panel closed mid-run
        self._results.ready.connect(self._finished)
        self._unsubscribe = self.store.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self._generation += 1
        if self.on_screen():
            self._timer.start()

    def on_screen(self) -> bool:
        """Shown and not behind another tab of its dock area."""
        return self._shown and self.isVisible()

    def set_shown(self, shown: bool) -> None:
        """The dock's visibilityChanged: its tab was raised, hidden, opened or closed."""
        self._shown = shown
        if shown and self._shown_generation != self._generation:
            self._catch_up()

    def _catch_up(self) -> None:
        """Analyse the current map as soon as control returns to the event loop: the user is
        not typing (the tab was just raised, or an older run just ended). Not ``_timer.start(0)``:
        that would set the edit delay to 0 for good, and every keystroke would start a run."""
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        """Ask for a fresh report (on the worker thread); nothing happens while off screen."""
        if not self.on_screen() or self._asked_generation == self._generation:
            return  # an off-screen panel catches up when shown; this map's run is already asked for
        if self._running:
            return  # a running job asks again when done
        self._running = True
        self._asked_generation = self._generation
        self._job = self._executor.submit(_analyse, snapshot(self.store.doc), self._generation,
                                          self._results)

    def wait_for_idle(self, seconds: float = 5.0) -> bool:
        """Let a running analysis finish (the window waits for it when it closes)."""
        if self._job is None:
            return True
        done, _ = wait_for([self._job], timeout=seconds)
        return bool(done)

    def _finished(self, generation: int, report: AnalysisReport | None) -> None:
        self._running = False
        if generation != self._generation:
            if self.on_screen():
                self._catch_up()  # the map changed meanwhile: analyse the current one
            return
        if report is None:
            return  # the analysis failed on this map: asking again would fail again, in a loop
        self._shown_generation = generation
        self._show(report)

    def _show(self, report: AnalysisReport) -> None:
        doc = self.store.doc
        self.report = report
        names = {s.id: s.name or self.tr("Untitled stage") for s in doc.stages}
        cards = {c.id: c for c in doc.cards}
        shares = report.evidence.shares
        self.coverage.setValue(round(shares["validated"] * 100))
        self.coverage_detail.setText(
            self.tr("{validated} validated · {hypothesis} hypothesis · {invalidated} invalidated ({count} cards)").format(
                validated=percent(shares["validated"]), hypothesis=percent(shares["hypothesis"]),
                invalidated=percent(shares["invalidated"]), count=format_number(report.evidence.total)))
        self.scenarios.blockSignals(True)
        self.scenarios.clear()
        for i, scenario in enumerate(report.scenarios, 1):
            text, tip = scenario_text(i, scenario, cards)
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            item.setData(ROLE, scenario.cards)
            self.scenarios.addItem(item)
        self.scenarios.blockSignals(False)
        shown = len(report.scenarios)
        count = (self.tr("{count} path(s) through the flow arrows, worst first") if report.scenarios_exact
                 else self.tr("at least {count} path(s) through the flow arrows, worst first"))
        self.scenario_count.setText(count.format(count=report.scenarios_total)
                                    + (self.tr(" (first {shown} shown)").format(shown=shown)
                                       if report.scenarios_total > shown else ""))
        rows = ["<table cellpadding='3'><tr><th align='left'>" + self.tr("Stage") + "</th><th>" + self.tr("All") + "</th>"]
        personas = {p.id: p.name for p in doc.personas}
        rows[0] += "".join(f"<th>{personas.get(pid, pid)}</th>" for pid in report.emotion_by_persona)
        rows[0] += "</tr>"
        for i, point in enumerate(report.emotion):
            cells = [_score(point.mean, point.count)]
            cells += [_score(curve[i].mean, curve[i].count) for curve in report.emotion_by_persona.values()]
            rows.append(f"<tr><td>{names[point.stage_id]}</td>" + "".join(f"<td align='center'>{c}</td>" for c in cells) + "</tr>")
        self.emotion.setHtml("".join(rows) + "</table>")
        self.checks.clear()
        for check in report.checks:
            item = QListWidgetItem(check.message)
            item.setData(ROLE, list(check.ids))
            self.checks.addItem(item)
        if not report.checks:
            self.checks.addItem(self.tr("Nothing to point out."))
        self.votes.clear()
        lanes = {lane.id: lane.name for lane in doc.lanes}
        for rank, voted in enumerate(report.votes, 1):
            dots = self.tr("1 dot") if voted.votes == 1 else self.tr("{count} dots").format(count=voted.votes)
            item = QListWidgetItem(f"{rank}. {dots} · {_short(cards[voted.card_id].text, 60)}\n"
                                   f"{names.get(voted.stage_id, '?')} › {lanes.get(voted.lane_id, '?')}")
            item.setData(ROLE, [voted.card_id])
            self.votes.addItem(item)
        if not report.votes:
            self.votes.addItem(self.tr("No dot votes yet: Workshop › Dot Voting… collects them."))
        self._show_hotspots(self.hotspots.isChecked())

    def _scenario_selected(self) -> None:
        item = self.scenarios.currentItem()
        self.scene.set_highlight(item.data(ROLE) if item is not None else None)

    def clear_scenario(self) -> None:
        self.scenarios.setCurrentRow(-1)
        self.scene.set_highlight(None)

    def _show_hotspots(self, on: bool) -> None:
        self.hotspot_legend.setVisible(on)
        if self.map_legend is not None:
            self.map_legend.setVisible(bool(on and self.report is not None and self.report.hotspots))
        if not on or self.report is None or not self.report.hotspots:
            self.hotspot_legend.setText(self.tr("No hotspots: no pain points or negative scores yet.")
                                        if on else "")
            self.scene.set_heat(None)
            return
        worst = self.report.hotspots[0]
        names = {s.id: s.name for s in self.store.doc.stages}
        lanes = {lane.id: lane.name for lane in self.store.doc.lanes}
        self.hotspot_legend.setText(
            self.tr("Hottest: {stage} · {lane} ({pains} pain point(s), {negative} negative). "
                    "The legend is on the map.").format(stage=names.get(worst.stage_id, "?"),
                                                         lane=lanes.get(worst.lane_id, "?"),
                                                         pains=worst.pain_points, negative=worst.negative))
        top = worst.score
        self.scene.set_heat({(h.stage_id, h.lane_id): h.score / top for h in self.report.hotspots})

    def _check_activated(self, item: QListWidgetItem) -> None:
        ids = item.data(ROLE) or []
        card_ids = [i for i in ids if self.store.has_card(i)]
        if card_ids:
            self.scene.select_cards(card_ids)
            self.scene.reveal_card(card_ids[0])


def scenario_text(number: int, scenario, cards: dict) -> tuple[str, str]:
    """A scenario's list entry (rank, mood, pain, then its steps on their own line) and the
    tooltip with every step's full text."""
    mean = (QCoreApplication.translate("AnalysisPanel", "unscored") if scenario.mean_emotion is None
            else QCoreApplication.translate("AnalysisPanel", "mood {score}").format(score=f"{scenario.mean_emotion:+.1f}"))
    head = QCoreApplication.translate("AnalysisPanel", "{rank}. {mood} · {pains} pain point(s) · {steps} steps").format(
        rank=number, mood=mean, pains=len(scenario.pain_points), steps=len(scenario.cards))
    steps = " → ".join(_short(cards[c].text, 40) for c in scenario.cards if c in cards)
    tip = "\n".join(f"{i}. {cards[c].text}" for i, c in enumerate(scenario.cards, 1) if c in cards)
    return f"{head}\n{steps}", tip


def _score(mean: float | None, count: int) -> str:
    return "—" if mean is None else f"{mean:+.1f} <small>({count})</small>"


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
