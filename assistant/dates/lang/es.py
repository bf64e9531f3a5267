"""Español: weekday and month names (the rest of the table is to come)."""

from assistant.dates.lang.table import Language

LANGUAGE = Language(
    code="es",
    name="Español",
    weekdays={
        "lunes": "monday",
        "martes": "tuesday",
        "miercoles": "wednesday",
        "jueves": "thursday",
        "viernes": "friday",
        "sabado": "saturday",
        "domingo": "sunday",
    },
    months={
        "enero": "january",
        "febrero": "february",
        "marzo": "march",
        "abril": "april",
        "mayo": "may",
        "junio": "june",
        "julio": "july",
        "agosto": "august",
        "septiembre": "september",
        "octubre": "october",
        "noviembre": "november",
        "diciembre": "december",
    },
    elision=False,
)
