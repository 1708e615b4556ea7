"""The file text is written by pydantic in one pass; it must be what the careful way (JSON data
indented by json.dumps) writes, with or without history, and refuse what it refuses. The one
difference allowed: a number in exponent form is spelled ``1e-8`` instead of ``1e-08``."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings

from jmap_desktop.io import dumps_map, loads_map
from jmap_desktop.io.history import rebuild, record_revision
from jmap_desktop.io.jsonfile import _dumps_careful
from jmap_desktop.io.save import encode_map
from jmap_desktop.model import Card, Comment, MapLink, Metric, MetricPoint
from tests.factories import small_map
from tests.io.test_round_trip import journey_maps

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def same_text(fast: str, careful: str) -> bool:
    """Line for line the same, but for the spelling of a number at the end of a line."""
    a, b = fast.splitlines(), careful.splitlines()
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x != y:
            head_x, _, num_x = x.rstrip(",").rpartition(" ")
            head_y, _, num_y = y.rstrip(",").rpartition(" ")
            if head_x != head_y or float(num_x) != float(num_y) or "e" not in num_y:
                return False
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_the_one_pass_text_is_the_careful_text(doc):
    text = dumps_map(doc)
    assert same_text(text, _dumps_careful(doc))
    assert dumps_map(loads_map(text)) == text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_with_history_too_and_the_map_stays_at_the_top(doc):
    record_revision(doc, author="Ana", now=T0).commit()
    if doc.cards:
        doc.cards[0].text += " edited"
    record_revision(doc, author="Ben \U0001f600", now=T0 + dt.timedelta(hours=1)).commit()
    text = dumps_map(doc)
    assert same_text(text, _dumps_careful(doc))
    assert list(json.loads(text))[-1] == "history"
    assert dumps_map(loads_map(text)) == text


def test_optional_fields_are_written_only_when_they_hold_something():
    doc = small_map()
    card = doc.cards[0]
    text = dumps_map(doc)
    assert '"votes"' not in text and '"comments"' not in text and '"inbox"' not in text
    card.votes = 0  # no dots is still a vote
    card.comments = [Comment(text="Check with Ben")]
    card.link = MapLink(path="detail.jmap")
    card.metric = Metric(value=2.5, history=[MetricPoint(date=dt.date(2026, 1, 2), value=2.5)])
    text = dumps_map(doc)
    assert dumps_map(loads_map(text)) == text == _dumps_careful(doc)
    data = json.loads(text)["cards"][0]
    assert data["votes"] == 0 and data["comments"][0]["text"] == "Check with Ben"
    assert data["link"]["path"] == "detail.jmap" and data["metric"]["history"][0]["value"] == 2.5


def test_nan_and_infinity_are_refused_but_the_words_are_just_text():
    doc = small_map()
    doc.cards[0].text = "NaN and Infinity are words here"
    assert json.loads(dumps_map(doc))["cards"][0]["text"].startswith("NaN")
    for bad in (float("nan"), float("inf"), float("-inf")):
        doc.cards[1].emotion = bad
        with pytest.raises(ValueError):
            dumps_map(doc)


def test_a_lone_surrogate_from_another_tool_is_written_as_its_escape():
    doc = small_map()
    doc.cards.append(Card(stage_id=doc.stages[0].id, lane_id=doc.lanes[0].id,
                          future_note="half \udc80 a pair"))
    data = encode_map(doc)
    assert b"\\udc80" in data
    assert loads_map(data).cards[-1].future_note == "half \udc80 a pair"


def test_a_save_writes_the_text_its_revision_recorded_and_older_revisions_rebuild():
    doc = small_map()
    record_revision(doc, now=T0).commit()
    first = json.loads(dumps_map(doc))
    first.pop("history")
    reopened = loads_map(dumps_map(doc))  # its baseline is read from the text when needed
    reopened.cards[0].text = "Sees an ad on TikTok"
    pending = record_revision(reopened, now=T0 + dt.timedelta(minutes=5))
    text = dumps_map(reopened)  # between recording and committing, as File › Save does
    pending.commit()
    assert same_text(text, _dumps_careful(reopened))
    again = loads_map(text)
    assert again.cards[0].text == "Sees an ad on TikTok"
    assert rebuild(again, again.history.revisions[0].id) == first
