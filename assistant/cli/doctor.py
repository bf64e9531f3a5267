"""`assistant doctor`: a self-check of the install, one line per check.

assistant doctor [--json] [--skip-model-load] [--model PATH] [--threads N]

Checks Qt (the main window is built offscreen), the desktop display (Qt's
platform plugin opened in a child process, naming missing libraries; skipped
where there is no display), SQLite with FTS5 and the database, the data
folder, the keyring, where HTTPS certificates are trusted from (models/tls.py),
whether the opt-in update check is on (it sends nothing here),
the processor against what the llama.cpp build needs, and
the configured model (checked, loaded, one token generated; for a model
server: reachable, model present, grammar honoured and latency, in
doctor_server.py). Exit 0 when nothing failed; warnings (such as no
model on a fresh install) do not count as failures.

llama.cpp is first asked about its build in a child process (on a processor
the build does not fit, loading it dies of an illegal instruction); the model
is loaded here only when the processor can run it. The user's data is only
read, apart from a temporary file that proves the data folder is writable.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from assistant import paths, secrets
from assistant.cli.common import EXIT_ERROR, print_json
from assistant.errors import AssistantError, ModelError
from assistant.models import config, hardware, tls
from assistant.models.download import format_bytes
from assistant.models.gguf import validate_model_file
from assistant.models.server import active_server
from assistant.settings import Preferences, update_checks
from assistant.updates.schedule import describe_state

log = logging.getLogger(__name__)

Status = Literal["ok", "warn", "fail"]
_LABELS: dict[Status, str] = {"ok": "ok", "warn": "warn", "fail": "FAIL"}
# Less free space than this and downloads, the database and saved prompt states may fail.
LOW_DISK_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    """One line of the report; ``name`` also names the check in the summary."""

    name: str
    status: Status
    message: str

    def line(self) -> str:
        return f"{_LABELS[self.status]:<6}{self.message}"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    doctor = sub.add_parser(
        "doctor",
        parents=[common],
        help="check the install: Qt, display, SQLite, data folder, keyring, CPU and model",
        description="Check that this install works: one line per check and a summary. "
        "Exits 0 when nothing failed (warnings allowed), 1 otherwise.",
    )
    doctor.add_argument("--json", action="store_true", help="print the checks as JSON")
    doctor.add_argument(
        "--skip-model-load",
        action="store_true",
        help="check the model file but do not load it (faster)",
    )
    doctor.add_argument("--model", metavar="PATH", help="check this GGUF file instead")
    doctor.add_argument(
        "--threads",
        type=_positive_int,
        metavar="N",
        help="threads for the test load (default: as in the settings)",
    )
    # The bundled app's llama.cpp probe (hardware.FROZEN_PROBE_ARGS); not for people.
    doctor.add_argument("--llama-system-info", action="store_true", help=argparse.SUPPRESS)
    # The bundled app's Qt platform probe (platform_check.FROZEN_PROBE_ARGS); not for people.
    doctor.add_argument("--qt-platform-probe", action="store_true", help=argparse.SUPPRESS)
    doctor.set_defaults(handler=cmd_doctor)


def _positive_int(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, not {text!r}")
    return int(text)


def cmd_doctor(args: argparse.Namespace) -> int:
    if args.llama_system_info:
        info = hardware.system_info_in_process()
        sys.stdout.write(info or "")
        return 0 if info is not None else EXIT_ERROR
    if args.qt_platform_probe:
        return int(importlib.import_module("assistant.ui.platform_check").probe_in_process())
    base = paths.data_dir(getattr(args, "data_dir", None))
    checks: list[Check] = []
    for name, run in _plan(args, base, checks):
        check = _guarded(name, run)
        checks.append(check)
        if not args.json:  # line by line: the model load can take a while
            print(check.line(), flush=True)
    problems = [c.name for c in checks if c.status == "fail"]
    if args.json:
        print_json({"checks": [asdict(c) for c in checks], "ok": not problems})
    else:
        print(summary(checks))
    return EXIT_ERROR if problems else 0


def _plan(
    args: argparse.Namespace, base: Path, done: list[Check]
) -> list[tuple[str, Callable[[], Check]]]:
    def cpu_ok() -> bool:
        return all(c.status != "fail" for c in done if c.name == "CPU")

    return [
        ("Qt", lambda: check_qt(args)),
        ("display", check_display),
        ("SQLite", lambda: check_sqlite(base)),
        ("data folder", lambda: check_data_folder(base)),
        ("keyring", lambda: check_keyring(base)),
        ("certificates", check_certificates),
        ("updates", lambda: check_updates(base)),
        ("CPU", check_cpu),
        ("model", lambda: check_model(args, base, cpu_ok=cpu_ok())),
    ]


def _guarded(name: str, run: Callable[[], Check]) -> Check:
    """A check that raises is a failed check, never a traceback."""
    try:
        return run()
    except AssistantError as exc:
        return Check(name, "fail", f"{name}: {exc}")
    except Exception as exc:
        log.debug("the %s check failed", name, exc_info=True)
        return Check(name, "fail", f"{name}: unexpected error ({type(exc).__name__}: {exc})")


def summary(checks: list[Check]) -> str:
    problems = [c.name for c in checks if c.status == "fail"]
    warnings = sum(c.status == "warn" for c in checks)
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        return f"{len(problems)} {noun}: {', '.join(problems)}."
    if warnings:
        noun = "warning" if warnings == 1 else "warnings"
        return f"All {len(checks)} checks passed ({warnings} {noun})."
    return f"All {len(checks)} checks passed."


# --- Qt ------------------------------------------------------------------------


def check_qt(args: argparse.Namespace) -> Check:
    try:
        # Imported here: the rest of the report must work where Qt cannot load.
        importlib.import_module("PySide6.QtCore")
        selfcheck = importlib.import_module("assistant.ui.selfcheck")
    except ImportError as exc:
        return Check("Qt", "fail", f"Qt cannot be loaded: {exc}; the desktop window will not open")
    version, platform_name = selfcheck.build_main_window(
        now=getattr(args, "now", None), tz=getattr(args, "tz", None)
    )
    return Check("Qt", "ok", f"Qt {version}: main window built ({platform_name})")


def check_display() -> Check:
    """Qt's platform plugin, opened with the user's environment in a child process."""
    try:
        platform_check = importlib.import_module("assistant.ui.platform_check")
    except ImportError as exc:
        return Check("display", "fail", f"display: not checked ({exc})")
    diagnosis = platform_check.diagnose()
    return Check("display", "fail" if diagnosis.status == "fail" else "ok", diagnosis.text)


# --- SQLite --------------------------------------------------------------------

_TOKENIZERS = ("porter", "trigram")  # the schema's full-text indexes need both


def check_sqlite(base: Path) -> Check:
    version = sqlite3.sqlite_version
    conn = sqlite3.connect(":memory:")
    try:
        for tokenizer in _TOKENIZERS:
            try:
                conn.execute(
                    f"CREATE VIRTUAL TABLE t_{tokenizer} USING fts5(x, tokenize={tokenizer})"
                )
            except sqlite3.OperationalError as exc:
                return Check(
                    "SQLite",
                    "fail",
                    f"SQLite {version} lacks FTS5 with the {tokenizer} tokenizer ({exc}); "
                    "search needs it (SQLite 3.34 or later built with FTS5)",
                )
    finally:
        conn.close()
    head = f"SQLite {version} with FTS5 ({', '.join(_TOKENIZERS)})"
    status, words = _database_health(paths.db_path(base))
    encryption = check_encryption(base)
    if encryption.status != "ok" and status == "ok":
        status = encryption.status
    return Check("SQLite", status, f"{head}; {words}; {encryption.message}")


def _database_health(db: Path) -> tuple[Status, str]:
    """quick_check and the schema version of the user's database, opened read-only."""
    if not db.exists():
        return "ok", "no database yet (created on first start)"
    from sqlite_utils import Database

    from assistant.store import cipher
    from assistant.store.integrity import connect_read_only
    from assistant.store.migrations import migrations

    try:
        key = cipher.find_key(db) if cipher.looks_encrypted(db) else None
        conn = connect_read_only(db, key=key)
    except cipher.KeyNeeded:
        return "warn", f"the database {db} is encrypted and its key is not at hand"
    except (sqlite3.Error, AssistantError) as exc:
        return "fail", f"the database {db} cannot be opened: {exc}; try `assistant repair`"
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if rows != ["ok"]:
            detail = "; ".join(str(r) for r in rows[:3])
            return "fail", (
                f"the database {db} is damaged: {detail}; `assistant repair` keeps it as a "
                "backup and recovers what can be read"
            )
        applied = {m.name for m in migrations.applied(Database(conn))}
        pending = migrations.pending(Database(conn))
        counts = _row_counts(conn)
    except sqlite3.Error as exc:
        return "fail", f"the database {db} cannot be read: {exc}; try `assistant repair`"
    finally:
        conn.close()
    # Every migration this version knows: all are pending on an empty database.
    known = {m.name for m in migrations.pending(Database(memory=True))}
    if applied - known:
        return "warn", f"the database {db} was written by a newer version of the app"
    schema = f"{len(pending)} schema updates due on next start" if pending else "schema current"
    return "ok", f"database intact ({counts}), {schema}"


def _row_counts(conn: sqlite3.Connection) -> str:
    parts = []
    for table, noun in (("todos", "to-do"), ("events", "event"), ("notes", "note")):
        try:
            (count,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        except sqlite3.OperationalError:  # not created yet: migrations pending
            count = 0
        parts.append(f"{count} {noun}{'' if count == 1 else 's'}")
    return ", ".join(parts)


# --- data folder and keyring -------------------------------------------------------


def check_data_folder(base: Path) -> Check:
    name = "data folder"
    if base.exists() and not base.is_dir():
        return Check(name, "fail", f"data folder {base} is a file, not a folder")
    try:
        base.mkdir(parents=True, exist_ok=True)  # the app would create it the same way
        fd, probe = tempfile.mkstemp(prefix=".doctor-", dir=base)
        os.close(fd)
        os.remove(probe)
    except OSError as exc:
        return Check(name, "fail", f"data folder {base} is not writable: {exc.strerror or exc}")
    free = hardware.free_disk_bytes(base)
    if free < LOW_DISK_BYTES:
        return Check(
            name, "warn", f"data folder {base} is writable, but only {format_bytes(free)} free"
        )
    return Check(name, "ok", f"data folder {base} is writable ({format_bytes(free)} free)")


def check_keyring(base: Path) -> Check:
    store = secrets.get_store(base)
    if isinstance(store, secrets.KeyringStore):
        backend = secrets.usable_keyring()
        return Check("keyring", "ok", f"keyring: {getattr(backend, 'name', store.description)}")
    file = base / secrets.SECRETS_FILENAME
    if os.environ.get(secrets.ENV_KEYRING, "").strip().lower() == "file":
        status: Status = "ok"
        text = f"keyring: not used ({secrets.ENV_KEYRING}=file); tokens go to {file}"
    else:
        status = "warn"
        text = f"keyring: no OS keychain; tokens go to a private file ({file})"
    if os.name == "posix" and file.exists() and file.stat().st_mode & 0o077:
        return Check("keyring", "warn", f"{text}, but others may read it: run chmod 600 {file}")
    return Check("keyring", status, text)


def check_certificates() -> Check:
    """Which authorities downloads trust; a bad ASSISTANT_CA_BUNDLE fails here."""
    trust = tls.current()
    tls.ssl_context(trust)  # raises ModelError for a missing or empty bundle
    text = f"certificates: downloads trust {trust.describe()}"
    if trust.source == "python":
        return Check("certificates", "warn", f"{text}; neither truststore nor certifi is installed")
    return Check("certificates", "ok", text)


def check_updates(base: Path) -> Check:
    """Whether the opt-in update check is on, and that it sends nothing else (no request here)."""
    return Check("updates", "ok", f"updates: {describe_state(update_checks(base))}")


def check_encryption(base: Path) -> Check:
    """Whether the database is encrypted, and whether its key can be reached."""
    from assistant.store import cipher
    from assistant.store.encryption import status

    now = status(paths.db_path(base))
    version = cipher.cipher_version()
    build = f" (SQLCipher {version})" if version else ""
    either = "the recovery key or your passphrase" if now.passphrase else "the recovery key"
    if now.encrypted and not now.key_reachable:
        return Check(
            "encryption",
            "warn",
            f"encryption: on, but the key is not in {now.where}; {either} is needed "
            f"(--recovery-key-stdin or {cipher.ENV_RECOVERY_KEY})",
        )
    if now.encrypted:
        also = "; a passphrase you set opens it too" if now.passphrase else ""
        return Check("encryption", "ok", f"encryption: on{build}; key kept in {now.where}{also}")
    if not now.available:
        return Check(
            "encryption", "ok", f"encryption: off; not available ({now.unavailable_reason})"
        )
    return Check("encryption", "ok", f"encryption: off{build} (`assistant encryption on`)")


# --- CPU -----------------------------------------------------------------------


def check_cpu() -> Check:
    try:
        info = hardware.llama_system_info()  # in a child: it may die of SIGILL
    except hardware.LlamaCrashed:
        return Check("CPU", "fail", f"CPU: {hardware.LLAMA_CRASHED}")
    cpu = hardware.cpu_features()
    if info is None:
        if importlib.util.find_spec("llama_cpp") is None:
            return Check("CPU", "fail", "CPU: llama-cpp-python is not installed; no model can run")
        return Check("CPU", "warn", "CPU: llama.cpp would not say which instructions it needs")
    build = hardware.parse_system_info(info)
    if cpu is None:
        _, uses = hardware.feature_summary(build, frozenset())
        return Check(
            "CPU",
            "warn",
            f"CPU: this system does not say which instructions the processor has "
            f"(llama.cpp build needs: {_names(uses)})",
        )
    problems = hardware.cpu_problems(build, cpu)
    if problems:
        return Check("CPU", "fail", f"CPU: {problems[0]}")
    has, uses = hardware.feature_summary(build, cpu)
    needs = "all of them" if uses and uses == has else _names(uses)
    return Check(
        "CPU",
        "ok",
        f"CPU: {hardware.physical_cores()} cores with {_names(has)} "
        f"(llama.cpp build needs: {needs})",
    )


def _names(features: list[str]) -> str:
    return ", ".join(features) if features else "no vector extensions"


# --- model ---------------------------------------------------------------------


def check_model(args: argparse.Namespace, base: Path, *, cpu_ok: bool) -> Check:
    from assistant.agent.factory import NO_MODEL

    remote = active_server(base, args.model)
    if remote is not None:
        from assistant.cli.doctor_server import check_server

        return check_server(base, remote)
    choice = config.model_choice(base, args.model)
    if choice is None:
        return Check("model", "warn", NO_MODEL)
    try:
        info = validate_model_file(choice.path)
    except ModelError as exc:
        return Check("model", "fail", f"model: {exc}")
    source = {"option": " (--model)", "environment": f" (${config.ENV_MODEL})"}
    label = f"model {choice.path.name}{source.get(choice.source, '')}"
    size = f"{format_bytes(info.size_bytes)}, {info.architecture}"
    if args.skip_model_load:
        return Check("model", "ok", f"{label}: valid GGUF ({size}); not loaded (--skip-model-load)")
    if not cpu_ok:
        return Check(
            "model", "warn", f"{label}: valid GGUF ({size}); not loaded: see the CPU check"
        )
    seconds = _load_and_generate(choice.path, Preferences.load(base), args.threads)
    return Check("model", "ok", f"{label}: loads and generates ({size}; {seconds:.1f} s)")


def _load_and_generate(path: Path, prefs: Preferences, threads: int | None) -> float:
    """Seconds to load ``path`` with a small context and generate one token."""
    # Imported only now: llama.cpp is loaded into this process once the CPU check passed.
    from assistant.models.runtime import LlamaModel

    started = time.monotonic()
    model = LlamaModel.load(
        path,
        n_ctx=512,
        n_threads=threads or prefs.threads,
        n_gpu_layers=prefs.gpu_layers,
        prefetch=False,
    )
    try:
        model.complete("Hello", max_tokens=1)
    finally:
        model.close()
    return time.monotonic() - started
