"""Every hostile file of the generated corpus: a clear LoadError naming the file (or, for the
odd but valid ones, a map that saves and reopens), the file untouched, no hang, no traceback
from the command line, and a dialog (not a crash) in the window."""

import os
import stat

import pytest

from jmap_desktop.cli.main import main as cli
from jmap_desktop.io import LoadError, dumps_map, load_map, save_map
from jmap_desktop.io.image_fit import MAX_SIDE
from tests.hostile.make_corpus import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("hostile"))


def _fingerprint(path):
    info = os.lstat(path)
    if stat.S_ISREG(info.st_mode):
        return info.st_mtime_ns, path.read_bytes()
    return info.st_mtime_ns, None


def test_every_file_is_refused_clearly_or_opens_and_reopens(corpus, tmp_path):
    for path, outcome in corpus.items():
        before = _fingerprint(path)
        if outcome == "refuse":
            with pytest.raises(LoadError) as info:
                load_map(path)
            assert str(path) in str(info.value), path.name
            assert info.value.message, path.name
        else:
            doc = load_map(path)
            copy = tmp_path / path.name
            save_map(doc, copy)
            assert dumps_map(load_map(copy)) == dumps_map(doc), path.name
        assert _fingerprint(path) == before, f"{path.name} was changed by opening it"


def test_command_line_reports_in_one_line_per_problem_without_traceback(corpus, capsys):
    for path, outcome in corpus.items():
        for command in ("validate", "info", "analyze"):
            code = cli([command, str(path)])
            out, err = capsys.readouterr()
            assert code == (0 if outcome == "open" else 1), f"{command} {path.name}: {code} {err}"
            assert "Traceback" not in out + err, f"{command} {path.name}"
            assert "\x1b" not in out + err and "\x9b" not in out + err, f"{command} {path.name}"


def test_escape_codes_in_titles_never_reach_the_terminal(corpus, capsys):
    path = next(p for p in corpus if p.name == "escape-codes.jmap")
    assert cli(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Title" in out and "]0;pwned" in out  # the text stays, only the control bytes go
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in out)


def test_an_oversized_photo_is_shrunk_on_load(corpus):
    import io

    from PIL import Image

    doc = load_map(next(p for p in corpus if p.name == "huge-photo.jmap"))
    with Image.open(io.BytesIO(doc.personas[0].photo.raw())) as picture:
        assert max(picture.size) == MAX_SIDE and picture.size[0] > picture.size[1]
    card = load_map(next(p for p in corpus if p.name == "huge-card-photo.jmap")).cards[0]
    with Image.open(io.BytesIO(card.photos[0].raw())) as picture:
        assert max(picture.size) == MAX_SIDE and picture.size[1] > picture.size[0]


def test_the_window_shows_a_dialog_for_special_files(qtbot, corpus, tmp_path):
    from PySide6.QtCore import QSettings

    from jmap_desktop.ui.main_window import MainWindow
    from tests.ui.uidriver import answering

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    for name in ("fifo.jmap", "loop.jmap", "bigint-extra.jmap", "v0-null-cards-meta.jmap", "dev-zero.jmap"):
        path = next((p for p in corpus if p.name == name), None)
        if path is None:
            continue  # no FIFOs or devices on this system
        with answering("OK") as seen:
            assert not window.open_file(path, ask=False)
        assert os.path.realpath(path) in seen[0] and "not changed" in seen[0], name


START_ON_FILE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from jmap_desktop.ui.app import application
app = application()
def answer():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("DIALOG:", box.text().replace("\\n", " "), box.informativeText().replace("\\n", " "),
              flush=True)
        box.button(QMessageBox.StandardButton.Ok).click() if box.button(QMessageBox.StandardButton.Ok) \\
            else box.accept()
    QTimer.singleShot(300, report)
def report():
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "session") and w.isVisible()]
    print("WINDOWS:", len(windows), flush=True)
    app.quit()
QTimer.singleShot(2000, answer)
from jmap_desktop.cli.editor import open_editor
open_editor([sys.argv[1]])
"""


@pytest.mark.parametrize("name", ["fifo.jmap", "loop.jmap", "bigint-extra.jmap", "v0-null-cards-meta.jmap", "folder.jmap"])
def test_starting_the_editor_on_a_hostile_file_shows_a_dialog_and_keeps_running(corpus, tmp_path, name):
    import subprocess
    import sys

    path = next((p for p in corpus if p.name == name), None)
    if path is None:
        pytest.skip("no FIFOs or symlinks on this system")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JMAP_DESKTOP_STATE_DIR": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", START_ON_FILE, str(path)], env=env, text=True,
                            capture_output=True, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    dialog = next(line for line in result.stdout.splitlines() if line.startswith("DIALOG:"))
    assert os.path.realpath(path) in dialog or str(path) in dialog, dialog
    assert "WINDOWS: 1" in result.stdout  # the editor is open, on an empty map
