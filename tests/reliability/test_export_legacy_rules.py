"""A repeat rule stored before COUNT and INTERVAL were bounded does not break exports.

``--repeat "FREQ=DAILY;COUNT=99999999999"`` used to be stored as it was, and
then every export failed (icalendar refuses integers beyond 2^31). Clamping
to 2^31 - 1 changes nothing: that many hours already runs past the year 9999.
"""

from __future__ import annotations

import pytest

from assistant.clock import Clock
from assistant.ical.ics_export import export_ics
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("FREQ=DAILY;COUNT=99999999999", b"RRULE:FREQ=DAILY;COUNT=2147483647"),
        ("FREQ=WEEKLY;INTERVAL=3000000000;BYDAY=MO", b"INTERVAL=2147483647"),
    ],
)
def test_export_writes_an_old_oversized_rule(
    stored: str, written: bytes, store: Store, clock: Clock
) -> None:
    arguments = {"title": "Old", "start": "monday 9:00", "repeat": "FREQ=DAILY"}
    assert default_registry().call(ToolContext(store, clock), "add_event", arguments).ok
    store.db.execute("UPDATE events SET rrule = ?", [stored])
    store.db.conn.commit()
    assert written in export_ics(store, clock)
