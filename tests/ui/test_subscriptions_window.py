"""Subscriptions in the window, against the feed server of tests/sync: added by name and
address in Settings → Accounts, listed beside the month in their colour with a checkbox,
their events opened read-only (no Save, a delete refused in the banner), and removed."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_calendar import entry_row, open_dialog, select, settle, shown
from test_sync_window import no_dialog_open

from assistant.ui.calendar.calendars import colour_of
from assistant.ui.calendar.view import CalendarView
from assistant.ui.context import AppContext
from assistant.ui.sync.subscriptions_page import SubscriptionsPage

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
from feed_server import FeedServer, vcalendar, vevent

XMAS = date(2026, 12, 25)


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    server = FeedServer(
        vcalendar(
            vevent("xmas@feed", "Christmas Day"), vevent("boxing@feed", "Boxing Day", "20261226")
        )
    )
    yield server
    server.close()


@pytest.fixture
def page(app_ctx: AppContext, qtbot: QtBot) -> Iterator[SubscriptionsPage]:
    p = SubscriptionsPage(app_ctx)
    qtbot.addWidget(p)
    p.show()
    yield p


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot) -> Iterator[CalendarView]:
    v = CalendarView(app_ctx)
    qtbot.addWidget(v)
    v.resize(1030, 720)
    v.show()
    qtbot.waitExposed(v)
    yield v


def subscribe(page: SubscriptionsPage, qtbot: QtBot, name: str, url: str) -> None:
    page.name.setText(name)
    page.url.setText(url)
    assert page.add_button.isEnabled()
    with qtbot.waitSignal(page.done, timeout=30_000):
        page.add_button.click()


def test_a_subscription_is_added_shown_read_only_and_removed(
    page: SubscriptionsPage,
    view: CalendarView,
    feed: FeedServer,
    app_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    subscribe(page, qtbot, "Holidays", feed.url)
    assert "2 added" in page.status.text() or "Holidays" in page.status.text(), page.status.text()
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
    assert page.list.item(0).text().startswith("Holidays — 2 event")
    # Beside the month: its own colour and a checkbox.
    qtbot.waitUntil(lambda: view.calendars.count() == 2, timeout=10_000)
    [calendar] = [c for c in view.calendars.calendars if c.read_only]
    assert calendar.name == "Holidays"
    assert calendar.colour == colour_of(calendar.id, calendar.colour)
    settle(view, qtbot)
    select(view, qtbot, XMAS)
    assert shown(view) == [(XMAS, "Christmas Day")]
    with qtbot.waitSignal(view.agenda_loaded, timeout=10_000):
        view.calendars.set_shown(calendar.id, False)
    assert shown(view) == []
    with qtbot.waitSignal(view.agenda_loaded, timeout=10_000):
        view.calendars.set_shown(calendar.id, True)
    # Opened read-only: no Save, fields locked, a note that says why.
    view.agenda.setCurrentIndex(view.proxy.index(entry_row(view, "Christmas Day", XMAS), 0))
    view.edit_selected()
    dialog = open_dialog(view, qtbot)
    assert dialog.read_only_source == "Holidays"
    assert not dialog.ok_button.isVisible()
    assert dialog.title_edit.isReadOnly() and not dialog.start_date.isEnabled()
    assert "read-only" in dialog.windowTitle()
    dialog.reject()
    # Delete is refused in the banner, without a dialog or a traceback.
    view.delete_selected()
    qtbot.waitUntil(lambda: "read-only" in view.banner.text(), timeout=5_000)
    assert "Traceback" not in view.banner.text() and no_dialog_open()
    assert len(app_ctx.store.query("SELECT id FROM events")) == 2
    # Removed with everything it brought.
    page.list.setCurrentRow(0)
    with qtbot.waitSignal(page.done, timeout=10_000):
        page.remove_button.click()
    assert "Removed the subscription Holidays" in page.status.text()
    assert app_ctx.store.query("SELECT id FROM events") == []
    qtbot.waitUntil(lambda: page.list.count() == 0 and view.calendars.count() == 1)


def test_a_feed_that_fails_says_why_and_stores_nothing(
    page: SubscriptionsPage, feed: FeedServer, app_ctx: AppContext, qtbot: QtBot
) -> None:
    feed.status = 404
    subscribe(page, qtbot, "Holidays", feed.url)
    assert page.status.text() and "Traceback" not in page.status.text()
    assert page.list.count() == 0 and no_dialog_open()
    assert app_ctx.store.query("SELECT id FROM sync_calendars") == []
    subscribe(page, qtbot, "Holidays", "ftp://example.com/cal.ics")
    assert page.status.text() and page.list.count() == 0
