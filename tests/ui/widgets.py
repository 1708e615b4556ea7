"""Old name of part of ``tests.ui.uidriver``, kept only so branches written before the merge
still import; new tests import ``tests.ui.uidriver``. Remove once nothing imports it."""

from tests.ui.uidriver import click_card, edit_cell, enter, leave, pick, press, type_over  # noqa: F401
