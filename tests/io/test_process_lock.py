"""The session lock lives exactly as long as its process: held while it runs (seen from this
process and others), free the moment it is killed, whatever process id is reused later."""

import signal
import subprocess
import sys
import textwrap

from jmap_desktop.io.process_lock import ProcessLock, is_held

HOLDER = textwrap.dedent("""
    import sys, time
    from jmap_desktop.io.process_lock import ProcessLock
    lock = ProcessLock(sys.argv[1])
    print("held" if lock.acquire() else "refused", flush=True)
    time.sleep(60)
""")


def test_a_lock_is_held_while_its_process_runs_and_free_once_it_is_killed(tmp_path):
    path = tmp_path / "session.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert is_held(path)
        assert not ProcessLock(path).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=20)
    assert not is_held(path)
    assert not path.exists()  # whoever finds a dead session's lock removes it


def test_a_second_lock_in_the_same_process_is_refused_until_the_first_is_released(tmp_path):
    path = tmp_path / "session.lock"
    first, second = ProcessLock(path), ProcessLock(path)
    assert first.acquire() and first.acquire()  # taking one's own lock again is fine
    assert not second.acquire() and is_held(path)
    first.release()
    assert not path.exists() and not is_held(path)
    assert second.acquire()
    second.release()


def test_no_lock_file_is_not_held(tmp_path):
    assert not is_held(tmp_path / "none.lock")
    assert not (tmp_path / "none.lock").exists()
