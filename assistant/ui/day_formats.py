"""How the window writes a day in the chosen language: QDate patterns, translated.

QLocale supplies the names of days and months in the language the window
shows (assistant/ui/i18n.py sets the default locale), but a pattern fixes their
order and punctuation: English "Fri 4 Dec", German "Fr. 4. Dez.", Portuguese
"sex., 4 de dez.". So the patterns are text like any other, in the
"DateFormat" context of the catalogues; English is the source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def short_day(with_year: bool = False) -> str:
    """A weekday and a day: "ddd d MMM" ("Fri 4 Dec"), with the year when asked."""
    if with_year:
        return QCoreApplication.translate("DateFormat", "ddd d MMM yyyy")
    return QCoreApplication.translate("DateFormat", "ddd d MMM")


def day_and_month(with_year: bool = False) -> str:
    """A day without its weekday: "d MMM" ("4 Dec"), with the year when asked."""
    if with_year:
        return QCoreApplication.translate("DateFormat", "d MMM yyyy")
    return QCoreApplication.translate("DateFormat", "d MMM")


def long_day() -> str:
    """A heading: "dddd, d MMMM" ("Friday, 4 December")."""
    return QCoreApplication.translate("DateFormat", "dddd, d MMMM")
