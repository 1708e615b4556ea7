"""`jmap-desktop [FILE]`: open the editor window (on FILE when given)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

GC_OFF_AT_MOST_MS = 3000
USAGE = "usage: jmap-desktop [FILE.jmap] | jmap-desktop SUBCOMMAND ... (see --help)"


def open_editor(argv: list[str]) -> int:  # returns only on usage errors or after a hand-over
    if len(argv) > 1:
        print(USAGE, file=sys.stderr)
        return 2
    # The start builds some hundred thousand objects (classes, Qt enums, pydantic schemas) that
    # all stay alive; the cyclic collector would scan them over a hundred times before the
    # first paint (about 25 ms of CPU). It is back on once the canvas has painted.
    gc.disable()
    # pydantic looks for plugins in every installed package's entry points when the first
    # model class is built (about 25 ms); the editor uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    skip_plugin_loader()
    # The Qt-free layers first: once PySide6 is imported, its import hook reads the source of
    # every module imported after it (looking for ``from __feature__ import``), which cost
    # about 80 ms of each start for pydantic, the model and the layout's font code.
    from .. import io, layout, model  # noqa: F401

    skip_feature_hook()
    from PySide6.QtCore import QTimer

    from ..ui import crash, first_paint, single_instance
    from ..ui.app import application
    from ..ui.recovery import offer_recovery
    from ..ui.windows import Windows

    app = application()
    crash.install()  # from here on an unexpected error shows a dialog and leaves a log
    shown = single_instance.hand_over(argv)
    if shown is not None:  # JMap Desktop is already running: it shows the map in a window
        print(f"jmap-desktop: shown in the running JMap Desktop: {', '.join(shown) or 'a new window'}")
        return 0
    windows = Windows(app)  # also opens the maps the macOS Finder sends (QFileOpenEvent)
    server = single_instance.InstanceServer(windows, parent=app)  # for the launches after this
    window = windows.new_window()
    if offer_recovery(window):
        argv = []  # the recovered map is what the user was working on; it comes first
    if argv:
        # Whatever it is (a broken file, a folder, a FIFO, a device): the loader refuses it in a
        # dialog that names it, and an empty map stays open. A message on stderr would be lost
        # on a double-click, where there is no terminal.
        windows.open_path(Path(argv[0]))
    first_paint.after_first_paint(window.view.viewport(), gc.enable)
    QTimer.singleShot(GC_OFF_AT_MOST_MS, gc.enable)  # should the canvas not paint (minimised)
    if first_paint.requested():  # smoke tests and the cold-start benchmark only
        first_paint.exit_after_first_paint(window, window.view.viewport())
    del window  # closed, the first window is freed like any other (Windows lets it go)
    code = app.exec()
    server.close()  # removes the socket file before the quick exit below
    leave_now(code)


def skip_plugin_loader() -> None:
    """With pydantic's plugins off, let its plugin loader stand aside (15-25 ms of CPU a start).

    pydantic asks ``pydantic.plugin._loader.get_plugins()`` for every model class it builds;
    that module imports ``importlib.metadata`` (and with it email, zipfile, csv...) even when
    the environment has switched plugins off, and its answer is then always "none". So while
    they are off it stands here as a module whose ``get_plugins`` says so; any other name
    pydantic might take from it brings the real module in.
    """
    import importlib
    import types

    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("1", "true", "__all__") or name in sys.modules:
        return
    stand_in = types.ModuleType(name, "pydantic's plugin loader while plugins are off (cli/editor.py)")

    def the_real_one(attribute: str):
        if attribute.startswith("__"):  # the import system asking about the module itself
            raise AttributeError(attribute)
        sys.modules.pop(name, None)
        return getattr(importlib.import_module(name), attribute)

    stand_in.get_plugins = lambda: ()  # type: ignore[attr-defined]
    stand_in.__getattr__ = the_real_one  # type: ignore[attr-defined]
    sys.modules[name] = stand_in


def skip_feature_hook() -> None:
    """Import PySide6 and take its ``from __feature__ import`` hook off ``builtins.__import__``.

    The hook runs Python for every import statement from then on and reads the source of every
    newly imported module (to note whether it mentions PySide6): 25-45 ms of CPU for the
    canvas and window modules of each start, and a little for every import inside a function
    later. It only serves ``from __feature__ import snake_case, true_property``, which nothing
    here uses; PySide6 keeps the original import as ``builtins.__orig_import__``.
    """
    import builtins

    import PySide6.QtCore  # noqa: F401  (installs the hook)

    original = getattr(builtins, "__orig_import__", None)
    if original is not None and getattr(builtins, "__feature_import__", None) is builtins.__import__:
        builtins.__import__ = original


def gui_main() -> int:
    """The ``jmap-desktop-gui`` entry point: the editor only, started without a console.

    Without a console (pythonw on Windows) sys.stdout and sys.stderr are None and the first
    message for a terminal would raise; they go nowhere instead.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return open_editor(sys.argv[1:2])


def leave_now(code: int) -> None:
    """End the process as soon as the last window has closed.

    Every window has by then saved its state and discarded its recovery copy; what is left is
    the interpreter destroying thousands of Qt objects one by one, which kept a closed window's
    process alive for seconds on a big map. So settings and streams are flushed, then we go.
    """
    import logging

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            settings.sync()
    QSettings().sync()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
