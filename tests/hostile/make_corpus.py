"""Write a corpus of hostile and broken .jmap files (kilobytes, generated, never checked in).

``python -m tests.hostile.make_corpus FOLDER`` writes them for manual attacks on the CLI or the
window; the tests call ``write_corpus``. Each entry says what a load must do: ``"refuse"`` (a
LoadError naming the file) or ``"open"`` (a map that then saves and reopens).
"""

from __future__ import annotations

import base64
import io
import json
import os
import sys
from pathlib import Path

from jmap_desktop.io import dumps_map
from tests.factories import small_map


def _good() -> dict:
    return json.loads(dumps_map(small_map()))


def _with(change) -> str:
    data = _good()
    change(data)
    return json.dumps(data)


def _card_extra(value_text: str) -> str:
    # a raw JSON value spliced in after the first card's text, so it can be non-standard JSON
    return dumps_map(small_map()).replace('"text": "Sees an ad on Instagram"',
                                          f'"text": "Sees an ad on Instagram", "extra": {value_text}', 1)


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(out, "PNG")
    return out.getvalue()


def _photo(width: int, height: int):
    def change(data):
        data["personas"][0]["photo"] = {"media_type": "image/png",
                                        "data": base64.b64encode(_png(width, height)).decode()}
    return change


def _set(*path_and_value):
    *path, value = path_and_value

    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


TEXT_FILES: dict[str, tuple[str | bytes, str]] = {
    "empty.jmap": ("", "refuse"),
    "truncated.jmap": (dumps_map(small_map())[:300], "refuse"),
    "binary.jmap": (bytes(range(256)) * 4, "refuse"),
    "latin1.jmap": ('{"format": "jmap", "meta": {"title": "Caf\xe9"}}'.encode("latin-1"), "refuse"),
    "list.jmap": ("[1, 2, 3]", "refuse"),
    "deep.jmap": ("[" * 100_000 + "]" * 100_000, "refuse"),
    "deep-extra.jmap": (_card_extra("[" * 200 + "]" * 200), "refuse"),
    "bigint-extra.jmap": (_card_extra("9" * 5000), "refuse"),
    "bigint-emotion.jmap": (dumps_map(small_map()).replace('"emotion": 1.0', '"emotion": ' + "1" * 4400, 1), "refuse"),
    "nan-extra.jmap": (_card_extra("NaN"), "refuse"),
    "infinity-emotion.jmap": (dumps_map(small_map()).replace('"emotion": 1.0', '"emotion": -Infinity', 1), "refuse"),
    "v0-null-cards-meta.jmap": ('{"format": "jmap", "title": "Old", "cards": null, "meta": null}', "refuse"),
    "v0-wrong-types.jmap": ('{"format": "jmap", "cards": 5, "meta": "x", "title": 3}', "refuse"),
    "v0-cards-of-strings.jmap": ('{"format": "jmap", "cards": ["a", 1, null], "meta": {}}', "refuse"),
    "version-negative.jmap": (_with(_set("schema_version", -1)), "refuse"),
    "version-string.jmap": (_with(_set("schema_version", "2")), "refuse"),
    "version-future.jmap": (_with(_set("schema_version", 99)), "refuse"),
    "dangling-card.jmap": (_with(lambda d: d["cards"][0].update(stage_id="nowhere")), "refuse"),
    "duplicate-ids.jmap": (_with(lambda d: d["cards"][1].update(id=d["cards"][0]["id"])), "refuse"),
    "too-many-personas.jmap": (_with(lambda d: d.update(personas=[
        {"id": f"p{i}", "name": f"P{i}"} for i in range(201)])), "refuse"),
    "text-too-long.jmap": (_with(lambda d: d["cards"][0].update(text="x" * 10_000)), "refuse"),
    "image-not-png.jmap": (_with(_set("personas", 0, "photo", {"media_type": "image/png",
                                                                 "data": base64.b64encode(b"GIF89a....").decode()})),
                           "refuse"),
    "escape-codes.jmap": (_with(lambda d: (d["meta"].update(title="\x1b]0;pwned\x07\x1b[2J\x9b31mTitle"),
                                           d["cards"][0].update(text="\x1b[31mred\x1b[0m"))), "open"),
    "lone-surrogate.jmap": (_with(lambda d: d["cards"][0].update(sticker="\ud800 half")), "open"),
    "unknown-fields.jmap": (_with(lambda d: d.update(future={"a": [1, {"b": None}]})), "open"),
    "huge-photo.jmap": (_with(_photo(6000, 4000)), "open"),
    "huge-card-photo.jmap": (_with(lambda d: d["cards"][0].update(photos=[{
        "media_type": "image/png", "data": base64.b64encode(_png(4000, 5000)).decode()}])), "open"),
}


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        f.truncate(size)


def write_corpus(folder: Path) -> dict[Path, str]:
    """Write every hostile file into ``folder``; returns path -> "refuse" | "open"."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[Path, str] = {}
    for name, (content, outcome) in TEXT_FILES.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        expected[path] = outcome
    special = {"folder.jmap": lambda p: p.mkdir(),
               "missing-target.jmap": lambda p: p.symlink_to(folder / "nothing-here"),
               "loop.jmap": lambda p: p.symlink_to(p)}
    if hasattr(os, "mkfifo"):
        special["fifo.jmap"] = lambda p: os.mkfifo(p)
    if Path("/dev/zero").exists():
        special["dev-zero.jmap"] = lambda p: p.symlink_to("/dev/zero")
        special["dev-urandom.jmap"] = lambda p: p.symlink_to("/dev/urandom")
    # 600 MB declared, no bytes on disk: refused by its size before any reading
    special["sparse-600mb.jmap"] = lambda p: _sparse(p, 600 * 2**20)
    for name, make in special.items():
        path = folder / name
        make(path)
        expected[path] = "refuse"
    return expected


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for path, outcome in write_corpus(target).items():
        print(f"{outcome:7} {path}")
