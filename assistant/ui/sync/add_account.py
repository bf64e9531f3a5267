"""Add a CalDAV account: the server, the user and password, then which calendars to sync.

"Find calendars" runs discovery off the GUI thread (well-known URLs and the
principal) and lists what it found, each with a checkbox for its events and
one for its to-dos where the calendar holds them. "Add" stores the account
(the password in the keychain) and the choices; nothing is stored when
anything fails, and the reason shows in the dialog as one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import Account, SyncError, add_account
from assistant.sync.accounts import choose, keychain
from assistant.sync.discovery import Discovery, FoundCalendar, discover, normal_url
from assistant.ui.calendar.calendars import colour_of, swatch
from assistant.ui.context import AppContext
from assistant.ui.tasks import run_in_background
from assistant.ui.theme import error_style

EVENTS_COLUMN, TODOS_COLUMN = 1, 2


@dataclass(frozen=True)
class Pick:
    """What to sync of one found calendar."""

    url: str
    name: str
    events: bool
    todos: bool


def store_account(
    store: Store,
    clock: Clock,
    name: str,
    url: str,
    user: str,
    password: str,
    picks: list[Pick],
) -> Account:
    """Add the account and sync what was picked of each calendar (worker thread)."""
    chosen = [p for p in picks if p.events or p.todos]
    if not chosen:
        raise SyncError("Choose at least one calendar to sync; nothing was added.")
    account = add_account(store, name, url, user, password, clock, only=[p.name for p in chosen])
    by_url = {p.url: p for p in chosen}
    for calendar in account.calendars:
        pick = by_url.get(calendar.url)
        if pick is not None and (pick.events, pick.todos) != (True, True):
            choose(store, calendar.id, events=pick.events, todos=pick.todos)
    return account


def discover_checked(url: str, user: str, password: str) -> Discovery:
    """Discovery, after checking there is a keychain for the password (worker thread)."""
    keychain()
    return discover(url, user, password)


class AddAccountDialog(QDialog):
    # Discovery ended (found or failed); tests wait on it.
    searched = Signal()
    # The account was stored: its name.
    added = Signal(str)
    # Adding failed: the sentence shown.
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: Discovery | None = None
        self.setWindowTitle(self.tr("Add a CalDAV account"))
        self.setMinimumWidth(520)
        self.url = self._field(
            self.tr("Server address"), "https://cloud.example.com/remote.php/dav"
        )
        self.user = self._field(self.tr("User name"))
        self.password = self._field(self.tr("Password or app password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.name = self._field(self.tr("Account name"), self.tr("e.g. work (default: the host)"))
        self.find_button = QPushButton(self.tr("&Find calendars"))
        self.find_button.setAccessibleName(self.tr("Find calendars"))
        self.find_button.clicked.connect(self.find_calendars)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Calendars found"))
        self.list.setHeaderLabels([self.tr("Calendar"), self.tr("Events"), self.tr("To-dos")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 280)
        self.status = QLabel()
        self._failed = False
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Account status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("&Add account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for field in (self.url, self.user, self.password):
            field.textEdited.connect(self._forget_found)

    def _field(self, name: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        return field

    def _forget_found(self) -> None:
        """Other credentials: what was found may not be theirs."""
        if self.found is not None:
            self.found = None
            self.list.clear()
            self.add_button.setEnabled(False)

    def show_error(self, text: str) -> None:
        """One sentence under the form; never a dialog, never a traceback."""
        self.status.setText(text)
        self.status.setStyleSheet(error_style(self.status.palette()))
        self._failed = True

    def error(self) -> str:
        return self.status.text() if self._failed else ""

    def _busy(self, busy: bool, text: str = "") -> None:
        self.find_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy and self.found is not None)
        self.status.setStyleSheet("")
        self._failed = False
        self.status.setText(text)

    # -- discovery ---------------------------------------------------------------

    def find_calendars(self) -> None:
        url, user, password = (
            self.url.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )
        problem = self._check(url, password)
        if problem:
            self.show_error(problem)
            self.searched.emit()
            return
        self._forget_found()
        self._busy(True, self.tr("Looking for calendars…"))
        run_in_background(
            lambda: discover_checked(url, user, password), self._found, self._not_found, kind="long"
        )

    def _check(self, url: str, password: str) -> str:
        try:
            normal_url(url)
        except SyncError as exc:
            return str(exc)
        if not password:
            return self.tr("Give the password (or an app password made for this app).")
        return ""

    def _found(self, found: Discovery) -> None:
        self.found = found
        self.list.clear()
        for calendar in found.calendars:
            self.list.addTopLevelItem(self._row(calendar))
        self._busy(False)
        if found.calendars:
            count = len(found.calendars)
            self.status.setText(self.tr("Found %n calendar(s). Choose what to sync.", "", count))
        else:
            self.found = None
            self.show_error(self.tr("The account has no calendars for events or to-dos."))
        self.add_button.setEnabled(self.found is not None)
        self.searched.emit()

    def _row(self, calendar: FoundCalendar) -> QTreeWidgetItem:
        item = QTreeWidgetItem([calendar.name, "", ""])
        item.setIcon(0, swatch(colour_of(0, calendar.color) if calendar.color else "#888888"))
        item.setData(0, Qt.ItemDataRole.UserRole, calendar.url)
        item.setToolTip(0, calendar.url)
        for column, component in ((EVENTS_COLUMN, "VEVENT"), (TODOS_COLUMN, "VTODO")):
            if component in calendar.components:
                item.setCheckState(column, Qt.CheckState.Checked)
            else:
                item.setText(column, "–")
        return item

    def _not_found(self, message: str) -> None:
        self._busy(False)
        self.show_error(message)
        self.searched.emit()

    def picks(self) -> list[Pick]:
        picks = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is None:
                continue
            checked = Qt.CheckState.Checked
            picks.append(
                Pick(
                    url=str(item.data(0, Qt.ItemDataRole.UserRole)),
                    name=item.text(0),
                    events=item.checkState(EVENTS_COLUMN) == checked,
                    todos=item.checkState(TODOS_COLUMN) == checked,
                )
            )
        return picks

    # -- adding ------------------------------------------------------------------

    def account_name(self) -> str:
        given = self.name.text().strip()
        return given or (urlsplit(normal_url(self.url.text())).hostname or "")

    def add(self) -> None:
        if self.found is None:
            return
        store, clock = self.ctx.store, self.ctx.clock()
        name, url = self.account_name(), self.url.text().strip()
        user, password, picks = self.user.text().strip(), self.password.text(), self.picks()
        self._busy(True, self.tr("Adding the account…"))
        run_in_background(
            lambda: store_account(store, clock, name, url, user, password, picks),
            self._added,
            self._add_failed,
            kind="long",
        )

    def _added(self, account: Account) -> None:
        self.added.emit(account.name)
        self.accept()

    def _add_failed(self, message: str) -> None:
        self._busy(False)
        self.show_error(message)
        self.failed.emit(message)
