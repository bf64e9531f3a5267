"""Options every subcommand shares, and the objects they open from them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant import paths
from assistant.clock import Clock
from assistant.store import Store

EXIT_ERROR = 1
EXIT_INTERNAL = 70


def common_parser() -> argparse.ArgumentParser:
    """--data-dir, --now and --tz, accepted before or after any subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="data folder (default: $ASSISTANT_DATA_DIR, else the OS data folder)",
    )
    common.add_argument(
        "--now",
        default=argparse.SUPPRESS,
        metavar="ISO",
        help="pin the clock, e.g. 2026-11-29T09:00 (default: $ASSISTANT_NOW, else now)",
    )
    common.add_argument(
        "--tz",
        default=argparse.SUPPRESS,
        metavar="ZONE",
        help="IANA time zone, e.g. Europe/Berlin (default: $ASSISTANT_TZ, else the system's)",
    )
    return common


def clock_from(args: argparse.Namespace) -> Clock:
    return Clock.from_options(getattr(args, "now", None), getattr(args, "tz", None))


def data_dir_from(args: argparse.Namespace) -> Path:
    """The data folder: --data-dir, else $ASSISTANT_DATA_DIR, else the OS data folder."""
    return paths.data_dir(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace) -> Store:
    return Store.open(paths.db_path(data_dir_from(args)))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
