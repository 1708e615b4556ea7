"""Screenshots of comparing and merging, for looking at them (``make screenshots``).

Builds two versions of the B2C template (a reworded, a deleted, a moved and a new card, three
KPIs that moved) and grabs, offscreen: the window comparing them with a changed card selected
(``comparison.png``), the KPI row up close (``comparison-kpi.png``), and the merge conflict
dialog with a text conflict, an edit/delete and a card order conflict (``conflict-dialog.png``).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jmap_desktop.io import load_map, save_map
from jmap_desktop.io.history import record_revision
from jmap_desktop.model import Card, CardKind, DocumentStore, Metric
from jmap_desktop.resources import templates_dir
from jmap_desktop.ui.conflict_dialog import ConflictDialog
from jmap_desktop.ui.main_window import MainWindow
from jmap_desktop.versions.copies import merge_copies

P = "card-b2c-online-purchase-"


def settle(app: QApplication) -> None:
    for _ in range(30):
        app.processEvents()


def after_workshop(store: DocumentStore) -> None:
    store.update_card(P + "a4", text="Compares three models on review sites and YouTube")
    store.remove_cards([P + "x3"])
    store.move_cards([P + "a7"], "stage-purchase", "lane-customer-actions")
    store.add_card(Card(id="new1", stage_id="stage-decision", lane_id="lane-pain-points",
                        kind=CardKind.PAIN_POINT, text="Advisor chat closes at 6 pm"))
    for card_id, value in ((P + "k2", 9.1), (P + "k3", 66.0), (P + "k4", 9.5)):
        metric = store.card(card_id).metric
        store.update_card(card_id, metric=Metric(value=value, unit=metric.unit, target=metric.target))


def comparison(app: QApplication, work: Path, out: Path) -> None:
    current, future = work / "current.jmap", work / "after-workshop.jmap"
    save_map(load_map(templates_dir() / "b2c-online-purchase.jmap"), current)
    store = DocumentStore(load_map(current))
    after_workshop(store)
    save_map(store.doc, future)
    window = MainWindow(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    window.open_file(future)
    window.versions.compare_file(current)
    window.properties_dock.raise_()
    window.view.zoom_reset()
    window.scene.select_cards([P + "a4"])
    window.scene.reveal_card(P + "a4")
    settle(app)
    window.grab().save(str(out / "comparison.png"))
    window.scene.reveal_card(P + "k3")
    settle(app)
    window.view.grab().save(str(out / "comparison-kpi.png"))
    window.close()


def conflicts(app: QApplication, work: Path, out: Path) -> None:
    mine, theirs = work / "journey.jmap", work / "theirs.jmap"
    base = load_map(templates_dir() / "b2c-online-purchase.jmap")
    pending = record_revision(base)
    save_map(base, mine)
    pending.commit()
    shutil.copy(mine, theirs)

    def edit(path: Path, change) -> None:
        doc = load_map(path)
        change(DocumentStore(doc))
        record_revision(doc)
        save_map(doc, path)

    def ours(s: DocumentStore) -> None:
        s.update_card(P + "a4", text="Compares three models on review sites and Reddit")
        s.update_card(P + "x2", text="Return costs unclear until the FAQ page (found by 3 of 5)")
        s.move_cards([P + "a5"], "stage-consideration", "lane-customer-actions", 0)

    def their_edits(s: DocumentStore) -> None:
        s.update_card(P + "a4", text="Compares three models on review sites and YouTube")
        s.remove_cards([P + "x2"])
        s.move_cards([P + "a3"], "stage-consideration", "lane-customer-actions", 3)

    edit(mine, ours)
    edit(theirs, their_edits)
    result, _base = merge_copies(load_map(mine), load_map(theirs))
    dialog = ConflictDialog(result.conflicts, mine.name, theirs.name)
    dialog.show()
    dialog.keep[0].setCurrentText("Type a value")
    dialog.values[0].setText("Compares three models on review sites, Reddit and YouTube")
    settle(app)
    dialog.grab().save(str(out / "conflict-dialog.png"))
    dialog.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    with tempfile.TemporaryDirectory() as work:
        comparison(app, Path(work), out)
        conflicts(app, Path(work), out)
    print(f"wrote comparison.png, comparison-kpi.png and conflict-dialog.png to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
