"""Deutsch: weekday and month names (the rest of the table is to come)."""

from assistant.dates.lang.table import Language

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    weekdays={
        "montag": "monday",
        "dienstag": "tuesday",
        "mittwoch": "wednesday",
        "donnerstag": "thursday",
        "freitag": "friday",
        "samstag": "saturday",
        "sonntag": "sunday",
    },
    months={
        "januar": "january",
        "februar": "february",
        "marz": "march",
        "april": "april",
        "mai": "may",
        "juni": "june",
        "juli": "july",
        "august": "august",
        "september": "september",
        "oktober": "october",
        "november": "november",
        "dezember": "december",
    },
    elision=False,
)
