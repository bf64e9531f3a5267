"""The chat view: streamed answers, action cards with Undo, approval cards.

One turn runs at a time on a worker (:class:`ChatTurn`); its events come back
as queued signals and a :class:`TurnRenderer` shows them. Conversations load
on worker threads too; a generation counter drops loads the user overtook.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from assistant.agent.events import Event, ToolResultEvent
from assistant.conversations.history import Conversations
from assistant.conversations.restore import (
    Entry,
    LoadedConversation,
    load_conversation,
    undone_actions,
)
from assistant.ui import prompts
from assistant.ui.chat.bubbles import AnswerBlock, Note, UserBubble
from assistant.ui.chat.cards import ActionCard
from assistant.ui.chat.composer import Composer
from assistant.ui.chat.conversation_list import RECENT_LIMIT, ConversationPane, ConversationRow
from assistant.ui.chat.transcript import Transcript
from assistant.ui.chat.turn_view import TurnRenderer
from assistant.ui.chat.worker import ApprovalTicket, ChatTurn
from assistant.ui.context import CONVERSATIONS, AppContext
from assistant.ui.model_controller import FAILED, LOADING
from assistant.ui.people_text import said
from assistant.ui.tasks import run_in_background

# Entries rendered at first (and added per "Show earlier"): widgets are not free.
PAGE = 150


class ChatView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conversation_id: int | None = None
        self.turn: ChatTurn | None = None
        # Shows the running turn; None once the user switched away from it.
        self.renderer: TurnRenderer | None = None
        self.pending: str | None = None  # sent while the model was still loading
        self.entries: list[Entry] = []
        self.shown = PAGE
        self._load_generation = 0
        self._build()
        ctx.bus.changed.connect(self._on_data_changed)
        ctx.models.ready.connect(self._on_model_ready)
        ctx.models.failed.connect(self._on_model_failed)
        self._open_latest()

    def _build(self) -> None:
        self.pane = ConversationPane()
        self.pane.model.tz = self.ctx.clock().tz
        self.pane.chosen.connect(self.show_conversation)
        self.pane.new_requested.connect(self.new_conversation)
        self.pane.delete_requested.connect(self.delete_conversation)
        self.transcript = Transcript()
        self.transcript.show_earlier.connect(self._show_earlier)
        self.composer = Composer()
        self.composer.input.submitted.connect(self.send)
        self.composer.send_button.clicked.connect(self.send)
        self.composer.stop_button.clicked.connect(self.stop)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(QPalette.ColorRole.Mid)  # a hairline in light and dark
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.transcript, 1)
        right.addWidget(self.composer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pane)
        layout.addWidget(line)
        layout.addLayout(right, 1)

    # -- public ----------------------------------------------------------

    def focus_input(self) -> None:
        """Ctrl+K: put the cursor in the message box."""
        self.composer.input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_conversation(self) -> None:
        """Start an empty conversation (the old one stays in the list)."""
        self._leave_turn()
        self._load_generation += 1
        self.conversation_id = None
        self.entries = []
        self.transcript.clear()
        self._refresh_list()
        self.focus_input()

    def stop(self) -> None:
        """Esc: cancel the running generation (or a message waiting for the model)."""
        if self.pending is not None:
            self._drop_pending(self.tr("Not sent."))
            return
        if self.turn is None or self.turn.cancelled:
            return
        self.turn.stop()
        if self.renderer is not None:
            self.renderer.stopping()

    def send(self) -> None:
        text = self.composer.text()
        if not text or self.composer.running:
            return
        models = self.ctx.models
        if models.is_ready:
            self.composer.input.clear()
            self._start_turn(text, bubble=True)
        elif models.state == LOADING:
            self.composer.input.clear()
            self._add_bubble(text)
            self.pending = text
            self.composer.set_running(True)
            self.composer.say(
                self.tr("The model is still loading… Your message will be sent when it is ready.")
            )
        else:
            # Nothing is sent and the text stays in the box for later.
            self.composer.say(self._no_model_text(), error=True)

    def show_conversation(self, conversation_id: int | None) -> None:
        if conversation_id is None:
            self.new_conversation()
            return
        if conversation_id == self.conversation_id:
            return
        self._leave_turn()
        self.conversation_id = conversation_id
        self._load(conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        if not prompts.confirm(
            self,
            self.tr("Delete conversation"),
            self.tr("Delete this conversation? Changes it made to your data stay."),
        ):
            return
        if conversation_id == self.conversation_id:
            self.new_conversation()
        run_in_background(
            lambda: Conversations(self.ctx.store).delete(conversation_id),
            lambda _: self.ctx.bus.notify([CONVERSATIONS]),
            lambda message: self.composer.say(message, error=True),
        )

    # -- loading ---------------------------------------------------------

    def _open_latest(self) -> None:
        store = self.ctx.store

        def work() -> LoadedConversation | None:
            latest = Conversations(store).latest()
            return load_conversation(store, latest) if latest is not None else None

        generation = self._load_generation
        run_in_background(
            work, lambda loaded: self._show_loaded(loaded, generation), self._say_error
        )

    def _load(self, conversation_id: int) -> None:
        self._load_generation += 1
        generation = self._load_generation
        store = self.ctx.store
        run_in_background(
            lambda: load_conversation(store, conversation_id),
            lambda loaded: self._show_loaded(loaded, generation),
            self._say_error,
        )

    def _show_loaded(self, loaded: LoadedConversation | None, generation: int) -> None:
        if not shiboken6.isValid(self) or generation != self._load_generation:
            return  # the user moved on while it loaded
        self.conversation_id = loaded.conversation_id if loaded else None
        self.entries = loaded.entries if loaded else []
        self.shown = PAGE
        self._render_entries()
        self._refresh_list()

    def _render_entries(self) -> None:
        visible = self.entries[-self.shown :]
        self.transcript.clear(earlier=len(self.entries) > len(visible))
        for entry in visible:
            self.transcript.add(self._entry_widget(entry))

    def _show_earlier(self) -> None:
        self.shown += PAGE
        bar = self.transcript.verticalScrollBar()
        self._render_entries()
        bar.setValue(0)

    def _entry_widget(self, entry: Entry) -> QWidget:
        if entry.kind == "user":
            return UserBubble(entry.text)
        if entry.kind == "answer":
            return AnswerBlock(said(entry.text, self.ctx.clock()))
        if entry.kind == "action" and entry.action_id is not None:
            return ActionCard(self.ctx, entry.action_id, entry.text, undone=entry.undone)
        return Note(said(entry.text, self.ctx.clock()))

    def _refresh_list(self) -> None:
        store = self.ctx.store
        run_in_background(
            lambda: Conversations(store).recent(RECENT_LIMIT), self._show_list, self._say_error
        )

    def _show_list(self, recent: list[dict[str, object]]) -> None:
        if not shiboken6.isValid(self):  # closed while the query ran
            return
        rows = [
            ConversationRow(int(str(r["id"])), str(r["title"]), str(r["updated"])) for r in recent
        ]
        if self.conversation_id is None:
            rows.insert(0, ConversationRow(None, ""))
        self.pane.set_rows(rows, self.conversation_id)

    # -- a turn ----------------------------------------------------------

    def _start_turn(self, text: str, *, bubble: bool) -> None:
        if bubble:
            self._add_bubble(text)
        turn = ChatTurn(self.ctx, self.conversation_id, text)
        self.turn = turn
        self.renderer = TurnRenderer(self.ctx, self.transcript, self.composer)
        turn.started.connect(lambda cid: self._on_started(turn, cid))
        turn.agent_event.connect(lambda event: self._on_event(turn, event))
        turn.approval_needed.connect(lambda ticket: self._on_approval(turn, ticket))
        turn.finished.connect(lambda _outcome: self._on_finished(turn))
        turn.failed.connect(lambda message: self._on_failed(turn, message))
        # A view destroyed mid-turn must not leave the worker waiting on it.
        cancel = turn.cancel
        self.destroyed.connect(lambda *_: cancel.set())
        self.composer.set_running(True)
        turn.start()

    def _add_bubble(self, text: str) -> None:
        # What the user just sent wins over a load still on its way.
        self._load_generation += 1
        self.transcript.add(UserBubble(text))
        self.transcript.stick_to_bottom()

    def _visible(self, turn: ChatTurn) -> TurnRenderer | None:
        """Where this turn is shown; None once the user switched conversations."""
        return self.renderer if turn is self.turn else None

    def _on_started(self, turn: ChatTurn, conversation_id: int) -> None:
        if self._visible(turn) and self.conversation_id is None:
            self.conversation_id = conversation_id
            self._load_generation += 1  # a late initial load must not replace this

    def _on_event(self, turn: ChatTurn, event: Event) -> None:
        if isinstance(event, ToolResultEvent):
            self.ctx.bus.notify(event.result.changes)
        renderer = self._visible(turn)
        if renderer is not None:
            renderer.show(event)

    def _on_approval(self, turn: ChatTurn, ticket: ApprovalTicket) -> None:
        renderer = self._visible(turn)
        if renderer is None or turn.cancelled:
            ticket.answer(False)
        else:
            renderer.ask(ticket)

    def _on_finished(self, turn: ChatTurn) -> None:
        self._end_turn(turn)
        self.ctx.bus.notify([CONVERSATIONS])

    def _on_failed(self, turn: ChatTurn, message: str) -> None:
        if self._visible(turn) is not None:
            self.transcript.add(Note(message, error=True))
        self._end_turn(turn)
        self._refresh_list()

    def _end_turn(self, turn: ChatTurn) -> None:
        if turn is not self.turn:
            return
        if self.renderer is not None:
            self.renderer.flush()
            self.renderer.deleteLater()
        self.turn, self.renderer = None, None
        self.composer.set_running(False)
        self.composer.say("")

    def _leave_turn(self) -> None:
        """Switching away: stop the turn; it finishes unseen (Send waits for it)."""
        if self.pending is not None:
            self._drop_pending(self.tr("Not sent."))
        if self.turn is not None:
            self.turn.stop()
        if self.renderer is not None:
            self.renderer.deleteLater()
            self.renderer = None

    # -- model state -----------------------------------------------------

    def _no_model_text(self) -> str:
        models = self.ctx.models
        if models.state == FAILED:
            return self.tr(
                "The model could not be loaded: %1 Open Settings to choose another."
            ).replace("%1", models.error)
        return self.tr("No model is set up. Open Settings (File ▸ Settings…) to choose one.")

    def _on_model_ready(self, _name: str) -> None:
        if self.pending is not None:
            text, self.pending = self.pending, None
            self.composer.set_running(False)
            self._start_turn(text, bubble=False)
        elif not self.composer.running:
            self.composer.say("")

    def _on_model_failed(self, _message: str) -> None:
        if self.pending is not None:
            self._drop_pending(self._no_model_text() + " " + self.tr("Your message was not sent."))

    def _drop_pending(self, note: str) -> None:
        text, self.pending = self.pending or "", None
        self.transcript.add(Note(note))
        if not self.composer.input.toPlainText():
            self.composer.input.setPlainText(text)  # nothing typed is lost
        self.composer.set_running(False)
        self.composer.say("")

    # -- data changed elsewhere -----------------------------------------

    def _on_data_changed(self, tables: list[str]) -> None:
        if CONVERSATIONS in tables:
            self._refresh_list()
        if set(tables) - {CONVERSATIONS}:
            self._refresh_cards()

    def _refresh_cards(self) -> None:
        """An undo elsewhere (menu, another card) may have undone a card's action."""
        cards = [
            w for w in self.transcript.widgets() if isinstance(w, ActionCard) and not w.is_undone
        ]
        if not cards:
            return
        ids = [card.action_id for card in cards]
        store = self.ctx.store

        def mark(undone: set[int]) -> None:
            if not shiboken6.isValid(self):
                return
            for card in self.transcript.widgets():
                if isinstance(card, ActionCard) and card.action_id in undone and not card.is_undone:
                    card.set_undone()

        run_in_background(lambda: undone_actions(store, ids), mark)

    def _say_error(self, message: str) -> None:
        self.composer.say(message, error=True)
