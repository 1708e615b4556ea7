"""Noticing that another program changed the open file, before anything overwrites it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DiskSignature:
    """What the file looked like when we last read or wrote it."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> DiskSignature | None:
        try:
            stat = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest)


def changed_on_disk(path: Path | None, known: DiskSignature | None) -> bool:
    """True when ``path`` exists and differs from what we know (a touched but equal file is not
    a change: the content hash decides)."""
    if path is None or known is None or not path.exists():
        return False
    now = DiskSignature.of(path)
    return now is not None and now.digest != known.digest
