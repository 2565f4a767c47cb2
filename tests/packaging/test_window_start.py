"""Starting the window: the application icon, and a dialog (not a traceback) for an unwritable data folder."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import application as desktop_app


def test_the_application_carries_its_icon(qapp, monkeypatch):
    monkeypatch.setattr(desktop_app, "install_translations", lambda *_: [])  # keep the shared app's translators as they are
    assert desktop_app.application([]) is qapp
    assert not qapp.windowIcon().isNull() and desktop_app.ICON_FILE.is_file()
    assert 256 in [size.width() for size in qapp.windowIcon().availableSizes()]


def test_an_unwritable_data_folder_is_explained_in_a_dialog(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    monkeypatch.setenv("PARTNERSHIP_ATLAS_HOME", str(blocker))
    monkeypatch.setattr(desktop_app, "install_translations", lambda *_: [])
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        # Runs inside the dialog's own event loop, once it is on screen.
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.icon().name, box.text()))
            box.accept()
            poll.stop()

    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(10)
    assert desktop_app.run([]) == 2
    assert seen and seen[0][0] == "Critical"
    assert f"cannot write to its data folder {blocker / 'data'}" in seen[0][1]
    assert blocker.read_text() == "in the way"
