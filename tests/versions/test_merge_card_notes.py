"""Comments and photos on a card merge by their ids: two people commenting on one card in two
copies keep both comments; only the same comment changed two ways is a conflict."""

from __future__ import annotations

import io

from jmap_desktop.model import Comment, EmbeddedImage, JourneyMap
from jmap_desktop.versions import map_data
from jmap_desktop.versions.merge import merge
from tests.factories import small_map


def png(colour: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), colour).save(buffer, "PNG")
    return buffer.getvalue()


def three():
    base = small_map()
    base.card("c1").comments = [Comment(id="k-base", author="Ana", text="Which ad?")]
    return base, base.model_copy(deep=True), base.model_copy(deep=True)


def c1(result) -> dict:
    return next(c for c in result.data["cards"] if c["id"] == "c1")


def test_comments_added_on_both_sides_are_all_kept_without_a_conflict():
    base, ours, theirs = three()
    ours.card("c1").comments.append(Comment(id="k-ours", author="Bo", text="The Instagram one"))
    ours.card("c1").comments[0].resolved = True
    theirs.card("c1").comments.append(Comment(id="k-theirs", author="Cy", text="Ask marketing"))
    result = merge(map_data(base), map_data(ours), map_data(theirs))
    assert result.conflicts == []
    comments = {k["id"]: k for k in c1(result)["comments"]}
    assert set(comments) == {"k-base", "k-ours", "k-theirs"}
    assert comments["k-base"]["resolved"] is True  # one side's change to a shared comment is kept
    assert JourneyMap.model_validate(result.data).card("c1").comments[0].id == "k-base"


def test_a_comment_changed_two_ways_is_one_conflict_named_by_its_id():
    base, ours, theirs = three()
    ours.card("c1").comments[0].text = "Which ad, the video?"
    theirs.card("c1").comments[0].text = "Which ad, the photo?"
    result = merge(map_data(base), map_data(ours), map_data(theirs))
    assert [k.key for k in result.conflicts] == ["cards/c1/comments/k-base/text"]


def test_photos_added_on_both_sides_and_comments_on_a_card_without_any_are_kept():
    base, ours, theirs = small_map(), small_map(), small_map()
    ours.card("c1").photos = [EmbeddedImage.from_bytes(png("red"))]
    theirs.card("c1").photos = [EmbeddedImage.from_bytes(png("blue")), EmbeddedImage.from_bytes(png("red"))]
    theirs.card("c2").comments = [Comment(author="Cy", text="only here")]
    result = merge(map_data(base), map_data(ours), map_data(theirs))
    assert result.conflicts == []
    merged = JourneyMap.model_validate(result.data)
    assert len(merged.card("c1").photos) == 2  # the same picture added on both sides is one
    assert [p.data for p in merged.card("c1").photos] == [
        EmbeddedImage.from_bytes(png("red")).data, EmbeddedImage.from_bytes(png("blue")).data]
    assert [k.text for k in merged.card("c2").comments] == ["only here"]


def test_a_photo_removed_on_one_side_stays_removed():
    base = small_map()
    base.card("c1").photos = [EmbeddedImage.from_bytes(png("red")), EmbeddedImage.from_bytes(png("blue"))]
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.card("c1").photos.pop(0)
    theirs.card("c1").photos.append(EmbeddedImage.from_bytes(png("green")))
    result = merge(map_data(base), map_data(ours), map_data(theirs))
    assert result.conflicts == []
    kept = JourneyMap.model_validate(result.data).card("c1").photos
    assert [p.data for p in kept] == [EmbeddedImage.from_bytes(png(c)).data for c in ("blue", "green")]
