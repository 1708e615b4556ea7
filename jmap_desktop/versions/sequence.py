"""Three-way merge of an order (stages, lanes, the cards of a cell): symmetric in both sides.

The items all three versions share keep the order one side gave them (the side that changed it;
a conflict when both did, differently). Items one side added (or moved in) follow the item they
followed on that side; two sides adding after the same item are ordered by id, so that merging
A into B and B into A gives the same order.
"""

from __future__ import annotations

from collections.abc import Iterable


def merge_order(base: Iterable[str], ours: Iterable[str], theirs: Iterable[str], members: set[str],
                prefer: str | None = None) -> tuple[list[str], bool]:
    """The merged order of ``members`` and whether both sides reordered the shared items.

    ``prefer`` ("ours" / "theirs") settles such a conflict; without it the base order is kept.
    """
    base, ours, theirs = list(base), list(ours), list(theirs)
    in_ours, in_theirs = set(ours), set(theirs)
    shared = [i for i in base if i in members and i in in_ours and i in in_theirs]
    shared_set = set(shared)
    o = [i for i in ours if i in shared_set]
    t = [i for i in theirs if i in shared_set]
    conflict = False
    if o == shared:
        order = t
    elif t == shared or o == t:
        order = o
    else:
        conflict = True
        order = {"ours": o, "theirs": t}.get(prefer or "", shared)
    placed = set(order)
    anchors: dict[str, str | None] = {}
    for seq in (ours, theirs):
        prev: str | None = None
        for item in seq:
            if item not in members:
                continue
            if item not in placed:
                candidate = prev
                if item not in anchors or _before(candidate, anchors[item]):
                    anchors[item] = candidate
            prev = item
    children: dict[str | None, list[str]] = {}
    for item, anchor in anchors.items():
        children.setdefault(anchor, []).append(item)
    result: list[str] = []
    seen: set[str] = set()

    def emit(anchor: str | None) -> None:
        stack = sorted(children.get(anchor, ()), reverse=True)
        while stack:
            item = stack.pop()
            if item in seen:
                continue
            seen.add(item)
            result.append(item)
            stack.extend(sorted(children.get(item, ()), reverse=True))

    emit(None)
    for item in order:
        result.append(item)
        seen.add(item)
        emit(item)
    # Items anchored on each other in a circle (possible when sides disagree) go last.
    result.extend(sorted(i for i in members if i not in seen and i not in placed))
    return result, conflict


def _before(a: str | None, b: str | None) -> bool:
    """A side-independent choice between two anchors: the start first, then by id."""
    if a is None or b is None:
        return a is None and b is not None
    return a < b
