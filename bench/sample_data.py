"""A believable week of to-dos, events and notes, for screenshots and UI benchmarks.

Everything goes through the tools, so the rows are exactly what a user's would be.
"""

from __future__ import annotations

from typing import Any

from assistant.tools import default_registry
from assistant.tools.context import ToolContext

TODOS: list[dict[str, Any]] = [
    {"title": "Call mom", "due": "friday 5pm", "priority": "high", "tags": ["family"]},
    {"title": "Renew passport", "due": "in 2 weeks", "tags": ["admin"]},
    {
        "title": "Send the Q4 budget to Ana",
        "due": "today 4pm",
        "priority": "high",
        "tags": ["work"],
    },
    {"title": "Book flights for the holidays", "due": "yesterday", "tags": ["travel"]},
    {"title": "Buy a birthday present for Leo", "due": "next saturday", "tags": ["family"]},
    {"title": "Water the plants", "due": "tomorrow 8am", "priority": "low"},
    {"title": "Read the onboarding doc", "priority": "low", "tags": ["work"]},
    {"title": "Cancel the gym trial", "due": "december 15"},
]
DONE = ("Read the onboarding doc",)

EVENTS: list[dict[str, Any]] = [
    {"title": "Team stand-up", "start": "monday 9:30", "duration_minutes": 15,
     "repeat": "every weekday", "location": "Room 2"},
    {"title": "Lunch with Ana", "start": "tuesday 13:00", "duration_minutes": 60,
     "location": "Café Lotte"},
    {"title": "Yoga", "start": "tuesday 18:30", "duration_minutes": 60,
     "repeat": "every tuesday and thursday"},
    {"title": "Dentist", "start": "wednesday 10:00", "duration_minutes": 45,
     "location": "Dr. Weber, Hauptstr. 5", "reminder_minutes": 60},
    {"title": "Quarterly review", "start": "thursday 14:00", "duration_minutes": 90,
     "description": "Numbers, hiring plan, roadmap."},
    {"title": "Leo's birthday", "start": "december 5", "all_day": True, "repeat": "yearly"},
    {"title": "Dinner with the Müllers", "start": "friday 19:30", "duration_minutes": 150},
    {"title": "Christmas market", "start": "december 12 16:00", "duration_minutes": 180},
]  # fmt: skip

NOTES: list[dict[str, Any]] = [
    {
        "title": "Holiday plans",
        "tags": ["travel", "family"],
        "body": "# Holiday plans\n\n- Flights to **Lisbon** on 21 Dec\n- Ask Ana about the "
        "apartment\n- Pack the *good* camera\n\n> Remember: the museum is closed on Mondays.",
    },
    {
        "title": "Quarterly review — talking points",
        "tags": ["work"],
        "body": "## Wins\n\n1. Shipped the new onboarding\n2. Support tickets down 30%\n\n"
        "## Risks\n\n- Hiring for the platform team is behind",
    },
    {
        "title": "Sourdough recipe",
        "tags": ["recipes"],
        "body": "500 g flour, 350 g water, 100 g starter, 10 g salt.\n\nFold every 30 minutes "
        "for 2 hours, then proof overnight in the fridge.",
    },
    {
        "title": "Books to read",
        "tags": ["personal"],
        "body": "- *The Overstory*\n- *Klara and the Sun*\n- *Thinking in Systems*",
    },
]


def seed(ctx: ToolContext) -> None:
    """Fill an empty store through the tools; raises if any call fails."""
    registry = default_registry()

    def call(name: str, arguments: dict[str, Any]) -> Any:
        result = registry.call(ctx, name, arguments)
        if not result.ok:
            raise RuntimeError(f"{name}({arguments}) failed: {result.text}")
        return result.data

    for todo in TODOS:
        record = call("add_todo", todo)
        if todo["title"] in DONE:
            call("complete_todo", {"todo_id": record["id"]})
    for event in EVENTS:
        call("add_event", event)
    for note in NOTES:
        call("create_note", note)
