"""Pausing Python's cyclic garbage collector while a map's objects are built in bulk.

Opening a 20,000-card map allocates a few hundred thousand objects that all stay alive. Each
allocation burst triggers the collector, whose oldest generation scans every live object (the
map being built included), so a plain open spent a third of its time looking for garbage that
was not there. Nothing built here forms cycles that need collecting before it is done.

The objects made during the pause are scanned once, by the first collection after it. Moving
them to the oldest generation unscanned (``gc.freeze`` then ``gc.unfreeze``) would save that
scan, but it changes when garbage holding Qt objects is collected, and the test suite then
crashed inside the collector: do not.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off; nested uses leave it to the outermost."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
