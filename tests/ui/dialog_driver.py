"""Old name of part of ``tests.ui.uidriver``, kept only so branches written before the merge
still import; new tests import ``tests.ui.uidriver``. Remove once nothing imports it."""

from tests.ui.uidriver import choose, click_button, find_dialog, trigger  # noqa: F401
