"""The calendar: events as values, their storage, expansion, range queries and edits.

``model`` and ``times`` say what an event is and how its times are stored;
``expand`` turns a series into occurrences; ``instances``, ``rows``, ``spans``
and ``query`` answer range queries fast (through :class:`~assistant.calendar.index.CalendarIndex`);
``edit``, ``changes`` and ``kind`` turn requests into journaled writes;
``wording`` says the results in words. ``assistant.ical`` is only the .ics
adapter on top; ``assistant.tools.events`` only the model-facing adapter.

The one repeat rule is :class:`assistant.dates.rule.Rule`;
``rule_form`` is the calendar form's view of it.
"""
