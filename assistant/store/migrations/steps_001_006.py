"""Migrations m001 to m006: the first schema and what the calendar and chat added soon after.

To-dos, events, notes, tags and the action journal (m001); the chat history
(m002, m005); the calendar's table of occurrences and its range indexes (m003,
m004); occurrences cancelled by an imported file (m006). All have shipped:
never edit them (see :mod:`assistant.store.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database

from assistant.store.migrations.chain import migrations


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE todos (
            -- AUTOINCREMENT: ids the user has seen (#12) are never reused
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            -- local calendar date of the due moment; NULL when there is no due
            due_date TEXT,
            -- the exact instant (UTC ISO) when a time of day was given, else NULL
            due_at TEXT,
            priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            done_at TEXT,
            reminder_minutes INTEGER,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        -- Matches list_todos' ORDER BY term for term, so a page of 50 is read in
        -- order instead of sorting every open to-do.
        CREATE INDEX todos_order
        ON todos (done, due_date IS NULL, due_date, due_at IS NULL, due_at);
        CREATE INDEX todos_reminders ON todos (due_date) WHERE reminder_minutes IS NOT NULL;
        CREATE INDEX todos_reminder_minutes ON todos (reminder_minutes)
        WHERE reminder_minutes IS NOT NULL;

        CREATE TABLE events (
            -- AUTOINCREMENT: ids the user has seen (#12) are never reused
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL,
            -- '' for a series master or single event; for an override of one
            -- occurrence, the original start in the same form as `start`
            recurrence_id TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            -- wall-clock 'YYYY-MM-DDTHH:MM:SS' in tzid, or 'YYYY-MM-DD' when all-day
            start TEXT NOT NULL,
            "end" TEXT,
            -- IANA zone of start/end (floating .ics times get the user's zone); NULL when all-day
            tzid TEXT,
            all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
            -- UTC sort keys for range queries (all-day: midnight UTC)
            start_utc TEXT NOT NULL,
            end_utc TEXT NOT NULL,
            -- last instant the series can reach (UTC), NULL when unbounded
            series_end_utc TEXT,
            location TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            rrule TEXT,
            rdates TEXT NOT NULL DEFAULT '[]',
            exdates TEXT NOT NULL DEFAULT '[]',
            reminder_minutes INTEGER,
            sequence INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            UNIQUE (uid, recurrence_id)
        );
        CREATE INDEX events_start ON events (start_utc);
        CREATE INDEX events_series ON events (rrule) WHERE rrule IS NOT NULL;
        CREATE INDEX events_reminder_minutes ON events (reminder_minutes)
        WHERE reminder_minutes IS NOT NULL;
        -- Events a start_utc window cannot find by itself: long ones and RDATE-only
        -- series. The WHERE text must match _SPREAD_SQL in calendar/rows.py.
        CREATE INDEX events_spread ON events (start_utc)
        WHERE rrule IS NULL AND (rdates <> '[]' OR julianday(end_utc) - julianday(start_utc) > 6);

        CREATE TABLE notes (
            -- AUTOINCREMENT: ids the user has seen (#12) are never reused
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX notes_updated ON notes (updated);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE todo_tags (
            id INTEGER PRIMARY KEY,
            todo_id INTEGER NOT NULL REFERENCES todos (id),
            tag_id INTEGER NOT NULL REFERENCES tags (id),
            UNIQUE (todo_id, tag_id)
        );
        CREATE INDEX todo_tags_tag ON todo_tags (tag_id);
        CREATE TABLE note_tags (
            id INTEGER PRIMARY KEY,
            note_id INTEGER NOT NULL REFERENCES notes (id),
            tag_id INTEGER NOT NULL REFERENCES tags (id),
            UNIQUE (note_id, tag_id)
        );
        CREATE INDEX note_tags_tag ON note_tags (tag_id);

        CREATE TABLE actions (
            -- AUTOINCREMENT: ids the user has seen (#12) are never reused
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created TEXT NOT NULL,
            tool TEXT NOT NULL,
            summary TEXT NOT NULL,
            undone_at TEXT
        );
        CREATE TABLE action_changes (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES actions (id),
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX action_changes_action ON action_changes (action_id, seq);
        """
    )
    # External-content FTS5 index kept in sync by triggers (insert/update/delete,
    # undo included, since undo writes through the same table).
    db.table("notes").enable_fts(["title", "body"], create_triggers=True, tokenize="porter")
    # Substring search over to-dos ("invoice" inside "invoices-2026") without a
    # LIKE scan of every row: a trigram index, also kept in sync by triggers.
    db.table("todos").enable_fts(["title", "notes"], create_triggers=True, tokenize="trigram")


@migrations()
def m002_conversations(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            -- user | assistant | tool
            role TEXT NOT NULL,
            content TEXT NOT NULL,
            -- what was sent ahead of a user message (the clock block), kept so the
            -- history renders byte-identically on later turns (KV cache reuse)
            context TEXT NOT NULL DEFAULT '',
            -- for an assistant message that was a tool call, and for its result
            tool_name TEXT,
            tool_arguments TEXT,
            action_id INTEGER,
            created TEXT NOT NULL
        );
        CREATE INDEX messages_conversation ON messages (conversation_id, id);
        """
    )


@migrations()
def m003_event_instances(db: Database) -> None:
    # Derived data, never journaled: the occurrences of every repeating series
    # within a window (`instance_horizon`), so range queries need not expand
    # rules. Rebuilt from `events` at any time (assistant/calendar/instances.py).
    # Triggers mark a series' uid dirty on every write to its rows, whoever
    # writes (tools, importer, undo, raw SQL); the next range query refreshes it.
    db.executescript(
        """
        CREATE TABLE event_instances (
            -- the occurrence's start and end as UTC keys (all-day: midnight in the
            -- zone of instance_horizon.tz)
            start_utc TEXT NOT NULL,
            end_utc TEXT NOT NULL,
            -- the series master's id
            event_id INTEGER NOT NULL,
            -- position in the series' expansion, for ties in sort order
            seq INTEGER NOT NULL,
            -- all-day occurrences: their dates (start and end), else NULL
            day_start TEXT,
            day_end TEXT,
            -- the override row that replaces this occurrence, else NULL
            override_id INTEGER,
            -- 1 when longer than a week (or ending before it starts)
            long INTEGER NOT NULL DEFAULT 0,
            -- random per materialization of the series: the master row is unchanged
            -- while it is (readers may keep the decoded master keyed by it)
            ver INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (start_utc, event_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX event_instances_event ON event_instances (event_id);
        CREATE INDEX event_instances_long ON event_instances (start_utc) WHERE long = 1;
        -- One-time events by start, their end checked in the index: the range query
        -- reads only rows that reach the range (calendar.rows).
        CREATE INDEX events_single_range ON events (start_utc, end_utc) WHERE rrule IS NULL;
        -- every repeating master; dynamic = 1: expanded at query time instead
        CREATE TABLE instance_series (
            event_id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            dynamic INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX instance_series_uid ON instance_series (uid);
        CREATE TABLE instance_horizon (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            low TEXT NOT NULL,
            high TEXT NOT NULL,
            tz TEXT NOT NULL,
            built TEXT NOT NULL
        );
        CREATE TABLE instance_dirty (uid TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TRIGGER events_instances_insert AFTER INSERT ON events
        WHEN NEW.rrule IS NOT NULL OR NEW.rdates <> '[]' OR NEW.recurrence_id <> ''
        BEGIN
            INSERT OR IGNORE INTO instance_dirty (uid) VALUES (NEW.uid);
        END;
        CREATE TRIGGER events_instances_delete AFTER DELETE ON events
        WHEN OLD.rrule IS NOT NULL OR OLD.rdates <> '[]' OR OLD.recurrence_id <> ''
        BEGIN
            INSERT OR IGNORE INTO instance_dirty (uid) VALUES (OLD.uid);
        END;
        CREATE TRIGGER events_instances_update AFTER UPDATE ON events
        WHEN OLD.rrule IS NOT NULL OR OLD.rdates <> '[]' OR OLD.recurrence_id <> ''
            OR NEW.rrule IS NOT NULL OR NEW.rdates <> '[]' OR NEW.recurrence_id <> ''
        BEGIN
            INSERT OR IGNORE INTO instance_dirty (uid) VALUES (OLD.uid);
            INSERT OR IGNORE INTO instance_dirty (uid) VALUES (NEW.uid);
        END;
        """
    )


@migrations()
def m004_range_indexes(db: Database) -> None:
    # Range queries must know which series own an override near the range (those
    # series are shown even when inactive) without reading every row of the
    # range: overrides are few, so a partial index holds just them
    # (calendar/spans). Reminders read only the one-time events that have
    # one (15% of them in the benchmark set). Every range query also reads the
    # few series that are expanded per query (instances.dynamic_ids).
    db.executescript(
        """
        CREATE INDEX events_overrides ON events (start_utc, end_utc)
        WHERE recurrence_id <> '' AND rrule IS NULL;
        CREATE INDEX events_single_reminders ON events (start_utc, end_utc)
        WHERE rrule IS NULL AND reminder_minutes IS NOT NULL;
        CREATE INDEX instance_series_dynamic ON instance_series (event_id) WHERE dynamic = 1;
        """
    )


@migrations()
def m005_message_focus(db: Database) -> None:
    # The items a chat turn added, changed or showed ([{"kind", "id", "title"}],
    # on its answer message): what "it" and "the second one" mean in the next
    # turn, also after the app restarts.
    db.execute("ALTER TABLE messages ADD COLUMN focus TEXT")


@migrations()
def m006_cancelled_occurrences(db: Database) -> None:
    # Occurrences of a series that an imported .ics file cancelled with a
    # STATUS:CANCELLED override: JSON text list, in the form of `exdates` (each is
    # also an EXDATE, so nothing else needs to know). The export writes them back
    # as cancelled occurrences instead of plain EXDATEs (ical/ics_export.py).
    db.execute("ALTER TABLE events ADD COLUMN cancelled TEXT NOT NULL DEFAULT '[]'")
