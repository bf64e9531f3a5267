"""The window in six languages: the catalogues are complete, load, and are used.

The .ts files are read as XML (every entry translated, placeholders and
accelerators kept), compared with what pyside6-lupdate extracts from the
source today, and the compiled .qm files are installed into the running
application to build a real German window.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from assistant import paths, settings
from assistant.clock import Clock
from assistant.dates.resolve import resolve_when
from assistant.errors import AssistantError
from assistant.settings import LANGUAGES, Preferences
from assistant.todos.quick_add import parse_quick_todo
from assistant.tools import default_registry
from assistant.ui import app as app_module
from assistant.ui.chat.tool_words import TOOL_WORDS
from assistant.ui.chat.turn_view import _INTENTS
from assistant.ui.context import AppContext
from assistant.ui.i18n import (
    LANGUAGE_NAMES,
    catalogue,
    chosen_language,
    install_translations,
    remove_translations,
)
from assistant.ui.main_window import MainWindow
from assistant.ui.people_text import day_text
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.tasks import wait_idle

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
# %1, %n and {name}; "%1 %" keeps a literal percent sign, which is not one.
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w*\}")
# An accelerator: "&" before a letter, not "&&" and not an HTML entity.
ACCELERATOR = re.compile(r"(?<!&)&(?![&#\w]+;)(?=\w)")


def messages(code: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every entry of one .ts file."""
    root = ET.parse(TS_DIR / f"assistant_{code}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_entry_is_translated(code: str) -> None:
    entries = messages(code)
    assert len(entries) > 700
    unfinished = [src for _, src, t in entries if t.get("type") in ("unfinished", "obsolete")]
    assert unfinished == []
    empty = [src for _, src, t in entries if not all(text.strip() for text in texts(t))]
    assert empty == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_and_accelerators_match_the_source(code: str) -> None:
    problems = []
    for context, source, translation in messages(code):
        for text in texts(translation):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} (accelerator)")
            # Spin box prefixes and suffixes (" min", "every ") keep their spacing.
            if text.startswith(" ") != source.startswith(" ") or (
                text.endswith(" ") != source.endswith(" ")
            ):
                problems.append(f"{context}: {source!r} -> {text!r} (spacing)")
    assert problems == []


def test_the_catalogues_hold_every_string_of_the_source(tmp_path: Path) -> None:
    """A string added to assistant/ui without `make translations` fails here."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate is not installed")
        lupdate = Path(found)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py",
            "-locations",
            "none",
            "assistant/ui",
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    root = ET.parse(fresh).getroot()
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    for code in TRANSLATED:
        have = {(context, source) for context, source, _ in messages(code)}
        assert sorted(wanted - have, key=str) == [], code
        assert sorted(have - wanted, key=str) == [], code


def test_every_tool_progress_phrase_is_listed_for_translation() -> None:
    words: set[str] = set()
    for registry in (default_registry(), _INTENTS):
        for tool in registry.tools.values():
            progress = tool.progress
            values = [progress] if isinstance(progress, str) else list(progress.values())
            words.update(v for v in values if v)
    assert words == set(TOOL_WORDS)


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalogue_loads_and_translates(code: str, qapp: QApplication) -> None:
    path = catalogue(code)
    assert path is not None, f"assistant_{code}.qm is missing: run make translations"
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("MainWindow", "&Settings…") not in ("", "&Settings…")
    assert catalogue("en") is None  # English is the source text


@pytest.mark.parametrize(
    ("preferred", "system", "expected"),
    [
        (None, "de_AT", "de"),
        (None, "pt_BR", "pt"),
        (None, "ja_JP", "en"),
        ("it", "de_DE", "it"),
        ("en", "fr_FR", "en"),
        ("xx", "es_ES", "es"),  # an unknown choice counts as none
    ],
)
def test_the_language_comes_from_settings_else_the_system(
    preferred: str | None, system: str, expected: str
) -> None:
    assert chosen_language(preferred, QLocale(system)) == expected


def test_english_days_keep_their_pattern(qapp: QApplication) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        assert day_text(date(2026, 12, 4), date(2026, 11, 27)) == "Fri 4 Dec"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("code", TRANSLATED)
def test_date_patterns_are_only_fields_and_quoted_words(code: str) -> None:
    """A translated QDate pattern may reorder fields, but a stray letter would print as a field."""
    for context, source, translation in messages(code):
        if context == "DateFormat":
            (text,) = texts(translation)
            unquoted = re.sub(r"'[^']*'", "", text)
            assert set(re.sub(r"[dMy]", "", unquoted)) <= set(" ,."), (source, text)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    assert install_translations(qapp, "de") == "de"
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


def test_a_german_window_shows_german_menus_and_buttons(
    german: None, app_ctx: AppContext, qtbot: QtBot
) -> None:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Datei", "&Bearbeiten"]
    assert "&Hilfe" in menus
    buttons = {b.text() for b in window.findChildren(QPushButton)}
    assert {"Senden", "&Hinzufügen"} <= buttons
    assert [window.nav.item(i).text() for i in range(3)] == ["Chat", "Aufgaben", "Kalender"]
    wait_idle()


def test_qt_own_buttons_follow_where_qt_ships_the_language(german: None) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / "qtbase_de.qm").exists():
        pytest.skip("this Qt has no qtbase_de.qm")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_dates_follow_the_chosen_language(german: None) -> None:
    assert QLocale().language() == QLocale.Language.German
    # Friday 4 December 2026, as the window writes a day: German names and order.
    assert day_text(date(2026, 12, 4), date(2026, 11, 27)) == "Fr. 4. Dez."
    assert day_text(date(2027, 1, 8), date(2026, 11, 27)) == "Fr. 8. Jan. 2027"
    assert QCoreApplication.translate("Edits", "Yes") == "Ja"


def test_the_language_setting_is_saved_and_used_at_start(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() is None  # "System default"
    assert "next start" in dialog.language.toolTip()
    names = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
    assert names == list(LANGUAGE_NAMES.values())
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert settings.window_language(app_ctx.base) == "de"
    monkeypatch.delenv("ASSISTANT_DATA_DIR", raising=False)
    args = argparse.Namespace(data_dir=str(app_ctx.base))
    assert app_module.saved_language(args) == "de"
    reopened = SettingsDialog(app_ctx)
    qtbot.addWidget(reopened)
    assert reopened.language.currentData() == "de"
    wait_idle()


def test_the_language_key_keeps_the_other_settings(tmp_path: Path) -> None:
    Preferences(theme="dark").save(tmp_path)
    settings.save_window_language(tmp_path, "fr")
    assert settings.window_language(tmp_path) == "fr"
    assert Preferences.load(tmp_path).theme == "dark"
    settings.save_window_language(tmp_path, None)  # back to the system's: the key goes
    assert "language" not in settings.load_settings(tmp_path)
    with pytest.raises(AssistantError):
        settings.save_window_language(tmp_path, "klingon")
    assert settings.window_language(tmp_path) is None


def test_a_bad_language_in_the_file_falls_back_to_the_system(tmp_path: Path) -> None:
    paths.config_path(tmp_path).write_text('{"language": "klingon"}', encoding="utf-8")
    assert settings.window_language(tmp_path) is None
    assert app_module.saved_language(argparse.Namespace(data_dir=str(tmp_path))) is None
    paths.config_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert app_module.saved_language(argparse.Namespace(data_dir=str(tmp_path))) is None


def mnemonic(text: str) -> str | None:
    found = ACCELERATOR.search(text)
    return text[found.end()].lower() if found else None


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_two_entries_of_a_menu_share_an_accelerator(
    code: str, qapp: QApplication, app_ctx: AppContext, qtbot: QtBot
) -> None:
    """Alt+letter reaches one menu and one entry in it, in every language."""
    before = QLocale()
    install_translations(qapp, code)
    try:
        window = MainWindow(app_ctx)
        qtbot.addWidget(window)
        menus = window.menuBar().findChildren(
            QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        groups = [window.menuBar().actions()] + [menu.actions() for menu in menus]
        assert len(groups) == 6  # the bar, File, Edit, New, View, Help
        clashes = []
        for group in groups:
            found = [mnemonic(a.text()) for a in group if not a.isSeparator()]
            letters = [letter for letter in found if letter]
            if len(letters) != len(set(letters)):
                clashes.append(" | ".join(a.text() for a in group if not a.isSeparator()))
        assert clashes == []
        wait_idle()
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)


# How each language writes "e.g." before the due-date examples.
FOR_EXAMPLE = {"de": "z. B. ", "es": "p. ej., ", "fr": "p. ex. ", "it": "es. ", "pt": "ex.: "}


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_translated_date_examples_are_ones_the_app_understands(code: str) -> None:
    """The placeholders teach by example: each translated example must parse."""
    clock = Clock.from_options("2026-11-27T10:00", "Europe/Berlin")
    by_source = {(ctx, src): texts(t)[0] for ctx, src, t in messages(code)}
    hint = by_source[("QuickAddBox", "Add a to-do, e.g. “call mom friday 5pm !high #family”")]
    example = re.search(r"[“„«]\s*(.+?)\s*[”“»]", hint)
    assert example is not None, hint
    todo = parse_quick_todo(example.group(1), clock)
    assert todo.title and todo.due is not None and todo.priority == "high" and todo.tags
    due_hint = by_source[("TodosView", "e.g. tomorrow 9am, friday, 2026-12-24; empty for none")]
    assert due_hint.startswith(FOR_EXAMPLE[code])
    for when in due_hint.removeprefix(FOR_EXAMPLE[code]).split(";")[0].split(", "):
        resolve_when(when, clock)  # raises for words it cannot read
