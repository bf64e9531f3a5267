"""Runs inside the bundle before the app's own code.

1. ``<bundle executable> -c CODE`` runs CODE like ``python -c`` and exits.
   A frozen app has no separate interpreter, yet the CPU check must load
   llama.cpp in a child process: on a processor without the instructions the
   build uses, loading it dies with SIGILL / STATUS_ILLEGAL_INSTRUCTION, and
   that must kill the probe, not the app or `assistant doctor`. With this,
   ``subprocess.run([sys.executable, "-c", PROBE])`` works frozen as it does
   from a checkout. The CLI has no ``-c`` option, so nothing else is shadowed.

2. A bundle built with a model inside (``ASSISTANT_BUNDLE_MODEL`` at build
   time) uses that model until the user has chosen one: ``ASSISTANT_MODEL``
   points at it only when neither the environment nor the settings name a model.
"""

import os
import sys


def _run_python_c() -> None:
    if len(sys.argv) < 3 or sys.argv[1] != "-c":
        return
    code = sys.argv[2]
    sys.argv = ["-c", *sys.argv[3:]]
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    try:
        exec(compile(code, "<string>", "exec"), namespace)
    except SystemExit:
        raise
    except BaseException:
        import traceback

        traceback.print_exc()
        sys.exit(1)
    sys.exit(0)


def _use_bundled_model() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle or os.environ.get("ASSISTANT_MODEL"):
        return
    folder = os.path.join(bundle, "models")
    if not os.path.isdir(folder):
        return
    models = sorted(name for name in os.listdir(folder) if name.endswith(".gguf"))
    if not models:
        return
    try:
        from assistant import paths
        from assistant.models import config

        if config.configured_model(paths.data_dir()) is not None:
            return
    except Exception:  # an unreadable settings file: the app itself will say so
        return
    os.environ["ASSISTANT_MODEL"] = os.path.join(folder, models[0])


_run_python_c()
_use_bundled_model()
