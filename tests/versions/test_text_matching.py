"""Reworded cards are matched by difflib's ratio; rapidfuzz only rules out pairs that cannot
reach the threshold or the best ratio found. The choice must be the one the plain loop over
every pair makes: the most alike at or above the threshold, of equals the last."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from jmap_desktop.versions.matching import CELL_SIMILARITY, _key, _most_similar, match_ids

WORDS = ["customer", "checks", "price", "order", "app", "the", "a", "reviews", "pays", "é", "ß", ""]


def plain(text: str, candidates: list[dict], threshold: float) -> dict | None:
    """Every pair compared, in order: the matcher as it was before rapidfuzz."""
    best, best_ratio = None, threshold
    for x in candidates:
        ratio = SequenceMatcher(None, text, _key(x.get("text")), autojunk=False).ratio()
        if ratio >= best_ratio:
            best, best_ratio = x, ratio
    return best


texts = st.lists(st.sampled_from(WORDS), max_size=7).map(" ".join) | st.text(alphabet="abcde ", max_size=12)


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(texts, max_size=10), st.sampled_from([CELL_SIMILARITY, 0.0, 0.5, 0.75, 1.0]),
       st.booleans())
def test_the_most_similar_card_is_the_one_every_pair_compared_gives(text, others, threshold, remembered):
    candidates = [{"id": str(i), "text": t} for i, t in enumerate(others)]
    memo: dict | None = {} if remembered else None
    text = _key(text)
    expected = plain(text, candidates, threshold)
    assert _most_similar(text, candidates, threshold, memo) is expected
    if memo is not None:  # and again from what it remembered
        assert _most_similar(text, candidates, threshold, memo) is expected


def test_thousands_of_reworded_cards_match_as_compared_one_by_one():
    """Two maps drawn separately, every card reworded a little: each card of one is matched to
    the card of the other the plain loop picks (most cards to their own original)."""
    rng = random.Random(4)
    vocabulary = ["customer", "checks", "price", "delivery", "order", "support", "app", "store", "wait"]
    stages = [{"id": f"s{i}", "name": f"Stage {i}"} for i in range(3)]
    lanes = [{"id": "l0", "name": "Actions"}]
    a_cards = [{"id": f"c{i}", "stage_id": f"s{i % 3}", "lane_id": "l0",
                "text": " ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 9)))} for i in range(600)]
    b_cards = []
    for card in a_cards:
        words = card["text"].split()
        words[rng.randrange(len(words))] = rng.choice(["client", "quickly", "again"])
        b_cards.append({**card, "id": "x" + card["id"], "text": " ".join(words)})
    a = {"stages": stages, "lanes": lanes, "cards": a_cards}
    b = {"stages": stages, "lanes": lanes, "cards": b_cards}
    mapping = match_ids(a, b)
    # The plain matcher, greedy in the same order: exact texts first, then the most alike.
    taken: set[str] = set()
    expected: dict[str, str] = {}
    rest = []
    for card in b_cards:
        same = [x for x in a_cards if _key(x["text"]) == _key(card["text"]) and x["id"] not in taken]
        if same:
            best = next((x for x in same if x["stage_id"] == card["stage_id"]), same[0])
            expected[card["id"]] = best["id"]
            taken.add(best["id"])
        else:
            rest.append(card)
    for card in rest:
        candidates = [x for x in a_cards if x["stage_id"] == card["stage_id"] and x["id"] not in taken]
        best = plain(_key(card["text"]), candidates, CELL_SIMILARITY)
        if best is not None:
            expected[card["id"]] = best["id"]
            taken.add(best["id"])
    assert mapping == expected
    assert sum(mapping[k] == k[1:] for k in mapping) > 400  # reworded, still mostly themselves
