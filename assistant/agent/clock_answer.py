"""Questions like "what day is it?", answered by code in the asker's language.

A small model reads the clock line it is given badly (it has answered
"Monday" on a Sunday), and the date is exactly what code knows for sure. The
answer names the weekday, the date and the time of day in the user's zone.
"""

from __future__ import annotations

from datetime import date

from assistant.clock import Clock

_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}
# {w}eekday, {d}ay, {m}onth, {y}ear, {t}ime (24-hour; "2:20 pm" in English).
_SENTENCE = {
    "en": "It's {w}, {m} {d}, {y}, {t}.",
    "pt": "Hoje é {w}, {d} de {m} de {y}; são {t}.",
    "es": "Hoy es {w}, {d} de {m} de {y}; son las {t}.",
    "de": "Heute ist {w}, der {d}. {m} {y}; es ist {t} Uhr.",
    "fr": "Nous sommes le {w} {d} {m} {y} ; il est {t}.",
    "it": "Oggi è {w} {d} {m} {y}; sono le {t}.",
}


def clock_answer(clock: Clock, lang: str) -> str:
    """The weekday, date and time now, as one sentence in ``lang`` (English if unknown)."""
    lang = lang if lang in _SENTENCE else "en"
    now = clock.now.astimezone(clock.tz)
    if lang == "en":
        hour = now.hour % 12 or 12
        time = f"{hour}:{now.minute:02d} {'am' if now.hour < 12 else 'pm'}"
    else:
        time = f"{now.hour}:{now.minute:02d}"
    return _SENTENCE[lang].format(t=time, **_parts(now.date(), lang))


# A day without the time: "Friday, December 25, 2026", "viernes, 25 de diciembre de 2026".
_DAY = {
    "en": "{w}, {m} {d}, {y}",
    "pt": "{w}, {d} de {m} de {y}",
    "es": "{w}, {d} de {m} de {y}",
    "de": "{w}, {d}. {m} {y}",
    "fr": "{w} {d} {m} {y}",
    "it": "{w} {d} {m} {y}",
}


def day_name(day: date, lang: str) -> str:
    """``day`` written out in ``lang`` (English if unknown)."""
    lang = lang if lang in _DAY else "en"
    return _DAY[lang].format(**_parts(day, lang))


def _parts(day: date, lang: str) -> dict[str, object]:
    """{w}eekday, {d}ay, {m}onth and {y}ear of ``day``, named in ``lang``."""
    return {
        "w": _WEEKDAYS[lang].split()[day.weekday()],
        "d": day.day,
        "m": _MONTHS[lang].split()[day.month - 1],
        "y": day.year,
    }
