"""Old name of part of ``tests.ui.uidriver``, kept only so branches written before the merge
still import; new tests import ``tests.ui.uidriver``. Remove once nothing imports it."""

from tests.ui.uidriver import answer, canvas_of, menu_action, trigger  # noqa: F401
from tests.ui.uidriver import choose_data as choose  # noqa: F401
