"""Settings → Model: where the model runs, on this computer or on a server.

The server's models are listed from its ``/v1/models`` off the GUI thread; the
key typed here goes to the keychain on Save (an empty field keeps the saved key).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import AssistantError, InvalidInput
from assistant.models import server
from assistant.models.remote_probe import list_models
from assistant.ui import prompts
from assistant.ui.tasks import run_in_background


@dataclass(frozen=True)
class Placement:
    """What the box shows: ``url`` None means on this computer; ``key`` None: unchanged."""

    url: str | None
    model: str = ""
    key: str | None = None
    fallback_local: bool = False


class ServerBox(QWidget):
    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.local = QRadioButton(self.tr("On this &computer"))
        self.remote = QRadioButton(self.tr("On a ser&ver"))
        group = QButtonGroup(self)
        for button in (self.local, self.remote):
            group.addButton(button)
            button.toggled.connect(self._enable)
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://192.168.1.20:8080")
        self.url.setAccessibleName(self.tr("Server address"))
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.setAccessibleName(self.tr("Model on the server"))
        self.list_button = QPushButton(self.tr("&List models"))
        self.list_button.clicked.connect(self.list_models)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("API key"))
        self.fallback = QCheckBox(
            self.tr("If the server cannot be used at start, run the model on this computer")
        )
        self.fallback.setToolTip(
            self.tr(
                "Off: a server that is down is reported and nothing else happens. On: the "
                "model chosen for this computer loads instead, and the status bar says so."
            )
        )
        self.note = QLabel(
            self.tr(
                "Your to-dos, events and notes stay here; what you type, and what the "
                "assistant reads to answer, goes to the server. See docs/remote.md."
            )
        )
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Server status"))

        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.list_button)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(20, 0, 0, 0)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&Model:"), model_row)
        form.addRow(self.tr("API &key:"), self.key)
        form.addRow("", self.fallback)
        form.addRow("", self.status)
        row = QHBoxLayout()
        row.addWidget(self.local)
        row.addWidget(self.remote)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        self._show(server.server_choice(base), base)

    def _show(self, choice: server.ServerChoice | None, base: Path) -> None:
        url, model = server.last_server(base)
        self.url.setText(url)
        self.model.setEditText(model)
        saved = server.key_saved(base) if url else False  # settings only: no keychain here
        self.key.setPlaceholderText(
            self.tr("none")
            if saved is False
            else self.tr("saved")
            if saved
            else self.tr("unchanged if left empty")
        )
        self.fallback.setChecked(server.fallback_local(base))
        (self.remote if choice is not None else self.local).setChecked(True)
        self._enable()

    def _enable(self) -> None:
        on = self.remote.isChecked()
        self.fields.setEnabled(on)
        self.note.setVisible(on)

    def placement(self) -> Placement:
        """The chosen placement; InvalidInput for a server without address or model."""
        if not self.remote.isChecked():
            return Placement(None)
        url = server.normalize_url(self.url.text())
        model = self.model.currentText().strip()
        if not model:
            raise InvalidInput("Choose the model on the server (List models shows them).")
        key = self.key.text().strip()
        return Placement(url, model, key or None, self.fallback.isChecked())

    def list_models(self) -> None:
        try:
            url = server.normalize_url(self.url.text())
        except AssistantError as exc:
            self.status.setText(str(exc))
            return
        typed, base = self.key.text().strip(), self.base
        self.list_button.setEnabled(False)
        self.status.setText(self.tr("Asking %1…").replace("%1", url))
        run_in_background(  # the keychain, too, is read off the GUI thread
            lambda: list_models(url, typed or server.api_key(base)).models,
            self._listed,
            self._list_failed,
            kind="long",
        )

    def _listed(self, names: list[str]) -> None:
        self.list_button.setEnabled(True)
        current = self.model.currentText()
        self.model.clear()
        self.model.addItems(names)
        self.model.setEditText(current if current in names else (names[0] if names else ""))
        self.status.setText(self.tr("The server has %n model(s).", "", len(names)))

    def _list_failed(self, message: str) -> None:
        self.list_button.setEnabled(True)
        self.status.setText(message)


def confirm_public(parent: QWidget, base: Path, where: Placement) -> bool:
    """Once per server outside this network: say that what is typed goes there."""
    if where.url is None or not server.needs_public_warning(base, where.url):
        return True
    if not prompts.confirm(
        parent,
        QCoreApplication.translate("ServerBox", "Send your words to this server?"),
        server.public_warning(where.url),
        warning=True,
    ):
        return False
    server.mark_warned(base, where.url)
    return True
