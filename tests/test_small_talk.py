"""Greetings, thanks, sign-offs and clock questions are answered in words, in six languages."""

from __future__ import annotations

import pytest

from assistant.agent.small_talk import is_small_talk


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
