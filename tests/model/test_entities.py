"""Model validation a person can understand: formats, limits, images checked by content."""

import base64
import struct
import zlib

import pytest
from pydantic import ValidationError

from jmap_desktop.model import Card, EmbeddedImage, EmotionScale, JourneyMap, Persona, find_problems
from jmap_desktop.model.limits import MAX_IMAGE_BYTES
from tests.factories import small_map


def tiny_png() -> bytes:
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


TINY_JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF\x00" + b"\x00" * 20 + b"\xff\xd9"


def test_small_map_has_no_problems():
    assert find_problems(small_map()) == []


def test_colours_are_checked_and_normalised():
    card = Card(stage_id="s", lane_id="l", colour="#FFAA00")
    assert card.colour == "#ffaa00"
    with pytest.raises(ValidationError):
        Card(stage_id="s", lane_id="l", colour="orange")


def test_images_are_checked_by_content():
    png = EmbeddedImage.from_bytes(tiny_png())
    assert png.media_type == "image/png" and png.raw() == tiny_png()
    assert EmbeddedImage.from_bytes(TINY_JPEG).media_type == "image/jpeg"
    with pytest.raises(ValueError, match="neither PNG nor JPEG"):
        EmbeddedImage.from_bytes(b"GIF89a....")
    with pytest.raises(ValidationError, match="content is image/jpeg"):
        EmbeddedImage(media_type="image/png", data=base64.b64encode(TINY_JPEG).decode())
    with pytest.raises(ValueError, match="larger than 2 MB"):
        EmbeddedImage.from_bytes(tiny_png() + b"\x00" * MAX_IMAGE_BYTES)
    persona = Persona(name="Ana", photo=png)
    assert persona.photo.raw().startswith(b"\x89PNG")


def test_duplicate_ids_and_dangling_references_are_found():
    doc = small_map()
    doc.cards[1].__dict__["id"] = "c1"
    doc.connections[0].__dict__["target_id"] = "ghost"
    places = {p.place for p in find_problems(doc)}
    assert {"cards[1].id", "connections[0].target_id"} <= places


def test_emotion_scale_labels_and_bounds():
    scale = EmotionScale()
    assert scale.label_for(-2) == "Very negative" and scale.label_for(1.4) == "Positive"
    with pytest.raises(ValidationError, match="min must be below max"):
        JourneyMap(emotion_scale=EmotionScale(min=2, max=-2))
    with pytest.raises(ValidationError):
        Card(stage_id="s", lane_id="l", text="x" * 5001)
    with pytest.raises(ValidationError):
        Card(stage_id="s", lane_id="l", tags=["t"] * 51)


def test_comments_photos_and_links_round_trip_with_their_ids():
    import base64

    from jmap_desktop.io.jsonfile import dumps_map
    from jmap_desktop.model import Card, Comment, EmbeddedImage, JourneyMap, MapLink, Stage

    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 16).decode()
    doc = JourneyMap(stages=[Stage(id="s1", name="S", link=MapLink(path="detail/onboarding.jmap"))])
    doc.cards.append(Card(id="c1", stage_id="s1", lane_id="l1",
                          comments=[Comment(id="k1", author="Ana", text="why?", resolved=True)],
                          photos=[EmbeddedImage(media_type="image/png", data=png)],
                          link=MapLink(path="other.jmap", card_id="c9")))
    doc.cards.append(Card(id="c2", stage_id="s1", lane_id="l1"))
    text = dumps_map(doc)
    back = JourneyMap.model_validate_json(text)
    assert back.cards[0].comments[0].id == "k1" and back.cards[0].comments[0].resolved
    assert back.cards[0].link == MapLink(path="other.jmap", card_id="c9")
    assert back.stages[0].link.path == "detail/onboarding.jmap"
    assert back.cards[0].photos[0].data == png
    assert dumps_map(back) == text
    plain = back.cards[1].model_dump(mode="json")
    assert not {"comments", "photos", "link"} & plain.keys()  # unused: not written at all
