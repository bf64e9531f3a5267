"""The window's side of CalDAV sync: accounts, the sync status, conflicts, calendar colours."""
