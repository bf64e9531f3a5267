"""The hour grid's arithmetic, without Qt: columns for overlaps, snapping, drags."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from assistant.calendar.entries import entries_for
from assistant.calendar.expand import Occurrence
from assistant.calendar.model import EventData
from assistant.ui.calendar.grid_drag import Drag
from assistant.ui.calendar.time_layout import (
    Geometry,
    Slot,
    TimedPiece,
    created,
    minutes_in_day,
    pack_columns,
    snap,
    timed_pieces,
)
from tests.conftest import BERLIN

DAY = date(2026, 12, 2)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def occurrence(data: EventData) -> Occurrence:
    assert data.end is not None
    return Occurrence(7, data.uid, data, data.start, data.end, None, False)


def test_separate_events_each_take_the_whole_width() -> None:
    assert pack_columns([(60, 120), (120, 180), (300, 360)]) == [Slot(0, 1)] * 3


def test_two_overlapping_events_share_the_width_in_start_order() -> None:
    # Given out of order: the earlier one still takes the first column.
    assert pack_columns([(600, 700), (540, 660)]) == [Slot(1, 2), Slot(0, 2)]


def test_a_chain_of_overlaps_is_one_cluster_and_reuses_freed_columns() -> None:
    # 9-10:30 overlaps 10-11 and 10:45-12; the third takes the first column again,
    # and all three are drawn a half wide: they are one cluster of two columns.
    spans = [(540, 630), (600, 660), (645, 720)]
    assert pack_columns(spans) == [Slot(0, 2), Slot(1, 2), Slot(0, 2)]


def test_three_at_once_make_three_columns_and_a_later_event_is_alone_again() -> None:
    spans = [(480, 600), (480, 540), (500, 560), (720, 780)]
    assert pack_columns(spans) == [Slot(0, 3), Slot(1, 3), Slot(2, 3), Slot(0, 1)]


def test_a_zero_length_event_counts_as_a_quarter_hour() -> None:
    assert pack_columns([(600, 600), (605, 660)]) == [Slot(0, 2), Slot(1, 2)]


def test_snap_rounds_to_quarter_hours_within_the_day() -> None:
    assert [snap(m) for m in (0, 7, 8, 52.4, 1439, -20)] == [0, 0, 15, 45, 1440, 0]


def test_minutes_are_clamped_to_the_day() -> None:
    assert minutes_in_day(at(9, 30), DAY) == 570
    assert minutes_in_day(at(23, day=DAY - timedelta(days=1)), DAY) == 0
    assert minutes_in_day(at(1, day=DAY + timedelta(days=1)), DAY) == 1440


def test_an_overnight_event_is_clipped_to_each_day() -> None:
    data = EventData(title="Night train", start=at(22), end=at(6, day=DAY + timedelta(days=1)))
    occ = occurrence(data)
    entries = entries_for([occ], DAY, DAY + timedelta(days=1), BERLIN)
    first, second = (timed_pieces(entries, d) for d in (DAY, DAY + timedelta(days=1)))
    assert [(p.top, p.bottom) for p in first] == [(22 * 60, 1440)]
    assert [(p.top, p.bottom) for p in second] == [(0, 6 * 60)]


def test_geometry_places_blocks_in_their_lane() -> None:
    geo = Geometry(days=7, width=52 + 7 * 100, hour_height=48)
    assert geo.day_width == 100 and geo.day_at(52 + 250) == 2 and geo.day_at(10_000) == 6
    x, y, width, height = geo.block(1, 600, 660, Slot(1, 2))
    assert (x, y, height) == (52 + 100 + 49, 480, 48) and width == 47
    assert geo.minute_at(geo.y_of(615)) == 615


def piece_at(hour: int, length: int = 60) -> TimedPiece:
    data = EventData(title="Review", start=at(hour), end=at(hour) + timedelta(minutes=length))
    occ = occurrence(data)
    (piece,) = timed_pieces(entries_for([occ], DAY, DAY, BERLIN), DAY)
    return piece


def test_a_move_snaps_the_start_to_a_quarter_hour_and_keeps_the_length() -> None:
    piece = piece_at(10)
    drag = Drag("move", 2, 10 * 60 + 20, 0, 0, piece)  # grabbed 20 minutes into the block
    drag.move_to(3, 13 * 60 + 27, 100, 200)  # the top would be at 13:07
    change = drag.outcome([DAY - timedelta(days=2) + timedelta(days=i) for i in range(7)], BERLIN)
    assert change is not None and change.entry is piece.entry
    assert (change.start, change.end) == (
        at(13, 0, DAY + timedelta(days=1)),
        at(14, 0, DAY + timedelta(days=1)),
    )


def test_a_press_that_barely_moves_changes_nothing() -> None:
    drag = Drag("move", 0, 600, 10, 10, piece_at(10))
    drag.move_to(0, 601, 11, 11)
    assert drag.ghost() is None and drag.outcome([DAY], BERLIN) is None


def test_a_resize_keeps_a_quarter_hour_at_least() -> None:
    piece = piece_at(10)
    drag = Drag("resize", 0, 11 * 60, 0, 0, piece)
    drag.move_to(0, 11 * 60 + 50, 0, 40)
    change = drag.outcome([DAY], BERLIN)
    assert change is not None and change.end == at(11, 45)
    drag.move_to(0, 9 * 60, 0, -60)
    change = drag.outcome([DAY], BERLIN)
    assert change is not None and change.end == at(10, 15)


def test_a_create_drag_upwards_gives_the_same_span() -> None:
    drag = Drag("create", 0, 16 * 60 + 2, 0, 300)
    drag.move_to(0, 14 * 60 + 31, 0, 200)
    change = drag.outcome([DAY], BERLIN)
    assert change is not None and change.entry is None
    assert (change.start, change.end) == (at(14, 30), at(16, 0))
    assert created(DAY, 1439, 1440, BERLIN) == (at(23, 45), at(0, 0, DAY + timedelta(days=1)))


def test_the_layout_module_needs_no_qt() -> None:
    assert all(not name.startswith("PySide6") for name in _imports_of_layout())


def _imports_of_layout() -> list[str]:
    import ast
    from pathlib import Path

    import assistant.ui.calendar.grid_drag as drag
    import assistant.ui.calendar.time_layout as layout

    names: list[str] = []
    for module in (layout, drag):
        tree = ast.parse(Path(str(module.__file__)).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
            elif isinstance(node, ast.Import):
                names += [alias.name for alias in node.names]
    return names
