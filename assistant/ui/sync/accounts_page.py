"""Settings → Accounts: the CalDAV accounts, what each syncs, add, remove and sync now,
and how often to sync.

Changes here take effect at once (they are not part of the dialog's Save).
Each calendar of an account has a checkbox for its events and one for its
to-dos; removing an account asks whether its items here go too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import AssistantError
from assistant.settings import MAX_SYNC_MINUTES, save_sync_minutes, sync_minutes
from assistant.sync import Account, accounts, remove_account
from assistant.sync.accounts import choose
from assistant.ui.calendar.calendars import colour_of, swatch
from assistant.ui.context import EVENTS, TODOS, AppContext
from assistant.ui.sync.add_account import EVENTS_COLUMN, TODOS_COLUMN, AddAccountDialog
from assistant.ui.sync.controller import CALENDARS
from assistant.ui.sync.subscriptions_page import SubscriptionsPage
from assistant.ui.tasks import run_in_background

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
CALENDAR_ROLE = Qt.ItemDataRole.UserRole + 2


class AccountsPage(QWidget):
    # The list was (re)loaded; tests wait on it.
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.accounts: list[Account] = []
        self.add_dialog: AddAccountDialog | None = None
        self.remove_box: QMessageBox | None = None
        self._filling = False
        note = QLabel(
            self.tr(
                "Calendars and to-do lists on a CalDAV server (Nextcloud, iCloud, Fastmail, "
                "Radicale…) stay in sync with this computer. Changes here apply at once."
            )
        )
        note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Accounts and calendars"))
        self.tree.setHeaderLabels(
            [self.tr("Account / calendar"), self.tr("Events"), self.tr("To-dos")]
        )
        self.tree.setColumnWidth(0, 300)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._sync_buttons())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Accounts status"))
        self.add_button = self._button(self.tr("&Add CalDAV account…"), self.add_account)
        self.remove_button = self._button(self.tr("&Remove account…"), self.remove_selected)
        self.sync_button = self._button(self.tr("&Sync now"), self.ctx.sync.sync_now)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.sync_button):
            row.addWidget(button)
        row.addStretch(1)
        # How often to sync (and refresh subscriptions) besides at start and after changes.
        self.interval = QSpinBox()
        self.interval.setRange(0, MAX_SYNC_MINUTES)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("Only on demand"))
        self.interval.setAccessibleName(self.tr("Sync every (minutes)"))
        self.interval.setValue(sync_minutes(ctx.base))
        self.interval.valueChanged.connect(self.set_interval)
        label = QLabel(self.tr("Sync &every:"))
        label.setBuddy(self.interval)
        every = QHBoxLayout()
        every.addWidget(label)
        every.addWidget(self.interval)
        every.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addLayout(every)
        layout.addWidget(self.status)
        self.subscriptions = SubscriptionsPage(ctx)
        layout.addWidget(self.subscriptions, 1)
        self.ctx.bus.changed.connect(self._on_data_changed)
        self.reload()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def set_interval(self, minutes: int) -> None:
        """Kept in the settings file and used at once (0: only at start, on changes, F5)."""
        try:
            save_sync_minutes(self.ctx.base, minutes)
        except AssistantError as exc:
            self.status.setText(str(exc))
            return
        self.ctx.sync.set_interval(minutes)

    def _on_data_changed(self, tables: list[str]) -> None:
        if CALENDARS in tables:
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        run_in_background(lambda: accounts(store), self._show, self.status.setText)

    def _show(self, found: list[Account]) -> None:
        self.accounts = found
        self._filling = True
        self.tree.clear()
        for account in found:
            top = QTreeWidgetItem([f"{account.name} — {account.user} at {account.url}"])
            top.setData(0, ACCOUNT_ROLE, account.name)
            if account.last_error:
                top.setToolTip(0, account.last_error)
            for calendar in account.calendars:
                child = QTreeWidgetItem([calendar.name, "", ""])
                child.setIcon(0, swatch(colour_of(calendar.id, calendar.color)))
                child.setData(0, ACCOUNT_ROLE, account.name)
                child.setData(0, CALENDAR_ROLE, calendar.id)
                for column, component, on in (
                    (EVENTS_COLUMN, "VEVENT", calendar.sync_events),
                    (TODOS_COLUMN, "VTODO", calendar.sync_todos),
                ):
                    if component in calendar.components:
                        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                        child.setCheckState(column, state)
                    else:
                        child.setText(column, "–")
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self._filling = False
        if not found:
            self.status.setText(self.tr("No accounts yet."))
        self._sync_buttons()
        self.loaded.emit()

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_account() is not None)
        self.sync_button.setEnabled(bool(self.accounts))

    def selected_account(self) -> str | None:
        item = self.tree.currentItem()
        name = item.data(0, ACCOUNT_ROLE) if item is not None else None
        return str(name) if name else None

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        calendar_id = item.data(0, CALENDAR_ROLE)
        if self._filling or calendar_id is None or column not in (EVENTS_COLUMN, TODOS_COLUMN):
            return
        checked = Qt.CheckState.Checked
        events = item.checkState(EVENTS_COLUMN) == checked
        todos = item.checkState(TODOS_COLUMN) == checked
        store = self.ctx.store
        run_in_background(
            lambda: choose(store, int(calendar_id), events=events, todos=todos),
            lambda _r: self.ctx.bus.notify([CALENDARS]),
            self.status.setText,
        )

    # -- add and remove ----------------------------------------------------------

    def add_account(self) -> None:
        self.add_dialog = AddAccountDialog(self.ctx, self)
        self.add_dialog.added.connect(self._added)
        self.add_dialog.open()

    def _added(self, name: str) -> None:
        self.status.setText(self.tr("Added the account %1; syncing it now.").replace("%1", name))
        self.ctx.bus.notify([CALENDARS])
        self.ctx.sync.sync_now()

    def remove_selected(self) -> None:
        name = self.selected_account()
        if name is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the account %1?").replace("%1", name),
            self.tr(
                "Its calendars stop syncing and its password leaves the keychain. Keep its "
                "events and to-dos on this computer (as local items), or delete them here? "
                "Nothing is deleted on the server."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        keep = box.addButton(self.tr("Remove, &keep items"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(
            self.tr("Remove and &delete items"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: (
                self._remove(name, button is delete) if button in (keep, delete) else None
            )
        )
        self.remove_box = box
        box.open()

    def _remove(self, name: str, delete_local: bool) -> None:
        store = self.ctx.store

        def done(result: tuple[Account, int]) -> None:
            account, deleted = result
            if delete_local:
                text = self.tr("Removed %1 and %n of its items here.", "", deleted)
            else:
                text = self.tr("Removed %1; its items stay here as local ones.")
            self.status.setText(text.replace("%1", account.name))
            self.ctx.bus.notify([EVENTS, TODOS, CALENDARS])
            self.ctx.sync.refresh()

        run_in_background(
            lambda: remove_account(store, name, delete_local=delete_local),
            done,
            self.status.setText,
        )
