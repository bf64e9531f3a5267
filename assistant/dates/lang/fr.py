"""Français: weekday and month names (the rest of the table is to come)."""

from assistant.dates.lang.table import Language

LANGUAGE = Language(
    code="fr",
    name="Français",
    weekdays={
        "lundi": "monday",
        "mardi": "tuesday",
        "mercredi": "wednesday",
        "jeudi": "thursday",
        "vendredi": "friday",
        "samedi": "saturday",
        "dimanche": "sunday",
    },
    months={
        "janvier": "january",
        "fevrier": "february",
        "mars": "march",
        "avril": "april",
        "mai": "may",
        "juin": "june",
        "juillet": "july",
        "aout": "august",
        "septembre": "september",
        "octobre": "october",
        "novembre": "november",
        "decembre": "december",
    },
    elision=True,
)
