"""Docks whose panel is built the first time it is on screen, or the first time code asks for it.

Most docks start as a tab behind another (Outline behind Palette, Personas behind Properties,
Analysis and Comments behind History): building their panels, and importing their
modules, took a good part of the window's construction at every start, for panels most starts
never show. A lazy dock is complete from the start (title, object name for saveState, its entry
in View › Panels); only what it holds waits. Its panel is built when the dock first comes on
screen (the user raised its tab, the View menu or the map's saved panels showed it) or when the
window's attribute is first read (``window.outline`` from a menu action or a test), whichever
comes first, and from then on it is an ordinary panel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QDockWidget, QWidget

from .panel_host import PanelHost

RESTORING = "lazyDocksRestoring"  # a window property, set while ``restoring`` runs


class LazyPanelHost(PanelHost):
    """A dock's host that builds its panel with ``build()`` when first on screen or asked for."""

    def __init__(self, build: Callable[[bool], QWidget], width: int, parent: QWidget | None = None) -> None:
        super().__init__(None, width, parent)
        self._build = build

    def ensure(self, shown: bool | None = None) -> QWidget:
        """The panel, built now if it was not yet; ``build(shown)`` learns whether it is on
        screen (by default: whether the host is now)."""
        if self.panel is None:
            self.place(self._build(self.on_screen() if shown is None else shown))
            if self.isVisible():  # Qt would show it only on the next turn of the event loop
                self.layout().itemAt(0).widget().show()
                self.layout().activate()  # laid out now: a click right after lands on it
        return self.panel

    def on_screen(self) -> bool:
        # A dock behind another tab stays "visible" to Qt, moved out of the window's area.
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def dock_visibility_changed(self, visible: bool) -> None:
        """The dock's visibilityChanged: its tab was raised, or the dock opened."""
        if visible and self.panel is None and not self.window().property(RESTORING):
            self.ensure(shown=True)


class LazyPanel:
    """A window attribute (``outline = LazyPanel()`` in the class) naming a lazy dock's panel.

    Reading it builds the panel through the host registered with ``register``; the panel is
    then stored on the instance, which Python prefers from then on (this descriptor has no
    ``__set__``), so later reads cost nothing.
    """

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        return lazy_hosts(window)[self.name].ensure()


class LazyAttribute:
    """A window attribute made by the window's method ``builder`` on first read, then stored on
    the instance like ``LazyPanel``'s panels (for what several lazy docks share)."""

    def __init__(self, builder: str) -> None:
        self.builder = builder

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        value = window.__dict__[self.name] = getattr(window, self.builder)()
        return value


def lazy_hosts(window) -> dict[str, LazyPanelHost]:
    hosts = window.__dict__.get("_lazy_hosts")
    if hosts is None:
        hosts = window.__dict__["_lazy_hosts"] = {}
    return hosts


def lazy_host(window, dock: QDockWidget, name: str, build: Callable[[bool], QWidget],
              width: int) -> LazyPanelHost:
    """A host for ``dock``, holding ``window.<name>``: ``build()`` makes the panel when the dock
    first comes on screen (``shown``: it is on screen now); it is then stored as that attribute."""

    def build_and_keep(shown: bool) -> QWidget:
        panel = build(shown)
        window.__dict__[name] = panel
        return panel

    host = LazyPanelHost(build_and_keep, width)
    dock.visibilityChanged.connect(host.dock_visibility_changed)
    lazy_hosts(window)[name] = host
    return host


@contextmanager
def restoring(window) -> Iterator[None]:
    """Around ``window.restoreState``: Qt shows every dock of a tab group on the way, moving all
    but the raised one out of sight when the layout applies; only the panels then on screen are
    built."""
    window.setProperty(RESTORING, True)
    try:
        yield
    finally:
        window.setProperty(RESTORING, False)
        window.layout().activate()  # tabs behind others are hidden only when the layout applies
        for host in lazy_hosts(window).values():
            if host.on_screen():
                host.ensure(shown=True)


def built_panel(window, name: str) -> QWidget | None:
    """``window.<name>`` if that lazy panel was built, else None (without building it)."""
    return window.__dict__.get(name)
