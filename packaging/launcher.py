"""Entry script of the frozen app (PyInstaller runs it as ``__main__``, outside any package).

The package's own ``__main__.py`` uses relative imports and so cannot be a frozen entry point;
this script imports the package by its absolute name instead.
"""

import os
import sys

# A windowed Windows .exe has no console: sys.stdout and sys.stderr are None there, and the
# first print (a warning, a message for the terminal) would raise. Send them nowhere instead.
for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (for the whole run)

from jmap_desktop.cli.main import main  # noqa: E402 (after the streams exist)

if __name__ == "__main__":
    sys.exit(main())
