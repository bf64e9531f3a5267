"""Reminder notifications: the on-time scheduler, the notifier back ends, and the
Snooze and Done actions behind their buttons."""
