"""Settings → Accounts, lower half: read-only calendars subscribed to by URL.

Adding fetches the feed off the GUI thread (a name and a ``webcal://`` or
``https://`` address; nothing is stored when it fails, and the reason shows
under the list). Removing takes every event the subscription brought, as one
undoable action. Both take effect at once, like the accounts above.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.sync.subscriptions import (
    RefreshReport,
    Subscription,
    add_subscription,
    remove_subscription,
    subscriptions,
)
from assistant.ui.calendar.calendars import colour_of, swatch
from assistant.ui.context import EVENTS, AppContext
from assistant.ui.sync.controller import CALENDARS
from assistant.ui.tasks import run_in_background

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class SubscriptionsPage(QWidget):
    # The list was (re)loaded; an add or a remove ended (ok or not). Tests wait on them.
    loaded = Signal()
    done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[Subscription] = []
        heading = QLabel(self.tr("<b>Subscriptions</b> (read-only calendars by address)"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Subscriptions"))
        self.list.currentItemChanged.connect(lambda *_: self._buttons())
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Subscription name"))
        self.name.setPlaceholderText(self.tr("e.g. Holidays"))
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Subscription address"))
        self.url.setPlaceholderText(self.tr("webcal://… or https://….ics"))
        self.name.textChanged.connect(lambda _t: self._buttons())
        self.url.textChanged.connect(lambda _t: self._buttons())
        self.add_button = QPushButton(self.tr("Su&bscribe"))
        self.add_button.clicked.connect(self.subscribe)
        self.remove_button = QPushButton(self.tr("Remove s&ubscription"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Subscriptions status"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.url)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._busy = False
        ctx.bus.changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, tables: list[str]) -> None:
        if CALENDARS in tables or EVENTS in tables:
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        run_in_background(lambda: subscriptions(store), self._show, self.status.setText)

    def _show(self, found: list[Subscription]) -> None:
        current = self.selected()
        self.found = found
        self.list.clear()
        for sub in found:
            text = self.tr("%1 — %n event(s), %2", "", sub.events)
            item = QListWidgetItem(
                swatch(colour_of(sub.id, sub.color)),
                text.replace("%1", sub.name).replace("%2", sub.url),
            )
            item.setData(NAME_ROLE, sub.name)
            if sub.last_error:
                item.setToolTip(sub.last_error)
            self.list.addItem(item)
            if sub.name == current:
                self.list.setCurrentItem(item)
        self._buttons()
        self.loaded.emit()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def _buttons(self) -> None:
        ready = bool(self.name.text().strip() and self.url.text().strip())
        self.add_button.setEnabled(ready and not self._busy)
        self.remove_button.setEnabled(self.selected() is not None and not self._busy)

    def subscribe(self) -> None:
        """Fetch the feed and store it with its events (worker thread)."""
        name, url = self.name.text().strip(), self.url.text().strip()
        store, clock = self.ctx.store, self.ctx.clock()
        self._busy = True
        self._buttons()
        self.status.setText(self.tr("Fetching %1…").replace("%1", url))
        run_in_background(
            lambda: add_subscription(store, clock, name, url), self._added, self._failed
        )

    def _added(self, report: RefreshReport) -> None:
        self.name.clear()
        self.url.clear()
        self._end(report.describe())

    def remove_selected(self) -> None:
        name = self.selected()
        if name is None:
            return
        store = self.ctx.store
        self._busy = True
        self._buttons()
        run_in_background(lambda: remove_subscription(store, name), self._removed, self._failed)

    def _removed(self, result: tuple[Subscription, int]) -> None:
        sub, events = result
        text = self.tr("Removed the subscription %1 and its %n event(s).", "", events)
        self._end(text.replace("%1", sub.name))

    def _failed(self, message: str) -> None:
        self._busy = False
        self.status.setText(message)
        self._buttons()
        self.done.emit()

    def _end(self, text: str) -> None:
        self._busy = False
        self.status.setText(text)
        self.ctx.bus.notify([EVENTS, CALENDARS])
        self.done.emit()
