"""French dates, times, ranges, lengths and repeats, against a fixed clock.

The clock is Friday 2026-11-27 10:00 in Paris (CET, UTC+1). Every expectation
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

PARIS = ZoneInfo("Europe/Paris")
NOW = friday_morning(PARIS)
# The same moment for a user whose language is French: it breaks ties where
# no word is French only ("à 9h", "31/3", "de 15h à 16h30").
FR = Clock(NOW.now, PARIS, "fr")
TUESDAY = Clock(datetime(2026, 12, 1, 10, 0, tzinfo=PARIS), PARIS)


at = partial(at_in, PARIS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aujourd'hui", date(2026, 11, 27)),
        ("demain", date(2026, 11, 28)),
        ("hier", date(2026, 11, 26)),
        ("après-demain", date(2026, 11, 29)),
        ("avant-hier", date(2026, 11, 25)),
        ("mardi", date(2026, 12, 1)),
        # Today is Friday: "vendredi" and "ce vendredi" are today; "vendredi
        # prochain" and "le prochain vendredi" are the one after.
        ("vendredi", date(2026, 11, 27)),
        ("ce vendredi", date(2026, 11, 27)),
        ("vendredi prochain", date(2026, 12, 4)),
        ("le prochain vendredi", date(2026, 12, 4)),
        ("mardi prochain", date(2026, 12, 1)),
        ("mardi de la semaine prochaine", date(2026, 12, 1)),
        ("jeudi dernier", date(2026, 11, 26)),
        ("le 3 avril", date(2027, 4, 3)),
        ("3 avril 2028", date(2028, 4, 3)),
        ("le 1er mai", date(2027, 5, 1)),
        ("le premier mai", date(2027, 5, 1)),
        ("le 3 sept.", date(2027, 9, 3)),
        ("le 15", date(2026, 12, 15)),
        ("la semaine prochaine", date(2026, 11, 30)),
        ("le mois prochain", date(2026, 12, 1)),
        ("à la fin du mois", date(2026, 11, 30)),
        ("fin de l'année", date(2026, 12, 31)),
        ("ce week-end", date(2026, 11, 28)),
        ("le week-end prochain", date(2026, 12, 5)),
    ],
)
def test_days(text: str, expected: date) -> None:
    assert resolve_when(text, NOW).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lundi à 15h", at(11, 30, 15)),
        ("lundi à 15 h 30", at(11, 30, 15, 30)),
        ("demain matin", at(11, 28, 9)),
        ("demain soir", at(11, 28, 19)),
        ("ce soir", at(11, 27, 20)),
        ("ce soir à 9h", at(11, 27, 21)),
        ("cet après-midi", at(11, 27, 15)),
        ("à 3h de l'après-midi", at(11, 27, 15)),
        ("à 8h du matin", at(11, 28, 8)),  # 08:00 today has passed
        ("à 10h du soir", at(11, 27, 22)),
        ("à 2h de la nuit", at(11, 28, 2)),
        ("à midi", at(11, 27, 12)),
        ("minuit", at(11, 28, 0)),
        ("midi et demi", at(11, 27, 12, 30)),
        ("à 3 heures et demie", at(11, 27, 15, 30)),
        ("à 10 heures moins le quart", at(11, 28, 9, 45)),
        ("à 5", at(11, 27, 17)),  # after "à", 1 to 6 are afternoon hours
        ("vers 15h", at(11, 27, 15)),
        ("vendredi à 9h", at(12, 4, 9)),  # 09:00 today has passed: next Friday
        ("vendredi à 15h", at(11, 27, 15)),
        ("le 3 avril à 9h", at(4, 3, 9, year=2027)),
        ("dans 2 heures", at(11, 27, 12)),
        ("dans une demi-heure", at(11, 27, 10, 30)),
        ("dans un quart d'heure", at(11, 27, 10, 15)),
        ("dans huit jours", at(12, 4, 10)),  # "huit jours" is a week
        ("dans quinze jours", at(12, 11, 10)),  # and "quinze jours" two
        ("il y a 3 jours", at(11, 24, 10)),
        ("maintenant", at(11, 27, 10)),
        # A start with no end: "à partir de 19h30" is 19:30.
        ("à partir de 19h30", at(11, 27, 19, 30)),
        ("samedi 5 décembre à partir de 19h30", at(12, 5, 19, 30)),
        ("à partir de 20 heures", at(11, 27, 20)),
        ("demain à partir de midi", at(11, 28, 12)),
    ],
)
def test_times(text: str, expected: datetime) -> None:
    assert resolve_when(text, FR).value == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("cette semaine", at(11, 23), at(11, 30)),
        ("la semaine prochaine", at(11, 30), at(12, 7)),
        ("ce mois-ci", at(11, 1), at(12, 1)),
        ("ce week-end", at(11, 28), at(11, 30)),
        ("les 7 prochains jours", at(11, 27, 10), at(12, 4, 10)),
        ("au cours des 7 derniers jours", at(11, 20, 10), at(11, 27, 10)),
        ("de 15h à 16h30", at(11, 27, 15), at(11, 27, 16, 30)),
        ("de 2 à 4", at(11, 27, 14), at(11, 27, 16)),
        ("entre 9h et 11h", at(11, 28, 9), at(11, 28, 11)),
        ("jeudi de 14h à 15h30", at(12, 3, 14), at(12, 3, 15, 30)),
        ("du lundi au vendredi", at(11, 30), at(12, 5)),
        ("jusqu'à vendredi", at(11, 27, 10), at(11, 28)),
        ("jusqu'à 18h", at(11, 27, 10), at(11, 27, 18)),
        ("jusqu'au 15", at(11, 27, 10), at(12, 16)),
        ("du 3 au 5 décembre", at(12, 3), at(12, 6)),
        ("du 28 décembre au 3 janvier", at(12, 28), at(1, 4, year=2027)),
    ],
)
def test_ranges(text: str, start: datetime, end: datetime) -> None:
    assert resolve_range(text, FR) == (start, end)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45 mn", 45),
        ("une heure", 60),
        ("deux heures", 120),
        ("une demi-heure", 30),
        ("une heure et demie", 90),
        ("2 heures 30", 150),
        ("1h30", 90),
        ("1,5 heure", 90),
        ("un quart d'heure", 15),
        ("deux jours et demi", 60 * 60),
    ],
)
def test_lengths(text: str, minutes: int) -> None:
    assert parse_duration(text, "fr") == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("tous les lundis", "FREQ=WEEKLY;BYDAY=MO"),
        ("le lundi et le mercredi", "FREQ=WEEKLY;BYDAY=MO,WE"),
        ("tous les lundis, mercredis et vendredis", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("tous les jours", "FREQ=DAILY"),
        ("tous les jours ouvrables", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("en semaine", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("tous les week-ends", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("chaque semaine", "FREQ=WEEKLY;BYDAY=FR"),
        ("toutes les deux semaines", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("une semaine sur deux", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("tous les quinze jours", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("un lundi sur deux", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("tous les mois", "FREQ=MONTHLY;BYMONTHDAY=27"),
        ("le 15 de chaque mois", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("le premier lundi du mois", "FREQ=MONTHLY;BYDAY=1MO"),
        ("tous les premiers lundis du mois", "FREQ=MONTHLY;BYDAY=1MO"),
        ("le dernier vendredi de chaque mois", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("tous les ans le 24 décembre", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"),
        ("tous les jours 10 fois", "FREQ=DAILY;COUNT=10"),
        # Fridays 27 Nov to 1 Jan: six in [start, start + 6 weeks).
        ("chaque semaine pendant 6 semaines", "FREQ=WEEKLY;BYDAY=FR;COUNT=6"),
        # Fri 27, Mon 30 to Fri 4, Mon 7 to Thu 10: ten before Fri 11 at 10:00.
        (
            "tous les jours ouvrables pendant 2 semaines",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10",
        ),
        # 31 December 23:59:59 in Paris is 22:59:59 UTC.
        ("tous les mardis jusqu'au 31 décembre", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z"),
    ],
)
def test_repeats(text: str, rule: str) -> None:
    assert parse_recurrence(text, NOW.now, "fr") == rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mardi prochain", date(2026, 12, 8)),
        ("ce mardi", date(2026, 12, 1)),
        ("mardi dernier", date(2026, 11, 24)),
        ("mercredi prochain", date(2026, 12, 2)),
        ("mercredi de la semaine prochaine", date(2026, 12, 9)),
        ("mardi à 9h", datetime(2026, 12, 8, 9, 0, tzinfo=PARIS)),
    ],
)
def test_next_weekday_said_on_that_weekday(text: str, expected: date) -> None:
    # Said on Tuesday 1 December: "mardi prochain" is never today.
    assert resolve_when(text, TUESDAY).value == expected


def test_the_users_language_reads_numeric_dates_day_first() -> None:
    assert resolve_when("31/3", FR).value == date(2027, 3, 31)
    assert resolve_when("31.3.", FR).value == date(2027, 3, 31)
    assert resolve_when("31/3/2027", FR).value == date(2027, 3, 31)
    assert resolve_when("le 3/12 à 10h", FR).value == at(12, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "lundi à 15h",
        "à midi",
        "après-demain",
        "le 3 avril",
        "il y a 3 jours",
        "ce soir",
        "une demi-heure",
        "jusqu'à 18h",
    ],
)
def test_detected_as_french(text: str) -> None:
    assert detect(text.split()) == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "next tuesday at 1pm",
        "every monday and wednesday",
        "in 2 hours",
        "once a week",
        "the last friday of every month",
    ],
)
def test_english_stays_english(text: str) -> None:
    assert detect(text.split()) == "en"


def test_words_that_mean_something_else_are_not_dates() -> None:
    table = LANGUAGES["fr"]
    # "mar" is the Spanish sea and English March, "mer" the sea, "jeu" a game,
    # "sam" a name, "dim" an English word.
    assert not {"mar", "mer", "jeu", "ven", "sam", "dim"} & set(table.weekdays)
    # "sept" alone is seven; "neuf" is nine and new.
    assert "sept" not in table.months
    assert "neuf" not in table.numbers
    # "3 heures et demie" is a length; only "à 3 heures et demie" is a time.
    assert parse_duration("3 heures et demie", "fr") == timedelta(hours=3, minutes=30)


def test_refusals() -> None:
    with pytest.raises(DateError, match='"blorf" in "demain blorf"'):
        resolve_when("demain blorf", NOW)
    with pytest.raises(DateError, match="blorf"):
        resolve_when("le prochain blorf", NOW)
    with pytest.raises(DateError, match="February 30"):
        resolve_when("30 février", NOW)
    with pytest.raises(DateError, match="not a time of day"):
        resolve_when("lundi à 25h", NOW)
    # "vendredi 17" is Friday the 17th, never Friday 17:00; 17 December is a Thursday.
    with pytest.raises(DateError, match="is a Thursday, not a Friday"):
        resolve_when("vendredi 17", NOW)
    # "cette nuit" is the night ahead or the one just gone: not guessed.
    with pytest.raises(DateError):
        resolve_when("cette nuit", NOW)
    with pytest.raises(RecurrenceError, match='"blorf" in the repeat "tous les blorf"'):
        parse_recurrence("tous les blorf", NOW.now)
    with pytest.raises(DateError, match="blorfs"):
        parse_duration("trois blorfs")
