"""Deutsch: "Donnerstag um 11 Uhr", "morgen früh", "jeden zweiten Montag", "halb 3".

"Nächsten Dienstag" and "kommenden Dienstag" are the coming Tuesday (never
today): said on a Tuesday they are the one a week later, which is what people
mean. "Dienstag nächster Woche" and "nächste Woche Dienstag" are Tuesday of
next week. "Diesen Dienstag", "am Dienstag" and a bare "Dienstag" are the next
Tuesday, today included; "letzten Dienstag" the last one before today.

An hour after "um" reads like English "at 5": 1 to 6 are afternoon hours
unless a part of the day says otherwise ("um 5 Uhr morgens"). "Halb 3",
"Viertel nach 3", "Viertel vor 3" and "dreiviertel 3" are clock-face forms
(2:30, 3:15, 2:45, 2:45) and read the same way, with or without "um", since
nobody says "halb 3" for 14:30 on a 24-hour clock; "3 Uhr nachts" is 03:00.
"Alle 14 Tage" is every two weeks, as it is meant.

"Morgen" alone is tomorrow; "am Morgen", "heute Morgen" and "Montag Morgen"
are the morning. Umlauts may be typed as "ae", "oe", "ue" ("uebermorgen",
"naechsten", "Maerz"); the table writes each word once with its umlauts and
both spellings are derived. The weekday abbreviations "Mo", "Di", "Mi", "Do",
"Fr", "Sa" and "So" are left out: "so", "do", "mi", "di" and "sa" are words
here or in the other languages, and "Fr." is also "Frau".
"""

from collections.abc import Mapping
from typing import TypeVar

from assistant.dates.lang.table import Language

_V = TypeVar("_V")


def _spellings(word: str) -> tuple[str, ...]:
    """A word as people type it: "nächsten" -> "nachsten" and "naechsten"."""
    plain = word.replace("ß", "ss")
    dropped = plain.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    spelled = plain.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return tuple(dict.fromkeys((dropped, spelled)))


def _keys(table: Mapping[str, _V]) -> dict[str, _V]:
    """``table`` with every key in each of its spellings."""
    return {key: value for word, value in table.items() for key in _spellings(word)}


def _pattern(pattern: str) -> str:
    """A phrase pattern with every literal word in each of its spellings."""
    slots = []
    for slot in pattern.split():
        if slot.startswith("<"):
            slots.append(slot)
            continue
        optional = "?" if slot.endswith("?") else ""
        words = (key for word in slot.rstrip("?").split("|") for key in _spellings(word))
        slots.append("|".join(dict.fromkeys(words)) + optional)
    return " ".join(slots)


_WEEKDAYS = {
    "montag": "monday",
    "dienstag": "tuesday",
    "mittwoch": "wednesday",
    "donnerstag": "thursday",
    "freitag": "friday",
    "samstag": "saturday",
    "sonnabend": "saturday",
    "sonntag": "sunday",
}

# "Montagmorgen", "Freitagabend": a weekday and a part of the day in one word.
_PARTS = {
    "morgen": "morning",
    "vormittag": "morning",
    "mittag": "noon",
    "nachmittag": "afternoon",
    "abend": "evening",
    "nacht": "night",
}

# Spelled-out hours for "3 Uhr nachts" (03:00, not 15:00).
_SMALL_HOURS = {1: "eins|ein", 2: "zwei|zwo", 3: "drei", 4: "vier", 5: "fünf"}

_NEXT = "nächste|nächsten|nächster|kommende|kommenden|kommender"
_EVERY = "jeden|jede|jedes|jedem"
_MONTH_SUFFIX = "im|des|jedes|jeden monat|monats"

_WORDS = {
    # days
    "heute": "today",
    "morgen": "tomorrow",
    "gestern": "yesterday",
    "übermorgen": "the day after tomorrow",
    "vorgestern": "the day before yesterday",
    "jetzt": "now",
    "sofort": "now",
    "wochenende": "weekend",
    "wochenenden": "weekends",
    "monatsende": "end of the month",
    "jahresende": "end of the year",
    # parts of the day
    "mittag": "noon",
    "mittags": "noon",
    "mitternacht": "midnight",
    "früh": "morning",
    "morgens": "in the morning",
    "vormittag": "morning",
    "vormittags": "in the morning",
    "nachmittag": "afternoon",
    "nachmittags": "in the afternoon",
    "abend": "evening",
    "abends": "in the evening",
    "nacht": "night",
    "nachts": "at night",
    # small words
    "der": "",
    "die": "",
    "den": "",
    "dem": "",
    "des": "",
    "zum": "",
    "am": "on",
    "an": "on",
    "um": "at",
    "gegen": "at",
    "und": "and",
    "von": "from",
    "vom": "from",
    "bis": "until",
    "zwischen": "between",
    "für": "for",
    "ende": "end",
    **dict.fromkeys(("nächste", "nächsten", "nächster", "nächstes", "nächstem"), "next"),
    **dict.fromkeys(("kommende", "kommenden", "kommender", "kommendes"), "next"),
    **dict.fromkeys(("diese", "diesen", "dieser", "dieses", "diesem"), "this"),
    **dict.fromkeys(("letzte", "letzten", "letzter", "letztes"), "last"),
    **dict.fromkeys(("vergangene", "vergangenen", "vergangener", "vergangenes"), "last"),
    **dict.fromkeys(("vorige", "vorigen", "voriger", "voriges"), "last"),
    # repeats
    **dict.fromkeys(("jeden", "jede", "jedes", "jedem", "jeder"), "every"),
    "täglich": "daily",
    "wöchentlich": "weekly",
    "monatlich": "monthly",
    "jährlich": "yearly",
    "alljährlich": "yearly",
    "zweiwöchentlich": "biweekly",
    "vierzehntägig": "biweekly",
    "14-tägig": "biweekly",
    "werktags": "weekdays",
    "wochentags": "weekdays",
    "werktag": "weekday",
    "werktage": "weekdays",
    "werktagen": "weekdays",
    "arbeitstag": "weekday",
    "arbeitstage": "weekdays",
    "arbeitstagen": "weekdays",
    # lengths
    "anderthalb": "1.5",
    "eineinhalb": "1.5",
    "zweieinhalb": "2.5",
    "viertelstunde": "15 minutes",
    "dreiviertelstunde": "45 minutes",
    # a weekday and a part of the day in one word
    **{
        f"{day}{part}": f"{en} {part_en}"
        for day, en in _WEEKDAYS.items()
        for part, part_en in _PARTS.items()
    },
}

_PHRASES = (
    # days and parts of the day
    ("heute morgen|früh|vormittag", "this morning"),
    ("heute nachmittag", "this afternoon"),
    ("heute abend", "this evening"),
    ("heute nacht", "tonight"),
    ("gestern morgen", "yesterday morning"),
    ("morgen morgen", "tomorrow morning"),
    ("<W> morgen", "{1} morning"),
    ("am|gegen morgen|vormittag", "in the morning"),
    ("früh am morgen", "in the morning"),
    ("in der früh", "in the morning"),
    ("am|gegen nachmittag", "in the afternoon"),
    ("am|gegen abend", "in the evening"),
    ("in der nacht", "at night"),
    ("am|zu|gegen mittag", "at noon"),
    # weekdays: "nächsten Dienstag" is the coming one, "Dienstag nächster Woche" next week's
    (f"{_NEXT} <W>", "coming {1}"),
    (f"{_NEXT} <W> morgen", "coming {1} morning"),
    ("<W> nächste|nächster|kommende|kommender woche", "next {1}"),
    ("<W> in? der nächsten|kommenden woche", "next {1}"),
    ("nächste|nächsten|kommende|kommenden woche am? <W>", "next {1}"),
    # weeks, months, weekends
    ("in der nächsten|kommenden woche", "next week"),
    ("in dieser woche", "this week"),
    ("im nächsten|kommenden monat", "next month"),
    ("in diesem monat", "this month"),
    ("am|übers|übern wochenende", "this weekend"),
    ("ende des|dieses? monats|monat", "end of the month"),
    ("ende der|dieser? woche", "end of the week"),
    ("ende des|dieses? jahres|jahr", "end of the year"),
    ("die|in? den? nächsten|nächste|kommenden <C> <U>", "the next {1} {2}"),
    ("die|in? den? letzten|vergangenen <C> <U>", "the past {1} {2}"),
    # dates: "am 3. April" and "31.3." need no phrase
    ("am <N>", "on the {1}"),
    ("den|der|zum <N>", "the {1}"),
    ("am <O> <M> <Y>?", "on {1} {2} {3}"),
    ("den|der|zum? <O> <M> <Y>?", "{1} {2} {3}"),
    # times
    ("um|gegen <T> uhr?", "at {1}"),
    ("um|gegen <T> uhr <C>", "at {1}:{2}"),
    ("<T> uhr", "{1}"),
    ("<T> uhr <C>", "{1}:{2}"),
    ("um|gegen? halb <T>", "at {1:-1}:30"),
    ("um|gegen? viertel nach <T>", "at {1}:15"),
    ("um|gegen? viertel vor <T>", "at {1:-1}:45"),
    ("um|gegen? dreiviertel <T>", "at {1:-1}:45"),
    ("um|gegen? <T> uhr? mittags", "at {1} in the afternoon"),
    *(
        (f"um|gegen? {hour}|{words} uhr? nachts", f"at 0{hour}:00")
        for hour, words in _SMALL_HOURS.items()
    ),
    ("um|gegen? 12|zwölf uhr? nachts", "at midnight"),
    # "ab 18 Uhr": the start, with no end (as "um 18 Uhr")
    ("ab <T> uhr?", "at {1}"),
    ("ab <T> uhr <C>", "at {1}:{2}"),
    # "verschieb das auf 16 Uhr": the new time, as "um 16 Uhr"
    ("auf <T> uhr", "at {1}"),
    ("auf <T> uhr <C>", "at {1}:{2}"),
    # ranges: "von 2 bis 4" is read like "at 2" (14:00)
    ("von|ab <T> uhr? bis <T> uhr?", "from at {1} to at {2}"),
    ("<T> uhr? bis <T> uhr?", "from at {1} to at {2}"),
    ("zwischen <T> uhr? und <T> uhr?", "between at {1} and at {2}"),
    ("bis <T> uhr", "until at {1}"),
    ("bis um <T> uhr?", "until at {1}"),
    ("bis zum|zur|einschließlich", "until"),
    ("bis zum <N>", "until the {1}"),
    ("vom|von <N> bis zum? <N> <M> <Y>?", "from {1} {3} {4} to {2} {3} {4}"),
    ("vom|von <N> <M> bis zum? <N> <M> <Y>?", "from {1} {2} {5} to {3} {4} {5}"),
    ("vom|von <N> bis zum? <N>", "from the {1} to the {2}"),
    # lengths and offsets
    ("eine|einer? halbe|halben stunde", "half an hour"),
    ("eine|einer viertelstunde", "15 minutes"),
    ("eine|einer dreiviertelstunde", "45 minutes"),
    ("drei viertelstunden", "45 minutes"),
    ("in anderthalb|eineinhalb stunden", "in 90 minutes"),
    ("vor <C> <U>", "{1} {2} ago"),
    ("vor einer? halben stunde", "30 minutes ago"),
    ("vor einer? viertelstunde", "15 minutes ago"),
    ("<C> <U> lang", "for {1} {2}"),
    # repeats
    ("jeden tag von? montag bis freitag", "every weekday"),
    ("montags bis freitags", "weekdays"),
    ("unter der woche", "weekdays"),
    ("immer am? <W>", "every {1}"),
    ("alle 14|vierzehn tage", "every 2 weeks"),
    ("alle <C> <U>", "every {1} {2}"),
    (f"{_EVERY} zweiten|zweite|zweites <W>", "every other {1}"),
    (f"{_EVERY} zweiten|zweite|zweites <U>", "every other {1}"),
    (f"{_EVERY} dritten|dritte|drittes <W>", "every 3 {1}"),
    (f"{_EVERY} dritten|dritte|drittes <U>", "every 3 {1}"),
    (f"{_EVERY} vierten|vierte|viertes <W>", "every 4 {1}"),
    (f"{_EVERY} vierten|vierte|viertes <U>", "every 4 {1}"),
    (f"{_EVERY} <N> <W>", "every {1} {2}"),
    (f"{_EVERY} <N> <U>", "every {1} {2}"),
    ("einmal am|pro tag", "daily"),
    ("einmal pro|die|in der? woche", "weekly"),
    ("einmal pro|im monat", "monthly"),
    ("einmal pro|im jahr", "yearly"),
    (f"{_EVERY}|am|der|den? <O> <W> {_MONTH_SUFFIX}", "the {1} {2} of every month"),
    (f"{_EVERY}|am|der|den? <O> tag {_MONTH_SUFFIX}", "the {1} day of every month"),
    (f"{_EVERY}|am? <N> {_MONTH_SUFFIX}", "monthly on the {1:ord}"),
    (f"{_EVERY} <N>", "monthly on the {1:ord}"),
    ("monatlich am <N>", "monthly on the {1:ord}"),
    ("jeden monat am <N>", "monthly on the {1:ord}"),
    ("monatlich am <O> <W>", "monthly on the {1} {2}"),
    ("jeden monat am <O> <W>", "monthly on the {1} {2}"),
    ("insgesamt? <C> mal|male", "{1} times"),
)

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    weekdays=_keys(
        {
            **_WEEKDAYS,
            **{f"{k}s": f"{v}s" for k, v in _WEEKDAYS.items()},
        }
    ),
    months=_keys(
        {
            "januar": "january",
            "jänner": "january",
            "februar": "february",
            "feber": "february",
            "märz": "march",
            "april": "april",
            "mai": "may",
            "juni": "june",
            "juli": "july",
            "august": "august",
            "september": "september",
            "oktober": "october",
            "november": "november",
            "dezember": "december",
            "okt": "october",
            "dez": "december",
        }
    ),
    units=_keys(
        {
            "sekunde": "second",
            "sekunden": "seconds",
            "sek": "seconds",
            "minute": "minute",
            "minuten": "minutes",
            "min": "minutes",
            "stunde": "hour",
            "stunden": "hours",
            "std": "hours",
            "tag": "day",
            "tage": "days",
            "tagen": "days",
            "woche": "week",
            "wochen": "weeks",
            "monat": "month",
            "monate": "months",
            "monaten": "months",
            "monats": "month",
            "jahr": "year",
            "jahre": "years",
            "jahren": "years",
            "jahres": "year",
        }
    ),
    numbers=_keys(
        {
            "ein": 1,
            "eins": 1,
            "eine": 1,
            "einen": 1,
            "einer": 1,
            "einem": 1,
            "zwei": 2,
            "zwo": 2,
            "drei": 3,
            "vier": 4,
            "fünf": 5,
            "sechs": 6,
            "sieben": 7,
            "acht": 8,
            "neun": 9,
            "zehn": 10,
            "elf": 11,
            "zwölf": 12,
            "vierzehn": 14,
            "fünfzehn": 15,
            "zwanzig": 20,
            "vierundzwanzig": 24,
            "dreißig": 30,
            "fünfundvierzig": 45,
            "sechzig": 60,
            "neunzig": 90,
        }
    ),
    ordinals=_keys(
        {
            **dict.fromkeys(("erste", "ersten", "erster", "erstes"), 1),
            **dict.fromkeys(("zweite", "zweiten", "zweiter", "zweites"), 2),
            **dict.fromkeys(("dritte", "dritten", "dritter", "drittes"), 3),
            **dict.fromkeys(("vierte", "vierten", "vierter", "viertes"), 4),
            **dict.fromkeys(("fünfte", "fünften", "fünfter", "fünftes"), 5),
            **dict.fromkeys(("letzte", "letzten", "letzter", "letztes"), -1),
        }
    ),
    words=_keys(_WORDS),
    phrases=tuple((_pattern(pattern), template) for pattern, template in _PHRASES),
)
