"""Render every view with sample data to PNGs in docs/screenshots/ (for the README).

    make screenshots          # runs this under Xvfb (xvfb-run) when it is installed

The data is bench/sample_data.py's believable week, written through the tools
into a temporary folder; the clock is pinned to Monday 30 November 2026 09:40
in Berlin, and a scripted model plays the chat and email turns, so every image
comes out the same on every run. Nothing touches the user's data.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT / "bench"))

import sample_data  # noqa: E402
from PySide6.QtCore import QDate, QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from assistant.agent.factory import Brain  # noqa: E402
from assistant.agent.loop import Agent  # noqa: E402
from assistant.app import Assistant  # noqa: E402
from assistant.models.base import ScriptedModel  # noqa: E402
from assistant.models.formats import Llama3Pythonic, ToolCall  # noqa: E402
from assistant.settings import Preferences  # noqa: E402
from assistant.store import Store  # noqa: E402
from assistant.sync.local import writing  # noqa: E402
from assistant.tools import default_registry  # noqa: E402
from assistant.ui import tasks  # noqa: E402
from assistant.ui.app import application  # noqa: E402
from assistant.ui.context import AppContext  # noqa: E402
from assistant.ui.i18n import install_translations, remove_translations  # noqa: E402
from assistant.ui.main_window import CALENDAR, CHAT, EMAIL, NOTES, TODOS, MainWindow  # noqa: E402
from assistant.ui.sync.controller import CALENDARS  # noqa: E402
from assistant.ui.theme import apply_theme  # noqa: E402

NOW = "2026-11-30T09:40"
TZ = "Europe/Berlin"
SIZE = (1180, 760)

EMAIL_TEXT = """From: Ana Souza <ana@example.com>
Subject: Lunch and the Q4 budget

Hi! Are you free for lunch on Tuesday at 1? The place near the office is fine.
Also, could you send me the Q4 budget by Friday? Finance wants it before the
review on Thursday next week.

Thanks,
Ana"""

EMAIL_REPLY = {
    "summary": "Ana asks to **meet for lunch on Tuesday at 1** near the office and needs "
    "the **Q4 budget by Friday**, ahead of next week's finance review.",
    "action_items": [
        {"task": "Lunch with Ana", "when": "Tuesday at 1", "type": "event"},
        {"task": "Send Ana the Q4 budget", "when": "by Friday", "type": "todo"},
    ],
}


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the view did not settle")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def settle(app: QApplication) -> None:
    tasks.wait_idle()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def call(fmt: Llama3Pythonic, name: str, **arguments: object) -> list[str]:
    text = fmt.render_call(ToolCall(name, dict(arguments)))
    return [text, text[len(fmt.call_style.prefix) :]]


def scripted_brain(ctx: AppContext) -> ScriptedModel:
    model = ScriptedModel([])
    fmt = Llama3Pythonic()
    ctx.models.set_brain(
        Brain(model, fmt, Agent(model, fmt, default_registry())), "Llama 3.2 3B Instruct"
    )
    return model


def chat_turns(app: QApplication, window: MainWindow, model: ScriptedModel) -> None:
    fmt = Llama3Pythonic()
    model.enqueue(call(fmt, "add_event", title="Call with the plumber", when="tomorrow at 8"))
    ask(app, window, "Put a call with the plumber in my calendar, tomorrow at 8 for 30 minutes")
    model.enqueue(call(fmt, "list_events", range="tuesday"))
    ask(app, window, "What does my Tuesday look like?")


def ask(app: QApplication, window: MainWindow, text: str) -> None:
    chat = window.chat
    chat.composer.input.setPlainText(text)
    chat.send()
    wait_until(app, lambda: chat.turn is None and not chat.composer.running)


def email_summary(app: QApplication, window: MainWindow, model: ScriptedModel) -> None:
    model.enqueue([json.dumps(EMAIL_REPLY)])
    email = window.email
    email.input.setPlainText(EMAIL_TEXT)
    email.summarize()
    wait_until(app, lambda: not model.outputs and email.summarize_button.isEnabled())


def dialogs(app: QApplication, window: MainWindow, ctx: AppContext) -> None:
    from assistant.ui.settings_dialog import SettingsDialog
    from assistant.ui.setup_dialog import SetupDialog

    for name, dialog in (
        ("settings", SettingsDialog(ctx, window)),
        ("setup", SetupDialog(ctx, window)),
    ):
        show_dialog(app, dialog, name)


def show_dialog(app: QApplication, dialog: QDialog, name: str) -> None:
    dialog.show()
    settle(app)
    save(dialog, name)
    dialog.reject()


def synced_calendar(ctx: AppContext) -> None:
    """A CalDAV account as a sync leaves it (no server is reached): a green "Work"
    calendar holding the work events, last synced a minute ago."""
    stamp = "2026-11-30T08:39:00.000000+00:00"
    with writing(ctx.store) as tx:
        account = tx.insert(
            "sync_accounts",
            {
                "name": "work",
                "url": "https://cloud.example.com/remote.php/dav/",
                "user": "me",
                "created": stamp,
                "last_sync": stamp,
            },
        )
        calendar = tx.insert(
            "sync_calendars",
            {
                "account_id": account,
                "url": "https://cloud.example.com/remote.php/dav/work/",
                "name": "Work",
                "color": "#2E9E5BFF",
                "last_sync": stamp,
            },
        )
        tx.db.execute(
            "UPDATE events SET calendar_id = ? "
            "WHERE title IN ('Quarterly review', 'Lunch with Ana')",
            [calendar],
        )
    ctx.bus.notify([CALENDARS])
    ctx.sync.refresh()


def popups(app: QApplication, window: MainWindow, ctx: AppContext) -> None:
    """Search everything, the quick-entry window and a reminder with its actions."""
    from assistant.ui.quick_entry.window import QuickEntryWindow
    from assistant.ui.reminders.notifier import Notice
    from assistant.ui.reminders.popup import PopupNotifier

    window.open_search()
    popup = window.search_popup
    assert popup is not None
    popup.edit.setText("ana")
    settle(app)
    save(popup, "search")
    popup.close()

    quick = QuickEntryWindow(ctx)
    quick.open()
    quick.edit.setText("call mom friday 5pm !high #family")
    settle(app)
    save(quick, "quick-entry")
    quick.close()

    notifier = PopupNotifier()
    notifier.show(Notice("event:1", "Quarterly review in 15 minutes", "Tue 1 Dec, 10:00-11:00"))
    settle(app)
    save(notifier.popup, "reminder")
    notifier.popup.close()


def translated_view(app: QApplication, ctx: AppContext) -> None:
    """The to-do view in German: a window built after its catalogue is installed."""
    before = QLocale()
    install_translations(app, "de")
    try:
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show_page(TODOS)
        window.show()
        settle(app)
        save(window, "todos-de")
        window.close()
    finally:
        remove_translations(app)
        QLocale.setDefault(before)


def render(base: Path) -> None:
    app = application()
    store = Store.open(base / "assistant.db")
    ctx = AppContext(Assistant(base, store, prefs=Preferences(), now=NOW, tz=TZ))
    sample_data.seed(ctx.tool_context())
    model = scripted_brain(ctx)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    settle(app)

    chat_turns(app, window, model)
    settle(app)
    save(window, "chat")

    window.show_page(TODOS)
    settle(app)
    save(window, "todos")

    synced_calendar(ctx)
    window.show_page(CALENDAR)
    window.calendar.grid.setSelectedDate(QDate(2026, 12, 1))
    window.calendar.week_button.click()
    settle(app)
    save(window, "calendar")
    window.calendar.hours_button.click()
    settle(app)
    save(window, "calendar-hours")
    window.calendar.hours_button.click()

    window.show_page(NOTES)
    settle(app)
    window.notes.list.setCurrentIndex(window.notes.model.index(0, 0))
    settle(app)
    save(window, "notes")

    window.show_page(EMAIL)
    email_summary(app, window, model)
    settle(app)
    save(window, "email")

    dialogs(app, window, ctx)
    popups(app, window, ctx)

    apply_theme(app, "dark")
    for index, name in ((CHAT, "chat-dark"), (CALENDAR, "calendar-dark")):
        window.show_page(index)
        settle(app)
        save(window, name)
    apply_theme(app, "system")

    translated_view(app, ctx)
    window.close()
    ctx.models.unload()
    tasks.wait_idle()
    store.close()


def main() -> None:
    os.environ.setdefault(
        "QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb"
    )
    os.environ["ASSISTANT_KEYRING"] = "file"
    OUT.mkdir(parents=True, exist_ok=True)
    # A fixed folder name: the setup dialog shows it.
    base = Path(tempfile.gettempdir()) / "assistant-screenshots"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir()
    os.environ["ASSISTANT_DATA_DIR"] = str(base)
    try:
        render(base)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
