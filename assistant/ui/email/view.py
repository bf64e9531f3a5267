"""The email panel: paste an email, get its summary and action items, or a rewrite.

The model runs on a worker thread (one job at a time, Stop cancels it). The
summary proposes to-dos and events but writes nothing; each is added only when
the user presses its Add button (see :mod:`assistant.ui.email.proposals`).

An email file (.eml) dropped anywhere on the panel is read on a worker thread;
its text goes into the box, and its calendar invitations become event
proposals at once, as the invitation says them, before (and without) a model.
The summary and rewrite use their own short prompt prefix, and the chat's is
restored after them (:func:`assistant.agent.text_brain.own_prefix`).
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant import paths
from assistant.agent.factory import Brain
from assistant.agent.invitation import Mail, read_eml
from assistant.agent.summarize import MAX_EMAIL_CHARS, EmailSummary, Style, rewrite, summarize_mail
from assistant.agent.text_brain import own_prefix
from assistant.models.base import TokenCallback
from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.email.drop import EmlDrops
from assistant.ui.email.generation import ModelJob
from assistant.ui.email.message import MessageLabel, error_colour
from assistant.ui.email.proposals import ProposalsPanel
from assistant.ui.model_controller import FAILED, LOADING
from assistant.ui.widgets.compact import compact

SUMMARY_TAB, REWRITE_TAB = range(2)


class EmailView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job = ModelJob(ctx.models, self)
        self.job.streamed.connect(self._append_output)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.running_changed.connect(self._update_buttons)
        # What the running job is: "summary" or a rewrite style.
        self._task = ""
        # The last dropped email file, while the box still holds its text.
        self._mail: Mail | None = None
        self._build()
        self.drops = EmlDrops(self)
        self.drops.dropped.connect(self.open_eml)
        self.setAcceptDrops(True)
        for target in (self, self.input, self.input.viewport()):
            target.installEventFilter(self.drops)
        self._connect_model()
        self._update_buttons()
        self._show_model_notice()

    # -- layout ----------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_input())
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.input, self.summarize_button)
        for before, after in zip(self._model_buttons, self._model_buttons[1:], strict=False):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self._model_buttons[-1], self.stop_button)
        QWidget.setTabOrder(self.stop_button, self.tabs)

    def _build_input(self) -> QWidget:
        self.input = QPlainTextEdit()
        self.input.setPlaceholderText(self.tr("Paste an email here…"))
        self.input.setAccessibleName(self.tr("Email text"))
        self.input.setTabChangesFocus(True)
        self.input.textChanged.connect(self._update_count)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self.input,
            self.summarize,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Length of the email"))
        self.summarize_button = self._button(
            self.tr("&Summarize"),
            self.tr("Summarize the email and list its action items (Ctrl+Enter)"),
        )
        self.summarize_button.setDefault(True)
        self.summarize_button.clicked.connect(self.summarize)
        self.shorter_button = self._rewrite_button(self.tr("S&horter"), "shorter")
        self.friendlier_button = self._rewrite_button(self.tr("&Friendlier"), "friendlier")
        self.formal_button = self._rewrite_button(self.tr("More f&ormal"), "more formal")
        self.stop_button = self._button(self.tr("Sto&p"), self.tr("Stop the model"))
        self.stop_button.clicked.connect(self.stop)
        self._model_buttons = [
            self.summarize_button,
            self.shorter_button,
            self.friendlier_button,
            self.formal_button,
        ]
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.message = MessageLabel(self.tr("Email panel message"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.summarize_button)
        buttons.addSpacing(12)
        rewrite_label = QLabel(self.tr("Rewrite:"))
        buttons.addWidget(rewrite_label)
        for button in self._model_buttons[1:]:
            buttons.addWidget(button)
        buttons.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.input, 1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(buttons)
        layout.addLayout(status)
        self._update_count()
        return pane

    def _build_results(self) -> QWidget:
        self.summary_view = QTextBrowser()
        self.summary_view.setAccessibleName(self.tr("Summary"))
        self.summary_view.setOpenLinks(False)
        self.summary_view.setPlaceholderText(
            self.tr("The summary and the email's action items appear here.")
        )
        self.proposals = ProposalsPanel(self.ctx)
        items_label = QLabel(self.tr("<b>Action items</b>"))
        summary_tab = QWidget()
        summary_layout = QVBoxLayout(summary_tab)
        summary_layout.addWidget(self.summary_view, 1)
        summary_layout.addWidget(items_label)
        summary_layout.addWidget(self.proposals, 2)

        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setAccessibleName(self.tr("Rewritten text"))
        self.output.setPlaceholderText(self.tr("Rewritten text appears here."))
        self.output.setTabChangesFocus(True)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the rewritten text"))
        self.copy_button.clicked.connect(self.copy_output)
        self.replace_button = QPushButton(self.tr("&Replace text"))
        self.replace_button.setToolTip(
            self.tr("Put the rewritten text into the email box (Ctrl+Z there takes it back)")
        )
        self.replace_button.clicked.connect(self.replace_input)
        rewrite_buttons = QHBoxLayout()
        rewrite_buttons.addStretch(1)
        rewrite_buttons.addWidget(self.copy_button)
        rewrite_buttons.addWidget(self.replace_button)
        rewrite_tab = QWidget()
        rewrite_layout = QVBoxLayout(rewrite_tab)
        rewrite_layout.addWidget(self.output, 1)
        rewrite_layout.addLayout(rewrite_buttons)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Results"))
        self.tabs.addTab(summary_tab, self.tr("Summary"))
        self.tabs.addTab(rewrite_tab, self.tr("Rewrite"))
        return self.tabs

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(tip)
        return compact(button)  # the row fits an 800 px window

    def _rewrite_button(self, text: str, style: Style) -> QPushButton:
        tips = {
            "shorter": self.tr("Rewrite the email about half as long"),
            "friendlier": self.tr("Rewrite the email in a warmer tone"),
            "more formal": self.tr("Rewrite the email in a formal business tone"),
        }
        button = self._button(text, tips[style])
        button.clicked.connect(partial(self.rewrite, style))
        return button

    # -- model state -----------------------------------------------------

    def _connect_model(self) -> None:
        models = self.ctx.models
        models.ready.connect(lambda _name: self._show_model_notice())
        models.failed.connect(lambda _message: self._show_model_notice())
        models.unloaded.connect(self._show_model_notice)
        models.progress.connect(lambda _stage, _fraction: self._show_model_notice())

    def _model_problem(self) -> str:
        """Why the model cannot be used now, or "" when it can."""
        models = self.ctx.models
        if models.is_ready:
            return ""
        if models.state == LOADING:
            return self.tr(
                "The model is still loading; summaries and rewrites work once it is ready."
            )
        if models.state == FAILED:
            return self.tr("The model could not be loaded: %1").replace("%1", models.error)
        return self.tr("No model is loaded, so emails cannot be summarized or rewritten yet.")

    def _show_model_notice(self) -> None:
        if self.job.running:
            return
        problem = self._model_problem()
        if problem:
            self.message.show_info(problem)
        else:
            self.message.clear_message()

    # -- commands --------------------------------------------------------

    def summarize(self) -> None:
        if not self._can_start():
            return
        mail, clock, cache = self._current_mail(), self.ctx.clock(), self._cache_dir()

        def work(brain: Brain, cancel: threading.Event, _on_token: TokenCallback) -> Any:
            with own_prefix(brain, "summary", cache):
                return summarize_mail(brain.model, brain.fmt, mail, clock, cancel=cancel)

        self._task = "summary"
        self.summary_view.clear()
        self.summary_view.setPlaceholderText(self.tr("Reading the email…"))
        self.tabs.setCurrentIndex(SUMMARY_TAB)
        self._start(work, self.tr("Summarizing…"))

    def rewrite(self, style: Style) -> None:
        if not self._can_start():
            return
        text, clock, cache = self.input.toPlainText(), self.ctx.clock(), self._cache_dir()

        def work(brain: Brain, cancel: threading.Event, on_token: TokenCallback) -> Any:
            with own_prefix(brain, "rewrite", cache):
                return rewrite(
                    brain.model, brain.fmt, text, style, clock, on_token=on_token, cancel=cancel
                )

        self._task = style
        self.output.clear()
        self.tabs.setCurrentIndex(REWRITE_TAB)
        self._start(work, self.tr("Rewriting…"))

    def open_eml(self, path: str) -> None:
        """Read an email file off the GUI thread; then show it and summarize it."""
        if self.job.running:
            self.message.show_error(self.tr("Wait for the model to finish, or press Stop."))
            return
        clock = self.ctx.clock()
        self.message.show_info(self.tr("Reading %1…").replace("%1", Path(path).name))
        tasks.run_in_background(
            lambda: read_eml(Path(path).read_bytes(), clock),
            self._eml_read,
            lambda message: self.message.show_error(message),
        )

    def _eml_read(self, mail: Mail) -> None:
        if self.job.running:
            return
        self.input.setPlainText(mail.text)
        self._mail = mail
        if mail.invitations:
            # As the invitation says it: shown now, with or without a model.
            self._show_summary(summarize_mail(None, None, mail, self.ctx.clock()))
            self.tabs.setCurrentIndex(SUMMARY_TAB)
        if self.ctx.models.is_ready and mail.text.strip():
            self.summarize()

    def _current_mail(self) -> Mail:
        """The dropped email while the box holds its text unchanged, else the box's text."""
        text = self.input.toPlainText()
        if self._mail is not None and self._mail.text == text:
            return self._mail
        self._mail = None
        return Mail(text)

    def _cache_dir(self) -> Path:
        return paths.cache_dir(self.ctx.base)

    def stop(self) -> None:
        """Stop the running summary or rewrite (keeps the text written so far)."""
        self.job.stop()

    def copy_output(self) -> None:
        QGuiApplication.clipboard().setText(self.output.toPlainText())
        self.message.show_info(self.tr("The rewritten text is on the clipboard."))

    def replace_input(self) -> None:
        # An edit through the cursor, so Ctrl+Z in the email box brings the original back.
        cursor = self.input.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self.output.toPlainText())
        self.input.setFocus()

    def _can_start(self) -> bool:
        if self.job.running:
            return False
        text = self.input.toPlainText().strip()
        problem = ""
        if not text:
            problem = self.tr("There is no text to work on. Paste an email first.")
        elif len(text) > MAX_EMAIL_CHARS:
            problem = (
                self.tr("The text is %1 characters long; the limit is %2. Shorten it first.")
                .replace("%1", f"{len(text):,}")
                .replace("%2", f"{MAX_EMAIL_CHARS:,}")
            )
        else:
            problem = self._model_problem()
        if problem:
            self.message.show_error(problem)
            return False
        return True

    def _start(self, work: Any, doing: str) -> None:
        self.message.show_info(doing)
        self.job.start(work)

    # -- results (GUI thread) --------------------------------------------

    def _append_output(self, text: str) -> None:
        if self._task == "summary":
            return  # the summary arrives whole, as JSON
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.output.ensureCursorVisible()

    def _on_finished(self, result: Any, cancelled: bool) -> None:
        if isinstance(result, EmailSummary):
            self._show_summary(result)
            return
        if cancelled:
            self.message.show_info(self.tr("Stopped. The text so far is kept."))
        else:
            self.output.setPlainText(str(result))
            self.message.show_info(self.tr("Done. Copy the text, or replace the email with it."))
        self._update_buttons()

    def _show_summary(self, summary: EmailSummary) -> None:
        self.summary_view.setMarkdown(summary.summary)
        self.proposals.show_items(summary.action_items, self.ctx.clock())
        count = len(summary.action_items)
        if count == 0:
            text = self.tr("The email asks for nothing; no action items.")
        elif count == 1:
            text = self.tr("One action item found. Add it if you want it.")
        else:
            text = self.tr("%1 action items found. Add the ones you want.").replace(
                "%1", str(count)
            )
        self.message.show_info(text)

    def _on_failed(self, message: str, cancelled: bool) -> None:
        if self._task == "summary":
            self.summary_view.setPlaceholderText(
                self.tr("The summary and the email's action items appear here.")
            )
        else:
            # A refused rewrite (not prose) is never offered to copy or paste.
            self.output.clear()
            self._update_buttons()
        if cancelled:
            self.message.show_info(self.tr("Stopped."))
        else:
            self.message.show_error(message)

    def _update_buttons(self, *_: Any) -> None:
        running = self.job.running
        for button in self._model_buttons:
            button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.busy.setVisible(running)
        self.input.setReadOnly(running)
        has_output = bool(self.output.toPlainText())
        self.copy_button.setEnabled(has_output and not running)
        self.replace_button.setEnabled(has_output and not running)

    def _update_count(self) -> None:
        length = len(self.input.toPlainText().strip())
        text = self.tr("%1 / %2 characters").replace("%1", f"{length:,}")
        self.count_label.setText(text.replace("%2", f"{MAX_EMAIL_CHARS:,}"))
        palette = self.palette()
        if length > MAX_EMAIL_CHARS:
            palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        self.count_label.setPalette(palette)
        self.count_label.setVisible(length > 0)
