"""File > Install Content Pack… and File > Export Notes…: what the command line does, from the window."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from db import Target
from db.packs.archive import build_archive
from desktop.app import file_tasks
from desktop.importing.pack_install import PackInstall
from desktop.notes.notes_export import NotesExport
from tests.db.test_pack_tooling import renamed_trust


def archive(folder, path):
    build_archive(folder, path)
    return path


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text() for a in menu.actions() if a.text()]


def test_the_file_menu_offers_both(window):
    texts = menu_texts(window, "File")
    assert "Install Content Pack…" in texts and "Export Notes…" in texts


def install(qtbot, window, monkeypatch, path, *, replace: bool | None = None) -> tuple[str, list]:
    """Install `path` through the File menu's task; (status message, questions asked)."""
    asked = []
    monkeypatch.setattr(PackInstall, "_ask_path", lambda self: str(path))
    monkeypatch.setattr(PackInstall, "_confirm_replace", lambda self, reason: asked.append(reason) or bool(replace))
    with qtbot.waitSignal(window.runner.idle, timeout=20_000):
        file_tasks.install_pack(window)
    return window.statusBar().currentMessage(), asked


def test_a_pack_installed_from_the_window_shows_up_everywhere(qtbot, translated, window, packs, tmp_path, monkeypatch):
    built = archive(packs.write(), tmp_path / "test-pack.atlaspack")
    with qtbot.waitSignal(window.runner.changed):
        message, asked = install(qtbot, window, monkeypatch, built)
    assert message == "Installed “Test pack” 1.0.0 (8 entries)." and not asked
    assert "test-pack" in window.store.pack_ids()
    qtbot.waitUntil(lambda: any("Test pack" in window.navigator.combos["pack"].itemText(i)
                                for i in range(window.navigator.combos["pack"].count())))
    message, _ = install(qtbot, window, monkeypatch, built)
    assert message == "“Test pack” 1.0.0 is already installed with the same content; nothing changed."


def test_replacing_an_installed_pack_asks_first(qtbot, translated, window, packs, tmp_path, monkeypatch):
    install(qtbot, window, monkeypatch, archive(packs.write(), tmp_path / "one.atlaspack"))
    changed = archive(packs.write("changed", entries=renamed_trust("Trust, reconsidered")), tmp_path / "two.atlaspack")
    message, asked = install(qtbot, window, monkeypatch, changed, replace=False)
    assert asked and "already installed" in asked[0] and "--force" not in asked[0]
    assert message == "Nothing installed from two.atlaspack." and window.store.entry("test-pack/trust").title == "Trust"
    message, _ = install(qtbot, window, monkeypatch, changed, replace=True)
    assert message.startswith("Replaced “Test pack” 1.0.0") and window.store.entry("test-pack/trust").title == "Trust, reconsidered"


def test_an_invalid_pack_lists_its_problems_and_installs_nothing(qtbot, translated, window, packs, tmp_path, monkeypatch):
    folder = packs.write()
    (folder / "themes" / "trust.md").write_text("---\nid: trust\n---\nNo title.\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append((box.text(), box.detailedText())))
    before = window.store.pack_ids()
    install(qtbot, window, monkeypatch, folder)
    assert shown and shown[0][0].startswith("test-pack is not a valid content pack, so nothing was installed: 1 problem")
    assert "themes/trust.md" in shown[0][1] and "title" in shown[0][1]
    assert window.store.pack_ids() == before


def test_notes_export_as_markdown_and_as_web_annotations(qtbot, translated, window, store, tmp_path, monkeypatch):
    store.create_note("Ask about the review", target=Target.entry("dfid-ifrc"), tags=["meeting"])
    store.create_note("A loose thought")
    for fmt, path in (("markdown", tmp_path / "notes"), ("w3c", tmp_path / "notes-file")):
        monkeypatch.setattr(NotesExport, "_ask_format", lambda self, fmt=fmt: fmt)
        monkeypatch.setattr(NotesExport, "_ask_path", lambda self, _fmt, path=path: str(path))
        with qtbot.waitSignal(window.runner.idle):
            file_tasks.export_notes(window)
        written = path if fmt == "markdown" else path.with_name("notes-file.jsonld")
        assert window.statusBar().currentMessage() == f"Exported 2 notes to {written}"
    assert len(list((tmp_path / "notes").glob("*.md"))) == 2
    document = json.loads((tmp_path / "notes-file.jsonld").read_text(encoding="utf-8"))
    assert document["type"] == "AnnotationCollection" and document["total"] == 2


def test_a_notes_export_that_cannot_be_written_says_why(qtbot, translated, window, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    monkeypatch.setattr(NotesExport, "_ask_format", lambda self: "w3c")
    monkeypatch.setattr(NotesExport, "_ask_path", lambda self, _fmt: str(blocker / "notes.jsonld"))
    with qtbot.waitSignal(window.runner.idle):
        file_tasks.export_notes(window)
    message = window.statusBar().currentMessage()
    assert message.startswith("Notes not exported: ") and "a-file" in message
    assert blocker.read_text(encoding="utf-8") == "in the way"
