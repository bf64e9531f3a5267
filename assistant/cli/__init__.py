"""Command-line front end on the same core as the desktop window.

``assistant`` with no arguments opens the window; each subcommand module adds
its parsers through ``register(subparsers, common)`` and sets ``handler``.
User-facing failures print one line on stderr and exit non-zero; no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from assistant import __version__
from assistant.cli import (
    agent_cmd,
    calendars_cmd,
    data,
    doctor,
    encryption_cmd,
    models_cmd,
    subs_cmd,
    sync_cmd,
    update_cmd,
    upkeep_cmd,
)
from assistant.cli.common import EXIT_ERROR, EXIT_INTERNAL, common_parser
from assistant.errors import AssistantError
from assistant.models import trial

log = logging.getLogger("assistant")

# Modules that contribute subcommands, in the order `--help` lists them.
COMMAND_MODULES = (
    agent_cmd,
    data,
    sync_cmd,
    subs_cmd,
    calendars_cmd,
    models_cmd,
    doctor,
    upkeep_cmd,
    encryption_cmd,
    update_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="A local-first assistant for to-dos, calendar and notes. "
        "Run without arguments to open the desktop app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"assistant {__version__}")
    parser.add_argument(
        "--quick-add",
        action="store_true",
        help="open the quick-entry window (of the running app, else start it); "
        "bind this command to a key in your desktop's keyboard settings",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "handler", None)
    # Where a model load leaves its crash marker (assistant.models.trial).
    trial.use_data_dir(getattr(args, "data_dir", None))
    try:
        if handler is None:
            return _open_window(args)
        return int(handler(args) or 0)
    except AssistantError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so in one line, keep the traceback in the log
        log.debug("unexpected error", exc_info=True)
        print(f"Internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        trial.use_data_dir(None)


def _open_window(args: argparse.Namespace) -> int:
    try:
        # Imported late: the command line must work where Qt cannot load.
        app = importlib.import_module("assistant.ui.app")
    except ImportError as exc:
        raise AssistantError(
            f"The desktop window is not available in this build ({exc}). "
            "The command line works: see `assistant --help`."
        ) from None
    return int(app.run_app(args))
