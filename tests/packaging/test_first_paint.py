"""The editor started with JMAP_DESKTOP_EXIT_AFTER_PAINT opens the map, paints, and quits with 0.

`make bundle` relies on this to prove a built app's GUI starts, and `make bench` to time the
cold start; here it runs from the source tree as a separate process, as those do.
"""

from __future__ import annotations

import os
import subprocess
import sys

from jmap_desktop.resources import templates_dir


def test_editor_paints_the_map_and_quits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "JMAP_DESKTOP_EXIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "jmap_desktop", str(templates_dir() / "blank.jmap")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["first-paint"]


def test_a_quick_exit_still_leaves_the_window_state_saved(tmp_path):
    # The editor leaves without tearing down every Qt object (slow on big maps); what it must
    # remember (window geometry and docks) is on disk all the same.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "JMAP_DESKTOP_EXIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "jmap_desktop", str(templates_dir() / "b2c-online-purchase.jmap")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    settings = list((tmp_path / "config").rglob("*.conf"))
    assert settings, "no settings file written"
    text = "".join(path.read_text("utf-8", "replace") for path in settings)
    assert "geometry" in text and "state" in text


def test_the_editor_imports_its_modules_without_pyside6s_feature_hook(tmp_path):
    # PySide6 wraps every later import to support `from __feature__ import ...` (unused here),
    # reading each new module's source: the editor takes that off before importing its window.
    code = ("import builtins\n"
            "from jmap_desktop.cli.editor import skip_feature_hook\n"
            "skip_feature_hook()\n"
            "assert builtins.__import__ is builtins.__orig_import__\n"
            "from jmap_desktop.ui.main_window import MainWindow\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "print(type(MainWindow().view).__name__)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                                 "XDG_CONFIG_HOME": str(tmp_path / "config")}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "MapView"


def test_with_pydantic_plugins_off_the_editor_never_loads_the_plugin_machinery(tmp_path):
    # pydantic's plugin loader imports importlib.metadata (and email, zipfile...) only to find
    # no plugins when they are switched off; the editor lets a stand-in answer instead.
    code = ("import sys\n"
            "from jmap_desktop.cli.editor import skip_plugin_loader\n"
            "skip_plugin_loader()\n"
            "from jmap_desktop.io import load_map\n"
            "from jmap_desktop.resources import templates_dir\n"
            "doc = load_map(templates_dir() / 'b2c-online-purchase.jmap')\n"
            "print(len(doc.cards) > 0, 'importlib.metadata' in sys.modules)\n"
            "loader = sys.modules['pydantic.plugin._loader']\n"
            "print(loader.get_plugins(), loader.PYDANTIC_ENTRY_POINT_GROUP)\n")  # anything else: the real one
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["True False", "() pydantic"]
    env["PYDANTIC_DISABLE_PLUGINS"] = "0"  # plugins wanted: pydantic's own loader
    result = subprocess.run([sys.executable, "-c", code.replace("print(loader.get_plugins(), ", "print((), ")],
                            capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "True True"


def test_what_only_later_actions_need_is_not_imported_before_the_first_paint(tmp_path):
    # Every module the start imports is paid for at each launch (``make bench``, cold_start):
    # the crash dialog, and the patch library behind history and comparisons, load when used.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "JMAP_DESKTOP_EXIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "jmap_desktop",
         str(templates_dir() / "b2c-online-purchase.jmap")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:") and "|" in line}
    assert "jmap_desktop.ui.main_window" in imported  # the listing is complete
    assert not imported & {"jmap_desktop.ui.crash_dialog", "jsonpatch", "jsonpointer"}
