"""Long words, URLs and code lines wrap instead of widening the transcript.

Qt's labels wrap only between words, so one long token (a URL, a hash, a line
of code) sets the label's minimum width and the whole column scrolls sideways.
Tokens longer than LONG_TOKEN get zero-width spaces (invisible break points)
after URL punctuation and at least every LONG_TOKEN characters; in Markdown a
bare URL becomes a link whose visible text breaks while its target stays
whole, and code fences are left alone. What the app copies to the clipboard
loses the zero-width spaces again (:func:`install_copy_cleaner`).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QClipboard, QGuiApplication

ZWSP = "\u200b"
LONG_TOKEN = 24
_BREAK_AFTER = "/?&=#-_.,;:@+"
_LONG = re.compile(rf"\S{{{LONG_TOKEN + 1},}}")
_URL = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_installed = False


def break_token(token: str) -> str:
    """``token`` with break points after URL punctuation and every LONG_TOKEN chars."""
    out: list[str] = []
    run = 0
    for char in token:
        out.append(char)
        run += 1
        if char in _BREAK_AFTER or run >= LONG_TOKEN:
            out.append(ZWSP)
            run = 0
    return "".join(out).rstrip(ZWSP)


def breakable_text(text: str) -> str:
    """Plain text whose long tokens can wrap."""
    return _LONG.sub(lambda m: break_token(m.group(0)), text)


def breakable_markdown(source: str) -> str:
    """Markdown whose long tokens can wrap; code fences, inline code and link
    targets are kept byte for byte."""
    parts = re.split(r"(```.*?(?:```|$))", source, flags=re.DOTALL)
    for i in range(0, len(parts), 2):  # the odd parts are fences
        parts[i] = _LONG.sub(lambda m: _markdown_token(m.group(0)), parts[i])
    return "".join(parts)


def _markdown_token(token: str) -> str:
    if "`" in token or "](" in token or token.startswith("<"):
        return token  # inline code, a link or an autolink: its syntax must stay whole
    url = _URL.match(token)
    if url:
        target = token.rstrip(".,;:!?)")
        tail = token[len(target) :]
        href = target if target.lower().startswith("http") else f"https://{target}"
        shown = _MD_SPECIAL.sub(r"\\\1", break_token(target))
        return f"[{shown}]({href}){tail}"
    return break_token(token)


def unbroken(text: str) -> str:
    return text.replace(ZWSP, "")


def install_copy_cleaner() -> None:
    """Strip the break points from text this app puts on the clipboard (once per process)."""
    global _installed
    app = QGuiApplication.instance()
    if _installed or not isinstance(app, QGuiApplication):
        return
    clipboard = QGuiApplication.clipboard()
    clipboard.dataChanged.connect(lambda: _clean(clipboard))
    _installed = True


def _clean(clipboard: QClipboard) -> None:
    text = clipboard.text()
    # Ours: set by this app, or (where the platform cannot tell) while it has the focus.
    ours = clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None
    if ZWSP in text and ours:
        clipboard.setText(unbroken(text))
