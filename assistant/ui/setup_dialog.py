"""First-run model setup: recommend a model, download it (pause, resume,
cancel), or use a GGUF file already on disk.

Opened by app.py when no model is configured, and from Settings. The dialog
is accepted once a model is configured; app.py then loads it. The download
runs in a :class:`DownloadWorker`; this dialog only shows its signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant import paths
from assistant import secrets as secret_store
from assistant.models import catalog, config, download, hardware
from assistant.models.catalog import GIB, CatalogEntry
from assistant.models.download import Progress, format_bytes
from assistant.models.trial import vet_new_model
from assistant.ui import prompts
from assistant.ui.context import AppContext
from assistant.ui.download_worker import DownloadWorker
from assistant.ui.tasks import run_in_background


def short_title(entry: CatalogEntry) -> str:
    """ "Llama 3.2 3B Instruct (Q4_K_M)" -> "Llama 3.2 3B Instruct"."""
    return entry.title.split(" (")[0]


def memory_text(count: int) -> str:
    """RAM as people name it: binary gigabytes, "16 GB"."""
    return QCoreApplication.translate("SetupDialog", "%1 GB").replace(
        "%1", str(max(1, round(count / GIB)))
    )


def format_duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return QCoreApplication.translate("SetupDialog", "%1 s").replace("%1", str(seconds))
    if seconds < 3600:
        return QCoreApplication.translate("SetupDialog", "%1 min").replace(
            "%1", str(round(seconds / 60))
        )
    hours, minutes = divmod(round(seconds / 60), 60)
    return (
        QCoreApplication.translate("SetupDialog", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", str(minutes))
    )


def progress_text(progress: Progress) -> str:
    """E.g. "1.2 GB of 2.0 GB · 8.4 MB/s · 2 min left"."""
    parts = [format_bytes(progress.downloaded)]
    if progress.total:
        parts[0] = (
            QCoreApplication.translate("SetupDialog", "%1 of %2")
            .replace("%1", parts[0])
            .replace("%2", format_bytes(progress.total))
        )
    if progress.bytes_per_second > 0:
        parts.append(
            QCoreApplication.translate("SetupDialog", "%1/s").replace(
                "%1", format_bytes(progress.bytes_per_second)
            )
        )
        if progress.total:
            left = (progress.total - progress.downloaded) / progress.bytes_per_second
            parts.append(
                QCoreApplication.translate("SetupDialog", "%1 left").replace(
                    "%1", format_duration(left)
                )
            )
    return " · ".join(parts)


class SetupDialog(QDialog):
    """Recommends, downloads or picks a GGUF; accepted once a model is configured."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        entries: Sequence[CatalogEntry] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries = list(entries) if entries is not None else list(catalog.entries())
        self.ram = hardware.total_ram_bytes()
        self.worker: DownloadWorker | None = None
        self.setWindowTitle(self.tr("Set up the assistant"))
        self.setMinimumWidth(560)
        self._build()
        recommended = catalog.recommend(self.ram)
        self.model_combo.setCurrentIndex(
            next((i for i, e in enumerate(self.entries) if e is recommended), 0)
        )
        self._show_entry()

    # -- layout ----------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "The assistant needs a language model. It runs on this computer: "
                "nothing you type leaves it. The download happens once."
            )
        )
        intro.setWordWrap(True)
        self.recommendation = QLabel()
        self.recommendation.setWordWrap(True)
        self.recommendation.setAccessibleName(self.tr("Recommendation"))

        self.model_combo = QComboBox()
        self.model_combo.setAccessibleName(self.tr("Model to download"))
        for entry in self.entries:
            self.model_combo.addItem(
                f"{short_title(entry)} ({format_bytes(entry.size_bytes)})", entry.name
            )
        self.model_combo.currentIndexChanged.connect(self._show_entry)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Model details"))
        self.disk = QLabel()
        self.disk.setWordWrap(True)
        self.disk.setAccessibleName(self.tr("Free disk space"))
        form = QFormLayout()
        form.addRow(self.tr("&Model:"), self.model_combo)
        form.addRow("", self.details)
        form.addRow(self.tr("Disk:"), self.disk)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Download status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.recommendation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self._build_token_row())
        layout.addStretch(1)
        layout.addLayout(self._build_buttons())

    def _build_token_row(self) -> QWidget:
        self.token_row = QWidget()
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("hf_…"))
        self.token_edit.setAccessibleName(self.tr("Hugging Face access token"))
        self.token_button = QPushButton(self.tr("Save token and &retry"))
        self.token_button.setAccessibleName(self.tr("Save token and retry"))
        self.token_button.clicked.connect(self.save_token_and_retry)
        self.token_edit.returnPressed.connect(self.save_token_and_retry)
        row = QHBoxLayout(self.token_row)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Token:"))
        label.setBuddy(self.token_edit)
        row.addWidget(label)
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.token_button)
        self.token_row.hide()
        return self.token_row

    def _build_buttons(self) -> QHBoxLayout:
        self.file_button = QPushButton(self.tr("Use a GGUF &file on disk…"))
        self.file_button.clicked.connect(self.choose_file)
        self.download_button = QPushButton(self.tr("&Download"))
        self.download_button.setDefault(True)
        self.download_button.clicked.connect(lambda: self.start_download())
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.clicked.connect(self.pause_download)
        self.cancel_button = QPushButton(self.tr("&Cancel download"))
        self.cancel_button.clicked.connect(self.cancel_download)
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        for button in (
            self.download_button,
            self.pause_button,
            self.cancel_button,
            self.later_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        self.file_button.setAccessibleName(self.tr("Use a GGUF file on disk"))
        return buttons

    # -- what is shown -----------------------------------------------------

    @property
    def entry(self) -> CatalogEntry:
        return self.entries[max(0, self.model_combo.currentIndex())]

    def _recommendation_text(self) -> str:
        best = catalog.recommend(self.ram)
        model = f"{short_title(best)} ({format_bytes(best.size_bytes)})"
        if self.ram is None:
            return self.tr("%1 suits most computers.").replace("%1", model)
        return (
            self.tr("You have %1 of memory; %2 fits well.")
            .replace("%1", memory_text(self.ram))
            .replace("%2", model)
        )

    def _show_entry(self) -> None:
        entry = self.entry
        self.recommendation.setText(self._recommendation_text())
        text = self.tr("%1 Needs about %2 of memory. Licence: %3.")
        text = text.replace("%1", entry.description)
        text = text.replace("%2", memory_text(entry.ram_required_bytes))
        text = text.replace("%3", entry.license)
        if self.ram is not None and self.ram < entry.ram_required_bytes:
            text += " " + self.tr("This computer has less, so it may be slow.")
        self.details.setText(text)
        folder = paths.models_dir(self.ctx.base)
        free = hardware.free_disk_bytes(folder)
        disk = self.tr("%1 free in %2").replace("%1", format_bytes(free)).replace("%2", str(folder))
        if free < entry.size_bytes - (download.partial_download(self.ctx.base, entry) or 0):
            disk += " — " + self.tr("not enough for this model; free some space first.")
        self.disk.setText(disk)
        self._set_idle()

    def _set_idle(self, message: str = "") -> None:
        entry = self.entry
        partial = download.partial_download(self.ctx.base, entry)
        installed = (paths.models_dir(self.ctx.base) / entry.filename).is_file()
        if installed:
            label, note = self.tr("&Use this model"), self.tr("Already downloaded.")
        elif partial:
            label = self.tr("&Resume")
            note = self.tr("%1 of %2 was downloaded earlier; resume to finish it.")
            note = note.replace("%1", format_bytes(partial))
            note = note.replace("%2", format_bytes(entry.size_bytes))
        else:
            label, note = self.tr("&Download"), ""
        self.progress.setValue(round(1000 * (partial or 0) / max(1, entry.size_bytes)))
        self.progress.setVisible(bool(partial))
        self._set_buttons(label, downloading=False, partial=bool(partial))
        self.status.setText(message or note)

    def _set_buttons(self, label: str, *, downloading: bool, partial: bool) -> None:
        self.download_button.setText(label)
        self.download_button.setAccessibleName(label.replace("&", ""))
        self.download_button.setVisible(not downloading)
        self.pause_button.setVisible(downloading)
        self.cancel_button.setVisible(downloading or partial)
        self.model_combo.setEnabled(not downloading)
        self.file_button.setEnabled(not downloading)

    # -- downloading ---------------------------------------------------------

    def start_download(self, token: str | None = None) -> None:
        if self.worker is not None and self.worker.running:
            return
        self.token_row.hide()
        entry = self.entry
        self.worker = DownloadWorker(
            entry, self.ctx.base, token=token or download.resolve_token(self.ctx.base), parent=self
        )
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.paused.connect(self._on_paused)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.token_required.connect(self._on_token_required)
        self.worker.failed.connect(self._on_failed)
        self.progress.show()
        self._set_buttons(self.download_button.text(), downloading=True, partial=True)
        self.status.setText(
            self.tr("Downloading %1…").replace("%1", short_title(entry))
            if not download.partial_download(self.ctx.base, entry)
            else self.tr("Resuming %1…").replace("%1", short_title(entry))
        )
        self.pause_button.setFocus()
        self.worker.start()

    def pause_download(self) -> None:
        if self.worker is not None and self.worker.running:
            self.pause_button.setEnabled(False)
            self.worker.pause()

    def cancel_download(self) -> None:
        if not prompts.confirm(
            self,
            self.tr("Cancel the download?"),
            self.tr("The part downloaded so far will be deleted."),
        ):
            return
        if self.worker is None:
            self.worker = DownloadWorker(self.entry, self.ctx.base, parent=self)
            self.worker.cancelled.connect(self._on_cancelled)
            self.worker.failed.connect(self._on_failed)
        self.worker.cancel()

    def _on_progress(self, progress: Progress) -> None:
        if progress.fraction is None:
            self.progress.setRange(0, 0)  # unknown size: a busy bar
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * progress.fraction))
        self.status.setText(progress_text(progress))

    def _on_finished(self, path: Path) -> None:
        self.status.setText(self.tr("Downloaded and checked %1.").replace("%1", path.name))
        self.accept()

    def _on_paused(self) -> None:
        self.pause_button.setEnabled(True)
        self._set_idle(self.tr("Paused. Resume continues where it stopped."))

    def _on_cancelled(self) -> None:
        self.worker = None
        self.progress.setRange(0, 1000)
        self._set_idle(self.tr("Download cancelled; the partial file was deleted."))

    def _on_token_required(self, message: str) -> None:
        self._set_idle(message)
        self.token_row.show()
        self.token_edit.setFocus()

    def _on_failed(self, message: str) -> None:
        self.pause_button.setEnabled(True)
        self._set_idle(message)
        label = self.tr("&Retry")
        self.download_button.setText(label)
        self.download_button.setAccessibleName(label.replace("&", ""))

    def save_token_and_retry(self) -> None:
        token = self.token_edit.text().strip()
        if not token:
            self.status.setText(self.tr("Paste an access token first."))
            return
        self.token_button.setEnabled(False)

        def save() -> None:  # the keychain may block while it asks to be unlocked
            secret_store.set_secret(secret_store.HF_TOKEN, token, self.ctx.base)

        def saved(_result: object) -> None:
            self.token_button.setEnabled(True)
            self.token_edit.clear()
            self.start_download(token)

        def failed(message: str) -> None:
            self.token_button.setEnabled(True)
            self.status.setText(message)

        run_in_background(save, saved, failed, kind="long")

    # -- a file on disk ----------------------------------------------------------

    def choose_file(self) -> None:
        path = choose_gguf_file(self)
        if path is not None:
            self.use_file(path)

    def use_file(self, path: Path) -> None:
        """Check ``path`` off the GUI thread; configure it and accept when it is usable."""
        self.file_button.setEnabled(False)
        self.download_button.setEnabled(False)
        self.status.setText(self.tr("Checking %1…").replace("%1", path.name))

        def check() -> Path:
            info = vet_new_model(path)  # includes a test load in a child process
            config.set_model_path(self.ctx.base, info.path)
            return info.path

        def refused(message: str) -> None:
            self.file_button.setEnabled(True)
            self.download_button.setEnabled(True)
            self.status.setText(message)

        run_in_background(check, lambda _path: self.accept(), refused, kind="long")

    def reject(self) -> None:
        # Closing mid-download pauses it: the partial file is offered next time.
        if self.worker is not None and self.worker.running:
            self.worker.pause()
        super().reject()


def choose_gguf_file(parent: QWidget) -> Path | None:
    """Ask for a .gguf file on disk; None when the user cancels."""
    name = prompts.open_file(
        parent,
        QCoreApplication.translate("SetupDialog", "Choose a GGUF model file"),
        str(Path.home()),
        QCoreApplication.translate("SetupDialog", "GGUF models (*.gguf);;All files (*)"),
    )
    return Path(name) if name else None
