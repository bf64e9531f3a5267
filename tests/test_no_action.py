"""Messages that ask for words, not changes: spotted by code, answered under the
words-only grammar; "how many days until …?" answered by code."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.agent.loop import Agent, AgentConfig
from assistant.agent.no_action import days_until, wants_words
from assistant.clock import Clock
from assistant.models.base import ScriptedModel
from assistant.models.formats import ChatML
from assistant.store import Store
from assistant.tools import default_registry

EMAIL = "From: tom@example.com\nSubject: Friday\n\nHi! Looking forward to Friday.\nSee you, Tom"


@pytest.mark.parametrize(
    "text",
    [
        "order me a pizza for tonight",
        "can you call me a taxi?",
        "call my mom for me",
        "email Tom that I'll be 10 minutes late",
        "do you think 7am is too early for a team meeting?",
        "should I schedule a meeting with my team?",
        f"Can you summarize this email?\n\n{EMAIL}",
        f"Translate this to German please:\n\n{EMAIL}",
        "tu peux m'appeler un taxi ?",
        "penses-tu que 8h c'est trop tôt ?",
        "pede uma pizza pra mim",
        "você acha que devo ir à reunião?",
        "¿crees que debería llamar a mi jefe?",
        "pídeme un taxi para las 9",
        "glaubst du, 8 Uhr ist zu früh für ein Meeting?",
        "bestell mir eine Pizza",
        "ordinami una pizza per stasera",
        "secondo te è troppo presto alle 7?",
        f"Fasse diese Mail zusammen:\n\n{EMAIL}",
    ],
)
def test_asks_for_words(text: str) -> None:
    assert wants_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "buy milk",
        "call mom tomorrow at 5",
        "call the plumber",
        "book flights",
        "order new glasses next week",
        "remind me to email Tom",
        "add a note: order pizza",
        "what's on my calendar tomorrow?",
        "can you add lunch with Ana on Tuesday at 1?",
        f"Please add the meeting in this email to my calendar:\n\n{EMAIL}",
        f"summarize this and add a to-do for each thing I must do:\n\n{EMAIL}",
        "ligar para a mãe amanhã às 17h",
        "Zahnarzt am Dienstag um 10 eintragen",
    ],
)
def test_asks_for_a_change_or_a_lookup(text: str) -> None:
    assert not wants_words(text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "how many days until Christmas?", "28 days until Christmas (Friday, December 25"),
        ("pt", "quantos dias faltam para o Natal?", "Faltam 28 dias para Natal"),
        ("es", "¿cuántos días faltan para Navidad?", "Faltan 28 días para Navidad"),
        ("de", "Wie viele Tage noch bis Weihnachten?", "Noch 28 Tage bis Weihnachten"),
        ("fr", "combien de jours avant Noël ?", "Encore 28 jours avant Noël"),
        ("it", "quanti giorni mancano a Natale?", "Mancano 28 giorni a Natale"),
        ("en", "how many days until new year's eve", "34 days until new year's eve"),
        ("en", "how many days until December 31?", "34 days until December 31"),
        ("en", "how many days until tomorrow?", "1 day until tomorrow"),
    ],
)
def test_days_until_is_counted_by_code(clock: Clock, lang: str, text: str, expected: str) -> None:
    answer = days_until(text, replace(clock, lang=lang))
    assert answer is not None and answer.startswith(expected), answer


def test_days_until_something_code_cannot_date_is_left_to_the_model(clock: Clock) -> None:
    assert days_until("how many days until my birthday?", clock) is None
    assert days_until("how many days are in a year?", clock) is None


def test_an_errand_is_answered_in_words_and_changes_nothing(store: Store, clock: Clock) -> None:
    model = ScriptedModel(["I can't order food, but I can add a reminder if you like."])
    agent = Agent(model, ChatML(), default_registry(), AgentConfig())
    result = agent.run_turn(
        "order me a pizza for tonight", [], store=store, clock=clock, emit=lambda e: None
    )
    assert model.grammars == [agent.text_only]  # no call can even begin
    assert result.answer.startswith("I can't order food")
    assert store.query("SELECT id FROM events UNION ALL SELECT id FROM todos") == []


def test_days_until_christmas_takes_no_generation(store: Store, clock: Clock) -> None:
    model = ScriptedModel([])
    agent = Agent(model, ChatML(), default_registry(), AgentConfig())
    result = agent.run_turn(
        "how many days until Christmas?", [], store=store, clock=clock, emit=lambda e: None
    )
    assert result.generations == 0 and model.prompts == []
    assert result.answer == "28 days until Christmas (Friday, December 25, 2026)."
