"""The *Versions* row of ``make bench`` (diff and three-way merge of two edited copies of a
5,000-card map) still runs: here on a small map, so a change to compare or merge that breaks
the benchmark fails the suite instead of the next benchmark run. Timings are not checked."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_versions_benchmark_row_runs(qapp, capsys, monkeypatch):  # qapp: the conflict dialog's row
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import bench

    try:
        results = bench.bench_versions(200)
        bench.print_versions(results, 200)
    finally:
        sys.modules.pop("bench", None)
    assert set(results) == {"diff_200_s", "diff_matched_200_s", "diff_reworded_200_s", "merge_200_s", "record_revision_200_s",
                            "compare_edit_200_s", "compare_edit_matched_200_s", "conflict_dialog_200_s"}
    assert all(value > 0 for value in results.values())
    row = capsys.readouterr().out
    assert "Versions, two edited copies of a 200-card map" in row and "three-way merge" in row
    assert "one edit brings the comparison up to date" in row
    assert "the merge conflict dialog with 200 conflicts opens in" in row
