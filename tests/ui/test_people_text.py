"""What the window shows of the core's words: no ids, no ISO dates, no "UTC"."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from assistant.ui.chat.conversation_list import _local_time
from assistant.ui.context import AppContext
from assistant.ui.main_window import TODOS, MainWindow
from assistant.ui.people_text import for_people

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 27)


def people(text: str, tz: ZoneInfo = BERLIN) -> str:
    return for_people(text, tz, TODAY)


def test_ids_are_left_out(qapp: Any) -> None:
    assert people("Added 'Dentist' (id 12): Tue 2026-12-01 13:00-14:00 CET, at Main St") == (
        "Added 'Dentist': Tue 1 Dec 13:00–14:00, at Main St"
    )
    assert people("- Dentist: Tue 2026-12-01 13:30-14:00 CET [id 12; repeats]") == (
        "- Dentist: Tue 1 Dec 13:30–14:00"
    )
    assert people("To-do #3 is already in the calendar Work.") == (
        "To-do is already in the calendar Work."
    )
    assert people("Completed #3") == "Completed"
    assert people("Completed 'Call room #3'") == "Completed 'Call room #3'"  # a title's own
    assert people("There is no event with id 5. Use list_events to find the right id.") == (
        "That event no longer exists."
    )


def test_dates_are_in_the_locale_and_zone_without_utc(qapp: Any) -> None:
    assert people("Fri 2026-11-27 10:00 UTC", ZoneInfo("UTC")) == "Fri 27 Nov 10:00"
    assert people("Thu 2027-01-07 to Sat 2027-01-09 (all day)") == (
        "Thu 7 Jan 2027 to Sat 9 Jan 2027 (all day)"
    )
    assert people("changed 2026-11-27T09:00:00+00:00") == "changed Fri 27 Nov 10:00"
    assert people("due 2026-12-24") == "due Thu 24 Dec"
    # A time in another zone than the user's says which.
    assert people("Fri 2026-11-27 10:00 EST") == "Fri 27 Nov 10:00 EST"


def test_the_conversation_list_says_when_in_words(qapp: Any) -> None:
    shown = _local_time("2026-11-27T09:00:00+00:00", BERLIN)
    assert "2026-" not in shown and shown.endswith("10:00")


def test_the_edit_menu_names_the_item_not_its_id(
    window: MainWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    todo_id = app_ctx.call_tool("add_todo", {"title": "Buy milk"}).data["id"]
    window.show_page(TODOS)
    assert app_ctx.call_tool("update_todo", {"todo_id": todo_id, "priority": "high"}).ok
    app_ctx.bus.notify([TODOS])
    actions = window.undo_actions
    qtbot.waitUntil(lambda: actions.undo.text() == "&Undo Update to-do 'Buy milk'")
    assert app_ctx.call_tool("complete_todo", {"todo_id": todo_id}).ok
    app_ctx.bus.notify([TODOS])
    qtbot.waitUntil(lambda: actions.undo.text() == "&Undo Completed 'Buy milk'")
