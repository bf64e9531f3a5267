"""The in-app reminder popup: a small always-on-top window, one card per reminder.

Used where the system offers no notifications with buttons (and whenever
D-Bus fails). Each card has Snooze 5 min, Snooze 1 hour, Tomorrow and Done;
after one is pressed, the card says what happened and offers Undo for a
while, then goes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.ui.reminders.notifier import UNDO, Notice, ReminderNotifier

# How long a card that says what its button did stays.
CONFIRM_MS = 10_000
MAX_CARDS = 6


class ReminderCard(QFrame):
    """One reminder: its title, when it is, and its buttons."""

    def __init__(self, notifier: PopupNotifier, notice: Notice) -> None:
        super().__init__()
        self.notifier = notifier
        self.notice = notice
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(notice.title)
        self.title = QLabel(notice.title)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(notice.body)
        self.body.setWordWrap(True)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setAccessibleName(self.tr("Close"))
        close.setToolTip(self.tr("Close"))
        close.clicked.connect(lambda: notifier.withdraw(notice.id))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addLayout(self.buttons)
        if notice.actions:
            for action, label in notifier.button_labels():
                self._add_button(action, label)

    def button(self, action: str) -> QPushButton | None:
        """The button that does ``action`` (for tests and keyboard focus)."""
        found = [b for b in self._buttons() if b.property("action") == action]
        return found[0] if found else None

    def confirm(self, text: str, can_undo: bool) -> None:
        self.body.setText(text)
        for button in self._buttons():
            self.buttons.removeWidget(button)
            button.hide()  # at once: the deletion waits for the event loop
            button.deleteLater()
        if can_undo:
            self._add_button(UNDO, self.tr("&Undo"))

    def _add_button(self, action: str, label: str) -> None:
        button = QPushButton(label)
        button.setProperty("action", action)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(lambda: self._pressed(action))
        self.buttons.addWidget(button)

    def _buttons(self) -> list[QPushButton]:
        items = (self.buttons.itemAt(i) for i in range(self.buttons.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if isinstance(w, QPushButton)]

    def _pressed(self, action: str) -> None:
        for button in self._buttons():
            button.setEnabled(False)  # one press; the answer replaces the buttons
        self.notifier.acted.emit(self.notice.id, action)


class ReminderPopup(QWidget):
    """The window that holds the cards, in the screen's bottom-right corner."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint,
        )
        self.setWindowTitle(self.tr("Reminders"))
        self.setAccessibleName(self.tr("Reminders"))
        self.setMinimumWidth(340)
        self.cards = QVBoxLayout(self)

    def place(self) -> None:
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)


class PopupNotifier(ReminderNotifier):
    """Reminders in the app's own popup window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.popup = ReminderPopup()
        self._cards: dict[str, ReminderCard] = {}

    def card(self, notice_id: str) -> ReminderCard | None:
        return self._cards.get(notice_id)

    def show(self, notice: Notice) -> None:
        self.withdraw(notice.id)
        if len(self._cards) >= MAX_CARDS:  # the oldest makes room
            self.withdraw(next(iter(self._cards)))
        card = ReminderCard(self, notice)
        self._cards[notice.id] = card
        self.popup.cards.addWidget(card)
        self.popup.place()
        self.popup.show()
        self.popup.raise_()

    def confirm(self, notice_id: str, text: str, can_undo: bool) -> None:
        card = self._cards.get(notice_id)
        if card is None:
            return
        card.confirm(text, can_undo)
        self.popup.place()
        QTimer.singleShot(CONFIRM_MS, card, lambda: self._expire(card))

    def withdraw(self, notice_id: str) -> None:
        card = self._cards.pop(notice_id, None)
        if card is None:
            return
        self.popup.cards.removeWidget(card)
        card.deleteLater()
        if self._cards:
            self.popup.place()
        else:
            self.popup.hide()

    def stop(self) -> None:
        for notice_id in list(self._cards):
            self.withdraw(notice_id)
        self.popup.close()
        self.popup.deleteLater()

    def _expire(self, card: ReminderCard) -> None:
        if self._cards.get(card.notice.id) is card:  # not shown anew meanwhile
            self.withdraw(card.notice.id)
