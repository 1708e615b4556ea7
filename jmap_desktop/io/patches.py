"""RFC 6902 patches between two maps' JSON data, small even when a card is deleted.

``jsonpatch.make_patch`` serialises every list item to compare them; for the map's long entity
lists we match items by id instead (difflib on the id sequence, then member by member inside
each changed entity), which is much faster and keeps a one-card edit to a one-line patch. The
result is a plain RFC 6902 patch that ``jsonpatch.apply_patch`` applies. jsonpatch and difflib
are imported on first use: opening a map needs neither, and the editor's start is timed.
"""

from __future__ import annotations

from typing import Any

ENTITY_LISTS = ("personas", "stages", "lanes", "cards", "connections")


def make_patch(src: dict[str, Any], dst: dict[str, Any]) -> list[dict[str, Any]]:
    """Operations that turn the map data ``src`` into ``dst``."""
    ops: list[dict[str, Any]] = []
    for key in list(src) + [k for k in dst if k not in src]:
        path = "/" + _escape(key)
        if key not in dst:
            ops.append({"op": "remove", "path": path})
        elif key not in src:
            ops.append({"op": "add", "path": path, "value": dst[key]})
        elif src[key] == dst[key]:
            continue
        elif key in ENTITY_LISTS and (a := _ids(src[key])) is not None \
                and (b := _ids(dst[key])) is not None:
            ops.extend(_entity_list_patch(path, src[key], dst[key], a, b))
        else:
            ops.extend(_nested(path, src[key], dst[key]))
    return ops


def apply_patch(data: dict[str, Any], patch: list[dict[str, Any]]) -> dict[str, Any]:
    """``data`` with ``patch`` applied (``data`` itself is changed: pass a copy to keep it)."""
    import jsonpatch

    return jsonpatch.apply_patch(data, patch, in_place=True)


def patch_errors() -> tuple[type[Exception], ...]:
    """What ``apply_patch`` raises for a patch that does not fit the data (a damaged history)."""
    import jsonpatch
    import jsonpointer

    return jsonpatch.JsonPatchException, jsonpointer.JsonPointerException, TypeError


def _ids(items: Any) -> list | None:
    """The ids of a list of entities, or None when it is not one (damaged or hand-edited)."""
    if not isinstance(items, list):
        return None
    try:  # of JSON values only an object takes a "id" subscript; a list or string raises
        return [e["id"] for e in items]
    except (KeyError, TypeError):
        return None


def _entity_list_patch(path: str, src: list[dict], dst: list[dict], a: list, b: list
                       ) -> list[dict[str, Any]]:
    from difflib import SequenceMatcher

    ops: list[dict[str, Any]] = []
    # The same entities in the same order (an edit, not an addition or a move): no matching needed.
    opcodes = [("equal", 0, len(a), 0, len(b))] if a == b else \
        SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # From the end backwards, so each operation's index is still the one in ``src``.
    for tag, i1, i2, j1, j2 in reversed(opcodes):
        if tag == "equal":
            for k in reversed(range(i2 - i1)):
                old, new = src[i1 + k], dst[j1 + k]
                if old != new:
                    ops.extend(_nested(f"{path}/{i1 + k}", old, new))
            continue
        for i in reversed(range(i1, i2)):
            ops.append({"op": "remove", "path": f"{path}/{i}"})
        for k, j in enumerate(range(j1, j2)):
            ops.append({"op": "add", "path": f"{path}/{i1 + k}", "value": dst[j]})
    return ops


def _nested(path: str, old: Any, new: Any) -> list[dict[str, Any]]:
    """Member by member for objects (cheap: an entity is flat but for evidence and metric);
    other values, lists included, are replaced whole (a card's tags are a handful of words)."""
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return [{"op": "replace", "path": path, "value": new}]
    ops: list[dict[str, Any]] = []
    for key, value in old.items():
        sub = f"{path}/{_escape(key)}"
        if key not in new:
            ops.append({"op": "remove", "path": sub})
        elif new[key] != value or type(new[key]) is not type(value):
            ops.extend(_nested(sub, value, new[key]))
    for key, value in new.items():
        if key not in old:
            ops.append({"op": "add", "path": f"{path}/{_escape(key)}", "value": value})
    return ops


def _escape(key: str) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")
