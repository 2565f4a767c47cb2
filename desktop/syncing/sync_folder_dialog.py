"""File > Sync Folder…: which folder this device shares with the others, and what sharing it means."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout


class SyncFolderDialog(QDialog):
    """Shows the folder chosen; accepting it with a folder syncs there, with none stops syncing."""

    def __init__(self, folder: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Notes Across Devices"))
        explanation = QLabel(self.tr(
            "Choose a folder that a tool of yours keeps the same on each of your devices: a Syncthing or Nextcloud "
            "folder, a network share, or a USB stick you carry between them. Your notes, highlights, bookmarks and "
            "saved comparisons are written there and read from there when the window opens, every five minutes and "
            "with File > Sync Notes Now. Partnership Atlas itself never connects to another computer."), wordWrap=True)
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setPlaceholderText(self.tr("No folder: notes stay on this device"))
        self.folder_edit.setAccessibleName(self.tr("Sync folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.stop_button = buttons.addButton(self.tr("Stop Syncing"), QDialogButtonBox.ButtonRole.ResetRole)
        self.stop_button.setEnabled(bool(folder))
        self.stop_button.clicked.connect(self.stop_syncing)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def choose(self) -> None:
        chosen = self._ask_folder()
        if chosen:
            self.folder_edit.setText(chosen)

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the folder your devices share"), self.folder())

    def stop_syncing(self) -> None:
        self.folder_edit.clear()
        self.accept()
