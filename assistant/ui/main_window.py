"""The main window: a navigation list, one page per view, menus and status bar.

Each view lives in its own module and owns its widgets; the window only wires
shortcuts and menus to the views' public methods and shows the model's state.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from assistant import __version__
from assistant.search import Hit
from assistant.ui import prompts
from assistant.ui.calendar.view import CalendarView
from assistant.ui.chat.view import ChatView
from assistant.ui.context import AppContext
from assistant.ui.email.view import EmailView
from assistant.ui.notes.view import NotesView
from assistant.ui.resources import app_icon, resource
from assistant.ui.search_popup import SearchPopup
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.sync.conflict_dialog import ConflictDialog
from assistant.ui.sync.status import SyncStatus
from assistant.ui.todos.view import TodosView
from assistant.ui.undo_menu import UndoActions
from assistant.ui.window_state import WindowState, load_state, save_state

CHAT, TODOS, CALENDAR, NOTES, EMAIL = range(5)

# Palette roles keep the sidebar right in light and dark themes.
NAV_STYLE = """
QListWidget#navigation { background: palette(alternate-base); padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 9px 14px; border-radius: 6px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    # Emitted when the user really wants to quit (not just close to the tray).
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray_available = False
        self.search_popup: SearchPopup | None = None
        self.setWindowTitle(self.tr("Assistant"))
        self.setWindowIcon(app_icon())
        self.resize(1180, 760)

        self.chat = ChatView(ctx)
        self.todos = TodosView(ctx)
        self.calendar = CalendarView(ctx)
        self.notes = NotesView(ctx)
        self.email = EmailView(ctx)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Chat"), self.chat),
            (self.tr("To-dos"), self.todos),
            (self.tr("Calendar"), self.calendar),
            (self.tr("Notes"), self.notes),
            (self.tr("Email"), self.email),
        ]
        self._build_body()
        self._build_status_bar()
        self._build_menus()
        self._connect_model()
        self.show_page(CHAT)
        self.restore_state()

    # -- layout ----------------------------------------------------------

    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setFixedWidth(150)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget()
        for title, page in self.pages:
            QListWidgetItem(title, self.nav)
            page.setAccessibleName(title)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _build_status_bar(self) -> None:
        self.model_label = QLabel()
        self.model_label.setAccessibleName(self.tr("Model status"))
        self.model_progress = QProgressBar()
        self.model_progress.setAccessibleName(self.tr("Model loading progress"))
        self.model_progress.setRange(0, 100)
        self.model_progress.setMaximumWidth(180)
        self.model_progress.hide()
        # Where the model runs: what the user types goes there.
        self.model_where = QLabel()
        self.model_where.setAccessibleName(self.tr("Where the model runs"))
        self.model_where.setObjectName("modelWhere")
        # CalDAV: last sync, "Syncing…" or a failure (never a dialog), and open conflicts.
        self.sync_status = SyncStatus(self.ctx.sync)
        self.sync_status.conflicts_requested.connect(self.show_conflicts)
        self.conflict_dialog: ConflictDialog | None = None
        self.ctx.sync.refresh()
        bar = self.statusBar()
        bar.addPermanentWidget(self.sync_status)
        bar.addPermanentWidget(self.model_progress)
        bar.addPermanentWidget(self.model_where)
        bar.addPermanentWidget(self.model_label)
        self._show_model_state()

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file = menus.addMenu(self.tr("&File"))
        file.addAction(self._action(self.tr("&Import calendar (.ics)…"), "Ctrl+I", self.import_ics))
        file.addAction(self._action(self.tr("&Export calendar (.ics)…"), None, self.export_ics))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings))
        file.addAction(self._action(self.tr("&Accounts…"), None, self.open_accounts))
        self.sync_action = self._action(self.tr("S&ync now"), "F5", self.ctx.sync.sync_now)
        file.addAction(self.sync_action)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Close window"), "Ctrl+W", self.close))
        file.addAction(self._action(self.tr("&Quit"), "Ctrl+Q", self.quit_requested.emit))

        edit = menus.addMenu(self.tr("&Edit"))
        self.undo_actions = UndoActions(self.ctx, self)
        self.undo_actions.reported.connect(lambda text: self.statusBar().showMessage(text, 8000))
        for action in (self.undo_actions.undo, self.undo_actions.redo):
            self.addAction(action)  # shortcuts work even while the menu bar is hidden
            edit.addAction(action)
        edit.aboutToShow.connect(self.undo_actions.refresh)  # another process may have written
        edit.addSeparator()
        edit.addAction(
            self._action(
                self.tr("&Search everything…"), QKeySequence.StandardKey.Find, self.open_search
            )
        )

        new = menus.addMenu(self.tr("&New"))
        new.addAction(
            self._action(self.tr("New &conversation"), "Ctrl+Shift+C", self.new_conversation)
        )
        new.addAction(self._action(self.tr("New &to-do"), "Ctrl+T", self.new_todo))
        new.addAction(self._action(self.tr("New &event"), "Ctrl+E", self.new_event))
        new.addAction(self._action(self.tr("New &note"), "Ctrl+N", self.new_note))

        view = menus.addMenu(self.tr("&View"))
        for index, (title, _) in enumerate(self.pages):
            view.addAction(
                self._action(title, f"Ctrl+{index + 1}", lambda _=False, i=index: self.show_page(i))
            )
        view.addSeparator()
        view.addAction(self._action(self.tr("Ask the &assistant"), "Ctrl+K", self.focus_chat))
        self.stop_action = self._action(self.tr("&Stop generating"), "Esc", self.stop_current)
        self.stop_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        view.addAction(self.stop_action)

        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("&About"), None, self.show_about))

    # -- model state -----------------------------------------------------

    def _connect_model(self) -> None:
        models = self.ctx.models
        models.progress.connect(self._on_model_progress)
        models.ready.connect(lambda _name: self._show_model_state())
        models.failed.connect(lambda _msg: self._show_model_state())
        models.unloaded.connect(self._show_model_state)

    def _on_model_progress(self, stage: str, fraction: float) -> None:
        percent = round(fraction * 100)
        self.model_progress.show()
        self.model_progress.setValue(percent)
        if stage == "preparing":  # the tool prefix, evaluated once and then saved
            text = self.tr("Preparing the assistant (first time only): %1 %").replace(
                "%1", str(percent)
            )
        else:
            words = {
                "checking": self.tr("checking the file"),
                "reading": self.tr("reading the file"),
                "loading": self.tr("loading"),
                "loaded": self.tr("loaded"),
                "connecting": self.tr("connecting"),
            }
            text = (
                self.tr("Loading %1: %2")
                .replace("%1", self.ctx.models.name)
                .replace("%2", words.get(stage, stage))
            )
        self.model_label.setText(text)
        self.model_label.setToolTip(text)

    def _show_model_state(self) -> None:
        models = self.ctx.models
        self.model_progress.setVisible(models.state == "loading")
        if models.state == "ready" and models.notice:
            text = models.notice
        elif models.state == "ready":
            text = self.tr("Model: %1").replace("%1", models.name)
        elif models.state == "loading":
            text = self.tr("Loading %1…").replace("%1", models.name)
        elif models.state == "failed":
            text = self.tr("The model could not be loaded: %1").replace("%1", models.error)
        else:
            text = self.tr("No model loaded")
        self.model_label.setText(text)
        self.model_label.setToolTip(text)
        where = self.tr("On %1").replace("%1", models.server) if models.server else ""
        self.model_where.setText(where or self.tr("On this computer"))
        self.model_where.setToolTip(
            self.tr("The model runs on the server %1: what you type is sent there.").replace(
                "%1", models.server
            )
            if models.server
            else self.tr("The model runs on this computer: nothing you type leaves it.")
        )
        self.model_where.setVisible(models.state != "none")

    # -- commands --------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def stop_current(self) -> None:
        """Esc: stop whatever the visible view is generating (chat, email)."""
        stop = getattr(self.stack.currentWidget(), "stop", None)
        if callable(stop):
            stop()

    def open_search(self) -> None:
        """Ctrl+F: the search popup over this window (made once, kept for its last words)."""
        if self.search_popup is None:
            self.search_popup = SearchPopup(self.ctx, self)
            self.search_popup.chosen.connect(self.open_hit)
        self.search_popup.open_over(self)

    def open_hit(self, hit: Hit) -> None:
        """Show a search hit in its own view, selected."""
        if hit.kind == "todo":
            self.show_page(TODOS)
            self.todos.show_todo(hit.id)
        elif hit.kind == "event":
            self.show_page(CALENDAR)
            self.calendar.show_event(hit.id, hit.day)
        else:
            self.show_page(NOTES)
            self.notes.show_note(hit.id)

    def focus_chat(self) -> None:
        self.show_page(CHAT)
        self.chat.focus_input()

    def new_conversation(self) -> None:
        self.show_page(CHAT)
        self.chat.new_conversation()

    def new_todo(self) -> None:
        self.show_page(TODOS)
        self.todos.new_todo()

    def new_event(self) -> None:
        self.show_page(CALENDAR)
        self.calendar.new_event()

    def new_note(self) -> None:
        self.show_page(NOTES)
        self.notes.new_note()

    def import_ics(self) -> None:
        files = prompts.open_files(
            self,
            self.tr("Import calendar"),
            "",
            self.tr("Calendar files (*.ics *.ical);;All files (*)"),
        )
        if files:
            self.show_page(CALENDAR)
            self.calendar.import_files(files)

    def export_ics(self) -> None:
        self.show_page(CALENDAR)
        self.calendar.export_ics()

    def open_settings(self, *, accounts: bool = False) -> None:
        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if accounts:
            dialog.tabs.setCurrentWidget(dialog.accounts)
        dialog.exec()

    def open_accounts(self) -> None:
        self.open_settings(accounts=True)

    def show_conflicts(self) -> None:
        """The conflict picker, non-modal: the window stays usable beside it."""
        if self.conflict_dialog is None:
            self.conflict_dialog = ConflictDialog(self.ctx, self)
        else:
            self.conflict_dialog.reload()
        self.conflict_dialog.show()
        self.conflict_dialog.raise_()

    def show_shortcuts(self) -> None:
        rows = [
            (
                action.text().replace("&", ""),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in self.actions()
            if not action.shortcut().isEmpty()
        ]
        rows += [
            (self.tr("Send message"), self.tr("Enter")),
            (self.tr("New line in a message"), self.tr("Shift+Enter")),
        ]
        text = "\n".join(f"{name}: {keys}" for name, keys in rows)
        prompts.inform(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        text = self.tr(
            "<p>Assistant %1</p><p>To-dos, calendar and notes with a language model that "
            "runs on this computer. Your data stays on this device.</p>"
        ).replace("%1", __version__)
        # Installers carry the licences of everything inside (packaging/third_party_notices.py).
        notices = resource("THIRD_PARTY_NOTICES.txt")
        if notices is not None:
            link = QUrl.fromLocalFile(str(notices)).toString()
            text += self.tr('<p>MIT License. <a href="%1">Third-party licences</a></p>').replace(
                "%1", link
            )
        QMessageBox.about(self, self.tr("About Assistant"), text)

    def changeEvent(self, event: QEvent) -> None:
        # Style sheets resolve palette() once: re-apply after a theme change.
        if event.type() == QEvent.Type.PaletteChange:
            self.nav.setStyleSheet("")
            self.nav.setStyleSheet(NAV_STYLE)
        super().changeEvent(event)

    def restore_state(self) -> None:
        """Size, position and view as the last launch left them."""
        state = load_state(self.ctx.base)
        if state is None:
            return
        self.restoreGeometry(QByteArray(state.geometry))
        if 0 <= state.view < self.stack.count():
            self.show_page(state.view)

    def save_state(self) -> None:
        geometry = bytes(self.saveGeometry().data())
        save_state(self.ctx.base, WindowState(geometry, self.stack.currentIndex()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.tray_available and self.ctx.prefs.close_to_tray:
            event.ignore()
            self.hide()
            return
        event.accept()
        # Quitting: a sync in progress stops before its next request; the app waits for
        # it (with the window gone) before it closes the store.
        self.ctx.sync.request_stop()
        self.quit_requested.emit()
