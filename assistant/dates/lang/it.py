"""Italiano: weekday and month names (the rest of the table is to come)."""

from assistant.dates.lang.table import Language

LANGUAGE = Language(
    code="it",
    name="Italiano",
    weekdays={
        "lunedi": "monday",
        "martedi": "tuesday",
        "mercoledi": "wednesday",
        "giovedi": "thursday",
        "venerdi": "friday",
        "sabato": "saturday",
        "domenica": "sunday",
    },
    months={
        "gennaio": "january",
        "febbraio": "february",
        "marzo": "march",
        "aprile": "april",
        "maggio": "may",
        "giugno": "june",
        "luglio": "july",
        "agosto": "august",
        "settembre": "september",
        "ottobre": "october",
        "novembre": "november",
        "dicembre": "december",
    },
    elision=True,
)
