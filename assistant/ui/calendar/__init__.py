"""The calendar view: month grid, agenda, event dialog, .ics import and export."""
