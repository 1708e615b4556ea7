"""Posters checked the way a print shop would: page sizes, sheets, text, fonts, pixels."""

import csv
import xml.etree.ElementTree as ET

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from jmap_desktop.cli.main import main
from jmap_desktop.export import (
    PRESETS,
    PosterOptions,
    export_csv,
    export_pdf,
    export_svg,
    map_svg,
    paper,
)
from jmap_desktop.export.pages import INCH, MM
from jmap_desktop.io import load_map, save_map
from jmap_desktop.io.templates import template_info
from jmap_desktop.model import Card, DocumentStore, Lane, LaneKind, Stage


@pytest.fixture(scope="module")
def b2c():
    return load_map(template_info("b2c-online-purchase").path)


def text_of(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_page_sizes_for_each_preset(tmp_path, b2c, preset):
    path = tmp_path / "poster.pdf"
    export_pdf(b2c, path, PosterOptions(page=preset, orientation="portrait"))
    box = PdfReader(str(path)).pages[0].mediabox
    w, h = PRESETS[preset]
    assert (float(box.width), float(box.height)) == pytest.approx((min(w, h), max(w, h)), abs=0.5)


def test_roll_width_with_computed_length_and_landscape(tmp_path, b2c):
    path = tmp_path / "roll.pdf"
    export_pdf(b2c, path, PosterOptions(page="36in", margin=10 * MM))
    box = PdfReader(str(path)).pages[0].mediabox
    assert float(box.height) == pytest.approx(36 * INCH)
    assert 10 * INCH < float(box.width) < 200 * INCH
    a0 = paper("A0", "landscape")
    assert a0.width > a0.height


def test_every_card_text_is_in_the_pdf_and_fonts_are_embedded(tmp_path, b2c):
    path = tmp_path / "poster.pdf"
    result = export_pdf(b2c, path, PosterOptions(page="A0"))
    assert result.pages == 1 and not result.warnings
    text = squash(text_of(path))
    for card in b2c.cards:
        for word in card.text.split()[:3]:
            assert squash(word).strip('"“”') in text, card.text
    assert b2c.meta.title.replace(" ", "") in text
    reader = PdfReader(str(path))
    fonts = reader.pages[0]["/Resources"]["/XObject"]["/FormXob.poster"]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font else font["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()


def test_rendered_page_is_not_blank(tmp_path, b2c):
    path = tmp_path / "poster.pdf"
    export_pdf(b2c, path, PosterOptions(page="A3"))
    page = pdfium.PdfDocument(str(path))[0]
    image = page.render(scale=0.3).to_pil().convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:128])
    # Ink on the page: text, borders, the curve (the kind strips are the quiet tint the canvas
    # shows, so most of a card is light).
    assert dark > 0.005 * sum(histogram)
    assert sum(1 for count in histogram if count) > 20  # many grey levels: a drawing, not a flat fill


def multilingual_map():
    s = DocumentStore()
    s.add_stage(Stage(id="s", name="Étape"))
    s.add_lane(Lane(id="l", name="Voix", kind=LaneKind.THOUGHTS))
    texts = ["Café crème à Noël", "Καλημέρα κόσμε", "Привет мир", "你好世界", "こんにちは",
             "안녕하세요", "مرحبا بالعالم", "שלום עולם", "Great 😀 🚀"]
    for i, text in enumerate(texts):
        s.add_card(Card(id=f"c{i}", stage_id="s", lane_id="l", text=text))
    return s.doc, texts


def test_every_script_prints_and_extracts(tmp_path):
    doc, texts = multilingual_map()
    path = tmp_path / "scripts.pdf"
    export_pdf(doc, path, PosterOptions(page="A3"))
    text = squash(text_of(path))
    for sample in ("Cafécrème", "Καλημέρα", "Привет", "你好世界", "こんにちは", "안녕하세요"):
        assert sample in text, sample
    # Right-to-left scripts are stored in visual order (shaped Arabic presentation forms), so
    # check the letters are there rather than the logical string.
    import unicodedata

    folded = unicodedata.normalize("NFKC", text)
    assert "שלום" in folded[::-1] or "םולש" in folded or "שלום" in folded
    assert sum(1 for ch in folded if "\u0600" <= ch <= "\u06ff") >= 8
    fonts = {str(f) for f in PdfReader(str(path)).pages[0]["/Resources"]["/XObject"]["/FormXob.poster"]["/Resources"]["/Font"].values()}
    assert fonts  # several embedded fonts: Latin, CJK, Korean, Arabic, Hebrew, symbols
    names = " ".join(str(ref.get_object()["/BaseFont"]) for ref in PdfReader(str(path)).pages[0]["/Resources"]["/XObject"]["/FormXob.poster"]["/Resources"]["/Font"].values())
    for face in ("NotoSans", "DroidSansFallback", "NanumGothic", "NotoSansArabic", "NotoSansHebrew", "Symbola"):
        assert face in names, face


def test_tiling_sheet_count_labels_and_one_drawing(tmp_path, b2c):
    path = tmp_path / "tiled.pdf"
    result = export_pdf(b2c, path, PosterOptions(page="A1", tile="A4"))
    reader = PdfReader(str(path))
    assert result.pages == len(reader.pages)
    sheets = len(reader.pages) - 1
    first = reader.pages[0].extract_text()
    assert "assembly" in first and "A1" in first
    labels = [p.extract_text() for p in reader.pages[1:]]
    assert "A1 · Buying running shoes online" in labels[0]
    assert f"sheet {sheets} of {sheets}" in labels[-1]
    for page in reader.pages[1:]:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert {round(w), round(h)} == {round(210 * MM), round(297 * MM)}
    # The poster is one form XObject shared by every sheet, so the file stays small.
    single = tmp_path / "single.pdf"
    export_pdf(b2c, single, PosterOptions(page="A1"))
    assert path.stat().st_size < 1.6 * single.stat().st_size


def test_tiling_picks_the_orientation_needing_fewer_sheets(tmp_path, b2c):
    counts = {}
    for page in ("A0", "A2"):
        counts[page] = export_pdf(b2c, tmp_path / f"{page}.pdf", PosterOptions(page=page, tile="A4")).pages
    assert counts["A0"] > counts["A2"] > 2


def test_hidden_lane_is_left_out(tmp_path, b2c):
    path = tmp_path / "client.pdf"
    kpi = next(ln for ln in b2c.lanes if ln.kind == "metrics")
    export_pdf(b2c, path, PosterOptions(page="A1", hidden_lanes=frozenset({kpi.name})))
    text = squash(text_of(path))
    for card in b2c.cards:
        if card.lane_id == kpi.id:
            assert squash(card.text) not in text


def test_small_page_warns_about_legibility(tmp_path, b2c):
    result = export_pdf(b2c, tmp_path / "tiny.pdf", PosterOptions(page="A4"))
    assert result.warnings and "larger page" in result.warnings[0]


def test_very_long_map_is_split_by_stage(tmp_path):
    s = DocumentStore()
    s.add_lane(Lane(id="l", name="Actions", kind=LaneKind.ACTIONS))
    for i in range(60):
        s.add_stage(Stage(id=f"s{i}", name=f"Stage {i}", width=400))
        s.add_card(Card(stage_id=f"s{i}", lane_id="l", text=f"Step {i}"))
    result = export_pdf(s.doc, tmp_path / "long.pdf", PosterOptions(page="42in"))
    reader = PdfReader(str(tmp_path / "long.pdf"))
    assert result.pages == len(reader.pages) > 1
    assert any("split by stage" in w for w in result.warnings)
    assert all(float(p.mediabox.width) <= 200 * INCH for p in reader.pages)
    text = squash(text_of(tmp_path / "long.pdf"))
    assert all(f"Step{i}" in text for i in range(60))


def test_csv_has_every_card_and_field(tmp_path, b2c):
    path = tmp_path / "cards.csv"
    assert export_csv(b2c, path) == len(b2c.cards)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    by_id = {r["id"]: r for r in rows}
    for card in b2c.cards:
        row = by_id[card.id]
        assert row["text"] == card.text and row["evidence"] == card.evidence.status
        assert row["emotion"] == ("" if card.emotion is None else f"{card.emotion:g}")
    metric = next(c for c in b2c.cards if c.metric)
    assert by_id[metric.id]["metric_unit"] == metric.metric.unit


def test_svg_parses_and_holds_the_card_texts(tmp_path, b2c):
    path = tmp_path / "map.svg"
    export_svg(b2c, path)
    root = ET.parse(path).getroot()
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for card in b2c.cards[:20]:
        assert card.text.split()[0] in texts


def test_cli_export_formats_and_exit_codes(tmp_path, b2c, capsys):
    src = tmp_path / "map.jmap"
    save_map(b2c, src)
    for name in ("out.pdf", "out.svg", "out.csv"):
        assert main(["export", str(src), "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 100
    assert main(["export", str(src), "-o", str(tmp_path / "small.png"), "--dpi", "20"]) == 0
    assert (tmp_path / "small.png").read_bytes().startswith(b"\x89PNG")
    assert main(["export", str(src), "-o", str(tmp_path / "t.pdf"), "--tile", "A4", "--page", "A2"]) == 0
    assert main(["export", str(src), "-o", str(tmp_path / "x.doc")]) == 2
    assert main(["export", str(src), "-o", str(tmp_path / "x.pdf"), "--page", "A9"]) == 2
    assert main(["export", str(src), "-o", str(tmp_path / "x.pdf"), "--hide-lane", "Nope"]) == 2
    assert main(["export", str(src), "-o", str(tmp_path / "x.png"), "--dpi", "5000"]) == 2
    assert main(["export", str(tmp_path / "missing.jmap"), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "unknown page 'A9'" in err and "no lane named 'nope'" in err and "--dpi" in err


def test_card_photos_print_on_the_poster_unless_left_out(tmp_path):
    import base64

    from pypdf import PdfReader

    from jmap_desktop.export import PosterOptions, export_pdf
    from jmap_desktop.model import EmbeddedImage
    from tests.factories import small_map

    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
    doc = small_map()
    doc.card("c1").photos = [EmbeddedImage.from_bytes(png)]

    def images(path) -> int:
        page = PdfReader(str(path)).pages[0]
        forms = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
        inner = [f for form in forms for f in (form.get("/Resources", {}).get("/XObject", {}) or {}).values()]
        return sum(1 for x in inner if x.get_object().get("/Subtype") == "/Image")

    export_pdf(doc, tmp_path / "with.pdf", PosterOptions(page="A3"))
    export_pdf(doc, tmp_path / "without.pdf", PosterOptions(page="A3", photos=False))
    assert images(tmp_path / "with.pdf") == 1
    assert images(tmp_path / "without.pdf") == 0


def test_svg_wraps_a_long_stage_name_within_its_header(tmp_path, b2c):
    from jmap_desktop.layout import compute_layout
    from jmap_desktop.layout.metrics import font_metrics

    doc = b2c.model_copy(deep=True)
    doc.stages[0].name = "Searching, comparing and asking friends before the first visit"
    root = ET.fromstring(map_svg(doc))
    header = compute_layout(doc).stages[0].header
    size = compute_layout(doc).style.stage_font_size
    lines = [t for t in root.iter("{http://www.w3.org/2000/svg}text")
             if t.text and t.text.split()[0] in ("Searching,", "comparing", "asking", "friends")
             and float(t.get("y")) < header.bottom]
    assert len(lines) == 2  # wrapped onto two lines, like the canvas's header
    for t in lines:
        assert float(t.get("x")) + font_metrics().width(t.text, size, True) <= header.right + 0.5


def test_svg_carries_its_fonts_arrowheads_and_the_emotion_lane(b2c):
    from jmap_desktop.layout import compute_layout

    layout = compute_layout(b2c)
    root = ET.fromstring(map_svg(b2c))
    ns = "{http://www.w3.org/2000/svg}"
    style = "".join(s.text or "" for s in root.iter(f"{ns}style"))
    assert "@font-face" in style and "font/woff" in style  # the bundled fonts travel with the file
    heads = list(root.iter(f"{ns}polygon"))
    assert len(heads) == len(layout.connections) > 0  # every arrow has its head, as on the canvas
    dots = [c for c in root.iter(f"{ns}circle") if c.get("r") == "3.2"]
    assert len(dots) == len(layout.emotion.curve)  # the curve's points, as on the poster
    texts = {t.text for t in root.iter(f"{ns}text")}
    assert {"+2", "0", "-2"} <= texts  # the scale's labels beside its lines, as on the poster
