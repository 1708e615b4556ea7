"""Entry script of the frozen app (PyInstaller runs it as ``__main__``, outside any package).

The package's own ``__main__.py`` uses relative imports and so cannot be a frozen entry point;
this script imports the package by its absolute name instead.
"""

import sys

from jmap_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
