"""Greetings, thanks, sign-offs and clock questions are answered in words, in six languages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.agent.loop import Agent
from assistant.agent.small_talk import clock_question, is_small_talk
from assistant.clock import Clock
from assistant.models.base import ScriptedModel
from assistant.models.formats import ChatML
from assistant.store import Store
from assistant.tools import default_registry


@pytest.mark.parametrize(
    "text",
    [
        "hi there!",
        "thanks, that's all for now",
        "perfect, thank you!",
        "good morning!",
        "what time is it?",
        "What day is it today?",
        "valeu, era só isso!",
        "Bom dia! Tudo bem?",
        "que dia é hoje?",
        "¡hola! ¿qué tal estás?",
        "muchas gracias, hasta luego",
        "Danke dir, das war's erstmal!",
        "Wie spät ist es?",
        "merci beaucoup, bonne soirée !",
        "Quelle heure est-il ?",
        "buongiorno! come va?",
        "che giorno è oggi?",
        "grazie mille 🙂",
    ],
)
def test_small_talk(text: str) -> None:
    assert is_small_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks, add milk",
        "hi, remind me to call mom",
        "ok delete it",
        "what's the capital of France?",
        "tu peux m'appeler un taxi ?",
        "Danke, und trag Zahnarzt am Montag ein",
        "obrigado! marca dentista amanhã",
        "",
        "   ",
        "hello " * 40,
    ],
)
def test_requests_are_not_small_talk(text: str) -> None:
    assert not is_small_talk(text)


@pytest.mark.parametrize(
    ("text", "now", "zone", "answer"),
    [
        ("what day is it today?", "2026-12-02T16:05", "Europe/Berlin",
         "It's Wednesday, December 2, 2026, 4:05 pm."),
        ("que dia é hoje?", "2026-12-01T09:00", "America/Sao_Paulo",
         "Hoje é terça-feira, 1 de dezembro de 2026; são 9:00."),
        ("¿qué hora es?", "2026-11-29T23:59", "Europe/Madrid",
         "Hoy es domingo, 29 de noviembre de 2026; son las 23:59."),
        ("Wie spät ist es?", "2026-11-30T14:20", "Europe/Berlin",
         "Heute ist Montag, der 30. November 2026; es ist 14:20 Uhr."),
        ("merci ! quel jour sommes-nous ?", "2026-08-15T00:30", "Europe/Paris",
         "Nous sommes le samedi 15 août 2026 ; il est 0:30."),
        ("che giorno è oggi?", "2026-10-25T11:00", "Europe/Rome",
         "Oggi è domenica 25 ottobre 2026; sono le 11:00."),
    ],
)  # fmt: skip
def test_a_clock_question_is_answered_by_code_without_the_model(
    store: Store, text: str, now: str, zone: str, answer: str
) -> None:
    tz = ZoneInfo(zone)
    clock = Clock(datetime.fromisoformat(now).replace(tzinfo=tz), tz)
    assert clock_question(text) is not None
    model = ScriptedModel([])  # any generation would fail: there is nothing scripted
    agent = Agent(model, ChatML(), default_registry())
    result = agent.run_turn(text, [], store=store, clock=clock, emit=lambda e: None)
    assert (result.answer, result.generations, model.prompts) == (answer, 0, [])


@pytest.mark.parametrize("text", ["hi there!", "thanks, add milk", "what's on today?"])
def test_only_clock_questions_skip_the_model(text: str) -> None:
    assert clock_question(text) is None
