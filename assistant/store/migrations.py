"""Schema of the assistant's database, as named, ordered migrations.

Never edit a migration that has shipped: add ``m00N_...`` below it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("assistant")


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


@migrations()
def m007_message_outcome(db: Database) -> None:
    # Whether a tool result succeeded (1) or its call failed or was declined (0),
    # so a restored chat need not guess from the text. Older rows are filled once
    # from the rule the restore used before: such results began "Error:" or
    # "The user declined".
    db.execute("ALTER TABLE messages ADD COLUMN ok INTEGER NOT NULL DEFAULT 1")
    db.execute(
        "UPDATE messages SET ok = 0 WHERE role = 'tool' AND action_id IS NULL "
        "AND (substr(content, 1, 6) = 'Error:' OR substr(content, 1, 17) = 'The user declined')"
    )


@migrations()
def m008_action_groups(db: Database) -> None:
    # Journal groups: actions with the same group_id (the id of the group's first
    # action) are one Undo step, e.g. a bulk delete or an assistant turn that made
    # several writes. NULL: the action is a step of its own.
    db.execute("ALTER TABLE actions ADD COLUMN group_id INTEGER")
    db.execute("CREATE INDEX actions_group ON actions (group_id)")
    # Redo finds the step undone last by its stamp.
    db.execute("CREATE INDEX actions_undone ON actions (undone_at)")


@migrations()
def m009_caldav_sync(db: Database) -> None:
    # Two-way CalDAV sync (assistant/sync). An account's password is in the
    # keychain, never here. `sync_items` is the per-item status, as vdirsyncer
    # keeps it: what each side looked like when the two last agreed, so every
    # change is classified once as created, changed or deleted on either side.
    db.executescript(
        """
        CREATE TABLE sync_accounts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            -- the address the user gave, and the principal discovery found there
            url TEXT NOT NULL,
            principal_url TEXT NOT NULL DEFAULT '',
            -- the HTTP authentication the server asked for at discovery: basic, digest or none
            auth TEXT NOT NULL DEFAULT 'basic',
            user TEXT NOT NULL,
            created TEXT NOT NULL,
            last_sync TEXT,
            last_error TEXT
        );
        CREATE TABLE sync_calendars (
            -- AUTOINCREMENT: an id that events.calendar_id kept never names another calendar
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id INTEGER NOT NULL REFERENCES sync_accounts (id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            color TEXT,
            -- what the server stores there: 'VEVENT,VTODO'
            components TEXT NOT NULL DEFAULT 'VEVENT,VTODO',
            -- what the user syncs of it
            sync_events INTEGER NOT NULL DEFAULT 1 CHECK (sync_events IN (0, 1)),
            sync_todos INTEGER NOT NULL DEFAULT 1 CHECK (sync_todos IN (0, 1)),
            -- RFC 6578 sync-token, else the CalendarServer ctag, as of the last sync
            sync_token TEXT,
            ctag TEXT,
            last_sync TEXT,
            last_error TEXT,
            UNIQUE (account_id, url)
        );
        CREATE TABLE sync_items (
            id INTEGER PRIMARY KEY,
            calendar_id INTEGER NOT NULL REFERENCES sync_calendars (id) ON DELETE CASCADE,
            href TEXT NOT NULL,
            -- 'event', 'todo', or 'other' (a journal, or what is not synced: never fetched again
            -- until its ETag changes)
            kind TEXT NOT NULL CHECK (kind IN ('event', 'todo', 'other')),
            uid TEXT NOT NULL,
            -- the server's ETag when both sides last agreed; NULL when it gave none
            etag TEXT,
            -- hash of the local rows when both sides last agreed
            local_hash TEXT NOT NULL DEFAULT '',
            -- the server's calendar object then, so what the app does not understand
            -- (X- properties, attendees, other alarms) goes back as it came
            raw TEXT,
            UNIQUE (calendar_id, href)
        );
        CREATE INDEX sync_items_uid ON sync_items (calendar_id, kind, uid);
        -- Both sides changed one item: the server's version waits here for the
        -- user's choice (keep mine, keep theirs, keep both); NULL raw: deleted there.
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL UNIQUE REFERENCES sync_items (id) ON DELETE CASCADE,
            their_etag TEXT,
            their_raw TEXT,
            created TEXT NOT NULL
        );
        -- Which calendar an item belongs to: NULL (or a calendar since removed) is
        -- the local one, which is never synced.
        ALTER TABLE events ADD COLUMN calendar_id INTEGER;
        ALTER TABLE todos ADD COLUMN calendar_id INTEGER;
        CREATE INDEX events_calendar ON events (calendar_id, uid) WHERE calendar_id IS NOT NULL;
        CREATE INDEX todos_calendar ON todos (calendar_id) WHERE calendar_id IS NOT NULL;
        """
    )


@migrations(transactional=False)
def m010_calendar_kinds(db: Database) -> None:
    # Subscriptions (read-only calendars by URL, assistant/sync/subscriptions.py)
    # are calendars too, so that an item's calendar_id names either kind:
    # sync_calendars gets a `kind`, and account_id may be NULL (a subscription
    # has no account). `etag`/`modified` are a subscription's HTTP validators
    # as of its last refresh; `is_default` marks the calendar new events and
    # to-dos go to (none marked: the local one). SQLite cannot drop a NOT NULL
    # in place, so the table is rebuilt with foreign keys off (dropping it with
    # them on would cascade into sync_items), keeping its ids and its
    # AUTOINCREMENT counter, all in one transaction.
    conn = db.conn
    if conn.in_transaction:
        conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        seq = conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'sync_calendars'"
        ).fetchone()
        columns = (
            "id, account_id, url, name, color, components, sync_events, sync_todos, "
            "sync_token, ctag, last_sync, last_error"
        )
        conn.execute(
            """
            CREATE TABLE sync_calendars_new (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                -- 'caldav': a calendar of an account; 'subscription': read-only, by URL
                kind TEXT NOT NULL DEFAULT 'caldav' CHECK (kind IN ('caldav', 'subscription')),
                account_id INTEGER REFERENCES sync_accounts (id) ON DELETE CASCADE,
                url TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                color TEXT,
                components TEXT NOT NULL DEFAULT 'VEVENT,VTODO',
                sync_events INTEGER NOT NULL DEFAULT 1 CHECK (sync_events IN (0, 1)),
                sync_todos INTEGER NOT NULL DEFAULT 1 CHECK (sync_todos IN (0, 1)),
                sync_token TEXT,
                ctag TEXT,
                last_sync TEXT,
                last_error TEXT,
                etag TEXT,
                modified TEXT,
                is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
                UNIQUE (account_id, url),
                CHECK ((kind = 'caldav') = (account_id IS NOT NULL))
            )
            """
        )
        conn.execute(
            f"INSERT INTO sync_calendars_new ({columns}) SELECT {columns} FROM sync_calendars"
        )
        conn.execute("DROP TABLE sync_calendars")
        conn.execute("ALTER TABLE sync_calendars_new RENAME TO sync_calendars")
        if seq is not None:
            conn.execute(
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'sync_calendars'",
                [seq[0]],
            )
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_calendars', ? "
                "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sync_calendars')",
                [seq[0]],
            )
        conn.execute(
            "CREATE UNIQUE INDEX sync_calendars_subscription ON sync_calendars "
            "(name COLLATE NOCASE) WHERE kind = 'subscription'"
        )
        conn.execute(
            "CREATE UNIQUE INDEX sync_calendars_default ON sync_calendars (is_default) "
            "WHERE is_default = 1"
        )
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"m010 would break {len(broken)} references; nothing was changed")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


@migrations()
def m011_search_indexes(db: Database) -> None:
    # Search everything (assistant/search.py) matches words by prefix, without
    # accents or case: "dent" finds "Dentist", "cafe" finds "Café". The to-dos'
    # trigram index keeps accents and needs three letters, and events had no
    # index at all, so each gets a word index with diacritics removed. Both are
    # external-content tables kept in sync by triggers, as the others are.
    tokenize = "unicode61 remove_diacritics 2"
    for table, columns in (
        ("todos", ("title", "notes")),
        ("events", ("title", "location", "description")),
    ):
        index = f"{table}_words"
        names = ", ".join(f"[{c}]" for c in columns)
        new = ", ".join(f"new.[{c}]" for c in columns)
        old = ", ".join(f"old.[{c}]" for c in columns)
        db.executescript(
            f"""
            CREATE VIRTUAL TABLE [{index}] USING fts5 (
                {names}, content=[{table}], tokenize='{tokenize}'
            );
            CREATE TRIGGER [{index}_ai] AFTER INSERT ON [{table}] BEGIN
                INSERT INTO [{index}] (rowid, {names}) VALUES (new.rowid, {new});
            END;
            CREATE TRIGGER [{index}_ad] AFTER DELETE ON [{table}] BEGIN
                INSERT INTO [{index}] ([{index}], rowid, {names})
                VALUES ('delete', old.rowid, {old});
            END;
            CREATE TRIGGER [{index}_au] AFTER UPDATE OF {names} ON [{table}] BEGIN
                INSERT INTO [{index}] ([{index}], rowid, {names})
                VALUES ('delete', old.rowid, {old});
                INSERT INTO [{index}] (rowid, {names}) VALUES (new.rowid, {new});
            END;
            INSERT INTO [{index}] ([{index}]) VALUES ('rebuild');
            """
        )


@migrations()
def m012_reminder_snoozes(db: Database) -> None:
    # A snoozed reminder goes off again at ``until`` (UTC, ISO 8601 to the
    # second), so a snooze survives a restart. ``key`` is the reminder's own
    # (one per to-do due time or event occurrence): snoozing it again moves
    # the one row. Rows are journaled like any item, so a snooze is undone.
    # The title is read from the item, so a deleted item leaves no words here.
    db.execute(
        """
        CREATE TABLE reminder_snoozes (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('todo', 'event')),
            item_id INTEGER NOT NULL,
            due TEXT NOT NULL,
            until TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX reminder_snoozes_until ON reminder_snoozes (until)")
