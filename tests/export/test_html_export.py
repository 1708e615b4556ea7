"""The interactive HTML page: self-contained, drawn from the poster's layout, safe with hostile
text, hidden lanes absent from its bytes; loaded and driven in headless Chromium."""

from __future__ import annotations

import io
import json
import random
import re
from html.parser import HTMLParser

import pytest

from jmap_desktop.export import export_html, map_html
from jmap_desktop.io import load_map
from jmap_desktop.layout import compute_layout
from jmap_desktop.model import Card, CardKind, Connection, DocumentStore, Lane, LaneKind, Stage
from jmap_desktop.resources import templates_dir
from tests.export.chromium import Browser, chromium_binary
from tests.factories import small_map

HOSTILE = [
    "<script>document.body.setAttribute('data-pwned','1')</script>",
    "</script><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">",
    "\"onerror=\"document.body.setAttribute('data-pwned','1')",
    "<!-- <svg onload=alert(1)> & &amp; \u2028 {data} {script}",
]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict] = []
        self.metas: list[dict] = []
        self.urls: list[str] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href"):
            if name in attrs:
                self.urls.append(attrs[name])
        if tag == "script":
            self._in_script = {"attrs": attrs, "text": ""}
            self.scripts.append(self._in_script)
        elif tag == "meta":
            self.metas.append(attrs)

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def b2c():
    return load_map(templates_dir() / "b2c-online-purchase.jmap")


def hostile_map():
    doc = small_map()
    doc.meta.title = "</title><script>alert(1)</script>"
    for i, text in enumerate(HOSTILE):
        doc.cards.append(Card(id=f"h{i}", stage_id="s-buy", lane_id="l-actions", order=10 + i, text=text,
                              owner=text[:40], tags=["<b>tag</b>"]))
    return doc


def map_with_backstage():
    doc = small_map()
    doc.lanes.append(Lane(id="l-back", name="Backstage SECRET-LANE", kind=LaneKind.BACKSTAGE,
                          hidden_in_export=True))
    doc.cards.append(Card(id="secret", stage_id="s-buy", lane_id="l-back", text="Margin is 70 % SECRET-CARD"))
    doc.cards.append(Card(id="secret2", stage_id="s-use", lane_id="l-back", text="other SECRET-CARD", emotion=-2))
    doc.connections.append(Connection(id="k-secret", source_id="c3", target_id="secret"))
    return doc


def generated(n: int, seed: int = 3):
    rng = random.Random(seed)
    s = DocumentStore()
    for i in range(8):
        s.add_stage(Stage(id=f"s{i}", name=f"Stage {i}"))
    kinds = list(CardKind)
    for j in range(6):
        s.add_lane(Lane(id=f"l{j}", name=f"Lane {j}", kind=LaneKind.CUSTOM))
    doc = s.doc
    words = ["customer", "wants", "shipping", "size", "review", "order", "email", "store", "return", "advisor", "price"]
    doc.cards = [Card(id=f"c{k}", stage_id=f"s{k % 8}", lane_id=f"l{(k // 8) % 6}", order=k,
                      kind=kinds[k % len(kinds)], emotion=rng.choice([None, -2, -1, 0, 1, 2]),
                      tags=[rng.choice(words)], owner=rng.choice(["Sales", "Support", "Ops"]),
                      text=" ".join(rng.choice(words) for _ in range(rng.randint(4, 16))))
                 for k in range(n)]
    return doc


# -- the file itself ---------------------------------------------------------------------------

def test_one_self_contained_file_with_the_data_and_a_strict_policy():
    doc = b2c()
    page = map_html(doc)
    parsed = parse(page)
    assert [s["attrs"].get("type") for s in parsed.scripts] == ["application/json", None]
    assert all("src" not in s["attrs"] for s in parsed.scripts)
    assert parsed.urls == []  # nothing to fetch: images and fonts are data: URIs in the CSS/JSON
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", page.split('<script type="application/json"')[0])
    csp = next(m["content"] for m in parsed.metas if m.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe" not in csp
    data = json.loads(parsed.scripts[0]["text"])
    layout = compute_layout(doc)
    assert {c["id"] for c in data["cards"]} == {c.id for c in doc.cards}
    for card in data["cards"]:  # drawn where the poster draws it, with the poster's lines
        box = layout.cards[card["id"]]
        assert card["rect"] == pytest.approx([box.rect.x, box.rect.y, box.rect.w, box.rect.h], abs=0.01)
        assert [op[3] for op in card["face"]["lines"]] == box.lines
    assert "@font-face" in page and "font/woff" in page


def test_hostile_text_stays_text_in_the_file():
    page = map_html(hostile_map())
    parsed = parse(page)
    assert len(parsed.scripts) == 2
    assert page.count("</script") == 2
    assert "<title>&lt;/title&gt;&lt;script&gt;" in page
    data = json.loads(parsed.scripts[0]["text"])
    assert [c["text"] for c in data["cards"] if c["id"].startswith("h")] == HOSTILE


def test_hidden_lanes_are_absent_from_the_bytes():
    doc = map_with_backstage()
    page = map_html(doc).encode("utf-8")
    for secret in (b"SECRET-CARD", b"SECRET-LANE", b"l-back", b"k-secret", b"Margin"):
        assert secret not in page
    shown = map_html(doc, hidden_lanes=frozenset()).encode("utf-8")  # the lane ticked in the dialog
    assert b"SECRET-CARD" in shown


def test_five_hundred_cards_fit_in_two_megabytes(tmp_path):
    size = export_html(generated(500), tmp_path / "big.html")
    assert size < 2 * 1024 * 1024
    assert (tmp_path / "big.html").stat().st_size == size


def test_every_script_gets_a_font_that_has_it():
    doc = small_map()
    doc.cards[0].text = "Größe 尺寸 サイズ 크기 مقاس מידה"
    page = map_html(doc)
    assert page.count("@font-face") >= 6  # Noto regular+bold, CJK, Hangul, Arabic, Hebrew


# -- in the browser ----------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(chromium_binary() is None,
                                    reason="chromium is not installed; scripts/system-deps.sh installs it")


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    yield b
    b.close()


@needs_chromium
def test_every_card_is_in_the_page_and_opens_its_details(browser, tmp_path):
    doc = b2c()
    export_html(doc, tmp_path / "map.html")
    browser.open(tmp_path / "map.html")
    layout = compute_layout(doc)
    visible = [c for c in doc.cards if layout.cards[c.id].visible]
    labels = browser.eval("Object.fromEntries([...document.querySelectorAll('g.card')].map("
                          "g => [g.dataset.id, g.getAttribute('aria-label')]))")
    assert set(labels) == {c.id for c in visible}
    assert all(labels[c.id].endswith(": " + c.text) for c in visible)  # named by its text up front
    pdf = browser.print_pdf()  # printing draws every card's inside, wherever the view is
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # the whole map on one landscape page
    drawn = browser.eval("Object.fromEntries([...document.querySelectorAll('g.card')].map("
                         "g => [g.dataset.id, [...g.querySelectorAll('text.line')].map(t => t.textContent)]))")
    for card in visible:
        assert drawn[card.id] == layout.cards[card.id].lines
    card = next(c for c in doc.cards if c.evidence.sources)
    browser.click(f'g.card[data-id="{card.id}"] rect')
    details = browser.eval("document.getElementById('details').textContent")
    assert card.text in details and card.evidence.sources[0].description in details
    assert browser.eval("document.getElementById('tab-details').hidden") is False


@needs_chromium
def test_a_big_map_draws_card_text_only_where_it_can_be_read(browser, tmp_path):
    doc = generated(2000)
    export_html(doc, tmp_path / "big.html")
    browser.open(tmp_path / "big.html")
    lines = "document.querySelectorAll('g.card text.line').length"
    assert browser.eval("document.querySelectorAll('g.card').length") == 2000
    assert browser.eval(lines) == 0  # at fit the text would be a pixel high: not laid out at all
    browser.eval("document.getElementById('stage').focus()")
    scale = "new DOMMatrix(getComputedStyle(document.getElementById('map')).transform).a"
    while browser.eval(scale) < 1:
        browser.press("+", "Equal", 187)
    browser.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    in_view = browser.eval(lines)
    assert 0 < in_view < sum(len(c.text.split()) for c in doc.cards) // 4  # the cards around the view
    # Search still reaches every card, drawn or not, and Enter brings the next hit into view.
    target = doc.cards[-1]
    browser.type_into("#search", target.text)
    assert target.id in browser.eval("[...document.querySelectorAll('g.card.hit')].map(g => g.dataset.id)")
    browser.press("Enter", "Enter", 13)
    browser.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    chosen = browser.eval("document.querySelector('g.card.selected').dataset.id")
    shown = browser.eval(f"[...document.querySelectorAll('g.card[data-id=\"{chosen}\"] text.line')]"
                         ".map(t => t.textContent)")
    assert shown == compute_layout(doc).cards[chosen].lines


@needs_chromium
def test_search_and_filters_driven_through_the_page(browser, tmp_path):
    doc = b2c()
    export_html(doc, tmp_path / "map.html")
    browser.open(tmp_path / "map.html")
    browser.type_into("#search", "Size")
    hits = set(browser.eval("[...document.querySelectorAll('g.card.hit')].map(g => g.dataset.id)"))
    expected = {c.id for c in doc.cards if "size" in " ".join([c.text, *c.tags, c.owner]).lower()
                or "size" in next(s.name for s in doc.stages if s.id == c.stage_id).lower()}
    assert hits and hits <= {c.id for c in doc.cards} and expected <= hits | {c.id for c in doc.cards if not c.text}
    assert "match" in browser.eval("document.getElementById('count').textContent")
    browser.type_into("#search", "")
    assert browser.eval("document.querySelectorAll('g.card.hit').length") == 0
    browser.click(".tools button[data-tab=filters]")
    browser.click("fieldset[data-facet=kind] input[data-value=pain_point]")
    lit = set(browser.eval("[...document.querySelectorAll('g.card:not(.dim)')].map(g => g.dataset.id)"))
    pains = {c.id for c in doc.cards if c.kind == CardKind.PAIN_POINT}
    assert lit == pains
    browser.click("fieldset[data-facet=evidence] input[data-value=validated]")
    lit = set(browser.eval("[...document.querySelectorAll('g.card:not(.dim)')].map(g => g.dataset.id)"))
    assert lit == {c.id for c in doc.cards if c.kind == CardKind.PAIN_POINT and c.evidence.status == "validated"}
    browser.click("#clear-filters")
    assert browser.eval("document.querySelectorAll('g.card.dim').length") == 0


@needs_chromium
def test_scenarios_and_personas_are_listed(browser, tmp_path):
    doc = b2c()
    export_html(doc, tmp_path / "map.html")
    browser.open(tmp_path / "map.html")
    assert browser.eval("document.querySelectorAll('button.scenario').length") > 0
    browser.click(".tools button[data-tab=scenarios]")
    browser.click("button.scenario")
    assert browser.eval("document.querySelectorAll('g.card.dim').length") > 0
    names = browser.eval("document.getElementById('personas').textContent")
    assert all(p.name in names for p in doc.personas)


@needs_chromium
def test_hostile_strings_are_inert_in_the_browser(browser, tmp_path):
    export_html(hostile_map(), tmp_path / "hostile.html")
    browser.open(tmp_path / "hostile.html")
    assert browser.eval("document.body.getAttribute('data-pwned')") is None
    assert browser.eval("document.querySelectorAll('img').length") == 0
    assert browser.eval("document.scripts.length") == 2
    browser.print_pdf()  # every card's text drawn
    assert browser.eval("document.body.getAttribute('data-pwned')") is None
    text = browser.eval("[...document.querySelectorAll('g.card')].map(g => g.textContent).join('\\n')")
    assert "<script>document.body" in text
    assert browser.eval("document.title") == "</title><script>alert(1)</script>"


@needs_chromium
def test_phone_width_keeps_the_map_and_hides_the_panel(browser, tmp_path):
    export_html(b2c(), tmp_path / "map.html")
    browser.open(tmp_path / "map.html", width=390, height=844)
    assert browser.eval("document.documentElement.scrollWidth") <= 390
    assert browser.eval("getComputedStyle(document.getElementById('panel')).display") == "none"
    browser.click(".tools button[data-tab=personas]")
    assert browser.eval("getComputedStyle(document.getElementById('panel')).position") == "fixed"


@needs_chromium
def test_wheel_keys_and_drag_move_the_view(browser, tmp_path):
    export_html(b2c(), tmp_path / "map.html")
    browser.open(tmp_path / "map.html")
    scale = "new DOMMatrix(getComputedStyle(document.getElementById('map')).transform).a"
    fit = browser.eval(scale)
    browser.call("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": 300, "y": 300, "deltaX": 0, "deltaY": -300})
    assert browser.eval(scale) > fit * 1.3
    browser.eval("document.getElementById('stage').focus()")
    browser.press("0", "Digit0", 48)
    assert browser.eval(scale) == pytest.approx(fit)
    browser.press("+", "Equal", 187)
    assert browser.eval(scale) == pytest.approx(fit * 1.25)
    x = "new DOMMatrix(getComputedStyle(document.getElementById('map')).transform).e"
    before = browser.eval(x)
    for kind, px in (("mousePressed", 400), ("mouseMoved", 460), ("mouseReleased", 460)):
        browser.call("Input.dispatchMouseEvent", {"type": kind, "x": px, "y": 500, "button": "left",
                                                  "buttons": 0 if kind == "mouseReleased" else 1, "clickCount": 1})
    assert browser.eval(x) == pytest.approx(before + 60)


def map_with_notes():
    import base64

    from jmap_desktop.model import Comment, EmbeddedImage

    doc = small_map()
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
    card = doc.card("c1")
    card.comments = [Comment(author="Ana", text="Which ad exactly? COMMENT-TEXT"),
                     Comment(author="Bo", text="done", resolved=True)]
    card.photos = [EmbeddedImage.from_bytes(png)]
    return doc


def test_comments_can_be_left_out_of_the_page():
    doc = map_with_notes()
    assert "COMMENT-TEXT" in map_html(doc)
    assert "COMMENT-TEXT" not in map_html(doc, comments=False)


@needs_chromium
def test_card_details_show_comments_and_photos(browser, tmp_path):
    export_html(map_with_notes(), tmp_path / "notes.html")
    browser.open(tmp_path / "notes.html")
    assert browser.eval("document.querySelectorAll('g.card[data-id=c1] image').length") == 1  # thumbnail
    browser.click('g.card[data-id="c1"] rect')
    details = browser.eval("document.getElementById('details').textContent")
    assert "Which ad exactly? COMMENT-TEXT" in details and "resolved" in details
    assert "Ana \u00b7 Which" not in details  # an undated comment: no dangling separator
    assert browser.eval("document.querySelectorAll('#details img.photo').length") == 1
