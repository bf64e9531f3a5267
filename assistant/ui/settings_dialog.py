"""Settings: the model and how it runs, time zone, theme, shortcut, the data folder
(settings_data.py). Nothing is written until Save, except the theme, which previews
at once and is put back on Cancel. Saving happens off the GUI thread; if the model
or its runtime settings changed, the model is reloaded.
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant import settings
from assistant.clock import load_zone, system_zone, zone_names
from assistant.errors import AssistantError
from assistant.models import config, download, hardware, server
from assistant.models.download import format_bytes
from assistant.models.trial import vet_new_model
from assistant.paths import models_dir
from assistant.settings import CONTEXT_SIZES, THEMES, Preferences
from assistant.ui import prompts
from assistant.ui.context import ALL_TABLES, AppContext
from assistant.ui.i18n import LANGUAGE_NAMES
from assistant.ui.server_box import Placement, ServerBox, confirm_public
from assistant.ui.settings_data import DataPage
from assistant.ui.settings_privacy import PrivacyPage
from assistant.ui.setup_dialog import SetupDialog, choose_gguf_file, short_title
from assistant.ui.sync.accounts_page import AccountsPage
from assistant.ui.tasks import run_in_background
from assistant.ui.theme import apply_app_theme

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
# gpu_layers values behind the GPU combo's first three entries; the fourth is "Some layers".
GPU_CHOICES: tuple[int | None, ...] = (None, 0, -1)
RUNTIME_FIELDS = ("threads", "gpu_layers", "context_size")


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = replace(ctx.prefs)
        self.configured = config.configured_model(ctx.base)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(600)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._model_tab(), self.tr("&Model"))
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.data = DataPage(ctx)
        self.tabs.addTab(self.data, self.tr("&Data"))
        self.privacy = PrivacyPage(ctx)
        self.tabs.addTab(self.privacy, self.tr("&Privacy"))
        self.accounts = AccountsPage(ctx)
        self.tabs.addTab(self.accounts, self.tr("&Accounts"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Settings error"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(ctx.prefs)
        self._refresh_models(self.configured)
        run_in_background(hardware.supports_gpu_offload, self._gpu_known, kind="long")

    # -- tabs ------------------------------------------------------------

    def _model_tab(self) -> QWidget:
        self.models = QStandardItemModel(self)
        self.model_list = QListView()
        self.model_list.setModel(self.models)
        self.model_list.setAccessibleName(self.tr("Installed models"))
        self.model_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.model_list.setMaximumHeight(120)
        self.model_list.selectionModel().currentChanged.connect(self._model_selected)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setAccessibleName(self.tr("Model in use"))
        buttons = QHBoxLayout()
        for key, text, slot in (
            ("download", self.tr("Do&wnload a model…"), self.download_model),
            ("remove", self.tr("&Remove…"), self.remove_model),
            ("choose", self.tr("Choose a &file…"), self.choose_file),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        cores = hardware.physical_cores()
        self.threads = QSpinBox()
        self.threads.setRange(0, max(os.cpu_count() or 1, cores))
        self.threads.setSpecialValueText(self.tr("Automatic (%1 cores)").replace("%1", str(cores)))
        self.threads.setAccessibleName(self.tr("Threads"))
        self.gpu = QComboBox()
        self.gpu.addItems(
            [self.tr("Automatic"), self.tr("Off"), self.tr("All layers"), self.tr("Some layers")]
        )
        self.gpu.setAccessibleName(self.tr("GPU offload"))
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(1, 999)
        self.gpu_layers.setSuffix(self.tr(" layers"))
        self.gpu_layers.setAccessibleName(self.tr("GPU layers"))
        self.gpu.currentIndexChanged.connect(
            lambda i: self.gpu_layers.setEnabled(i == 3 and self.gpu.isEnabled())
        )
        self.gpu_note = QLabel(self.tr("Checking whether this build can use a GPU…"))
        self.gpu_note.setWordWrap(True)
        self.gpu.setEnabled(False)
        self.gpu_layers.setEnabled(False)
        gpu_row = QHBoxLayout()
        gpu_row.addWidget(self.gpu, 1)
        gpu_row.addWidget(self.gpu_layers)
        self.context = QComboBox()
        for size in CONTEXT_SIZES:
            self.context.addItem(self.tr("%1 tokens").replace("%1", f"{size:,}"), size)
        self.context.setAccessibleName(self.tr("Context size"))

        self.placement = ServerBox(self.ctx.base)
        self.was_remote = self.placement.remote.isChecked()
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Runs:"), self.placement)
        form.addRow(self.tr("In use:"), self.in_use)
        form.addRow(self.tr("&Installed:"), self.model_list)
        form.addRow("", buttons)
        form.addRow(self.tr("&Threads:"), self.threads)
        gpu_label = QLabel(self.tr("GP&U offload:"))
        gpu_label.setBuddy(self.gpu)
        form.addRow(gpu_label, gpu_row)
        form.addRow("", self.gpu_note)
        form.addRow(self.tr("&Context size:"), self.context)
        return page

    def _general_tab(self) -> QWidget:
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItem(self.tr("System (%1)").replace("%1", system_zone().key), None)
        for name in zone_names():
            self.zone.addItem(name, name)
        completer = QCompleter(zone_names(), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.theme = QComboBox()
        for theme, label in zip(
            THEMES, (self.tr("System"), self.tr("Light"), self.tr("Dark")), strict=True
        ):
            self.theme.addItem(label, theme)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.currentIndexChanged.connect(self._preview_theme)
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The window's language; it changes on the next start"))
        chosen = settings.window_language(self.ctx.base)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.tray.setAccessibleName(self.tr("Keep running in the tray"))
        self.ask_changes = QCheckBox(self.tr("Ask &before changes"))
        self.ask_changes.setChecked(settings.ask_before_changes(self.ctx.base))
        self.ask_changes.setToolTip(self.tr("The assistant's changes wait for your approval"))
        # Typed as text ("Ctrl+Shift+Space"): a key-capturing editor would take Tab too.
        self.shortcut = QLineEdit()
        self.shortcut.setPlaceholderText(self.tr("None"))
        self.shortcut.setClearButtonEnabled(True)
        self.shortcut.setAccessibleName(self.tr("Quick entry shortcut"))
        self.shortcut.setToolTip(
            self.tr(
                "Opens the quick-entry window from any app, where the system allows it; "
                "a new one takes effect when you save. Elsewhere, bind “assistant --quick-add” "
                "in your desktop's keyboard settings."
            )
        )
        self.original_shortcut = settings.quick_entry_shortcut(self.ctx.base)
        self.shortcut.setText(self.original_shortcut)
        # Why the running app holds no shortcut, when the system refused the keys.
        self.shortcut_note = QLabel(self.ctx.shortcut.problem)
        self.shortcut_note.setWordWrap(True)
        self.shortcut_note.setAccessibleName(self.tr("Quick entry shortcut problem"))
        self.shortcut_note.setVisible(bool(self.ctx.shortcut.problem))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Time &zone:"), self.zone)
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.tray)
        form.addRow("", self.ask_changes)
        form.addRow(self.tr("&Quick entry shortcut:"), self.shortcut)
        form.addRow("", self.shortcut_note)
        return page

    # -- values ------------------------------------------------------------

    def _load(self, prefs: Preferences) -> None:
        self.threads.setValue(prefs.threads or 0)
        layers = prefs.gpu_layers
        self.gpu.setCurrentIndex(GPU_CHOICES.index(layers) if layers in GPU_CHOICES else 3)
        if layers is not None and layers > 0:
            self.gpu_layers.setValue(layers)
        self.context.setCurrentIndex(max(0, self.context.findData(prefs.context_size)))
        index = self.zone.findData(prefs.time_zone) if prefs.time_zone else 0
        self.zone.setCurrentIndex(max(0, index))
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        self.tray.setChecked(prefs.close_to_tray)

    def _gpu_known(self, supported: bool) -> None:
        self.gpu.setEnabled(supported)
        self.gpu_layers.setEnabled(supported and self.gpu.currentIndex() == 3)
        self.gpu_note.setText(
            ""
            if supported
            else self.tr("This build of llama.cpp has no GPU support; the model runs on the CPU.")
        )
        self.gpu_note.setVisible(not supported)

    def chosen_preferences(self) -> Preferences:
        """The preferences the controls show; AssistantError for a bad time zone."""
        text = self.zone.currentText().strip()
        zone = None if self.zone.currentIndex() == 0 and text == self.zone.itemText(0) else text
        if zone is not None:
            zone = load_zone(zone).key  # raises for unknown names
        gpu = self.gpu.currentIndex()
        return Preferences(
            threads=self.threads.value() or None,
            gpu_layers=GPU_CHOICES[gpu] if gpu < 3 else self.gpu_layers.value(),
            context_size=int(self.context.currentData()),
            time_zone=zone,
            theme=THEMES[self.theme.currentIndex()],
            close_to_tray=self.tray.isChecked(),
        )

    def chosen_shortcut(self) -> str | None:
        """The typed shortcut in Qt's portable form ("" for none); None when it is no shortcut."""
        text = self.shortcut.text().strip()
        keys = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
        if not text:
            return ""
        if keys.count() != 1 or keys.toString() == "":
            return None
        return keys.toString(QKeySequence.SequenceFormat.PortableText)

    def _preview_theme(self) -> None:
        apply_app_theme(THEMES[self.theme.currentIndex()])

    def save(self) -> None:
        try:
            prefs = self.chosen_preferences()
        except AssistantError as exc:
            self._show_error(str(exc))
            self.tabs.setCurrentIndex(1)
            self.zone.setFocus()
            return
        keys = self.chosen_shortcut()
        if keys is None:
            self._show_error(
                self.tr("Write the shortcut as keys joined by +, e.g. Ctrl+Shift+Space.")
            )
            self.tabs.setCurrentIndex(1)
            self.shortcut.setFocus()
            return
        try:
            where = self.placement.placement()
        except AssistantError as exc:
            self._show_error(str(exc))
            self.tabs.setCurrentIndex(0)
            return
        if not confirm_public(self, self.ctx.base, where):
            return
        model = self.selected_model()
        base = self.ctx.base
        ask = self.ask_changes.isChecked()
        language = self.language.currentData()
        self.buttons.setEnabled(False)

        def write() -> None:
            prefs.save(base)
            settings.save_ask_before_changes(base, ask)
            settings.save_window_language(base, language)
            settings.save_quick_entry_shortcut(base, keys)
            if model is not None and model != self.configured:
                config.set_model_path(base, model)
            if where.url is None:
                server.use_local(base)
            else:
                server.use_server(base, where.url, where.model, api_key=where.key)
                server.set_fallback_local(base, where.fallback_local)

        run_in_background(
            write, lambda _r: self._saved(prefs, model, where, keys), self._save_failed
        )

    def _saved(self, prefs: Preferences, model: Path | None, where: Placement, keys: str) -> None:
        runtime_changed = any(
            getattr(prefs, name) != getattr(self.original, name) for name in RUNTIME_FIELDS
        )
        model_changed = model is not None and model != self.configured
        # Any server choice may name a new address, model or key: reconnect.
        model_changed |= where.url is not None or self.was_remote
        for f in fields(Preferences):  # in place: every holder of ctx.prefs sees it
            setattr(self.ctx.prefs, f.name, getattr(prefs, f.name))
        if prefs.time_zone != self.original.time_zone:
            self.ctx.bus.notify(ALL_TABLES)  # dates render in the new zone
        if (runtime_changed or model_changed) and self.ctx.models.is_configured():
            self.ctx.models.load(self.ctx.prefs)
        if keys != self.original_shortcut:  # the running shortcut changes now, not at restart
            self.ctx.shortcut.change_requested.emit(keys)
        self.accept()

    def _save_failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def reject(self) -> None:
        if self.theme.currentData() != self.original.theme:
            apply_app_theme(self.original.theme)
        super().reject()

    # -- models ----------------------------------------------------------------

    def _refresh_models(self, select: Path | None) -> None:
        self.models.clear()
        installed = download.installed_models(self.ctx.base)
        if self.configured is not None and self.configured not in {m.path for m in installed}:
            self._add_model_item(self.configured)  # a file elsewhere on disk
        for model in installed:
            self._add_model_item(model.path, short_title(model.entry) if model.entry else None)
        if self.models.rowCount() == 0:
            empty = QStandardItem(self.tr("No downloaded models yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.models.appendRow(empty)
        for row in range(self.models.rowCount()):
            if self.models.item(row).data(PATH_ROLE) == str(select):
                self.model_list.setCurrentIndex(self.models.index(row, 0))
        self.in_use.setText(str(self.configured) if self.configured else self.tr("No model yet"))

    def _add_model_item(self, path: Path, title: str | None = None) -> QStandardItem:
        name = title or path.name
        size = format_bytes(path.stat().st_size) if path.is_file() else self.tr("missing")
        item = QStandardItem(f"{name} — {size}")
        item.setData(str(path), PATH_ROLE)
        item.setToolTip(str(path))
        self.models.appendRow(item)
        return item

    def selected_model(self) -> Path | None:
        index = self.model_list.currentIndex()
        path = index.data(PATH_ROLE) if index.isValid() else None
        return Path(path) if path else None

    def _model_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        path = current.data(PATH_ROLE) if current.isValid() else None
        if path and Path(path) != self.configured:
            self.in_use.setText(
                self.tr("%1 (after Save)").replace("%1", str(current.data(PATH_ROLE)))
            )

    def download_model(self) -> None:
        if SetupDialog(self.ctx, self).exec():
            self.configured = config.configured_model(self.ctx.base)
            self._refresh_models(self.configured)
            self.ctx.models.load(self.ctx.prefs)

    def remove_model(self) -> None:
        path = self.selected_model()
        if path is None or path.parent != models_dir(self.ctx.base):
            self._show_error(self.tr("Select a downloaded model to remove."))
            return
        text = self.tr("Delete %1 from this computer?").replace("%1", path.name)
        if path == self.configured:
            text += " " + self.tr(
                "It is the model in use; the assistant stops until you pick another."
            )
        if not prompts.confirm(self, self.tr("Remove model?"), text):
            return
        base, in_use = self.ctx.base, path == self.configured

        def remove() -> None:
            download.remove_model(base, path.name)
            if in_use:
                config.clear_model_path(base)

        def removed(_result: object) -> None:
            if in_use:
                self.configured = None
                self.ctx.models.unload()
            self._refresh_models(self.configured)

        run_in_background(remove, removed, self._show_error, kind="long")

    def choose_file(self) -> None:
        name = choose_gguf_file(self)
        if name is None:
            return
        self.in_use.setText(self.tr("Checking %1…").replace("%1", name.name))

        def chosen(path: Path) -> None:
            item = self._add_model_item(path)
            self.model_list.setCurrentIndex(item.index())

        def refused(message: str) -> None:
            self._refresh_models(self.configured)
            self._show_error(message)

        # Header, template and a test load in a child: a file that would crash
        # llama.cpp is refused here, not found out at the next start.
        run_in_background(lambda: vet_new_model(name).path, chosen, refused, kind="long")
