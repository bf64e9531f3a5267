"""What the quick-entry window understood, as a row of small labels ("chips").

The words come from :func:`assistant.todos.quick_add.parse_quick_todo`, the
same reading the to-do view's quick-add box uses; dates are shown with the
to-do view's own formatting ("Today 17:00", "Fri 4 Dec 17:00").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from assistant.clock import Clock
from assistant.todos.quick_add import QuickTodo
from assistant.ui.todos.format import format_due

TITLE, DUE, PRIORITY, TAG = "title", "due", "priority", "tag"


@dataclass(frozen=True)
class Chip:
    kind: str
    text: str


def chips_for(parsed: QuickTodo, clock: Clock) -> list[Chip]:
    """The title, due date, priority and tags of ``parsed``, in that order."""
    chips = [Chip(TITLE, parsed.title)] if parsed.title else []
    if parsed.due is not None:
        chips.append(
            Chip(
                DUE,
                QCoreApplication.translate("QuickEntryChips", "Due: %1").replace(
                    "%1", format_due(parsed.due, clock)
                ),
            )
        )
    if parsed.priority == "high":
        chips.append(Chip(PRIORITY, QCoreApplication.translate("QuickEntryChips", "High priority")))
    elif parsed.priority == "low":
        chips.append(Chip(PRIORITY, QCoreApplication.translate("QuickEntryChips", "Low priority")))
    chips += [Chip(TAG, "#" + tag) for tag in parsed.tags]
    return chips


class ChipRow(QWidget):
    """A row of labels, one per chip; empty when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)
        self.chips: list[Chip] = []
        self.labels: list[QLabel] = []

    def show_chips(self, chips: list[Chip]) -> None:
        if chips == self.chips:
            return
        for label in self.labels:
            self.row.removeWidget(label)
            label.deleteLater()
        self.chips = list(chips)
        self.labels = []
        for n, chip in enumerate(chips):
            label = QLabel(chip.text)
            label.setObjectName(f"quickEntryChip_{chip.kind}")
            label.setAccessibleName(chip.text)
            # A pill in the palette's colours, light and dark alike.
            label.setStyleSheet(
                "QLabel { border: 1px solid palette(mid); border-radius: 9px;"
                " padding: 1px 8px; background: palette(alternate-base); }"
            )
            self.row.insertWidget(n, label)
            self.labels.append(label)
        self.setAccessibleDescription(", ".join(c.text for c in chips))

    def texts(self) -> list[str]:
        return [c.text for c in self.chips]
