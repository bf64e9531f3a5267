"""The shared engine for dates in other languages: detection, rewriting, English untouched."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import friday_morning

from assistant.clock import Clock, system_language
from assistant.dates import parse_duration, resolve_when
from assistant.dates.lang import CODES, LANGUAGES, canonical, detect, language_of, read
from assistant.errors import DateError

BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY = friday_morning(BERLIN)  # Friday 10:00


def test_six_languages() -> None:
    assert set(CODES) == {"en", "pt", "es", "de", "fr", "it"}
    for code, table in LANGUAGES.items():
        assert table.code == code
        assert len(set(table.weekdays.values()) - {f"{d}s" for d in table.weekdays.values()}) >= 7


@pytest.mark.parametrize(
    "text",
    [
        "next tuesday at 1pm",
        "tomorrow 3pm",
        "the 2nd of April at 9:30 a.m.",
        "every Monday and Wednesday until Dec 31",
        "in 2 hours",
        "from 3 to 4:30pm",
        "Dec. 24, 5 p.m.",
        "9 o'clock",
        "2026-12-01T10:00",
        "3/4",
    ],
)
def test_english_reaches_the_grammar_as_written(text: str) -> None:
    assert detect(text.split()) == "en"
    assert canonical(text) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("terça às 13h", "pt"),
        ("mañana a las 10", "es"),
        ("Donnerstag um 11 Uhr", "de"),
        ("lundi à 15h", "fr"),
        ("domani alle 9", "it"),
        ("next Tuesday", "en"),
    ],
)
def test_language_comes_from_the_words(text: str, code: str) -> None:
    assert detect(text.split()) == code
    # A preference for another language does not outvote the words.
    other = "it" if code != "it" else "pt"
    assert detect(text.split(), prefer=other) == code


def test_the_users_language_breaks_ties() -> None:
    assert detect(["31/3"]) == "en"
    assert detect(["31/3"], prefer="pt") == "pt"
    assert detect(["15h"], prefer="de_DE.UTF-8") == "de"
    # "31/3" is refused in English (day or month first?) and read day first elsewhere.
    with pytest.raises(DateError, match="ambiguous"):
        resolve_when("31/3", FRIDAY)
    pt = Clock(FRIDAY.now, BERLIN, "pt")
    assert resolve_when("31/3", pt).value == date(2027, 3, 31)
    assert resolve_when("31/3/2027", pt).value == date(2027, 3, 31)


def test_language_of_settings() -> None:
    assert language_of("pt_BR.UTF-8") == "pt"
    assert language_of("de-AT") == "de"
    assert language_of("C.UTF-8") == ""
    assert language_of("ja_JP") == ""
    assert language_of(None) == ""


def test_system_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ASSISTANT_LANG", "LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert system_language() == ""
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert system_language() == "fr"
    monkeypatch.setenv("ASSISTANT_LANG", "it")
    assert system_language() == "it"
    assert Clock.from_options("2026-11-27T10:00", "Europe/Berlin").lang == "it"


def test_groups_remember_the_users_words() -> None:
    words = ["Almoço", "com", "a", "Júlia", "na", "terça", "às", "13h"]
    reading = read(words)
    assert reading.lang == "pt"
    tuesday = next(g for g in reading.groups if "tuesday" in g.words)
    assert words[tuesday.first : tuesday.last] == ["terça"]
    # A phrase that reorders maps all its words to all the user's words.
    reading = read(["sexta", "que", "vem"])
    assert [(g.words, g.first, g.last) for g in reading.groups] == [(("coming", "friday"), 0, 3)]


def test_weekdays_and_months_of_any_language_are_understood_in_mixed_text() -> None:
    # What a small model writes: a weekday in the user's language, the rest English.
    assert resolve_when("Martes at 19:00", FRIDAY).value == datetime(
        2026, 12, 1, 19, 0, tzinfo=BERLIN
    )
    assert resolve_when("amanhã 3pm", FRIDAY).value == datetime(2026, 11, 28, 15, 0, tzinfo=BERLIN)


def test_shared_forms() -> None:
    pt = "pt"
    assert canonical("13h30", pt) == "13:30"
    assert canonical("31.3.", "de") == "31 march"
    assert canonical("31.03.2027", "de") == "31 march 2027"
    assert canonical("1º de maio", pt) == "1 may"
    # A length keeps "1h30" for the duration grammar: 90 minutes, not half past one.
    assert parse_duration("1h30").total_seconds() == 5400
    assert parse_duration("1,5 horas").total_seconds() == 5400


def test_a_word_that_is_not_a_date_is_refused_in_the_users_words() -> None:
    with pytest.raises(DateError, match='"blorf" in "amanhã blorf"'):
        resolve_when("amanhã blorf", FRIDAY)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("terça às 25h", "not a time of day"),
        ("32 de abril", "no 32nd of April"),
        ("segunda 13h terça", "more than one day"),
        ("31/2", "February"),
    ],
)
def test_impossible_dates_are_refused(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        resolve_when(text, Clock(FRIDAY.now, BERLIN, "pt"))


# Each language against English as the oracle: the same moment, including the
# night the clocks go forward (28 March 2027: 02:30 does not exist in Berlin)
# and the night they go back (31 October 2027: 02:30 happens twice).
SAME_AS_ENGLISH = [
    ("pt", "28 de março de 2027 às 02:30", "28 March 2027 02:30"),
    ("pt", "31 de outubro de 2027 às 02h30", "31 October 2027 02:30"),
    ("pt", "domingo 28/3/2027 às 10h", "28 March 2027 10:00"),
    ("es", "el 28 de marzo de 2027 a las 02:30", "28 March 2027 02:30"),
    ("es", "31 de octubre de 2027 a las 02:30", "31 October 2027 02:30"),
    ("de", "am 28. März 2027 um 02:30 Uhr", "28 March 2027 02:30"),
    ("de", "31.10.2027 um 02:30", "31 October 2027 02:30"),
    ("fr", "le 28 mars 2027 à 02h30", "28 March 2027 02:30"),
    ("fr", "le 31 octobre 2027 à 02h30", "31 October 2027 02:30"),
    ("it", "il 28 marzo 2027 alle 02:30", "28 March 2027 02:30"),
    ("it", "31 ottobre 2027 alle 02:30", "31 October 2027 02:30"),
    ("pt", "amanhã às 9h", "tomorrow 9:00"),
    ("es", "pasado mañana a las 18:00", "the day after tomorrow 18:00"),
    ("de", "übermorgen um 18 Uhr", "the day after tomorrow 18:00"),
    ("fr", "après-demain à 18h", "the day after tomorrow 18:00"),
    ("it", "dopodomani alle 18", "the day after tomorrow 18:00"),
]


@pytest.mark.parametrize(("lang", "text", "english"), SAME_AS_ENGLISH)
def test_same_moment_as_the_english(lang: str, text: str, english: str) -> None:
    clock = Clock(FRIDAY.now, BERLIN, lang)
    assert detect(text.split(), lang) == lang
    assert resolve_when(text, clock).value == resolve_when(english, FRIDAY).value
    # Without the user's language, the words alone say which language it is,
    # unless they are shared ("um" is Portuguese "one" and German "at").
    if detect(text.split()) == lang:
        assert resolve_when(text, FRIDAY).value == resolve_when(english, FRIDAY).value


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Friday, April 2nd", "", date(2027, 4, 2)),
        ("Friday 2 April at 9am", "", datetime(2027, 4, 2, 9, 0, tzinfo=BERLIN)),
        ("domingo 28/3/2027 às 10h", "pt", datetime(2027, 3, 28, 10, 0, tzinfo=BERLIN)),
        ("vendredi 18 décembre", "fr", date(2026, 12, 18)),
        ("Montag, den 30. November", "de", date(2026, 11, 30)),
    ],
)
def test_a_weekday_beside_its_date(text: str, lang: str, expected: date | datetime) -> None:
    assert resolve_when(text, Clock(FRIDAY.now, BERLIN, lang)).value == expected
