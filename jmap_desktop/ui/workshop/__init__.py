"""The Workshop menu of the window: start a session, show the join screen, collect notes into
the Inbox dock, run a dot vote. The session and server themselves are in ``jmap_desktop.workshop``.
"""

from .controller import WorkshopController

__all__ = ["WorkshopController"]
