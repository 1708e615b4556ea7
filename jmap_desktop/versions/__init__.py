"""Versions of a map (no Qt): compare two maps, match maps drawn separately, merge two copies.

The file's own history (revisions, snapshots) is stored and rebuilt by ``jmap_desktop.io.history``;
this package works on the plain JSON form of maps (``map_data``), whatever they came from.
"""

from .compare import Comparison, EntityChange, FieldChange, compare, map_data
from .matching import MatchFixes, match_ids

__all__ = ["Comparison", "EntityChange", "FieldChange", "compare", "map_data", "match_ids",
           "MatchFixes"]
