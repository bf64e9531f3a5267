"""First CalDAV sync of a big calendar against a local Radicale (a measurement, not a test).

    .venv/bin/python bench/sync_bench.py [--events 5000] [--series 200]

Starts Radicale on 127.0.0.1 with a temporary storage folder, writes the
calendar objects straight into its storage (one .ics per event: ``--series``
weekly series, each with one moved occurrence and one EXDATE, the rest
one-time events with an alarm), then times, in a fresh data folder: adding
the account (discovery), the first sync, a sync that finds nothing (with the
requests it cost), and a first sync from a second data folder once Radicale's
own item cache is warm (its first read of each item dominates the first
number). The keychain is an in-memory one for the run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

USER, PASSWORD = "bench", "bench"


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Threading(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def start_radicale(folder: Path) -> tuple[str, list[str]]:
    from radicale import Application, config

    configuration = config.load()
    configuration.update(
        {
            "storage": {"filesystem_folder": str(folder / "collections")},
            "auth": {"type": "none"},
            "logging": {"level": "error"},
        },
        "bench",
        privileged=True,
    )
    app = Application(configuration)
    seen: list[str] = []

    def counting(environ: dict[str, Any], start_response: Any) -> Any:
        seen.append(environ["REQUEST_METHOD"])
        return app(environ, start_response)

    server = make_server("127.0.0.1", 0, counting, server_class=_Threading, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/", seen


def event_text(number: int, series: bool) -> str:
    start = datetime(2026, 1, 5, 8, 0) + timedelta(hours=7 * number)
    stamp = datetime(2026, 1, 1, tzinfo=UTC).strftime("%Y%m%dT%H%M%SZ")
    wall = start.strftime("%Y%m%dT%H%M%S")
    end = (start + timedelta(minutes=45)).strftime("%Y%m%dT%H%M%S")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//bench//EN",
        "BEGIN:VEVENT",
        f"UID:bench-{number}@example.com",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/Berlin:{wall}",
        f"DTEND;TZID=Europe/Berlin:{end}",
        f"SUMMARY:Event {number}",
        "X-BENCH:1",
    ]
    if series:
        second = (start + timedelta(days=7)).strftime("%Y%m%dT%H%M%S")
        third = (start + timedelta(days=14)).strftime("%Y%m%dT%H%M%S")
        moved = (start + timedelta(days=14, hours=2)).strftime("%Y%m%dT%H%M%S")
        lines += ["RRULE:FREQ=WEEKLY;COUNT=20", f"EXDATE;TZID=Europe/Berlin:{second}"]
        lines += ["END:VEVENT", "BEGIN:VEVENT", f"UID:bench-{number}@example.com"]
        lines += [f"DTSTAMP:{stamp}", f"RECURRENCE-ID;TZID=Europe/Berlin:{third}"]
        lines += [f"DTSTART;TZID=Europe/Berlin:{moved}", f"SUMMARY:Event {number} (moved)"]
    else:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:x", "TRIGGER:-PT10M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--series", type=int, default=200)
    args = parser.parse_args()

    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        values: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    os.environ.pop("ASSISTANT_KEYRING", None)
    keyring.set_keyring(Memory())

    from assistant.clock import Clock
    from assistant.store import Store
    from assistant.sync import add_account, sync

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        url, seen = start_radicale(root / "radicale")
        import caldav

        client = caldav.DAVClient(url, username=USER, password=PASSWORD)
        client.principal().make_calendar(name="Bench", cal_id="bench")
        folder = root / "radicale" / "collections" / "collection-root" / USER / "bench"
        started = time.perf_counter()
        for number in range(args.events):
            text = event_text(number, number < args.series)
            (folder / f"bench-{number}.ics").write_text(text, encoding="utf-8", newline="")
        took = time.perf_counter() - started
        print(f"wrote {args.events} events ({args.series} series) in {took:.1f} s")

        store = Store.open(root / "data" / "assistant.db")
        clock = Clock.from_options("2026-01-01T09:00", "Europe/Berlin")
        started = time.perf_counter()
        add_account(store, "bench", url, USER, PASSWORD, clock, timeout=600)
        print(f"add account (discovery): {time.perf_counter() - started:.2f} s")
        seen.clear()
        started = time.perf_counter()
        report = sync(store, clock, timeout=600)
        took = time.perf_counter() - started
        print(report.describe())
        rows = store.query("SELECT count(*) AS n FROM events")[0]["n"]
        print(f"first sync: {took:.1f} s, {len(seen)} requests, {rows} event rows stored")
        seen.clear()
        started = time.perf_counter()
        report = sync(store, clock, timeout=600)
        print(
            f"no-change sync: {time.perf_counter() - started:.2f} s, {len(seen)} request(s) "
            f"({', '.join(seen)})"
        )
        store.close()
        # Radicale parses and caches each item on its first read, which dominates the
        # first sync above; a second data folder syncing the same server shows this
        # app's own cost with the server's cache warm.
        again = Store.open(root / "data2" / "assistant.db")
        add_account(again, "bench", url, USER, PASSWORD, clock, timeout=600)
        seen.clear()
        started = time.perf_counter()
        report = sync(again, clock, timeout=600)
        took = time.perf_counter() - started
        print(f"first sync, server cache warm: {took:.1f} s, {len(seen)} requests")
        again.close()
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
