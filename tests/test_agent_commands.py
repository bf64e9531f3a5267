"""Which messages are plain instructions, held to a call from their first token."""

from __future__ import annotations

import pytest

from assistant.agent.commands import is_command

INSTRUCTIONS = [
    "mark the second one done",
    "move it to 4pm",
    "make that weekly",
    "delete that",
    "please add eggs and bread to my list",
    "can you add milk to my to-dos?",
    "I called the plumber, you can tick that off",
    "finally filed my taxes, cross that off",
    "take yoga off my calendar completely",
    "get rid of my gift ideas note",
    "wait, undo that, I haven't sent it yet",
    "I need to submit the report next Monday at 9am, add it to my to-dos",
    "muda pra 15h",
    "apaga a nota da viagem",
    "lembra-me de pagar a luz amanhã",
    "apúntame comprar pilas en la lista de tareas",
    "ya he comprado la leche y el pan, táchalos",
    "bloquéame el lunes de 9 a 11 para preparar la presentación",
    "verschieb das auf 16 Uhr",
    "Die Steuererklärung ist raus, kannst du abhaken",
    "lösch den Zahnarzttermin",
    "décale-le à 14h",
    "ajoute du pain à ma liste",
    "supprime la réunion de mardi",
    "sposta la cena a venerdì",
    "aggiungi il latte alla lista",
    "segna come fatto il bollo auto",
]

NOT_INSTRUCTIONS = [
    "hi there!",
    "thanks, that's all for now",
    "tell me a joke",
    "what's on my calendar tomorrow?",
    "should I schedule a meeting with my team?",
    "what would happen if I deleted all my notes?",
    "order me a pizza for tonight",
    "email Tom that I'll be 10 minutes late",
    "call my mom for me",
    "I forgot my sister's birthday yesterday, I feel terrible",
    "ugh, this week is going to be so busy",
    "lunch with Ana on Tuesday at 1",
    "how do you say 'good night' in Italian?",
    "bestell mir bitte eine Pizza für heute Abend",
    "tu peux m'appeler un taxi ?",
    "mi chiami un taxi per le otto?",
    "Can you summarize this email?\n\nFrom: tom@example.com\nSubject: Friday\n\nHi!",
    "add " + "very long words " * 20,
]


@pytest.mark.parametrize("text", INSTRUCTIONS)
def test_plain_instructions_in_six_languages(text: str) -> None:
    assert is_command(text)


@pytest.mark.parametrize("text", NOT_INSTRUCTIONS)
def test_talk_questions_errands_and_pasted_text_are_not_instructions(text: str) -> None:
    assert not is_command(text)
