"""English: the grammar's own words, so they rewrite to themselves.

The table exists to tell English apart from the other languages (see
:func:`assistant.dates.lang.detect`); English text reaches the grammar as the
user wrote it.
"""

from assistant.dates.lang.table import Language
from assistant.dates.words import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, UNITS, WEEKDAYS

_GRAMMAR = """
today tonight tomorrow tmrw yesterday now noon midday midnight morning afternoon
evening night weekend weekends weekday weekdays the day after before this next
last coming end of in ago from at on a an half and to until till through thru
between for am pm every each other daily weekly monthly yearly annually biweekly
fortnightly times time occurrences occurrence o'clock by due
"""

LANGUAGE = Language(
    code="en",
    name="English",
    words={word: word for word in _GRAMMAR.split()},
    weekdays={name: name for name in WEEKDAYS},
    months={name: name for name in MONTHS},
    units={name: name for name in UNITS},
    numbers=dict(NUMBER_WORDS),
    ordinals=dict(ORDINAL_WORDS),
    day_first=False,
)
