"""The window's language: Qt translation catalogues chosen at start-up.

The catalogues are ``assistant/ui/translations/assistant_<code>.qm`` (package
data, so they ship in the wheel and the bundles), compiled by ``make
translations`` from ``resources/translations/assistant_<code>.ts``, which
pyside6-lupdate extracts from ``assistant/ui``. The language is the one chosen in Settings
(:attr:`assistant.settings.Preferences.language`), else the system's when a
catalogue exists for it, else English (the source text). It is applied once,
before the window is built; a change in Settings takes effect on the next start.

Only the window's own text is translated: what comes from the core (tool
results, the assistant's answers, error messages raised outside ``assistant.ui``)
stays as written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.settings import LANGUAGES

log = logging.getLogger(__name__)

CATALOGUES = Path(__file__).resolve().parent / "translations"

# The Settings combo's entries: each language named in itself.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "pt": "Português",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
}
assert tuple(LANGUAGE_NAMES) == LANGUAGES

# Installed translators are kept here: Qt does not own them, and one that is
# garbage-collected silently stops translating.
_installed: list[QTranslator] = []


def catalogue(code: str) -> Path | None:
    """The compiled catalogue for ``code``, or None (English has none)."""
    path = CATALOGUES / f"assistant_{code}.qm"
    return path if path.is_file() else None


def chosen_language(preferred: str | None, system: QLocale | None = None) -> str:
    """The language to show: ``preferred`` when set, else the system's if translated, else "en"."""
    if preferred in LANGUAGES:
        return preferred
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages() or [locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_translations(app: QCoreApplication, preferred: str | None) -> str:
    """Install the catalogues for the chosen language; return its code.

    The default QLocale follows the choice, so dates and times are written the
    way that language writes them. A catalogue that cannot be loaded is logged
    and the window stays in English.
    """
    remove_translations(app)
    code = chosen_language(preferred)
    system = QLocale.system()
    # The system's own locale when its language is the one shown (pt_BR, fr_CA
    # keep their formats); else the language's main locale.
    locale = system if system.name().split("_")[0] == code else QLocale(code)
    if code == "en" and system.language() != QLocale.Language.English:
        locale = QLocale(QLocale.Language.English, system.territory())
    QLocale.setDefault(locale)
    if code == "en":
        return code
    path = catalogue(code)
    own = QTranslator(app)
    if path is None or not own.load(str(path)):
        log.warning("No translation catalogue for %r; the window stays in English", code)
        return "en"
    app.installTranslator(own)
    _installed.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):  # Qt's own buttons (OK, Cancel, Yes)
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def remove_translations(app: QCoreApplication) -> None:
    """Take back the catalogues :func:`install_translations` installed (tests, a second call)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
