"""The email eval's cases (bench/email_cases.json), checked by code alone.

The eval scores a real model on whether every appointment and deadline of an
email comes out with the right start (and end). That score means something
only if the cases themselves are right: each listed date's words are in the
email as written, the email reads as its language, and the resolver turns
those words into the start and end the case gives, on the file's clock. A
date worked out wrong by hand, or a phrase the resolver cannot read, fails
here rather than being blamed on the model.

The last check runs each email through ``summarize_email`` with a scripted
model that copies the date words exactly (what a perfect model does), and
scores it with the eval's own scorer: every case must score full marks.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from assistant.agent.email_dates import date_slots
from assistant.agent.email_items import read_when
from assistant.agent.email_lang import email_language
from assistant.agent.summarize import summarize_email, summary_grammar
from assistant.clock import Clock
from assistant.dates.lang import CODES
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic

ROOT = Path(__file__).resolve().parent.parent


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_email", ROOT / "bench" / "eval_email.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_email", module)
    spec.loader.exec_module(module)
    return module


ev = _load_eval()
DATA: dict[str, Any] = json.loads(ev.CASES.read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = DATA["cases"]
TZ = ZoneInfo(DATA["tz"])
# The eval's clock: the user's setting is English, the email's words decide.
CLOCK = Clock(datetime.fromisoformat(DATA["now"]).replace(tzinfo=TZ), TZ, "en")
EXPECTED = [(case, want) for case in CASES for want in case["expect"]]


def by_id(case: dict[str, Any]) -> str:
    return str(case["id"])


def minute(value: datetime | date | None) -> str | None:
    """As the cases write it: local time to the minute, or a plain date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(TZ).strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def reader(case: dict[str, Any]) -> Clock:
    """The clock the summary reads this email's dates with: in the email's language."""
    return replace(CLOCK, lang=email_language(case["email"], CLOCK.lang))


# -- the file as a whole --------------------------------------------------------


def test_cases_cover_twenty_emails_in_all_six_languages() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(CASES) >= 20
    per_language = Counter(c["lang"] for c in CASES)
    assert set(per_language) == set(CODES)
    assert min(per_language.values()) >= 3, per_language
    assert DATA["timing_case"] in ids
    # An email with nothing to do, and one with three things.
    assert any(not c["expect"] for c in CASES)
    assert any(len(c["expect"]) >= 3 for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=by_id)
def test_each_email_reads_as_its_language(case: dict[str, Any]) -> None:
    assert case["id"].startswith(f"{case['lang']}-")
    assert email_language(case["email"], CLOCK.lang) == case["lang"]


@pytest.mark.parametrize("case", CASES, ids=by_id)
def test_each_date_is_written_in_the_email_and_well_formed(case: dict[str, Any]) -> None:
    now = CLOCK.now.replace(tzinfo=None)
    for want in case["expect"]:
        assert set(want) <= {"words", "start", "end"}, want
        assert want["words"] in case["email"], want["words"]
        start = datetime.fromisoformat(want["start"])
        assert len(want["start"]) in (10, 16), "a date, or a date and time to the minute"
        assert start.date() >= now.date(), "an appointment or deadline still to come"
        if "end" in want:
            assert len(want["end"]) == 16 and len(want["start"]) == 16
            assert datetime.fromisoformat(want["end"]) > start


# -- each date, by the resolver ---------------------------------------------------


@pytest.mark.parametrize(
    ("case", "want"),
    EXPECTED,
    ids=[f"{case['id']}: {want['words']}" for case, want in EXPECTED],
)
def test_the_resolver_reads_each_dates_words_as_the_case_says(
    case: dict[str, Any], want: dict[str, str]
) -> None:
    start, end = read_when(want["words"], reader(case))
    assert (minute(start), minute(end)) == (want["start"], want.get("end"))


def phrase_for(case: dict[str, Any], want: dict[str, str]) -> str | None:
    """The date slot whose phrase reads as ``want``'s start and end, if any."""
    for phrase in date_slots(case["email"], reader(case)):
        start, end = read_when(phrase, reader(case))
        if (minute(start), minute(end)) == (want["start"], want.get("end")):
            return phrase
    return None


@pytest.mark.parametrize(
    ("case", "want"),
    EXPECTED,
    ids=[f"{case['id']}: {want['words']}" for case, want in EXPECTED],
)
def test_each_date_is_a_phrase_the_summary_grammar_offers(
    case: dict[str, Any], want: dict[str, str]
) -> None:
    """Code finds every appointment's words and gives each an item of its own."""
    phrase = phrase_for(case, want)
    assert phrase is not None, date_slots(case["email"], reader(case))
    assert phrase in case["email"] or " ".join(phrase.split()) in " ".join(case["email"].split())
    assert f'"\\"when\\":" ws "\\"{phrase}\\","' in summary_grammar(case["email"], reader(case))


@pytest.mark.parametrize("case", CASES, ids=by_id)
def test_each_appointment_has_a_slot_of_its_own(case: dict[str, Any]) -> None:
    slots = [phrase_for(case, want) for want in case["expect"]]
    assert len(set(slots)) == len(slots)


@pytest.mark.parametrize("case", CASES, ids=by_id)
def test_each_emails_summary_grammar_compiles(case: dict[str, Any]) -> None:
    import llama_cpp

    llama_cpp.LlamaGrammar.from_string(summary_grammar(case["email"], reader(case)), verbose=False)


@pytest.mark.parametrize("case", CASES, ids=by_id)
def test_a_model_that_copies_the_words_scores_every_date(case: dict[str, Any]) -> None:
    """A perfect model: for each item, the phrase the grammar offers for its date."""
    items = [
        {
            "task": f"Item {n}",
            "when": phrase_for(case, want),
            "place": None,
            "type": "event" if "T" in want["start"] else "todo",
        }
        for n, want in enumerate(case["expect"], 1)
    ]
    model = ScriptedModel([json.dumps({"summary": "A summary.", "action_items": items})])
    summary = summarize_email(model, Llama3Pythonic(), case["email"], CLOCK)
    rows = ev.score(case, summary, TZ)
    assert all(row["start_ok"] and row["end_ok"] for row in rows), rows
    assert len(summary.action_items) == len(case["expect"])
    assert ev.invented(case, summary, TZ) == []


def test_a_dated_item_the_email_does_not_hold_is_counted() -> None:
    """An item at a date no appointment has counts against the email (so a
    newsletter with nothing to do can fail too)."""
    (case,) = [c for c in CASES if c["id"] == "en-dentist"]
    wrong = [{"task": "Check-up", "when": "December 8", "place": None, "type": "todo"}]
    model = ScriptedModel([json.dumps({"summary": "A check-up.", "action_items": wrong})])
    summary = summarize_email(model, Llama3Pythonic(), case["email"], CLOCK)
    assert ev.invented(case, summary, TZ) == ["Check-up @ 2026-12-08"]
