"""Every write says what it changed, and writes by another process are found as such."""
from __future__ import annotations

from db import Store, Target
from db.store.changes import Changes


def test_each_note_write_records_the_note_and_its_tags(store):
    assert not store.take_changes(), "opening and reading change nothing"
    note = store.create_note("Ask about the review", tags=["DFID"], target=Target.entry("dfid-ifrc"))
    assert store.take_changes() == Changes(notes={note.id}, notes_added={note.id}, tags={"DFID"})
    assert not store.take_changes(), "what is taken is gone"
    store.update_note(note.id, body="Ask about the 2013 review", tags=["review"])
    assert store.take_changes() == Changes(notes={note.id}, tags={"DFID", "review"})
    store.delete_note(note.id)
    store.restore_note(note.id)
    assert store.take_changes() == Changes(notes={note.id}, notes_trashed={note.id}, tags={"review"}), "two writes, one record"
    store.delete_note(note.id)
    store.take_changes()
    store.purge_note(note.id)
    assert store.take_changes() == Changes(notes={note.id}, notes_trashed={note.id}, tags={"review"})


def test_bookmarks_comparisons_and_packs_are_recorded_by_id(store, packs):
    store.set_bookmark("dfid-ifrc", True)
    assert store.take_changes() == Changes(bookmarks={"working-in-partnership/dfid-ifrc"})
    saved = store.save_comparison("Donors", ["dfid-ifrc", "icrc-donor-support-group"])
    store.delete_saved_comparison(saved.id)
    assert store.take_changes() == Changes(comparisons={saved.id})
    store.import_pack(packs.write())
    assert store.take_changes() == Changes(packs={"test-pack"})
    store.import_pack(packs.root / "test-pack")
    assert not store.take_changes(), "an unchanged pack installs nothing"
    store.remove_pack("test-pack")
    assert store.take_changes() == Changes(packs={"test-pack"})


def test_a_restored_backup_replaces_everything(store):
    store.create_note("Before the backup")
    backup = store.backup_now()
    store.take_changes()
    store.restore_backup(backup)
    assert store.take_changes() == Changes(user_store_replaced=True)


def test_a_failed_write_records_nothing(store):
    try:
        store.update_note("no-such-note", body="x")
    except Exception:
        pass
    assert not store.take_changes()


def test_writes_by_another_process_are_found_and_named(home):
    with Store(home) as window, Store(home) as other:
        mine = window.create_note("Mine")
        assert not window.outside_changes(), "the first look takes note of how things are"
        assert not window.outside_changes(), "nothing written since"
        window.update_note(mine.id, body="Mine, edited")
        assert not window.outside_changes(), "this process's own writes are not someone else's"
        first = other.create_note("Written from the command line")
        second = other.create_note("And another")
        other.delete_note(second.id)
        other.set_bookmark("dfid-ifrc", True)
        window.update_note(mine.id, body="Mine, edited again")
        found = window.outside_changes()
        assert found.outside
        assert found == Changes(notes={first.id, second.id}, notes_added={first.id, second.id}, notes_trashed={second.id},
                                bookmarks={"working-in-partnership/dfid-ifrc"})
        assert not window.outside_changes(), "each change is reported once"
        other.update_note(first.id, body="Edited outside")
        assert window.outside_changes() == Changes(notes={first.id})


def test_a_pack_installed_by_another_process_is_found_and_searchable(home, packs):
    with Store(home) as window, Store(home) as other:
        window.outside_changes()
        assert window.search("quokka").hits == [] and "test-pack" not in window.pack_ids()
        folder = packs.write()
        lesson = folder / "lessons" / "keep-trust.md"
        lesson.write_text(lesson.read_text(encoding="utf-8").replace("Regular dialogue", "Quokka dialogue"), encoding="utf-8")
        other.import_pack(folder)
        found = window.outside_changes()
        assert found.outside and found.packs == {"test-pack"}
        assert [h.uid for h in window.search("quokka").hits] == ["test-pack/keep-trust"]
        assert not window.outside_changes()
        window.remove_pack("test-pack")
        assert not window.outside_changes(), "its own removal is not someone else's"
