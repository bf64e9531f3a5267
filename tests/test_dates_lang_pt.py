"""Portuguese dates, times, ranges, lengths and repeats, against a fixed clock.

The clock is Friday 2026-11-27 10:00 in São Paulo. Every expectation was
worked out from the calendar: Monday 30 November, Tuesday 1 December, ...
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from helpers import at_in, friday_morning

from assistant.dates import parse_duration, parse_recurrence, resolve_range, resolve_when
from assistant.dates.lang import detect
from assistant.errors import DateError, RecurrenceError

SP = ZoneInfo("America/Sao_Paulo")
NOW = friday_morning(SP)


at = partial(at_in, SP)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoje", date(2026, 11, 27)),
        ("amanhã", date(2026, 11, 28)),
        ("amanha", date(2026, 11, 28)),
        ("ontem", date(2026, 11, 26)),
        ("depois de amanhã", date(2026, 11, 29)),
        ("anteontem", date(2026, 11, 25)),
        ("terça", date(2026, 12, 1)),
        ("terça-feira", date(2026, 12, 1)),
        ("na segunda feira", date(2026, 11, 30)),
        ("sábado", date(2026, 11, 28)),
        ("domingo", date(2026, 11, 29)),
        # Today is Friday: "sexta" is today, "próxima sexta" and "sexta que vem" the one after.
        ("sexta", date(2026, 11, 27)),
        ("próxima sexta", date(2026, 12, 4)),
        ("sexta que vem", date(2026, 12, 4)),
        ("na próxima terça", date(2026, 12, 1)),
        ("terça passada", date(2026, 11, 24)),
        ("3 de abril", date(2027, 4, 3)),
        ("3 de abril de 2028", date(2028, 4, 3)),
        ("1º de maio", date(2027, 5, 1)),
        ("dia 15", date(2026, 12, 15)),
        ("no dia 30", date(2026, 11, 30)),
        ("25 de dezembro", date(2026, 12, 25)),
        ("semana que vem", date(2026, 11, 30)),
        ("fim do mês", date(2026, 11, 30)),
        ("no fim de semana", date(2026, 11, 28)),
    ],
)
def test_days(text: str, expected: date) -> None:
    assert resolve_when(text, NOW).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("terça às 13h", at(12, 1, 13)),
        ("terca as 13h", at(12, 1, 13)),
        ("amanhã às 10h30", at(11, 28, 10, 30)),
        ("amanhã às 10:30", at(11, 28, 10, 30)),
        ("amanhã de manhã", at(11, 28, 9)),
        ("amanhã à tarde", at(11, 28, 15)),
        ("hoje à noite", at(11, 27, 20)),
        ("esta noite", at(11, 27, 20)),
        ("às 3 da tarde", at(11, 27, 15)),
        ("às 8 da manhã", at(11, 28, 8)),
        ("às 10 da noite", at(11, 27, 22)),
        ("sexta às 9", at(12, 4, 9)),  # 09:00 today has passed: next Friday
        ("sexta às 15h", at(11, 27, 15)),
        ("meio-dia", at(11, 27, 12)),
        ("amanhã ao meio-dia", at(11, 28, 12)),
        ("meia-noite", at(11, 28, 0)),
        ("às 3 e meia", at(11, 27, 15, 30)),
        ("segunda às 8 horas", at(11, 30, 8)),
        ("depois de amanhã às 16h", at(11, 29, 16)),
        ("3 de abril às 9h", at(4, 3, 9, year=2027)),
        ("em 2 horas", at(11, 27, 12)),
        ("daqui a 30 minutos", at(11, 27, 10, 30)),
        ("daqui a meia hora", at(11, 27, 10, 30)),
        ("dentro de 3 dias", at(11, 30, 10)),
        ("há 2 dias", at(11, 25, 10)),
        ("3 dias atrás", at(11, 24, 10)),
        ("agora", at(11, 27, 10)),
        # A start with no end: "a partir das 19h" is 19:00.
        ("a partir das 19h", at(11, 27, 19)),
        ("sábado a partir das 20 horas", at(11, 28, 20)),
        ("amanhã a partir do meio-dia", at(11, 28, 12)),
    ],
)
def test_times(text: str, expected: datetime) -> None:
    assert resolve_when(text, NOW).value == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("esta semana", at(11, 23), at(11, 30)),
        ("semana que vem", at(11, 30), at(12, 7)),
        ("próxima semana", at(11, 30), at(12, 7)),
        ("este fim de semana", at(11, 28), at(11, 30)),
        ("nos próximos 7 dias", at(11, 27, 10), at(12, 4, 10)),
        ("das 8 às 10", at(11, 28, 8), at(11, 28, 10)),
        ("quinta das 14h às 15h30", at(12, 3, 14), at(12, 3, 15, 30)),
        ("de segunda a sexta", at(11, 30), at(12, 5)),
        ("entre as 9 e as 11", at(11, 28, 9), at(11, 28, 11)),
        ("até sexta", at(11, 27, 10), at(11, 28)),
    ],
)
def test_ranges(text: str, start: datetime, end: datetime) -> None:
    assert resolve_range(text, NOW) == (start, end)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("30 minutos", 30),
        ("uma hora", 60),
        ("duas horas", 120),
        ("meia hora", 30),
        ("uma hora e meia", 90),
        ("1,5 horas", 90),
        ("1h30", 90),
        ("2 dias", 2 * 24 * 60),
    ],
)
def test_lengths(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("todas as quartas", "FREQ=WEEKLY;BYDAY=WE"),
        ("toda segunda", "FREQ=WEEKLY;BYDAY=MO"),
        ("toda segunda-feira", "FREQ=WEEKLY;BYDAY=MO"),
        ("às segundas e quartas", "FREQ=WEEKLY;BYDAY=MO,WE"),
        ("toda segunda, quarta e sexta", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("todos os dias", "FREQ=DAILY"),
        ("diariamente", "FREQ=DAILY"),
        ("todos os dias úteis", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("toda semana", "FREQ=WEEKLY;BYDAY=FR"),
        ("a cada duas semanas", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("a cada 3 dias", "FREQ=DAILY;INTERVAL=3"),
        ("todo mês", "FREQ=MONTHLY;BYMONTHDAY=27"),
        ("todo dia 15", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("toda primeira segunda do mês", "FREQ=MONTHLY;BYDAY=1MO"),
        ("na última sexta do mês", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("todo ano", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=27"),
        ("diariamente 10 vezes", "FREQ=DAILY;COUNT=10"),
        ("toda terça até 31 de dezembro", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T025959Z"),
    ],
)
def test_repeats(text: str, rule: str) -> None:
    assert parse_recurrence(text, NOW.now) == rule


@pytest.mark.parametrize(
    "text", ["terça às 13h", "amanhã de manhã", "todas as quartas", "daqui a 2 horas"]
)
def test_detected_as_portuguese(text: str) -> None:
    assert detect(text.split()) == "pt"


def test_refusals() -> None:
    with pytest.raises(DateError, match="blorf"):
        resolve_when("amanhã blorf", NOW)
    with pytest.raises(DateError):
        resolve_when("30 de fevereiro", NOW)
    with pytest.raises(RecurrenceError, match="blorf"):
        parse_recurrence("toda blorf", NOW.now)
