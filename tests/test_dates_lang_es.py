"""Spanish dates, times, ranges, lengths and repeats, against a fixed clock.

The clock is Friday 2026-11-27 10:00 in Madrid (CET, UTC+1). Every expectation
was worked out from the calendar: Monday 23 November starts this week, Monday
30 November the next one, Tuesday 1 December, Friday 4 December, ...
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from helpers import at_in, friday_morning

from assistant.clock import Clock
from assistant.dates import parse_duration, parse_recurrence, resolve_range, resolve_when
from assistant.dates.lang import LANGUAGES, detect
from assistant.errors import DateError, RecurrenceError

MADRID = ZoneInfo("Europe/Madrid")
NOW = friday_morning(MADRID)
# The same moment for a user whose language is Spanish: it breaks ties with
# Portuguese ("entre semana") and reads "31/3" day first.
ES = Clock(NOW.now, MADRID, "es")
TUESDAY = Clock(datetime(2026, 12, 1, 10, 0, tzinfo=MADRID), MADRID)


at = partial(at_in, MADRID)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoy", date(2026, 11, 27)),
        ("mañana", date(2026, 11, 28)),
        ("ayer", date(2026, 11, 26)),
        ("pasado mañana", date(2026, 11, 29)),
        ("anteayer", date(2026, 11, 25)),
        ("el martes", date(2026, 12, 1)),
        ("el sáb.", date(2026, 11, 28)),
        # Today is Friday: "el viernes" and "este viernes" are today; "el
        # próximo viernes" and "el viernes que viene" are the one after.
        ("el viernes", date(2026, 11, 27)),
        ("este viernes", date(2026, 11, 27)),
        ("el próximo viernes", date(2026, 12, 4)),
        ("el viernes que viene", date(2026, 12, 4)),
        ("el próximo martes", date(2026, 12, 1)),
        ("el martes de la semana que viene", date(2026, 12, 1)),
        ("el jueves pasado", date(2026, 11, 26)),
        ("el 3 de abril", date(2027, 4, 3)),
        ("3 de abril de 2028", date(2028, 4, 3)),
        ("el 25 de diciembre", date(2026, 12, 25)),
        ("el primero de mayo", date(2027, 5, 1)),
        ("el 15", date(2026, 12, 15)),
        ("la semana que viene", date(2026, 11, 30)),
        ("fin de mes", date(2026, 11, 30)),
        ("el fin de semana", date(2026, 11, 28)),
    ],
)
def test_days(text: str, expected: date) -> None:
    assert resolve_when(text, NOW).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mañana a las 10", at(11, 28, 10)),
        ("mañana a las 10h30", at(11, 28, 10, 30)),
        ("a las 9 de la noche", at(11, 27, 21)),
        ("a las 3 de la tarde", at(11, 27, 15)),
        ("a las 8 de la mañana", at(11, 28, 8)),  # 08:00 today has passed
        ("a las 3 de la madrugada", at(11, 28, 3)),
        ("a las 5", at(11, 27, 17)),  # after "a las", 1 to 6 are afternoon hours
        ("a la una", at(11, 27, 13)),
        ("a las 10 y media", at(11, 27, 10, 30)),
        ("a las 10 menos cuarto", at(11, 28, 9, 45)),
        ("a las 12 de la noche", at(11, 28, 0)),
        ("mañana al mediodía", at(11, 28, 12)),
        ("medianoche", at(11, 28, 0)),
        ("el viernes a las 9", at(12, 4, 9)),  # 09:00 today has passed: next Friday
        ("el viernes a las 15h", at(11, 27, 15)),
        ("el lunes por la mañana", at(11, 30, 9)),
        ("mañana por la tarde", at(11, 28, 15)),
        ("el viernes por la noche", at(11, 27, 21)),
        ("esta noche", at(11, 27, 20)),
        ("anoche", at(11, 26, 21)),
        ("dentro de 2 horas", at(11, 27, 12)),
        ("dentro de media hora", at(11, 27, 10, 30)),
        ("en una semana", at(12, 4, 10)),
        ("hace 3 días", at(11, 24, 10)),
        ("ahora", at(11, 27, 10)),
        # A start with no end: "a partir de las 19:00" is 19:00.
        ("a partir de las 19:00", at(11, 27, 19)),
        ("el sábado a partir de las 8 de la tarde", at(11, 28, 20)),
        ("mañana a partir del mediodía", at(11, 28, 12)),
    ],
)
def test_times(text: str, expected: datetime) -> None:
    assert resolve_when(text, NOW).value == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("esta semana", at(11, 23), at(11, 30)),
        ("la semana que viene", at(11, 30), at(12, 7)),
        ("este mes", at(11, 1), at(12, 1)),
        ("el mes que viene", at(12, 1), at(1, 1, year=2027)),
        ("este fin de semana", at(11, 28), at(11, 30)),
        ("los próximos 7 días", at(11, 27, 10), at(12, 4, 10)),
        ("los últimos 7 días", at(11, 20, 10), at(11, 27, 10)),
        ("de 15h a 16h30", at(11, 27, 15), at(11, 27, 16, 30)),
        ("de las 8 a las 10", at(11, 28, 8), at(11, 28, 10)),
        ("entre las 2 y las 4", at(11, 27, 14), at(11, 27, 16)),
        ("el jueves de 14:00 a 15:30", at(12, 3, 14), at(12, 3, 15, 30)),
        ("de lunes a viernes", at(11, 30), at(12, 5)),
        ("hasta el viernes", at(11, 27, 10), at(11, 28)),
        ("hasta las 6", at(11, 27, 10), at(11, 27, 18)),
        ("del 3 al 5 de diciembre", at(12, 3), at(12, 6)),
        ("del 28 de diciembre al 3 de enero", at(12, 28), at(1, 4, year=2027)),
    ],
)
def test_ranges(text: str, start: datetime, end: datetime) -> None:
    assert resolve_range(text, NOW) == (start, end)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("30 minutos", 30),
        ("una hora", 60),
        ("dos horas", 120),
        ("media hora", 30),
        ("una hora y media", 90),
        ("hora y media", 90),
        ("1,5 horas", 90),
        ("1h30", 90),
        ("un cuarto de hora", 15),
        ("una hora y cuarto", 75),
    ],
)
def test_lengths(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("todos los lunes", "FREQ=WEEKLY;BYDAY=MO"),
        ("los lunes", "FREQ=WEEKLY;BYDAY=MO"),
        ("los lunes y los miércoles", "FREQ=WEEKLY;BYDAY=MO,WE"),
        ("los lunes, miércoles y viernes", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("todos los sábados", "FREQ=WEEKLY;BYDAY=SA"),
        ("todos los días", "FREQ=DAILY"),
        ("a diario", "FREQ=DAILY"),
        ("todos los días laborables", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("todos los fines de semana", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("cada semana", "FREQ=WEEKLY;BYDAY=FR"),
        ("cada dos semanas", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("una semana sí y otra no", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("cada quince días", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("un lunes sí y otro no", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("cada mes", "FREQ=MONTHLY;BYMONTHDAY=27"),
        ("el día 15 de cada mes", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("todos los días 15", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("el primer lunes de cada mes", "FREQ=MONTHLY;BYDAY=1MO"),
        ("el último viernes de cada mes", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("el último día del mes", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("cada año", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=27"),
        ("todos los días 10 veces", "FREQ=DAILY;COUNT=10"),
        # Fridays 27 Nov to 1 Jan: six in [start, start + 6 weeks).
        ("cada semana durante 6 semanas", "FREQ=WEEKLY;BYDAY=FR;COUNT=6"),
        # 31 December 23:59:59 in Madrid is 22:59:59 UTC.
        (
            "todos los martes hasta el 31 de diciembre",
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z",
        ),
    ],
)
def test_repeats(text: str, rule: str) -> None:
    assert parse_recurrence(text, NOW.now) == rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el próximo martes", date(2026, 12, 8)),
        ("el martes que viene", date(2026, 12, 8)),
        ("este martes", date(2026, 12, 1)),
        ("el martes pasado", date(2026, 11, 24)),
        ("el próximo miércoles", date(2026, 12, 2)),
        ("el miércoles de la semana que viene", date(2026, 12, 9)),
        ("el martes a las 9", datetime(2026, 12, 8, 9, 0, tzinfo=MADRID)),
    ],
)
def test_next_weekday_said_on_that_weekday(text: str, expected: date) -> None:
    # Said on Tuesday 1 December: "el próximo martes" is never today.
    assert resolve_when(text, TUESDAY).value == expected


def test_the_users_language_reads_numeric_dates_day_first() -> None:
    assert resolve_when("31/3", ES).value == date(2027, 3, 31)
    assert resolve_when("31.3.", ES).value == date(2027, 3, 31)
    assert resolve_when("31/3/2027", ES).value == date(2027, 3, 31)
    assert resolve_when("3/12 a las 10", ES).value == at(12, 3, 10)


def test_the_users_language_breaks_ties_with_portuguese() -> None:
    # These words are Portuguese too; a Spanish user gets the Spanish reading.
    assert resolve_range("de 2 a 4", ES) == (at(11, 27, 14), at(11, 27, 16))
    weekdays = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert parse_recurrence("entre semana", NOW.now, "es") == weekdays
    assert parse_recurrence("cada 15 días", NOW.now, "es") == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"


@pytest.mark.parametrize(
    "text",
    [
        "mañana a las 10",
        "pasado mañana",
        "el próximo martes",
        "a las 9 de la noche",
        "todos los lunes",
        "el 3 de abril",
        "hace 3 días",
        "cada dos semanas",
        "de las 8 a las 10",
    ],
)
def test_detected_as_spanish(text: str) -> None:
    assert detect(text.split()) == "es"


@pytest.mark.parametrize(
    "text",
    [
        "next tuesday at 1pm",
        "tomorrow at 10",
        "every monday and wednesday",
        "in 2 hours",
        "once a week",
        "social media post tomorrow",
    ],
)
def test_english_stays_english(text: str) -> None:
    assert detect(text.split()) == "en"


def test_abbreviations_that_are_words_are_not_dates() -> None:
    table = LANGUAGES["es"]
    # "mar" is the sea, "vie" French for life, "mie" Italian for mine, "dom" a title.
    assert not {"mar", "vie", "mie", "dom"} & set(table.weekdays)
    assert not {"ago", "set", "mar"} & set(table.months)
    # "tarde" alone also means "late": only "por/de/esta tarde" are the afternoon.
    assert "tarde" not in table.words


def test_refusals() -> None:
    with pytest.raises(DateError, match='"blorf" in "mañana blorf"'):
        resolve_when("mañana blorf", NOW)
    with pytest.raises(DateError, match="blorf"):
        resolve_when("el próximo blorf", NOW)
    with pytest.raises(DateError, match="February 30"):
        resolve_when("30 de febrero", NOW)
    with pytest.raises(DateError, match="not a time of day"):
        resolve_when("el lunes a las 25h", NOW)
    with pytest.raises(DateError, match="hola"):
        resolve_when("hola qué tal", NOW)
    with pytest.raises(RecurrenceError, match="blorf"):
        parse_recurrence("todos los blorf", NOW.now)
    with pytest.raises(DateError, match="blorfs"):
        parse_duration("tres blorfs")
