"""Calendar data: event time encoding, recurrence expansion, .ics import/export."""
