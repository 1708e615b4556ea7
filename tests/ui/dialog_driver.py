"""Acting on windows and dialogs as a user does: menu items by their text, combo boxes by the
option's text, the OK button of a button box (STYLE.md: tests read like a user story)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMainWindow, QWidget


def _plain(text: str) -> str:
    return text.replace("&", "").split("\t")[0]


def trigger(window: QMainWindow, menu: str, item: str) -> None:
    """Trigger the menu item ``menu › item`` of ``window`` (fails when it is missing or disabled)."""
    for top in window.menuBar().actions():
        if _plain(top.text()) == menu:
            for action in top.menu().actions():
                if _plain(action.text()) == item:
                    assert action.isEnabled(), f"{menu} › {item} is disabled"
                    action.trigger()
                    return
            raise AssertionError(f"no item {item!r} in the {menu} menu")
    raise AssertionError(f"no menu {menu!r}")


def choose(combo: QComboBox, text: str) -> None:
    """Pick the option labelled ``text``, as a click on the combo and on the option would."""
    index = combo.findText(text)
    assert index >= 0, f"{combo.accessibleName() or 'combo'} has no option {text!r}"
    combo.setCurrentIndex(index)


def click_button(box: QDialogButtonBox, which=QDialogButtonBox.StandardButton.Ok) -> None:
    button = box.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def find_dialog(parent: QWidget, kind):
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]
