"""One JMap Desktop per user: a second launch hands its map to the running app and ends.

The first app listens on a local socket (QLocalServer: a Unix socket, a named pipe on Windows)
named after the user's state folder, so separate users, and tests with their own state folder,
never meet. A later launch connects, sends one JSON line ``{"open": [paths]}`` and waits for
``{"opened": [window titles]}``; the running app shows each map through ``Windows.open_path``
(a new window unless one is empty or already shows that map). No server answering means no app
is running: the launch opens its own window and becomes the server.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 400  # a live server answers at once; this only bounds a hung one
REPLY_MS = 10_000  # opening a big map in the running app can take a few seconds


def server_name() -> str:
    """Per user and per state folder (JMAP_DESKTOP_STATE_DIR in tests and portable installs)."""
    from .recovery import ENV_DIR

    state = os.environ.get(ENV_DIR)
    if not state:
        from platformdirs import user_state_dir

        state = user_state_dir("jmap-desktop", appauthor=False)
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name in a bare environment
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{Path(state).resolve()}".encode()).hexdigest()[:16]
    return f"jmap-desktop-{digest}"


def hand_over(paths: list[str], name: str | None = None) -> list[str] | None:
    """Ask a running app to open ``paths`` (none: a new window). Returns the titles of the
    windows it showed ([] if it took the request but did not confirm in time, e.g. while it
    shows a dialog), or None when no app is running."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return None
    message = json.dumps({"open": [str(Path(p).absolute()) for p in paths]}) + "\n"
    socket.write(message.encode("utf-8"))
    socket.flush()
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll())
    socket.disconnectFromServer()
    try:
        return [str(title) for title in json.loads(reply)["opened"]]
    except (ValueError, KeyError, TypeError):
        return []  # connected, so an app is running: opening a second one would be worse


class InstanceServer(QObject):
    """Listens for later launches and opens what they hand over in ``windows``."""

    def __init__(self, windows, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows = windows
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        name = name or server_name()
        if not self.server.listen(name):
            # A socket file left by a crashed app: nobody answered on it (hand_over failed),
            # so it is safe to remove and listen again.
            QLocalServer.removeServer(name)
            self.server.listen(name)

    def is_listening(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return  # the rest of the line is still on its way
        try:
            paths = [str(p) for p in json.loads(bytes(socket.readLine()).decode("utf-8"))["open"]]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            socket.disconnectFromServer()  # not one of ours: say nothing
            return
        shown = [self.windows.open_path(p) for p in paths] or [self.windows.new_window()]
        titles = [w.windowTitle().replace("[*]", "") for w in shown]
        socket.write((json.dumps({"opened": titles}) + "\n").encode("utf-8"))
        socket.flush()
