"""The Windows branch of the two OS locks (``msvcrt.locking``), run here with a FAKE msvcrt.

These tests run on Linux: Windows' ``msvcrt`` cannot be imported here, so ``FakeMsvcrt`` stands
in for it, modelled on the C runtime's documented ``_locking``: it locks ``nbytes`` from the
file's current position, refuses (EACCES) a region another descriptor holds and an unlock of a
region the descriptor does not hold. This checks the lock logic the Windows branch builds from
the module (``windows_locks``) and the protocols run on top of it; it is not a test on Windows.
"""

from __future__ import annotations

import errno
import os

import pytest

from jmap_desktop.io import process_lock, save_lock


class FakeMsvcrt:
    """A stand-in for Windows' msvcrt module: byte-range locks per file, never waiting."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int, int], int] = {}  # (device, inode, offset, length) -> fd
        self.calls: list[tuple[int, int]] = []  # (mode, offset)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        st, offset = os.fstat(fd), os.lseek(fd, 0, os.SEEK_CUR)
        key = (st.st_dev, st.st_ino, offset, nbytes)
        self.calls.append((mode, offset))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(errno.EACCES, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(errno.EACCES, "Permission denied")
            del self.held[key]
        else:
            raise AssertionError(f"the code should never wait for a lock (mode {mode})")


@pytest.fixture
def fake(monkeypatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    lock, unlock = process_lock.windows_locks(fake)
    monkeypatch.setattr(process_lock, "_lock", lock)
    monkeypatch.setattr(process_lock, "_unlock", unlock)
    try_lock, save_unlock = save_lock.windows_locks(fake)
    monkeypatch.setattr(save_lock, "_try_lock", try_lock)
    monkeypatch.setattr(save_lock, "_unlock", save_unlock)
    return fake


def test_fake_msvcrt_a_session_lock_is_held_until_released(fake, tmp_path):
    path = tmp_path / "session.lock"
    mine, theirs = process_lock.ProcessLock(path), process_lock.ProcessLock(path)
    assert mine.acquire() and mine.held
    assert not theirs.acquire()  # EACCES counts as "a live process holds it"
    assert process_lock.is_held(path)
    mine.release()
    assert not fake.held and not process_lock.is_held(path)
    assert theirs.acquire()
    theirs.release()
    assert all(offset == 0 for _, offset in fake.calls)  # always byte 0


def test_fake_msvcrt_a_second_save_waits_for_the_first(fake, tmp_path):
    target = tmp_path / "map.jmap"
    with save_lock.save_lock(target):
        second = save_lock.save_lock(target, wait=0.05)
        with pytest.raises(save_lock.LockTimeout):
            second.__enter__()
    assert not fake.held  # unlocked (from byte 0) at the end of the first save
    with save_lock.save_lock(target, wait=0.05):
        assert len(fake.held) == 1


def test_fake_msvcrt_unlocking_seeks_back_to_the_locked_byte(fake, tmp_path):
    """msvcrt locks from the file position: a descriptor moved since locking must still unlock
    byte 0, or the lock would outlive the save until the process ends."""
    fd = os.open(tmp_path / "probe.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try_lock, unlock = save_lock.windows_locks(fake)
    assert try_lock(fd)
    os.write(fd, b"moved")
    unlock(fd)
    assert not fake.held
    os.close(fd)
