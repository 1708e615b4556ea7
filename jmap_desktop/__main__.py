"""`python -m jmap_desktop` is the same as `jmap-desktop`."""

import sys

from .cli.main import main

sys.exit(main())
