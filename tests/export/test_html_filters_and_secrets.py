"""The HTML page, continued: the persona, tag and owner filters driven through the page and
combined with search; hostile strings in every field a page shows (stage, lane and persona
names, comments, sources, tags, owners, the title block) stay inert; what a hidden lane holds
(comments, photos, sources, links, tags and owners no other card has) is absent from the bytes."""

from __future__ import annotations

import base64

import pytest

from jmap_desktop.export import export_html, map_html
from jmap_desktop.model import (
    Card,
    Comment,
    EmbeddedImage,
    Evidence,
    Lane,
    LaneKind,
    MapLink,
    Persona,
    Source,
    SourceKind,
)
from tests.export.chromium import Browser, chromium_binary
from tests.factories import small_map

PWN = "document.body.setAttribute('data-pwned','1')"
HOSTILE = [f"<script>{PWN}</script>", f"<img src=x onerror=\"{PWN}\">", f"\"onmouseover=\"{PWN}",
           f"<svg onload=\"{PWN}\"></svg>", "</script><script>" + PWN + "</script>"]
needs_chromium = pytest.mark.skipif(chromium_binary() is None,
                                    reason="chromium is not installed; scripts/system-deps.sh installs it")
LIT = "[...document.querySelectorAll('g.card:not(.dim)')].map(g => g.dataset.id).sort()"
HITS = "[...document.querySelectorAll('g.card.hit')].map(g => g.dataset.id).sort()"


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    yield b
    b.close()


def facet_map():
    """Two personas, two owners and a few tags spread over the small map's cards."""
    doc = small_map()
    doc.personas.append(Persona(id="p-ben", name="Ben", role="Walker"))
    spec = {"c1": ("p-ana", "Marketing", ["ads"]), "c2": ("p-ben", "Marketing", ["reviews", "ads"]),
            "c3": ("p-ben", "Sales", ["checkout"]), "c4": (None, "Sales", ["checkout", "shipping"]),
            "c5": ("p-ana", "", [])}
    for card_id, (persona, owner, tags) in spec.items():
        card = doc.card(card_id)
        card.persona_id, card.owner, card.tags = persona, owner, tags
    return doc


def choose_facet(browser, facet: str, value: str) -> None:
    browser.click(f'fieldset[data-facet={facet}] input[data-value="{value}"]')


@needs_chromium
def test_persona_tag_and_owner_filters_and_search_driven_through_the_page(browser, tmp_path):
    doc = facet_map()
    export_html(doc, tmp_path / "facets.html")
    browser.open(tmp_path / "facets.html")
    browser.click(".tools button[data-tab=filters]")
    legends = browser.eval("[...document.querySelectorAll('#filters legend')].map(l => l.textContent)")
    assert {"Persona", "Tag", "Owner"} <= set(legends)
    choose_facet(browser, "persona", "p-ben")
    assert browser.eval(LIT) == ["c2", "c3"]
    choose_facet(browser, "persona", "p-ana")  # two values of one facet: either
    assert browser.eval(LIT) == ["c1", "c2", "c3", "c5"]
    choose_facet(browser, "tag", "ads")  # and another facet: both
    assert browser.eval(LIT) == ["c1", "c2"]
    browser.click("#clear-filters")
    choose_facet(browser, "owner", "Sales")
    assert browser.eval(LIT) == ["c3", "c4"]
    assert "2 of 5 cards" in browser.eval("document.getElementById('count').textContent")
    browser.type_into("#search", "shipping")  # search within the filtered cards
    assert browser.eval(HITS) == ["c4"] and browser.eval(LIT) == ["c4"]
    assert "1 match" in browser.eval("document.getElementById('count').textContent")
    browser.type_into("#search", "")
    choose_facet(browser, "owner", "")  # the cards without an owner
    assert browser.eval(LIT) == ["c3", "c4", "c5"]
    browser.click("#clear-filters")
    assert browser.eval("document.querySelectorAll('g.card.dim').length") == 0


def hostile_everywhere():
    doc = small_map()
    h = iter(HOSTILE * 4)
    doc.meta.subtitle, doc.meta.scenario, doc.meta.organisation = next(h), next(h), next(h)
    doc.stages[0].name, doc.stages[1].description = next(h), next(h)
    doc.lanes[0].name = next(h)
    persona = doc.personas[0]
    persona.name, persona.quote, persona.goals = next(h), next(h), [next(h)]
    card = doc.card("c1")
    card.tags, card.owner = [next(h)[:60]], next(h)[:60]
    card.comments = [Comment(author=next(h)[:60], text=next(h))]
    card.evidence = Evidence(sources=[Source(kind=SourceKind.INTERVIEW, description=next(h), link=next(h)[:200])])
    doc.card("c2").owner = "Plain owner"  # two owners: the owner filter is listed
    doc.card("c2").tags = ["plain"]
    return doc


@needs_chromium
def test_hostile_strings_in_every_field_stay_inert(browser, tmp_path):
    export_html(hostile_everywhere(), tmp_path / "hostile.html")
    browser.open(tmp_path / "hostile.html")
    pwned = "document.body.getAttribute('data-pwned')"
    for tab in ("filters", "personas", "scenarios"):
        browser.click(f".tools button[data-tab={tab}]")
        assert browser.eval(pwned) is None, tab
    browser.click('g.card[data-id="c1"] rect')  # its details: comment, source, tags, owner
    details = browser.eval("document.getElementById('details').textContent")
    assert HOSTILE[2] in details and HOSTILE[3] in details  # the comment and the source, as text
    browser.print_pdf()  # every card's inside drawn
    assert browser.eval(pwned) is None
    assert browser.eval("document.scripts.length") == 2
    assert browser.eval("document.querySelectorAll('img:not(.photo), svg svg, [onerror], [onload], "
                        "[onmouseover]').length") == 0
    shown = browser.eval("document.body.textContent")
    assert "<script>" + PWN in shown  # shown as the text it is


def test_what_a_hidden_lane_holds_is_absent_from_the_bytes():
    doc = small_map()
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    doc.lanes.append(Lane(id="l-back", name="Backstage", kind=LaneKind.BACKSTAGE, hidden_in_export=True))
    doc.cards.append(Card(
        id="secret", stage_id="s-buy", lane_id="l-back", text="Supplier margin", owner="SECRET-OWNER",
        tags=["SECRET-TAG"], link=MapLink(path="secret-target.jmap"),
        comments=[Comment(id="secret-comment", author="SECRET-AUTHOR", text="SECRET-COMMENT")],
        photos=[EmbeddedImage.from_bytes(png)],
        evidence=Evidence(sources=[Source(kind=SourceKind.ANALYTICS, description="SECRET-SOURCE")])))
    photo = doc.card("secret").photos[0].data
    page = map_html(doc).encode("utf-8")
    for secret in (b"SECRET-OWNER", b"SECRET-TAG", b"secret-target", b"SECRET-COMMENT", b"SECRET-AUTHOR",
                   b"secret-comment", b"SECRET-SOURCE", b"Supplier margin", photo[:40].encode()):
        assert secret not in page, secret
    assert b"SECRET-COMMENT" in map_html(doc, hidden_lanes=frozenset()).encode("utf-8")  # ticked: shown
