"""The Workshop menu's dialogs: start a session, open cells for notes, set up a dot vote.

Each dialog only collects choices (``result()`` returns them); the controller acts on them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...model import JourneyMap
from ..dialogs import fit_title
from .controller import Permissions

DEFAULT_PORT = 8765


def interface_addresses() -> list[tuple[str, str]]:
    """(address, label) for every address this machine could serve on; the room's LAN first."""
    lan, other, loopback = [], [], []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            text = address.toString()
            if address.isLoopback():
                loopback.append((text, QCoreApplication.translate("Workshop", "{text} — this computer only").format(text=text)))
            elif address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                lan.append((text, f"{text} — {interface.humanReadableName()}"))
            elif not address.isLinkLocal() and "%" not in text:
                other.append((text, f"{text} — {interface.humanReadableName()} (IPv6)"))
    if not any(a == "127.0.0.1" for a, _ in loopback):
        loopback.insert(0, ("127.0.0.1", QCoreApplication.translate("Workshop", "127.0.0.1 — this computer only")))
    loopback.sort(key=lambda item: ":" in item[0])  # 127.0.0.1 before ::1
    return lan + other + loopback


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class StartSessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, addresses: list[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start Workshop Session"))
        self.address = QComboBox()
        self.address.setAccessibleName(QCoreApplication.translate("StartSessionDialog", "Network address"))
        for address, label in addresses if addresses is not None else interface_addresses():
            self.address.addItem(label, address)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setAccessibleName(QCoreApplication.translate("StartSessionDialog", "Port"))
        self.max_participants = QSpinBox()
        self.max_participants.setRange(1, 1000)
        self.max_participants.setValue(200)
        self.max_participants.setAccessibleName(QCoreApplication.translate("StartSessionDialog", "Most participants"))
        self.allow_notes = QCheckBox(self.tr("Add notes"))
        self.allow_votes = QCheckBox(self.tr("Vote with dots"))
        self.see_map = QCheckBox(self.tr("See the map live on their phone"))
        for box in (self.allow_notes, self.allow_votes, self.see_map):
            box.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.address)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Most participants:"), self.max_participants)
        may = QVBoxLayout()
        for box in (self.allow_notes, self.allow_votes, self.see_map):
            may.addWidget(box)
        form.addRow(self.tr("Participants may:"), may)
        hint = QLabel(self.tr("Participants join from a browser on the same network; nothing is sent to "
                      "the internet. Choose “this computer only” to try it alone."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("Start")))
        fit_title(self)

    def host(self) -> str:
        return str(self.address.currentData())

    def permissions(self) -> Permissions:
        return Permissions(self.allow_notes.isChecked(), self.allow_votes.isChecked(),
                           self.see_map.isChecked())


class CollectDialog(QDialog):
    """Open a lane (all or some of its stages) for notes, with a prompt and a time box."""

    def __init__(self, doc: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Collect Notes"))
        self.doc = doc
        self.lane = QComboBox()
        self.lane.setAccessibleName(QCoreApplication.translate("CollectDialog", "Lane"))
        for lane in doc.lanes:
            self.lane.addItem(lane.name or self.tr("(unnamed lane)"), lane.id)
        self.stages = QListWidget()
        self.stages.setAccessibleName(QCoreApplication.translate("CollectDialog", "Stages open for notes"))
        for stage in doc.stages:
            item = QListWidgetItem(stage.name or self.tr("(unnamed stage)"))
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.stages.addItem(item)
        self.stages.setMaximumHeight(160)
        self.prompt = QLineEdit()
        self.prompt.setAccessibleName(QCoreApplication.translate("CollectDialog", "Prompt"))
        self.prompt.setPlaceholderText(self.tr("e.g. What frustrated you at this step?"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("no time limit"))
        self.minutes.setAccessibleName(QCoreApplication.translate("CollectDialog", "Time box"))
        form = QFormLayout()
        form.addRow(self.tr("&Lane:"), self.lane)
        form.addRow(self.tr("&Stages:"), self.stages)
        form.addRow(self.tr("&Prompt:"), self.prompt)
        form.addRow(self.tr("&Time box:"), self.minutes)
        self.straight = QCheckBox(self.tr("Put notes straight onto the map (skip the inbox)"))
        self.straight.setAccessibleName(QCoreApplication.translate("CollectDialog", "Put notes straight onto the map"))
        form.addRow(self.straight)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #cf222e")
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("Open for Notes")))
        fit_title(self)

    def cells(self) -> list[tuple[str, str]]:
        lane_id = str(self.lane.currentData())
        return [(str(self.stages.item(i).data(Qt.ItemDataRole.UserRole)), lane_id)
                for i in range(self.stages.count())
                if self.stages.item(i).checkState() == Qt.CheckState.Checked]

    def label(self) -> str:
        checked = len(self.cells())
        where = self.tr("all stages") if checked == self.stages.count() else self.tr("{checked} stages").format(checked=checked)
        return f"{self.lane.currentText()}, {where}"

    def accept(self) -> None:
        if not self.cells():
            self.problem.setText(self.tr("Tick at least one stage."))
            return
        super().accept()


class VoteDialog(QDialog):
    """Cards to vote on (a lane, or the selection), dots per person, live or hidden results."""

    def __init__(self, doc: JourneyMap, selected: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dot Voting"))
        self.doc = doc
        self.selected = list(selected)
        self.by_lane = QRadioButton(self.tr("Cards in the lane"))
        self.by_selection = QRadioButton(self.tr("The selected cards ({count})").format(count=len(selected)))
        self.by_selection.setEnabled(bool(selected))
        group = QButtonGroup(self)
        group.addButton(self.by_lane)
        group.addButton(self.by_selection)
        # Voting on one card is no vote: with one card selected, its lane is offered instead.
        (self.by_selection if len(selected) > 1 else self.by_lane).setChecked(True)
        self.lane = QComboBox()
        self.lane.setAccessibleName(QCoreApplication.translate("VoteDialog", "Lane to vote on"))
        for lane in doc.lanes:
            self.lane.addItem(lane.name or self.tr("(unnamed lane)"), lane.id)
        lanes_of_selection = {c.lane_id for c in doc.cards if c.id in set(selected)}
        if len(lanes_of_selection) == 1:  # start from the lane the user is working in
            self.lane.setCurrentIndex(max(self.lane.findData(lanes_of_selection.pop()), 0))
        self.dots = QSpinBox()
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.dots.setAccessibleName(QCoreApplication.translate("VoteDialog", "Dots per person"))
        self.live = QCheckBox(self.tr("Show results while voting"))
        self.live.setChecked(False)  # hidden results avoid herding; a setting per vote
        form = QFormLayout()
        form.addRow(self.by_lane, self.lane)
        form.addRow(self.by_selection)
        form.addRow(self.tr("&Dots per person:"), self.dots)
        form.addRow(self.live)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #cf222e")
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("Start Vote")))
        fit_title(self)

    def card_ids(self) -> list[str]:
        if self.by_selection.isChecked():
            return self.selected
        lane = next(ln for ln in self.doc.lanes if ln.id == self.lane.currentData())
        from ...workshop.cells import lane_cards  # the workshop package loads with a session

        return list(lane_cards(self.doc, lane))

    def accept(self) -> None:
        if not self.card_ids():
            self.problem.setText(self.tr("That lane has no cards to vote on."))
            return
        super().accept()
