"""`jmap-desktop [FILE]`: open the editor window (on FILE when given)."""

from __future__ import annotations

import sys
from pathlib import Path

USAGE = "usage: jmap-desktop [FILE.jmap] | jmap-desktop SUBCOMMAND ... (see --help)"


def open_editor(argv: list[str]) -> int:
    if len(argv) > 1:
        print(USAGE, file=sys.stderr)
        return 2
    from ..ui import first_paint
    from ..ui.app import application
    from ..ui.main_window import MainWindow
    from ..ui.recovery import offer_recovery

    app = application()
    window = MainWindow()
    window.show()
    if offer_recovery(window):
        argv = []  # the recovered map is what the user was working on; it comes first
    if argv:
        path = Path(argv[0])
        if path.is_file() or not path.exists():
            window.open_file(path, ask=False)  # a broken file: a dialog, and an empty map open
        else:
            print(f"jmap-desktop: {path}: not a .jmap file", file=sys.stderr)
    if first_paint.requested():  # smoke tests and the cold-start benchmark only
        first_paint.exit_after_first_paint(window, window.view.viewport())
    return app.exec()
