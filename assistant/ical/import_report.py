"""What an .ics import did: counts, what it skipped and what it repaired, in words."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_LISTED_SKIPS = 5
# describe(): repairs are grouped by what was done; each group names this many items.
MAX_NAMED_REPAIRS = 10
MAX_REPAIR_GROUPS = 8


@dataclass(frozen=True)
class Repair:
    """One thing the importer repaired instead of dropping: what, and how."""

    item: str  # “Team meeting”, an untitled event (UID …), “holidays.ics”
    what: str  # the empty repeat rule was ignored

    def __str__(self) -> str:
        return f"{self.item[:1].upper()}{self.item[1:]}: {self.what}."


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    # One sentence per component left out: "VEVENT 'Broken' has no start (DTSTART)."
    skipped: list[str] = field(default_factory=list)
    action_id: int | None = None
    events: int = 0
    todos: int = 0
    # Things the user should know that skipped nothing, e.g. replaced bytes.
    notes: list[str] = field(default_factory=list)
    # Everything repaired so that nothing was dropped, one entry per repair.
    repaired: list[Repair] = field(default_factory=list)

    def what(self) -> str:
        """What was in the file: "12 events and 3 to-dos", "1 event", "nothing"."""
        kinds = (_count(self.events, "event"), _count(self.todos, "to-do"))
        return " and ".join(k for k in kinds if k) or "nothing"

    def describe(self) -> str:
        """One paragraph for the user: "Imported 12 events and 3 to-dos (2 updated)" etc."""
        details = [
            f"{n} {word}"
            for n, word in ((self.updated, "updated"), (self.unchanged, "unchanged"))
            if n
        ]
        sentence = f"Imported {self.what()}" + (f" ({', '.join(details)})" if details else "")
        if self.skipped:
            listed = " ".join(self.skipped[:MAX_LISTED_SKIPS])
            more = len(self.skipped) - MAX_LISTED_SKIPS
            sentence += f"; skipped {len(self.skipped)}: {listed}"
            if more > 0:
                sentence += f" …and {more} more."
        else:
            sentence += "."
        return " ".join([sentence, *_repairs_text(self.repaired), *self.notes])


def _repairs_text(repairs: list[Repair]) -> list[str]:
    """Repairs grouped by what was done: “A”, “B”: the empty repeat rule was ignored."""
    if not repairs:
        return []
    groups: dict[str, list[str]] = {}
    for repair in repairs:
        groups.setdefault(repair.what, []).append(repair.item)
    sentences = []
    for what, items in list(groups.items())[:MAX_REPAIR_GROUPS]:
        names = ", ".join(items[:MAX_NAMED_REPAIRS])
        if len(items) > MAX_NAMED_REPAIRS:
            names += f" and {len(items) - MAX_NAMED_REPAIRS} more"
        sentences.append(f"{names[:1].upper()}{names[1:]}: {what}.")
    if len(groups) > MAX_REPAIR_GROUPS:
        sentences.append(f"…and {len(groups) - MAX_REPAIR_GROUPS} other kinds of repair.")
    count = "1 repair" if len(repairs) == 1 else f"{len(repairs)} repairs"
    return [f"{count}:", *sentences]


def _count(n: int, word: str) -> str:
    if not n:
        return ""
    return f"1 {word}" if n == 1 else f"{n} {word}s"
