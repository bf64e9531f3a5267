"""Length and count limits on stored items and on list reads, each defined once.

The tools refuse input past them, the .ics reader cuts what a file holds to
them, and the window reads lists in pages of these sizes. They used to be
repeated in several modules; a limit changed here changes everywhere.
"""

from __future__ import annotations

# -- what one item may hold ----------------------------------------------------

# Characters in a title (to-do, event, note), after whitespace is collapsed.
MAX_TITLE = 500
# Characters in a to-do's notes, an event's description or location.
MAX_TEXT = 100_000
# Characters in a note's body.
MAX_NOTE_BODY = 1_000_000
# Characters in one tag name, and tags on one item.
MAX_TAG_LENGTH = 40
MAX_TAGS = 20
# How long before its time a reminder may fire: 30 days, in minutes.
MAX_REMINDER_MINUTES = 60 * 24 * 30

# -- how much one read returns -------------------------------------------------

# Items a list tool returns at most (its `limit` argument).
MAX_LIST = 500
# Rows the to-do list loads at a time, and keeps through a reload.
TODO_PAGE_SIZE = 500
TODO_KEEP_ROWS = 5000
# Notes the note list shows (search reaches the rest), and the characters of a
# body it reads for the excerpt.
NOTE_PAGE_SIZE = 300
NOTE_EXCERPT_CHARS = 240

# Ids bound in one ``IN (...)`` list, and rows read per query by whole-table
# passes: under SQLite's limit on bound parameters, bounded memory at 100,000 rows.
SQL_BATCH = 500

# -- conversations -------------------------------------------------------------

# Conversations the chat's list shows; older ones stay in the database.
RECENT_CONVERSATIONS = 200

# Characters of a conversation's title, and of the first user line that names it.
MAX_CONVERSATION_TITLE = 200
CONVERSATION_TITLE_FROM_MESSAGE = 80
