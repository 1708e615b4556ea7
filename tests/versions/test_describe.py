"""Changes told in words: field names as Properties calls them, values as a person reads them."""

from __future__ import annotations

from jmap_desktop.model import DocumentStore, Evidence, EvidenceStatus, Metric, Source
from jmap_desktop.versions import compare
from jmap_desktop.versions.describe import card_lines, value_text
from tests.factories import small_map


def test_card_lines_read_as_before_and_now():
    store = DocumentStore(small_map())
    store.update_card("c2", text="Reads reviews on two sites", tags=["web", "trust"],
                      evidence=Evidence(status=EvidenceStatus.VALIDATED,
                                        sources=[Source(description="Interview 3")]))
    store.move_cards(["c3"], "s-use", "l-actions")
    result = compare(small_map(), store.doc)
    assert card_lines(result, "c2") == [
        ("Text", "Reads reviews", "Reads reviews on two sites"),
        ("Tags", "—", "web, trust"),
        ("Evidence", "Hypothesis", "Validated (1 source)"),
    ]
    assert card_lines(result, "c3") == [("Cell", "Buy / Actions", "Use / Actions")]
    assert card_lines(result, "c1") == []


def test_values_in_words():
    result = compare(small_map(), small_map())
    assert value_text("stage_id", "s-buy", result) == "Buy"
    assert value_text("metric", Metric(value=7.8, unit="%", target=10).model_dump(mode="json")) \
        == "7.8 % (target 10)"
    assert value_text("kind", "pain_point") == "Pain point"
    assert value_text("emotion", -1.5) == "-1.5" and value_text("emotion", None) == "—"
    assert value_text("text", "x" * 300).endswith("…") and len(value_text("text", "x" * 300)) == 120
