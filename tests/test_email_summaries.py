"""Email summaries: short, in the email's language, every date read by code, invitations exact."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from assistant.agent import text_brain
from assistant.agent.email_lang import email_language, language_line
from assistant.agent.factory import Brain
from assistant.agent.invitation import Mail, looks_like_eml, read_eml
from assistant.agent.loop import Agent
from assistant.agent.summarize import summarize_email, summarize_mail, summary_prefix
from assistant.cli import main
from assistant.clock import Clock
from assistant.errors import ModelError
from assistant.models.base import Completion, ScriptedModel
from assistant.models.formats import Llama3Pythonic
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

EML = Path(__file__).parent / "data" / "email" / "invitation.eml"

# One boiler visit per language, phrased as people write it; the reply a model
# that follows the instructions gives (dates and place copied as written).
# Friday 2026-11-27 is "now": Thursday 3 December, 08:00-10:00 in Berlin.
CASES: dict[str, tuple[str, str, str, str]] = {
    "en": (
        "Hi Sam, the boiler engineer comes on Thursday, December 3rd, between 8 and 10 in "
        "the morning, to Flat 2, 14 Elm Road. Please make sure someone is at home. Thanks, Ana",
        "Thursday, December 3rd, between 8 and 10 in the morning",
        "Flat 2, 14 Elm Road",
        "English",
    ),
    "pt": (
        "Olá Sam, o técnico da caldeira vem na quinta-feira, 3 de dezembro, das 8 às 10, "
        "na Rua das Flores 12. Por favor, confirme que está alguém em casa. Obrigado, Ana",
        "quinta-feira, 3 de dezembro, das 8 às 10",
        "Rua das Flores 12",
        "Portuguese",
    ),
    "es": (
        "Hola Sam, el técnico de la caldera irá el jueves 3 de diciembre, entre las 8 y las "
        "10, a la calle Mayor 5. Por favor, confirma que habrá alguien en casa. Gracias, Ana",
        "el jueves 3 de diciembre, entre las 8 y las 10",
        "calle Mayor 5",
        "Spanish",
    ),
    "de": (
        "Hallo Sam, der Techniker für die Heizung kommt am Donnerstag, 3. Dezember, "
        "zwischen 8 und 10 Uhr in die Lindenstraße 7. Bitte sorge dafür, dass jemand zu "
        "Hause ist. Viele Grüße, Ana",
        "Donnerstag, 3. Dezember, zwischen 8 und 10 Uhr",
        "Lindenstraße 7",
        "German",
    ),
    "fr": (
        "Bonjour Sam, le technicien de la chaudière passera jeudi 3 décembre, de 8h à 10h, "
        "au 3 rue Victor Hugo. Merci de vérifier que quelqu'un sera à la maison. "
        "Cordialement, Ana",
        "jeudi 3 décembre, de 8h à 10h",
        "3 rue Victor Hugo",
        "French",
    ),
    "it": (
        "Ciao Sam, il tecnico della caldaia verrà giovedì 3 dicembre, dalle 8 alle 10, in "
        "via Roma 21. Per favore assicurati che ci sia qualcuno a casa. Grazie, Ana",
        "giovedì 3 dicembre, dalle 8 alle 10",
        "via Roma 21",
        "Italian",
    ),
}


def reply(summary: str, *items: dict[str, Any]) -> str:
    return json.dumps({"summary": summary, "action_items": list(items)}, ensure_ascii=False)


@pytest.mark.parametrize("lang", list(CASES))
def test_an_email_in_each_language_gives_its_visit_with_start_end_and_place(
    clock: Clock, lang: str
) -> None:
    email, when, place, _name = CASES[lang]
    english = replace(clock, lang="en")  # the user's setting does not decide
    model = ScriptedModel(
        [
            reply(
                "Ana says when.",
                {"task": "Boiler visit", "when": when, "place": place, "type": "event"},
            )
        ]
    )
    summary = summarize_email(model, Llama3Pythonic(), email, english)
    # Told in its own language to write in it, last, next to where the reply starts.
    prompt = model.prompts[0]
    assert prompt.index(language_line(lang)) > prompt.index("</document>")
    assert email_language(language_line(lang)) == lang
    (item,) = summary.action_items
    assert (item.resolved, item.end) == ("2026-12-03T08:00:00+01:00", "2026-12-03T10:00:00+01:00")
    assert item.place == place
    assert item.proposal.arguments == {
        "title": "Boiler visit",
        "start": "2026-12-03T08:00:00+01:00",
        "end": "2026-12-03T10:00:00+01:00",
        "location": place,
    }
    assert "08:00-10:00" in item.proposal.description


def test_the_summary_has_at_most_three_sentences_and_no_invented_place(clock: Clock) -> None:
    long = "One. Two! Three? Four. Five."
    model = ScriptedModel(
        [reply(long, {"task": "Call Bo", "when": "by Friday", "place": "the moon", "type": "todo"})]
    )
    summary = summarize_email(model, Llama3Pythonic(), "Please call Bo by Friday.", clock)
    assert summary.summary == "One. Two! Three?"
    (item,) = summary.action_items
    assert item.place == "" and item.proposal.arguments == {"title": "Call Bo", "due": "2026-11-27"}


def test_the_prompt_starts_with_the_short_prefix_and_holds_no_tools(clock: Clock) -> None:
    fmt = Llama3Pythonic()
    model = ScriptedModel([reply("Fine.")])
    summarize_email(model, fmt, "See you soon.", clock)
    prefix = summary_prefix(fmt)
    assert model.prompts[0].startswith(prefix)
    assert "Fri 2026-11-27 10:00" not in prefix  # the clock comes after the cached part
    assert "add_todos" not in model.prompts[0] and len(prefix) < 2_500
    agent = Agent(model, fmt, default_registry())
    assert len(prefix) < len(agent.prefix) / 3


def test_an_invitation_gives_its_event_exactly_and_the_model_does_not_repeat_it(
    clock: Clock,
) -> None:
    mail = read_eml(EML.read_bytes(), clock)
    assert "sales figures" in mail.text and "BEGIN:VCALENDAR" not in mail.text
    model = ScriptedModel(
        [
            reply(
                "Bruno invites you to the quarterly review.",
                {"task": "Quarterly review", "when": "Wednesday", "place": None, "type": "event"},
                {"task": "Bring the sales figures", "when": None, "place": None, "type": "todo"},
            )
        ]
    )
    summary = summarize_mail(model, Llama3Pythonic(), mail, clock)
    review, figures = summary.action_items
    assert review.source == "invitation" and figures.source == "model"
    assert review.proposal.arguments == {
        "title": "Quarterly review",
        "start": "2026-12-02T09:30:00-05:00",
        "end": "2026-12-02T11:00:00-05:00",
        "location": "Room 4.12, Main Building",
    }
    assert review.proposal.description.startswith(
        "Add event 'Quarterly review' on Wed 2026-12-02 15:30-17:00 CET"
    )


def test_an_invitation_needs_no_model_but_plain_text_does(clock: Clock) -> None:
    summary = summarize_mail(None, None, read_eml(EML.read_bytes(), clock), clock)
    assert summary.summary.startswith("Invitation: Quarterly review, Wed 2026-12-02 15:30-17:00")
    assert [i.source for i in summary.action_items] == ["invitation"]
    with pytest.raises(ModelError):
        summarize_mail(None, None, Mail("Lunch on Tuesday?"), clock)


def test_a_repeating_invitation_adds_the_series(store: Store, clock: Clock) -> None:
    data = EML.read_bytes().replace(
        b"SUMMARY:Quarterly review", b"RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4\nSUMMARY:Quarterly review"
    )
    (item,) = summarize_mail(None, None, read_eml(data, clock), clock).action_items
    assert item.proposal.arguments["repeat"] == "FREQ=WEEKLY;COUNT=4;BYDAY=WE"
    assert "repeating" in item.proposal.description
    result = default_registry().call(
        ToolContext(store, clock), "add_event", item.proposal.arguments
    )
    assert result.ok, result.text
    (row,) = store.query("SELECT rrule FROM events")
    assert row["rrule"] == "FREQ=WEEKLY;COUNT=4;BYDAY=WE"


def test_replies_and_cancellations_are_not_invitations(clock: Clock) -> None:
    data = EML.read_bytes().replace(b"METHOD:REQUEST", b"METHOD:CANCEL")
    assert read_eml(data, clock).invitations == []
    assert looks_like_eml(EML.read_text()) and not looks_like_eml("From: a\n\nhello")


@dataclass
class TextModel(ScriptedModel):
    """A scripted model that records what the prefix cache was asked to do."""

    calls: list[tuple[str, str]] = field(default_factory=list)

    def prepare_prefix(self, prefix: str, cache_dir: Path) -> bool:
        self.calls.append(("prepare", prefix))
        return False

    def restore_prefix_state(self, prefix: str, cache_dir: Path) -> bool:
        self.calls.append(("restore", prefix))
        return True

    def close(self) -> None:
        self.calls.append(("close", ""))


def cli(monkeypatch: pytest.MonkeyPatch, model: TextModel | None, tmp_path: Path) -> list[str]:
    loaded: list[str] = []

    def load(base: Path, override: Any = None, *, purpose: str = "summary") -> Any:
        loaded.append(purpose)
        if model is None:
            raise ModelError("No model is set up yet.")
        fmt = Llama3Pythonic()
        text_brain.warm_prefix(model, text_brain.prefix_for(purpose, fmt), tmp_path)  # type: ignore[arg-type]
        return text_brain.TextBrain(model, fmt)

    monkeypatch.setattr("assistant.cli.agent_cmd.load_text_brain", load)
    return loaded


def run(tmp_path: Path, *args: str) -> int:
    base = [
        "--data-dir",
        str(tmp_path / "data"),
        "--now",
        "2026-11-27T10:00",
        "--tz",
        "Europe/Berlin",
    ]
    return main([*base, "summarize", *args])


def test_cli_summarizes_an_eml_file_with_its_invitation(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = TextModel([reply("Bruno invites you to the review.")])
    loaded = cli(monkeypatch, model, tmp_path)
    assert run(tmp_path, str(EML), "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert loaded == ["summary"]
    assert model.calls[0] == ("prepare", summary_prefix(Llama3Pythonic()))
    assert model.calls[-1] == ("close", "")
    assert "sales figures" in model.prompts[0] and "BEGIN:VEVENT" not in model.prompts[0]
    (item,) = out["action_items"]
    assert item["source"] == "invitation" and item["end"] == "2026-12-02T11:00:00-05:00"


def test_cli_adds_an_invitation_without_a_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(monkeypatch, None, tmp_path)
    assert run(tmp_path, str(EML), "--add") == 0
    captured = capsys.readouterr()
    assert "showing the invitation only" in captured.err
    assert "Quarterly review" in captured.out and "[from the calendar invitation]" in captured.out
    assert "Added" in captured.out
    data = str(tmp_path / "data")
    pinned = ["--now", "2026-11-27T10:00", "--tz", "Europe/Berlin"]
    assert main(["--data-dir", data, *pinned, "events", "--json"]) == 0
    (event,) = json.loads(capsys.readouterr().out)
    assert (event["start"], event["end"]) == (
        "2026-12-02T15:30:00+01:00",
        "2026-12-02T17:00:00+01:00",
    )
    assert event["location"] == "Room 4.12, Main Building"


def test_a_summary_in_the_window_restores_the_chats_prefix_after_it(
    clock: Clock, tmp_path: Path
) -> None:
    model = TextModel([reply("Fine.")])
    fmt = Llama3Pythonic()
    brain = Brain(model, fmt, Agent(model, fmt, default_registry()))
    with text_brain.own_prefix(brain, "summary", tmp_path):
        summarize_email(model, fmt, "See you soon.", clock, cancel=threading.Event())
    assert model.calls == [("prepare", summary_prefix(fmt)), ("restore", brain.agent.prefix)]


def test_an_unscripted_reply_shape_is_refused_plainly(clock: Clock) -> None:
    class Odd(ScriptedModel):
        def complete(self, prompt: str, **_: Any) -> Completion:
            return Completion("[1, 2]", "stop")

    with pytest.raises(ModelError, match="did not reply with a summary"):
        summarize_email(Odd(), Llama3Pythonic(), "Hi.", clock)


def test_date_words_the_email_does_not_hold_are_not_read(clock: Clock) -> None:
    # A small model copies the example in its instructions; that date must not be used.
    copied = "Thursday, April 2nd, between 8 and 10 in the morning"
    model = ScriptedModel(
        [reply("A visit.", {"task": "Visit", "when": copied, "place": None, "type": "event"})]
    )
    summary = summarize_email(model, Llama3Pythonic(), "The doctor sees you on Monday.", clock)
    (item,) = summary.action_items
    assert item.when == copied and item.resolved is None and item.proposal.tool == "add_todo"


def test_a_time_range_makes_an_event_even_when_the_model_says_todo(clock: Clock) -> None:
    email, when, _place, _name = CASES["en"]
    model = ScriptedModel(
        [reply("A visit.", {"task": "Let the engineer in", "when": when, "type": "todo"})]
    )
    (item,) = summarize_email(model, Llama3Pythonic(), email, clock).action_items
    assert item.kind == "event" and item.end == "2026-12-03T10:00:00+01:00"
