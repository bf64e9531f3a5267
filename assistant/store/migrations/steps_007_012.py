"""Migrations m007 to m012: journal groups, CalDAV sync, subscriptions, search, snoozes.

All have shipped: never edit them. A new step goes at the end of this module,
or of a newer one (see :mod:`assistant.store.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database

from assistant.store.migrations.chain import migrations


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
