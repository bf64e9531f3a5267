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

3. On Windows the process takes the app id as its AppUserModelID, the one
   the installer gives the Start-menu shortcut (packaging/windows/assistant.iss),
   so the taskbar groups its windows under that shortcut, not under the .exe.
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


def _app_user_model_id() -> None:
    if sys.platform != "win32":
        return
    import contextlib
    import ctypes

    # Where the call is missing, Windows groups the windows by the .exe path instead.
    with contextlib.suppress(AttributeError, OSError):
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


APP_ID = "io.github.localassistant.Assistant"
_run_python_c()
_use_bundled_model()
_app_user_model_id()
