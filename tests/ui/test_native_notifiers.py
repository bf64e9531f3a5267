"""The Windows toast and macOS UserNotifications back ends, as far as Linux can run them.

Their native calls (WinRT, PyObjC) cannot run here and are not pretended:
these tests run what does not need them, for real. The toast XML is parsed
back and its buttons' arguments are mapped to (notice id, action); the macOS
categories and responses likewise; an answer from a foreign thread (WinRT's,
Grand Central Dispatch's) arrives as ``acted`` on the GUI thread; without
PyWinRT or PyObjC, ``platform_notifier`` gives the popup; and a notice the
system drops later goes to the popup.
"""

from __future__ import annotations

import importlib.util
import threading
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from pytestqt.qtbot import QtBot

from assistant.reminders import Reminder, due_reminders
from assistant.ui.context import AppContext
from assistant.ui.reminders import macos, windows_toast
from assistant.ui.reminders.actions import ReminderActions
from assistant.ui.reminders.notifier import (
    DONE,
    SNOOZE_1H,
    SNOOZE_5MIN,
    SNOOZE_TOMORROW,
    UNDO,
    Notice,
    ReminderNotifier,
    backend_module,
    platform_notifier,
)
from assistant.ui.reminders.windows_toast import (
    WindowsToastNotifier,
    parse_argument,
    start_menu_shortcuts,
    toast_tag,
    toast_xml,
)

NOTICE_ID = "todo:7:2026-11-27T10:00"  # a reminder's origin, with the characters ids have


def labels(qapp: Any) -> list[tuple[str, str]]:
    return ReminderNotifier().button_labels()


# -- Windows: the toast ----------------------------------------------------------------


def test_a_reminder_toast_has_its_text_and_four_buttons_that_name_it(qapp: Any) -> None:
    title, body = "Tea & <biscuits>", 'To-do due today at 10:30 "sharp"'
    toast = ET.fromstring(toast_xml(NOTICE_ID, title, body, labels(qapp), reminder=True))
    assert toast.tag == "toast" and toast.get("scenario") == "reminder"
    texts = toast.findall("./visual/binding[@template='ToastGeneric']/text")
    assert [t.text for t in texts] == [title, body]  # escaped in the XML, whole again here
    buttons = toast.findall("./actions/action")
    assert [b.get("content") for b in buttons] == [
        "Snooze 5 min",
        "Snooze 1 hour",
        "Tomorrow",
        "Done",
    ]
    assert [parse_argument(b.get("arguments", "")) for b in buttons] == [
        (NOTICE_ID, SNOOZE_5MIN),
        (NOTICE_ID, SNOOZE_1H),
        (NOTICE_ID, SNOOZE_TOMORROW),
        (NOTICE_ID, DONE),
    ]
    assert {b.get("activationType") for b in buttons} == {"background"}
    # A click on the toast's body opens the window, as on Linux.
    assert parse_argument(toast.get("launch", "")) == (NOTICE_ID, "default")


def test_a_confirmation_toast_has_undo_only_when_it_can_be_undone() -> None:
    with_undo = ET.fromstring(toast_xml(NOTICE_ID, "Done.", "", [(UNDO, "&Undo")], reminder=False))
    assert with_undo.get("scenario") is None  # it goes by itself
    assert [t.text for t in with_undo.iter("text")] == ["Done."]
    (undo,) = with_undo.findall("./actions/action")
    assert undo.get("content") == "Undo"
    assert parse_argument(undo.get("arguments", "")) == (NOTICE_ID, UNDO)

    plain = ET.fromstring(toast_xml(NOTICE_ID, "Snoozed until 10:05.", "", [], reminder=True))
    assert plain.find("actions") is None and plain.get("scenario") is None


@pytest.mark.parametrize(
    "argument", ["", "done", "action=done", "notice=x", "notice=&action=done", "notice=x&action="]
)
def test_arguments_that_are_not_ours_map_to_nothing(argument: str) -> None:
    assert parse_argument(argument) is None


def test_a_notice_keeps_its_tag_which_windows_can_take() -> None:
    assert toast_tag(NOTICE_ID) == toast_tag(NOTICE_ID)
    assert toast_tag(NOTICE_ID) != toast_tag(NOTICE_ID + "x")
    assert len(toast_tag("x" * 500)) <= 16


def test_the_installer_s_start_menu_shortcut_is_looked_for_per_user_and_for_all() -> None:
    environ = {"APPDATA": r"C:\Users\ana\AppData\Roaming", "PROGRAMDATA": r"C:\ProgramData"}
    found = start_menu_shortcuts(environ)
    assert [p.parts[-5:] for p in found] == [
        ("Microsoft", "Windows", "Start Menu", "Programs", "Assistant.lnk")
    ] * 2
    assert str(found[0]).startswith(environ["APPDATA"])
    assert start_menu_shortcuts({}) == []


def test_the_toast_app_id_is_the_installer_s() -> None:
    iss = (Path(__file__).parents[2] / "packaging" / "windows" / "assistant.iss").read_text()
    assert f'#define AppUserModelID "{windows_toast.APP_ID}"' in iss
    # The installer registers the key that create() looks for.
    assert f'Subkey: "{windows_toast.REGISTRY_KEY}"' in iss.replace(
        "{#AppUserModelID}", windows_toast.APP_ID
    )


def on_a_foreign_thread(call: Any, *args: str) -> None:
    thread = threading.Thread(target=call, args=args)
    thread.start()
    thread.join()


def test_a_toast_s_activation_from_a_winrt_thread_acts_on_the_gui_thread(
    qtbot: QtBot, qapp: Any
) -> None:
    notifier = WindowsToastNotifier(notifier=None)  # no WinRT here: only the hand-over runs
    seen: list[tuple[str, str, bool]] = []
    gui = QThread.currentThread()
    # Direct: the handler runs where ``acted`` is emitted, which must be the GUI thread.
    notifier.acted.connect(
        lambda i, a: seen.append((i, a, QThread.currentThread() is gui)),
        Qt.ConnectionType.DirectConnection,
    )
    argument = windows_toast.button_argument(NOTICE_ID, SNOOZE_1H)
    with qtbot.waitSignal(notifier.acted, timeout=10_000):
        on_a_foreign_thread(notifier.activated, argument)
        assert seen == []  # queued: nothing ran on the other thread
    assert seen == [(NOTICE_ID, SNOOZE_1H, True)]


# -- macOS: categories and responses ---------------------------------------------------


def test_the_reminder_category_has_the_four_buttons_and_the_confirmation_undo(
    qapp: Any,
) -> None:
    reminder, confirmation = macos.categories(labels(qapp), "&Undo")
    assert reminder.identifier == macos.REMINDER_CATEGORY
    assert reminder.actions == (
        (SNOOZE_5MIN, "Snooze 5 min"),
        (SNOOZE_1H, "Snooze 1 hour"),
        (SNOOZE_TOMORROW, "Tomorrow"),
        (DONE, "Done"),
    )
    assert confirmation == macos.Category(macos.UNDO_CATEGORY, ((UNDO, "Undo"),))


def test_a_response_maps_to_its_notice_and_action() -> None:
    assert macos.response_action(NOTICE_ID, DONE) == (NOTICE_ID, DONE)
    assert macos.response_action(NOTICE_ID, UNDO) == (NOTICE_ID, UNDO)
    assert macos.response_action(NOTICE_ID, macos.DEFAULT_ACTION) == (NOTICE_ID, "default")
    assert macos.response_action(NOTICE_ID, macos.DISMISS_ACTION) is None
    assert macos.response_action("", DONE) is None


def test_only_the_app_bundle_asks_for_notifications() -> None:
    assert macos.usable_bundle("io.github.localassistant.Assistant")
    assert not macos.usable_bundle(None)  # plain python: the centre would raise
    assert not macos.usable_bundle("org.python.python")  # it would speak for Python.app


def test_a_response_from_a_system_queue_acts_on_the_gui_thread(qtbot: QtBot, qapp: Any) -> None:
    notifier = macos.MacNotifier(center=None)  # no PyObjC here: only the hand-over runs
    seen: list[tuple[str, str, bool]] = []
    gui = QThread.currentThread()
    # Direct: the handler runs where ``acted`` is emitted, which must be the GUI thread.
    notifier.acted.connect(
        lambda i, a: seen.append((i, a, QThread.currentThread() is gui)),
        Qt.ConnectionType.DirectConnection,
    )
    on_a_foreign_thread(notifier.responded, NOTICE_ID, macos.DISMISS_ACTION)  # says nothing
    with qtbot.waitSignal(notifier.acted, timeout=10_000):
        on_a_foreign_thread(notifier.responded, NOTICE_ID, SNOOZE_TOMORROW)
    assert seen == [(NOTICE_ID, SNOOZE_TOMORROW, True)]


def test_a_refused_permission_makes_posting_fail_so_the_popup_takes_over(qapp: Any) -> None:
    notifier = macos.MacNotifier(center=None)
    notifier._authorized(False, "denied by the user")
    with pytest.raises(macos.NotifyRefused):
        notifier.show(Notice(NOTICE_ID, "Call Ana", "At 10:30"))


# -- choosing the back end -------------------------------------------------------------


def test_each_system_has_its_back_end() -> None:
    assert backend_module("linux") == "assistant.ui.reminders.freedesktop"
    assert backend_module("freebsd14") == "assistant.ui.reminders.freedesktop"
    assert backend_module("win32") == "assistant.ui.reminders.windows_toast"
    assert backend_module("darwin") == "assistant.ui.reminders.macos"
    assert backend_module("sunos5") is None


@pytest.mark.parametrize(("platform", "package"), [("win32", "winrt"), ("darwin", "objc")])
def test_without_the_native_package_the_popup_shows_reminders(
    platform: str, package: str, qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    if importlib.util.find_spec(package) is not None:
        pytest.skip(f"{package} is installed here")
    caplog.set_level("INFO")
    assert platform_notifier(platform=platform) is None  # the real ImportError path
    assert "is not installed; the popup shows reminders" in caplog.text


def test_an_api_that_raises_gives_the_popup_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(parent: QObject | None = None) -> None:
        raise OSError("-2143420155: the notification platform is unavailable")

    monkeypatch.setattr(WindowsToastNotifier, "create", refuse)
    assert platform_notifier(platform="win32") is None
    assert "using the popup" in caplog.text


# -- a notice the system drops later ---------------------------------------------------


class AcceptingNotifier(ReminderNotifier):
    """A test stand-in for a notification centre that takes every notice (and may
    say later, from its own thread, that it dropped one)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def show(self, notice: Notice) -> None:
        self.shown.append(notice.id)

    def confirm(self, notice_id: str, text: str, can_undo: bool) -> None:
        pass

    def withdraw(self, notice_id: str) -> None:
        pass


def fired(ctx: AppContext, title: str) -> Reminder:
    clock = ctx.clock()
    found = due_reminders(
        ctx.store, clock, clock.now - timedelta(hours=1), clock.now + timedelta(minutes=1)
    )
    return next(r for r in found if r.title == title)


def test_a_notice_the_system_drops_later_goes_to_the_popup(
    app_ctx: AppContext, qtbot: QtBot
) -> None:
    result = app_ctx.call_tool(
        "add_todo", {"title": "Call Ana", "due": "today 10:30", "reminder_minutes": 30}
    )
    assert result.ok, result.text
    reminder = fired(app_ctx, "Call Ana")
    system = AcceptingNotifier()
    actions = ReminderActions(app_ctx, system)
    actions.announce("Call Ana", "To-do due today at 10:30", reminder)
    assert system.shown == [reminder.origin] and actions.popup is None

    with qtbot.waitSignal(system.failed, timeout=10_000):
        on_a_foreign_thread(system.fail_later, reminder.origin, "0x803E0115")
    assert actions.primary is None
    assert actions.popup is not None
    card = actions.popup.card(reminder.origin)
    assert card is not None and card.button(DONE) is not None
    actions.announce("Later", "A plain notice")  # from now on, the popup
    assert system.shown == [reminder.origin]
    actions.stop()
