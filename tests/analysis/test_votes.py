"""Dot votes ranked for the Analysis panel and `analyze --json`."""

from jmap_desktop.analysis import analyze, report_to_json
from jmap_desktop.model import DocumentStore
from tests.factories import small_map


def test_cards_rank_by_votes_and_ties_keep_map_order():
    store = DocumentStore(small_map())
    store.update_cards({"c4": {"votes": 2}, "c1": {"votes": 5}, "c3": {"votes": 2}, "c2": {"votes": 0}})
    report = analyze(store.doc)
    assert [(v.card_id, v.votes) for v in report.votes] == [("c1", 5), ("c3", 2), ("c4", 2)]
    assert report_to_json(report)["votes"][0] == {"card_id": "c1", "votes": 5}
    assert analyze(small_map()).votes == []
