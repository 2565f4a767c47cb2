"""The window backs the notes up, restores a backup on request, and speaks plainly about a damaged file."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from db import Store
from desktop.app.application import window_settings
from desktop.app.main_window import MainWindow
from desktop.backups.notes_keeper import NotesKeeper
from tests.db.test_corruption import make_newer


@pytest.fixture
def start_window(qtbot, home):
    """Open a window over a fresh Store on `home` (as a new start of the application would)."""
    opened = []

    def start() -> MainWindow:
        store = Store(home)
        window = MainWindow(store, window_settings(home))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        opened.append((window, store))
        return window

    yield start
    for window, store in opened:
        window.close()
        store.close()


def test_a_start_backs_up_changed_notes_once(qtbot, home, start_window):
    with Store(home) as store:
        store.create_note("Written yesterday")
    window = start_window()
    with qtbot.waitSignal(window.notes_keeper.backupMade, timeout=10_000) as made:
        pass  # the backup at start
    assert made.args[0].path.is_file()
    with qtbot.waitSignal(window.runner.idle, timeout=10_000):
        window.notes_keeper.back_up_if_due()  # nothing changed since: no second copy
    assert len(window.store.backups()) == 1


def test_the_notes_file_is_checked_a_moment_after_the_window_is_up_not_while_it_paints(qtbot, home, monkeypatch):
    # Checking and backing up the file reads all of it on the store thread: during the first paint
    # it would hold the window back.
    with Store(home) as store:
        store.create_note("Written yesterday")
    events = []
    monkeypatch.setattr(MainWindow, "paintEvent", lambda self, event: events.append("painted"))
    started = NotesKeeper.start
    monkeypatch.setattr(NotesKeeper, "start", lambda self: (events.append("check"), started(self)))
    store = Store(home)
    window = MainWindow(store, window_settings(home))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show_when_ready()  # as the application starts it
    QApplication.processEvents()  # the window is exposed and painted
    window.repaint()
    assert events and set(events) == {"painted"}, "nothing read the notes file while the window was painted"
    with qtbot.waitSignal(window.notes_keeper.backupMade, timeout=10_000):
        pass
    assert "check" in events
    window.close()
    store.close()


def test_restore_from_backup_lists_backups_and_keeps_the_current_notes_aside(qtbot, home, start_window):
    with Store(home) as store:
        store.create_note("In the backup")
        store.backup_now()
        store.create_note("Written after the backup")
    window = start_window()
    with qtbot.waitSignal(window.notes_keeper.backupMade, timeout=10_000):
        pass  # the backup at start
    dialog = window.restore_from_backup()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10_000)  # the one above, and the one made at start
    assert "2 note" in dialog.list.item(0).text() and "1 note" in dialog.list.item(1).text()
    dialog.list.setCurrentRow(1)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        dialog.restore_button.click()
    assert [note.body for note in window.store.notes()] == ["In the backup"]
    kept = restored.args[0].set_aside
    assert kept.is_file() and str(kept) in window.statusBar().currentMessage()


def test_a_damaged_notes_file_is_explained_and_the_newest_backup_restored(qtbot, home, start_window):
    with Store(home) as store:
        store.create_note("Worth keeping")
        store.backup_now()
    home.user_db.write_text("These are my notes, saved as text by mistake.\n" * 50)
    window = start_window()
    qtbot.waitUntil(lambda: window.notes_keeper.store_problem_box is not None and window.notes_keeper.store_problem_box.isVisible(),
                    timeout=10_000)
    box = window.notes_keeper.store_problem_box
    assert "damaged" in box.text() and "kept at" in box.informativeText() and box.restore_button is not None
    with qtbot.waitSignal(window.runner.idle, timeout=10_000):
        box.restore_button.click()
    assert [note.body for note in window.store.notes()] == ["Worth keeping"]
    assert "The backup is restored." in window.statusBar().currentMessage()


def test_notes_from_a_newer_version_are_left_alone_until_the_user_starts_afresh(qtbot, home, start_window):
    with Store(home) as store:
        store.create_note("Saved by version 9")
    make_newer(home.user_db)
    before = home.user_db.read_bytes()
    window = start_window()
    qtbot.waitUntil(lambda: window.notes_keeper.store_problem_box is not None and window.notes_keeper.store_problem_box.isVisible(),
                    timeout=10_000)
    box = window.notes_keeper.store_problem_box
    assert "newer version" in box.text() and box.restore_button is None
    assert home.user_db.read_bytes() == before
    with qtbot.waitSignal(window.runner.idle, timeout=10_000):
        box.fresh_button.click()
    assert window.store.notes() == []
    assert any(path.name.startswith("user.sqlite.newer-version") for path in home.data_dir.iterdir())
