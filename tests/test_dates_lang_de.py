"""German dates, times, ranges, lengths and repeats, against a fixed clock.

The clock is Friday 2026-11-27 10:00 in Berlin (CET, UTC+1). Every expectation
was worked out from the calendar: Monday 23 November starts this week, Monday
30 November the next one, Tuesday 1 December, Thursday 3 December, Friday 4
December, Saturday 5 December, Monday 7 December, ...
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

BERLIN = ZoneInfo("Europe/Berlin")
NOW = friday_morning(BERLIN)
# The same moment for a user whose language is German: "31.3." and "3. April"
# hold no German word, so the setting says they are read day first.
DE = Clock(NOW.now, BERLIN, "de")
TUESDAY = Clock(datetime(2026, 12, 1, 10, 0, tzinfo=BERLIN), BERLIN, "de")


at = partial(at_in, BERLIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("morgen", date(2026, 11, 28)),
        ("übermorgen", date(2026, 11, 29)),
        ("am Montag", date(2026, 11, 30)),
        # Today is Friday: "Freitag" and "diesen Freitag" are today; "nächsten
        # Freitag" is the one after, and so is Friday of next week.
        ("Freitag", date(2026, 11, 27)),
        ("diesen Freitag", date(2026, 11, 27)),
        ("nächsten Freitag", date(2026, 12, 4)),
        ("naechsten Freitag", date(2026, 12, 4)),
        ("nächsten Dienstag", date(2026, 12, 1)),
        ("am kommenden Montag", date(2026, 11, 30)),
        ("Freitag nächster Woche", date(2026, 12, 4)),
        ("nächste Woche Dienstag", date(2026, 12, 1)),
        ("letzten Freitag", date(2026, 11, 20)),
        ("3. April", date(2027, 4, 3)),
        ("am 3. April 2028", date(2028, 4, 3)),
        ("den 24.12.", date(2026, 12, 24)),
        ("31.3.", date(2027, 3, 31)),
        ("am ersten Dezember", date(2026, 12, 1)),
        ("am 15.", date(2026, 12, 15)),
        ("24. Dez.", date(2026, 12, 24)),
        ("1. Maerz", date(2027, 3, 1)),
        ("nächste Woche", date(2026, 11, 30)),
        ("Ende des Monats", date(2026, 11, 30)),
        ("nächstes Wochenende", date(2026, 12, 5)),
    ],
)
def test_days(text: str, expected: date) -> None:
    assert resolve_when(text, DE).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donnerstag um 11 Uhr", at(12, 3, 11)),
        ("Freitag um 9", at(12, 4, 9)),  # 09:00 today has passed: next Friday
        ("übermorgen um 16 Uhr", at(11, 29, 16)),
        ("um 8", at(11, 28, 8)),  # 08:00 today has passed
        ("um 3", at(11, 27, 15)),  # after "um", 1 to 6 are afternoon hours
        ("um 13.30", at(11, 27, 13, 30)),
        ("11 Uhr 30", at(11, 27, 11, 30)),
        # Clock-face times: "halb 3" is half way to three.
        ("halb 3", at(11, 27, 14, 30)),
        ("um halb drei", at(11, 27, 14, 30)),
        ("halb 8 abends", at(11, 27, 19, 30)),
        ("Viertel nach 3", at(11, 27, 15, 15)),
        ("dreiviertel 3", at(11, 27, 14, 45)),
        # Parts of the day.
        ("morgen früh", at(11, 28, 9)),
        ("morgen frueh um 7", at(11, 28, 7)),
        ("heute Abend", at(11, 27, 19)),
        ("heute Nacht", at(11, 27, 20)),
        ("Montag Morgen", at(11, 30, 9)),
        ("Freitagabend", at(11, 27, 19)),
        ("nächsten Montag Morgen", at(11, 30, 9)),
        ("um 3 Uhr nachmittags", at(11, 27, 15)),
        ("um 3 Uhr nachts", at(11, 28, 3)),
        ("um 1 Uhr mittags", at(11, 27, 13)),
        ("um Mitternacht", at(11, 28, 0)),
        # Offsets from now.
        ("in 2 Stunden", at(11, 27, 12)),
        ("in einer halben Stunde", at(11, 27, 10, 30)),
        ("in anderthalb Stunden", at(11, 27, 11, 30)),
        ("vor 3 Tagen", at(11, 24, 10)),
        ("vor einer halben Stunde", at(11, 27, 9, 30)),
        # A start with no end: "ab 18 Uhr" is 18:00, and "ab 3 Uhr" reads like "um 3 Uhr".
        ("ab 18 Uhr", at(11, 27, 18)),
        ("Samstag ab 18:30", at(11, 28, 18, 30)),
        ("am Samstag, 12. Dezember, ab 18 Uhr", at(12, 12, 18)),
        ("ab 3 Uhr", at(11, 27, 15)),
        ("ab 5 Uhr morgens", at(11, 28, 5)),
    ],
)
def test_times(text: str, expected: datetime) -> None:
    assert resolve_when(text, DE).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Said on Tuesday 1 December: "nächsten Dienstag" is never today;
        # "nächsten Mittwoch" is tomorrow, "Mittwoch nächster Woche" a week later.
        ("Dienstag", date(2026, 12, 1)),
        ("nächsten Dienstag", date(2026, 12, 8)),
        ("Dienstag nächster Woche", date(2026, 12, 8)),
        ("nächsten Mittwoch", date(2026, 12, 2)),
        ("Mittwoch nächster Woche", date(2026, 12, 9)),
        ("letzten Dienstag", date(2026, 11, 24)),
    ],
)
def test_next_weekday_said_on_that_weekday(text: str, expected: date) -> None:
    assert resolve_when(text, TUESDAY).value == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("diese Woche", at(11, 23), at(11, 30)),
        ("nächste Woche", at(11, 30), at(12, 7)),
        ("letzte Woche", at(11, 16), at(11, 23)),
        ("nächsten Monat", at(12, 1), at(1, 1, year=2027)),
        ("dieses Wochenende", at(11, 28), at(11, 30)),
        ("die nächsten 7 Tage", at(11, 27, 10), at(12, 4, 10)),
        ("die letzten 24 Stunden", at(11, 26, 10), at(11, 27, 10)),
        ("von 8 bis 10 Uhr", at(11, 28, 8), at(11, 28, 10)),
        ("von 2 bis 4", at(11, 27, 14), at(11, 27, 16)),
        ("9 bis 17 Uhr", at(11, 28, 9), at(11, 28, 17)),
        ("zwischen 9 und 11 Uhr", at(11, 28, 9), at(11, 28, 11)),
        ("Donnerstag von 14 bis 15:30 Uhr", at(12, 3, 14), at(12, 3, 15, 30)),
        ("von Montag bis Freitag", at(11, 30), at(12, 5)),
        ("bis Freitag", at(11, 27, 10), at(11, 28)),
        ("bis 17 Uhr", at(11, 27, 10), at(11, 27, 17)),
        ("vom 1. bis 3. Dezember", at(12, 1), at(12, 4)),
        ("vom 30. November bis zum 2. Dezember", at(11, 30), at(12, 3)),
    ],
)
def test_ranges(text: str, start: datetime, end: datetime) -> None:
    assert resolve_range(text, DE) == (start, end)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("30 Minuten", 30),
        ("eine Stunde", 60),
        ("eine halbe Stunde", 30),
        ("eine Viertelstunde", 15),
        ("Dreiviertelstunde", 45),
        ("anderthalb Stunden", 90),
        ("1,5 Stunden", 90),
        ("1h30", 90),
        ("1 Std. 30 Min.", 90),
        ("eine Stunde und 30 Minuten", 90),
    ],
)
def test_lengths(text: str, minutes: int) -> None:
    assert parse_duration(text, "de") == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("jeden Montag", "FREQ=WEEKLY;BYDAY=MO"),
        ("montags", "FREQ=WEEKLY;BYDAY=MO"),
        ("immer dienstags", "FREQ=WEEKLY;BYDAY=TU"),
        ("täglich", "FREQ=DAILY"),
        ("wöchentlich am Montag", "FREQ=WEEKLY;BYDAY=MO"),
        ("alle zwei Wochen", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("alle 2 Wochen am Montag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("alle 14 Tage", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("jede zweite Woche", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("jeden zweiten Montag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("jeden dritten Tag", "FREQ=DAILY;INTERVAL=3"),
        ("monatlich am 15.", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("jeden ersten Montag im Monat", "FREQ=MONTHLY;BYDAY=1MO"),
        ("am letzten Freitag des Monats", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("am letzten Tag des Monats", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("jährlich", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=27"),
        ("jedes Jahr am 24. Dezember", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"),
        ("werktags", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("montags bis freitags", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("jedes Wochenende", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("täglich, zehn Mal", "FREQ=DAILY;COUNT=10"),
        ("jeden Dienstag 5 Mal", "FREQ=WEEKLY;BYDAY=TU;COUNT=5"),
        # Monday 30 Nov, 7, 14, 21, 28 Dec and 4 Jan fall in the six weeks from 27 Nov.
        ("jeden Montag für 6 Wochen", "FREQ=WEEKLY;BYDAY=MO;COUNT=6"),
        # 31 December ends at 23:59:59 CET, 22:59:59 UTC.
        ("jeden Dienstag bis zum 31. Dezember", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z"),
    ],
)
def test_repeats(text: str, rule: str) -> None:
    assert parse_recurrence(text, NOW.now, "de") == rule


@pytest.mark.parametrize(
    "text",
    [
        "Donnerstag um 11 Uhr",
        "jeden Montag",
        "von 8 bis 10 Uhr",
        "nächsten Dienstag",
        "halb 3",
        "morgen früh",
        "in 2 Stunden",
        "vor 3 Tagen",
        "alle zwei Wochen",
    ],
)
def test_detected_as_german(text: str) -> None:
    assert detect(text.split()) == "de"


@pytest.mark.parametrize(
    "text",
    [
        "next tuesday at 1pm",
        "tomorrow at 3pm",
        "in 2 hours",
        "every Monday and Wednesday",
        "3 days ago",
    ],
)
def test_english_stays_english(text: str) -> None:
    assert detect(text.split()) == "en"


def test_words_decide_without_a_language_setting() -> None:
    assert resolve_when("Donnerstag um 11 Uhr", NOW).value == at(12, 3, 11)
    assert resolve_when("nächsten Dienstag", NOW).value == date(2026, 12, 1)
    assert parse_recurrence("alle zwei Wochen", NOW.now) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"


def test_abbreviations_that_are_words_are_not_dates() -> None:
    table = LANGUAGES["de"]
    # "so", "do", "mi", "di", "sa" are words in German or the other languages; "Fr." is Frau.
    assert not {"mo", "di", "mi", "do", "fr", "sa", "so"} & set(table.weekdays)
    # "Morgen" is the morning after "am" or a weekday, but "morgen" alone is tomorrow.
    assert table.words["morgen"] == "tomorrow"


def test_refusals() -> None:
    with pytest.raises(DateError, match='"blorf" in "morgen blorf"'):
        resolve_when("morgen blorf", DE)
    with pytest.raises(DateError, match="blorf"):
        resolve_when("nächsten blorf", DE)
    with pytest.raises(DateError, match="February 30"):
        resolve_when("30. Februar", DE)
    with pytest.raises(DateError, match="not a time of day"):
        resolve_when("Montag um 25 Uhr", DE)
    with pytest.raises(DateError, match='"hallo" in "Hallo wie geht'):
        resolve_when("Hallo wie geht's", DE)
    with pytest.raises(DateError, match='"mittagessen" in "Mittagessen morgen"'):
        resolve_when("Mittagessen morgen", DE)
    with pytest.raises(RecurrenceError, match="blorf"):
        parse_recurrence("jeden blorf", NOW.now, "de")
    with pytest.raises(DateError, match="blorfs"):
        parse_duration("drei blorfs", "de")
