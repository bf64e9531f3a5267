"""Italian dates, times, ranges, lengths and repeats, against a fixed clock.

The clock is Friday 2026-11-27 10:00 in Rome (CET, UTC+1). Every expectation
was worked out from the calendar: Monday 23 November starts this week, Monday
30 November the next one, Tuesday 1 December, Thursday 3 December, Friday 4
December, ...
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

ROME = ZoneInfo("Europe/Rome")
NOW = friday_morning(ROME)
# The same moment for a user whose language is Italian: it reads "31/3" day
# first and breaks ties with Spanish and German ("all'una", "l'8 marzo",
# "alle 5": "una", "marzo" and "alle" are their words too).
IT = Clock(NOW.now, ROME, "it")
TUESDAY = Clock(datetime(2026, 12, 1, 10, 0, tzinfo=ROME), ROME)


at = partial(at_in, ROME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oggi", date(2026, 11, 27)),
        ("domani", date(2026, 11, 28)),
        ("ieri", date(2026, 11, 26)),
        ("dopodomani", date(2026, 11, 29)),
        ("dopo domani", date(2026, 11, 29)),
        ("l'altro ieri", date(2026, 11, 25)),
        ("lunedì", date(2026, 11, 30)),
        ("lunedi'", date(2026, 11, 30)),
        ("il sabato", date(2026, 11, 28)),
        ("sab.", date(2026, 11, 28)),
        # Today is Friday: "venerdì" and "questo venerdì" are today; "venerdì
        # prossimo" and "il prossimo venerdì" are the one after.
        ("venerdì", date(2026, 11, 27)),
        ("questo venerdì", date(2026, 11, 27)),
        ("venerdì prossimo", date(2026, 12, 4)),
        ("il prossimo venerdì", date(2026, 12, 4)),
        ("martedì prossimo", date(2026, 12, 1)),
        ("martedì della settimana prossima", date(2026, 12, 1)),
        ("giovedì scorso", date(2026, 11, 26)),
        ("lo scorso venerdì", date(2026, 11, 20)),
        ("il 3 aprile", date(2027, 4, 3)),
        ("il 3 aprile del 2028", date(2028, 4, 3)),
        ("il primo maggio", date(2027, 5, 1)),
        ("1° maggio", date(2027, 5, 1)),
        ("il 15", date(2026, 12, 15)),
        ("il giorno 30", date(2026, 11, 30)),
        ("la settimana prossima", date(2026, 11, 30)),
        ("il mese prossimo", date(2026, 12, 1)),
        ("fine mese", date(2026, 11, 30)),
        ("fine della settimana", date(2026, 11, 29)),
        ("fine dell'anno", date(2026, 12, 31)),
        ("il fine settimana", date(2026, 11, 28)),
        ("il prossimo fine settimana", date(2026, 12, 5)),
    ],
)
def test_days(text: str, expected: date) -> None:
    assert resolve_when(text, NOW).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("domani alle 9", at(11, 28, 9)),
        ("giovedì alle 20", at(12, 3, 20)),
        ("alle tre", at(11, 27, 15)),
        ("alle ore 15.30", at(11, 27, 15, 30)),
        ("domani ore 15", at(11, 28, 15)),
        ("alle 10 e mezza", at(11, 27, 10, 30)),
        ("alle 11 e un quarto", at(11, 27, 11, 15)),
        ("alle 9 e 15", at(11, 28, 9, 15)),  # 09:15 today has passed
        ("alle 10 meno un quarto", at(11, 28, 9, 45)),
        ("alle 8 di sera", at(11, 27, 20)),
        ("alle 3 del pomeriggio", at(11, 27, 15)),
        ("alle 7 di mattina", at(11, 28, 7)),
        ("alle 3 di notte", at(11, 28, 3)),  # before dawn, not 15:00
        ("alle 11 di notte", at(11, 27, 23)),
        ("alle 12 di notte", at(11, 28, 0)),
        ("verso le 5", at(11, 27, 17)),
        ("venerdì alle 9", at(12, 4, 9)),  # 09:00 today has passed: next Friday
        ("venerdì sera", at(11, 27, 19)),
        ("lunedì mattina", at(11, 30, 9)),
        ("domani mattina", at(11, 28, 9)),
        ("domani pomeriggio alle 4", at(11, 28, 16)),
        ("stamattina alle 11", at(11, 27, 11)),
        ("stasera", at(11, 27, 20)),
        ("stasera alle 9", at(11, 27, 21)),
        ("mezzogiorno", at(11, 27, 12)),
        ("a mezzanotte", at(11, 28, 0)),
        ("tra 2 ore", at(11, 27, 12)),
        ("tra mezz'ora", at(11, 27, 10, 30)),
        ("tra un quarto d'ora", at(11, 27, 10, 15)),
        ("tra una settimana", at(12, 4, 10)),
        ("3 giorni fa", at(11, 24, 10)),
        ("adesso", at(11, 27, 10)),
        # A start with no end: "a partire dalle 19" and "dalle 19 in poi" are 19:00.
        ("a partire dalle 19", at(11, 27, 19)),
        ("domani dalle 19 in poi", at(11, 28, 19)),
        ("sabato a partire dall'una", at(11, 28, 13)),
    ],
)
def test_times(text: str, expected: datetime) -> None:
    assert resolve_when(text, NOW).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After "alle", 1 to 6 are afternoon hours; alone, "alle 5" is German too.
        ("alle 5", at(11, 27, 17)),
        ("all'una", at(11, 27, 13)),
        ("all'una e mezza", at(11, 27, 13, 30)),
        ("l'8 marzo", date(2027, 3, 8)),
        ("31/3", date(2027, 3, 31)),
        ("31.3.", date(2027, 3, 31)),
        ("31/3/2027", date(2027, 3, 31)),
        ("3/12 alle 10", at(12, 3, 10)),
    ],
)
def test_the_users_language(text: str, expected: date) -> None:
    assert resolve_when(text, IT).value == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("questa settimana", at(11, 23), at(11, 30)),
        ("la prossima settimana", at(11, 30), at(12, 7)),
        ("questo mese", at(11, 1), at(12, 1)),
        ("il mese prossimo", at(12, 1), at(1, 1, year=2027)),
        ("l'anno prossimo", at(1, 1, year=2027), at(1, 1, year=2028)),
        ("questo fine settimana", at(11, 28), at(11, 30)),
        ("i prossimi 7 giorni", at(11, 27, 10), at(12, 4, 10)),
        ("negli ultimi 7 giorni", at(11, 20, 10), at(11, 27, 10)),
        ("le ultime 24 ore", at(11, 26, 10), at(11, 27, 10)),
        # 10:00 is now, not ahead: "dalle 10" is tomorrow's.
        ("dalle 10 alle 12", at(11, 28, 10), at(11, 28, 12)),
        ("dalle 2 alle 4", at(11, 27, 14), at(11, 27, 16)),
        ("dalle 15 fino alle 16.30", at(11, 27, 15), at(11, 27, 16, 30)),
        ("tra le 8 e le 10", at(11, 28, 8), at(11, 28, 10)),
        ("giovedì dalle 14:00 alle 15:30", at(12, 3, 14), at(12, 3, 15, 30)),
        ("lunedì 9-12", at(11, 30, 9), at(11, 30, 12)),
        ("da lunedì a venerdì", at(11, 30), at(12, 5)),
        ("tra lunedì e mercoledì", at(11, 30), at(12, 3)),
        ("fino a venerdì", at(11, 27, 10), at(11, 28)),
        ("fino alle 6", at(11, 27, 10), at(11, 27, 18)),
        ("dal 3 al 5 dicembre", at(12, 3), at(12, 6)),
        ("dal 28 dicembre al 3 gennaio", at(12, 28), at(1, 4, year=2027)),
    ],
)
def test_ranges(text: str, start: datetime, end: datetime) -> None:
    assert resolve_range(text, NOW) == (start, end)


def test_ranges_with_elided_articles() -> None:
    assert resolve_range("dall'una alle tre", IT) == (at(11, 27, 13), at(11, 27, 15))
    assert resolve_range("dall'8 al 10 dicembre", IT) == (at(12, 8), at(12, 11))


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("30 minuti", 30),
        ("un'ora", 60),
        ("mezz'ora", 30),
        ("un'ora e mezza", 90),
        ("due ore e mezza", 150),
        ("1,5 ore", 90),
        ("1h30", 90),
        ("2 ore 30", 150),
        ("1 ora e 30 minuti", 90),
        ("un quarto d'ora", 15),
        ("tre quarti d'ora", 45),
        ("un'ora e un quarto", 75),
    ],
)
def test_lengths(text: str, minutes: int) -> None:
    assert parse_duration(text, "it") == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ogni lunedì", "FREQ=WEEKLY;BYDAY=MO"),
        ("tutti i lunedì", "FREQ=WEEKLY;BYDAY=MO"),
        ("il lunedì e il mercoledì", "FREQ=WEEKLY;BYDAY=MO,WE"),
        ("ogni lunedì, mercoledì e venerdì", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("tutti i martedì e i giovedì", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("tutte le domeniche", "FREQ=WEEKLY;BYDAY=SU"),
        ("i sabati", "FREQ=WEEKLY;BYDAY=SA"),
        ("ogni giorno", "FREQ=DAILY"),
        ("ogni due giorni", "FREQ=DAILY;INTERVAL=2"),
        ("a giorni alterni", "FREQ=DAILY;INTERVAL=2"),
        ("nei giorni feriali", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("ogni fine settimana", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("ogni settimana", "FREQ=WEEKLY;BYDAY=FR"),
        ("una volta alla settimana", "FREQ=WEEKLY;BYDAY=FR"),
        ("ogni due settimane", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("a settimane alterne", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("ogni quindici giorni", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("un lunedì sì e uno no", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("ogni 2 settimane il lunedì", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("ogni mese", "FREQ=MONTHLY;BYMONTHDAY=27"),
        ("il 15 di ogni mese", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("ogni mese il 15", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("il primo lunedì del mese", "FREQ=MONTHLY;BYDAY=1MO"),
        ("l'ultimo venerdì del mese", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("l'ultimo giorno del mese", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("ogni anno", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=27"),
        ("ogni anno il 24 dicembre", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"),
        ("ogni giorno per 10 volte", "FREQ=DAILY;COUNT=10"),
        ("ogni lunedì 5 volte", "FREQ=WEEKLY;BYDAY=MO;COUNT=5"),
        # Fridays 27 Nov to 1 Jan: six in [start, start + 6 weeks).
        ("ogni settimana per 6 settimane", "FREQ=WEEKLY;BYDAY=FR;COUNT=6"),
        # 31 December 23:59:59 in Rome is 22:59:59 UTC.
        ("ogni martedì fino al 31 dicembre", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z"),
    ],
)
def test_repeats(text: str, rule: str) -> None:
    assert parse_recurrence(text, NOW.now, "it") == rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("martedì prossimo", date(2026, 12, 8)),
        ("il prossimo martedì", date(2026, 12, 8)),
        ("martedì", date(2026, 12, 1)),
        ("questo martedì", date(2026, 12, 1)),
        ("martedì scorso", date(2026, 11, 24)),
        ("mercoledì prossimo", date(2026, 12, 2)),
        ("mercoledì della settimana prossima", date(2026, 12, 9)),
        ("martedì alle 9", at(12, 8, 9)),
        ("martedì alle 11", at(12, 1, 11)),
    ],
)
def test_next_weekday_said_on_that_weekday(text: str, expected: date) -> None:
    # Said on Tuesday 1 December: "martedì prossimo" is never today.
    assert resolve_when(text, TUESDAY).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "domani alle 9",
        "giovedì alle 20",
        "dalle 10 alle 12",
        "ogni lunedì",
        "martedì prossimo",
        "il 3 aprile",
        "tra 2 ore",
        "stasera",
        "domani mattina",
        "ogni due settimane",
        "mezz'ora",
    ],
)
def test_detected_as_italian(text: str) -> None:
    assert detect(text.split()) == "it"


@pytest.mark.parametrize(
    "text",
    [
        "next tuesday at 1pm",
        "tomorrow at 10",
        "every monday and wednesday",
        "in 2 hours",
        "once a week",
        "I have a meeting tomorrow at 3",
        "fine, tomorrow at 10",
        "twice per week",
    ],
)
def test_english_stays_english(text: str) -> None:
    assert detect(text.split()) == "en"


def test_abbreviations_that_are_words_are_not_dates() -> None:
    table = LANGUAGES["it"]
    # "mar" is the sea, "mer" French sea, "gio" a first name, "ven" and "dom" words.
    assert not {"mar", "mer", "gio", "ven", "dom"} & set(table.weekdays)
    # "giu" is "giù" (down), "ago" a needle and English, "lug", "mag", "gen", "set" words.
    assert not {"gen", "mar", "mag", "giu", "lug", "ago", "set"} & set(table.months)
    # "ora" is "hour" as well as "now": only "adesso" and "proprio ora" are now.
    assert "ora" not in table.words
    assert parse_duration("1 ora", "it") == timedelta(hours=1)
    assert resolve_when("proprio ora", NOW).value == NOW.now


def test_refusals() -> None:
    with pytest.raises(DateError, match='"blorf" in "domani blorf"'):
        resolve_when("domani blorf", NOW)
    with pytest.raises(DateError, match="blorf"):
        resolve_when("il prossimo blorf", NOW)
    with pytest.raises(DateError, match="ciao"):
        resolve_when("ciao come stai", NOW)
    with pytest.raises(DateError, match="February 30"):
        resolve_when("il 30 febbraio", NOW)
    with pytest.raises(DateError, match="not a time of day"):
        resolve_when("lunedì alle 25", NOW)
    # "venerdì 17" is Friday the 17th, never Friday 17:00; 17 December is a Thursday.
    with pytest.raises(DateError, match="is a Thursday, not a Friday"):
        resolve_when("venerdì 17", NOW)
    # "stanotte" is the night ahead or the one gone; it is not guessed.
    with pytest.raises(DateError, match="stanotte"):
        resolve_when("stanotte", NOW)
    with pytest.raises(RecurrenceError, match="blorf"):
        parse_recurrence("ogni blorf", NOW.now, "it")
    with pytest.raises(DateError, match="blorf"):
        parse_duration("tre blorf", "it")
