"""`jmap-desktop kpi MAP FEED`: metric values and history from a feed; unknown metrics reported."""

from __future__ import annotations

from jmap_desktop.cli.main import main
from jmap_desktop.io import load_map, save_map
from tests.io import tables
from tests.io.test_kpi_feed import metric_map


def test_kpi_feed_updates_metrics_and_reports_unknown_ones(tmp_path, capsys):
    target = tmp_path / "map.jmap"
    save_map(metric_map().doc, target)
    feed = tables.write_csv(tmp_path / "feed.csv", [["id", "date", "value"], ["m-nps", "2026-01-31", "22"],
                                                    ["m-nps", "2026-02-28", "27"], ["m-gone", "2026-02-28", "1"]])
    before = target.read_bytes()
    assert main(["kpi", str(target), str(feed)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == "feed.csv: row 4, column id: no metric card has the id 'm-gone'"
    assert target.read_bytes() == before
    assert main(["kpi", str(target), str(feed), "--skip-invalid"]) == 0
    assert "1 metric updated from 2 values, 1 row(s) not used" in capsys.readouterr().out
    nps = load_map(target).card("m-nps").metric
    assert nps.value == 27 and [p.value for p in nps.history] == [22, 27]
    assert main(["kpi", str(tmp_path / "none.jmap"), str(feed)]) == 2
