"""The tools' progress words ("Adding a to-do"), listed for the translation catalogues.

The words are declared by the tools in the core (``Tool.progress``), which has
no Qt; the chat translates them at run time in the "Tool" context
(:meth:`assistant.ui.chat.turn_view.TurnRenderer._words`). Listing them here is
what lets pyside6-lupdate extract them; tests/ui/test_translations.py checks
the list against the registries so a new tool's words are not missed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# QT_TRANSLATE_NOOP only marks the text (it returns it); str() is for the type checker.
TOOL_WORDS: tuple[str, ...] = tuple(
    str(words)
    for words in (
        QT_TRANSLATE_NOOP("Tool", "Adding a note"),
        QT_TRANSLATE_NOOP("Tool", "Adding a to-do"),
        QT_TRANSLATE_NOOP("Tool", "Adding an event"),
        QT_TRANSLATE_NOOP("Tool", "Adding to a note"),
        QT_TRANSLATE_NOOP("Tool", "Adding to-dos"),
        QT_TRANSLATE_NOOP("Tool", "Changing a note"),
        QT_TRANSLATE_NOOP("Tool", "Changing a to-do"),
        QT_TRANSLATE_NOOP("Tool", "Changing an event"),
        QT_TRANSLATE_NOOP("Tool", "Checking off a to-do"),
        QT_TRANSLATE_NOOP("Tool", "Checking off to-dos"),
        QT_TRANSLATE_NOOP("Tool", "Creating a note"),
        QT_TRANSLATE_NOOP("Tool", "Deleting a note"),
        QT_TRANSLATE_NOOP("Tool", "Deleting a to-do"),
        QT_TRANSLATE_NOOP("Tool", "Deleting an event"),
        QT_TRANSLATE_NOOP("Tool", "Finding free time"),
        QT_TRANSLATE_NOOP("Tool", "Finding notes"),
        QT_TRANSLATE_NOOP("Tool", "Looking up an event"),
        QT_TRANSLATE_NOOP("Tool", "Looking up events"),
        QT_TRANSLATE_NOOP("Tool", "Looking up notes"),
        QT_TRANSLATE_NOOP("Tool", "Looking up reminders"),
        QT_TRANSLATE_NOOP("Tool", "Looking up to-dos"),
        QT_TRANSLATE_NOOP("Tool", "Reading a note"),
        QT_TRANSLATE_NOOP("Tool", "Reopening a to-do"),
        QT_TRANSLATE_NOOP("Tool", "Searching notes"),
        QT_TRANSLATE_NOOP("Tool", "Tagging a note"),
    )
)
