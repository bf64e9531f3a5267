"""One running app per data folder, reachable over a local socket.

The running app listens on a name derived from its data folder; a second
start (``assistant``, or ``assistant --quick-add`` from a desktop shortcut)
connects, says what it wants in one line ("show" or "quick-add") and exits.
Only the same user can connect (the socket is the user's own).
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = "show"
QUICK_ADD = "quick-add"
REQUESTS = (SHOW, QUICK_ADD)
CONNECT_MS = 1000


def server_name(data_dir: Path) -> str:
    """A socket name unique to this user and data folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (some containers)
        user = "user"
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:16]
    return f"assistant-{digest}"


def ask_running(name: str, request: str) -> bool:
    """Send ``request`` to the app listening on ``name``; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write((request + "\n").encode())
    sent = socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_MS)
    return sent


class InstanceServer(QObject):
    """Listens for later starts; ``requested`` carries "show" or "quick-add"."""

    requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed app is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            # A quick client may be gone already: what it wrote is still read.
            socket.disconnected.connect(lambda s=socket: self._read(s, last=True))
            self._read(socket)

    def _read(self, socket: QLocalSocket, *, last: bool = False) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode(errors="replace").strip()
            if line in REQUESTS:
                self.requested.emit(line)
        if last:
            socket.deleteLater()
