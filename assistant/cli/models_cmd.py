"""`assistant models`: the catalog, downloads, and which GGUF file is the model.

assistant models [list] [--json]     the catalog, what is installed, what is in use
assistant models download NAME       fetch a catalog model (resumable) and use it
assistant models use PATH            check a GGUF file (a test load included) and use it
assistant models remove NAME         delete a downloaded model
assistant models use-server URL      run the model on a server (server_cmd.py)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from assistant import paths, settings
from assistant.cli import server_cmd
from assistant.cli.common import print_json
from assistant.models import catalog, config, download, hardware, server, trial
from assistant.models.catalog import CatalogEntry
from assistant.models.download import Progress, format_bytes
from assistant.models.gguf import GgufInfo


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    models = sub.add_parser(
        "models", parents=[common], help="list, download or choose the language model"
    )
    models.add_argument("--json", action="store_true", help="print JSON")
    models.set_defaults(handler=cmd_list)
    actions = models.add_subparsers(dest="action", metavar="ACTION")

    listing = actions.add_parser("list", parents=[common], help="catalog, installed and in use")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)

    fetch = actions.add_parser(
        "download",
        parents=[common],
        help="download a catalog model and use it",
        description="Download a model from the catalog into the data folder (an interrupted "
        "download resumes), check its SHA-256, and make it the configured model. Gated "
        "repositories need a Hugging Face token: set HF_TOKEN or save it in the app.",
    )
    fetch.add_argument("name", metavar="NAME", help="a name from `assistant models list`")
    fetch.set_defaults(handler=cmd_download)

    use = actions.add_parser("use", parents=[common], help="check a GGUF file and use it")
    use.add_argument("path", type=Path, metavar="PATH")
    use.add_argument("--json", action="store_true", help="print what was checked as JSON")
    # The child process of a trial load (trial.TRIAL_ARGS): loads PATH, changes nothing.
    use.add_argument("--trial-load", action="store_true", help=argparse.SUPPRESS)
    use.set_defaults(handler=cmd_use)

    remove = actions.add_parser("remove", parents=[common], help="delete a downloaded model")
    remove.add_argument("name", metavar="NAME", help="a catalog name or a file name")
    remove.set_defaults(handler=cmd_remove)
    server_cmd.register(actions, common)


def _base(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


# --- list ----------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    base = _base(args)
    ram = hardware.total_ram_bytes()
    recommended = catalog.recommend(ram)
    installed = {model.path.name: model for model in download.installed_models(base)}
    choice = config.model_choice(base)
    remote = server.active_server(base)
    in_use = choice.path.absolute() if choice else None
    rows = []
    for entry in catalog.entries():
        model = installed.get(entry.filename)
        rows.append(
            {
                **entry.to_json(),
                "installed": model is not None,
                "path": str(model.path) if model else None,
                "partial_bytes": None if model else download.partial_download(base, entry),
                "recommended": entry is recommended,
                "configured": model is not None and model.path.absolute() == in_use,
            }
        )
    others = [str(m.path) for m in installed.values() if m.entry is None]
    if args.json:
        print_json(
            {
                "models": rows,
                "other_installed": others,
                "recommended": recommended.name,
                "total_ram_bytes": ram,
                "configured": {"path": str(choice.path), "source": choice.source}
                if choice
                else None,
                "server": {"url": remote.url, "model": remote.model} if remote else None,
            }
        )
        return 0
    _print_table(rows, ram)
    for path in others:
        print(f"Also installed: {path}")
    if remote is None:
        _print_choice(choice, recommended)
    else:
        print(f"\nModel in use: {remote.model!r} on the server {remote.url} (docs/remote.md)")
    return 0


def _print_table(rows: list[dict[str, Any]], ram: int | None) -> None:
    machine = f"this machine has {format_bytes(ram)} of RAM; " if ram else ""
    print(f"Models ({machine}* = recommended for this machine)\n")
    header = ("NAME", "SIZE", "RAM NEEDED", "LICENCE", "STATUS")
    lines = [header] + [
        (
            ("* " if row["recommended"] else "  ") + row["name"],
            format_bytes(row["size_bytes"]),
            format_bytes(row["ram_required_bytes"]),
            row["license"],
            _status(row),
        )
        for row in rows
    ]
    lines[0] = ("  " + header[0], *header[1:])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        print("  ".join(cells).rstrip())


def _status(row: dict[str, Any]) -> str:
    if row["configured"]:
        return "installed, in use"
    if row["installed"]:
        return "installed"
    if row["partial_bytes"]:
        percent = 100 * row["partial_bytes"] // max(1, row["size_bytes"])
        return f"partly downloaded ({percent}%)"
    return "-"


def _print_choice(choice: config.ModelChoice | None, recommended: CatalogEntry) -> None:
    if choice is None:
        print(
            f"\nNo model is configured yet: run `assistant models download {recommended.name}` "
            "or `assistant models use PATH`."
        )
        return
    source = {"environment": f"from ${config.ENV_MODEL}", "settings": "from the settings"}
    missing = "" if choice.path.is_file() else " (this file does not exist!)"
    where = source.get(choice.source, f"from --{choice.source}")
    print(f"\nConfigured model: {choice.path}{missing} ({where})")


# --- download --------------------------------------------------------------------


def cmd_download(args: argparse.Namespace) -> int:
    entry = catalog.get(args.name)
    base = _base(args)
    ram = hardware.total_ram_bytes()
    if ram is not None and ram < entry.ram_required_bytes:
        better = catalog.recommend(ram)
        hint = f" {better.name} would suit it better." if better is not entry else ""
        print(
            f"Warning: {entry.name} needs about {format_bytes(entry.ram_required_bytes)} of "
            f"RAM and this machine has {format_bytes(ram)}; it may be slow.{hint}",
            file=sys.stderr,
        )
    if (paths.models_dir(base) / entry.filename).is_file():
        print(f"{entry.name} is already downloaded.", file=sys.stderr)
    else:
        print(
            f"Downloading {entry.title} ({format_bytes(entry.size_bytes)}) "
            f"from {download.hub_endpoint()}/{entry.repo_id}",
            file=sys.stderr,
        )
    line = ProgressLine(sys.stderr)
    try:
        path = download.download_model(
            entry, base, token=download.resolve_token(base), on_progress=line
        )
    except KeyboardInterrupt:
        line.finish()
        print("Download paused; run the same command to resume it.", file=sys.stderr)
        raise
    finally:
        line.finish()
    config.set_model_path(base, path)
    print(f"Downloaded {entry.name} to {path}; it is now the configured model.")
    return 0


class ProgressLine:
    """Download progress on stderr: one line redrawn in place on a terminal,
    a line per tenth (or per half minute) when output goes to a log."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._drawn = 0  # width of the line on screen, 0 when none is open
        self._last_step = -1
        self._last_time = 0.0

    def __call__(self, progress: Progress) -> None:
        text = describe_progress(progress)
        if self._tty:
            self._stream.write("\r" + text.ljust(self._drawn))
            self._drawn = max(self._drawn, len(text))
            self._stream.flush()
            return
        step = int(progress.fraction * 10) if progress.fraction is not None else -1
        now = time.monotonic()
        if step != self._last_step or now - self._last_time > 30:
            self._last_step, self._last_time = step, now
            print(text, file=self._stream, flush=True)

    def finish(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = 0


def describe_progress(progress: Progress) -> str:
    """E.g. ``45% 912.3 MB of 2.0 GB, 12.3 MB/s, 1:23 left``."""
    done = format_bytes(progress.downloaded)
    if progress.total is None:
        return f"{done}, {format_bytes(progress.bytes_per_second)}/s"
    percent = f"{100 * progress.downloaded // max(1, progress.total)}%"
    text = f"{percent} {done} of {format_bytes(progress.total)}"
    if progress.bytes_per_second > 0:
        left = int((progress.total - progress.downloaded) / progress.bytes_per_second)
        text += f", {format_bytes(progress.bytes_per_second)}/s, {left // 60}:{left % 60:02d} left"
    return text


# --- use / remove ------------------------------------------------------------------


def cmd_use(args: argparse.Namespace) -> int:
    if args.trial_load:
        trial.load_in_this_process(args.path)
        return 0
    base = _base(args)
    # Header, chat template, and a load in a child: a file that would crash
    # llama.cpp must not become the model the app dies on at every start.
    info = trial.vet_new_model(args.path)
    config.set_model_path(base, info.path)
    if args.json:
        print_json({**info.to_json(), "configured": True})
        return 0
    _print_checked(info)
    print(f"It is now the configured model ({paths.config_path(base)}).")
    if os.environ.get(config.ENV_MODEL):
        print(f"Note: ${config.ENV_MODEL} is set and takes precedence over this setting.")
    return 0


def _print_checked(info: GgufInfo) -> None:
    template = (
        "present"
        if info.chat_template
        else "missing (a built-in format for this model family will be used)"
    )
    kind = f", {info.file_type_name}" if info.file_type_name else ""
    print(f"Checked {info.path}:")
    named = f" ({info.name})" if info.name else ""
    print(f"  architecture:   {info.architecture}{named}")
    print(f"  context length: {info.context_length:,} tokens")
    print(f"  chat template:  {template}")
    size = format_bytes(info.size_bytes)
    print(f"  file:           {size}, GGUF v{info.version}{kind}, {info.tensor_count} tensors")


def cmd_remove(args: argparse.Namespace) -> int:
    base = _base(args)
    removed = download.remove_model(base, args.name)
    stored = settings.load_settings(base).get(config.KEY_MODEL_PATH)
    for path in removed:
        print(f"Removed {path}")
        if stored and Path(stored).absolute() == path.absolute():
            config.clear_model_path(base)
            print("It was the configured model; choose another with `assistant models use`.")
    return 0
