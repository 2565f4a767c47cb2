"""Briefs in the user store: every item kind, order, comments, the Trash, revisions, a pack update, a backup
restore, and the document written as Markdown with its sources numbered once."""
from __future__ import annotations

import re
import sqlite3

import pytest
import yaml

from db import Store
from db.errors import AtlasError, NotFoundError
from db.store.changes import Changes
from db.user.notes import Target


@pytest.fixture
def pack(packs):
    return packs.write()


@pytest.fixture
def atlas(home, pack):
    with Store(home, bundled=[pack]) as opened:
        yield opened


def full_brief(store: Store):
    """A brief with an entry of two kinds, a saved comparison, a note and a highlighted passage."""
    brief = store.create_brief("Meeting with the donor", meeting="Humanitarian desk", day="2026-12-10",
                               introduction="Two models are **at stake**.")
    store.save_comparison("Both models", ["alpha", "beta"])
    note = store.create_note("Ask about the *mid-term* review", title="Ask", target=Target.entry("alpha"))
    quote = store.passage_quote("test-pack/keep-trust", "partnership steady")
    passage = store.create_note("Quote this", target=Target.passage("test-pack/keep-trust", quote.exact, quote.prefix, quote.suffix))
    for kind, ref in (("entry", "alpha"), ("entry", "keep-trust"), ("comparison", "Both models"), ("note", note.id),
                      ("note", passage.id)):
        brief, _ = store.add_to_brief(brief.id, kind, ref)
    return store.brief(brief.id)


def test_a_brief_holds_every_kind_of_item_in_order(atlas):
    brief = full_brief(atlas)
    assert [(item.kind, item.title) for item in brief.items] == [
        ("entry", "Alpha partnership"), ("entry", "Keep trust through coopération"), ("comparison", "Both models"),
        ("note", "Ask"), ("passage", "Quote this")]
    assert not any(item.detached for item in brief.items)
    [listed] = atlas.briefs()
    assert (listed.id, listed.title, listed.day, listed.meeting, listed.size) == (brief.id, "Meeting with the donor", "2026-12-10",
                                                                                "Humanitarian desk", 5)


def test_items_move_lose_and_gain_comments(atlas):
    brief = full_brief(atlas)
    first, second, third = brief.items[:3]
    brief = atlas.move_in_brief(brief.id, third.id, 0)
    assert [item.id for item in brief.items[:3]] == [third.id, first.id, second.id]
    brief = atlas.move_in_brief(brief.id, third.id, 99)  # past the end: last
    assert brief.items[-1].id == third.id
    brief = atlas.remove_from_brief(brief.id, first.id)
    assert first.id not in [item.id for item in brief.items] and len(brief.items) == 4
    brief = atlas.comment_in_brief(brief.id, second.id, "  Lead with this  ")
    assert brief.items[0].comment == "Lead with this"
    with pytest.raises(NotFoundError, match="has no item"):
        atlas.remove_from_brief(brief.id, first.id)


def test_every_change_keeps_a_revision_and_an_old_one_can_be_restored(atlas):
    brief = atlas.create_brief("Draft")
    brief, item = atlas.add_to_brief(brief.id, "entry", "alpha")
    atlas.update_brief(brief.id, introduction="First words", amend_revision=True)
    atlas.update_brief(brief.id, introduction="First words, more", amend_revision=True)  # one editing session
    atlas.remove_from_brief(brief.id, item.id)
    revisions = atlas.brief_revisions(brief.id)
    assert [r.number for r in revisions] == [3, 2, 1]
    assert revisions[1].content["introduction"] == "First words, more" and len(revisions[1].content["items"]) == 1
    restored = atlas.restore_brief_revision(brief.id, 2)
    assert [i.ref for i in restored.items] == ["test-pack/alpha"] and restored.introduction == "First words, more"
    assert len(atlas.brief_revisions(brief.id)) == 4
    with pytest.raises(NotFoundError, match="revisions 1 to 4"):
        atlas.restore_brief_revision(brief.id, 9)


def test_trash_restore_duplicate_rename_and_purge(atlas):
    brief = full_brief(atlas)
    atlas.comment_in_brief(brief.id, brief.items[0].id, "Start here")
    copy = atlas.duplicate_brief(brief.id)
    assert copy.title == "Meeting with the donor (copy)" and copy.id != brief.id
    assert [(i.ref, i.comment) for i in copy.items] == [(i.ref, i.comment) for i in atlas.brief(brief.id).items]
    assert atlas.duplicate_brief(brief.id).title == "Meeting with the donor (copy 2)"
    assert atlas.update_brief(copy.id, title="  For the  board ").title == "For the board"
    atlas.delete_brief(brief.id)
    assert brief.id not in [b.id for b in atlas.briefs()] and [b.id for b in atlas.briefs(trashed=True)] == [brief.id]
    with pytest.raises(NotFoundError, match="in the Trash"):
        atlas.brief(brief.id)
    assert atlas.restore_brief(brief.id).deleted is None
    with pytest.raises(AtlasError, match="Trash first"):
        atlas.purge_brief(brief.id)
    atlas.delete_brief(brief.id)
    atlas.purge_brief(brief.id)
    with pytest.raises(NotFoundError):
        atlas.brief(brief.id, include_deleted=True)
    conn = atlas.user_connection()
    assert conn.execute("SELECT count(*) FROM brief_items WHERE brief_id=?", (brief.id,)).fetchone()[0] == 0


def test_a_brief_is_found_by_title_or_the_start_of_its_id(atlas):
    brief = atlas.create_brief("Réunion avec le bailleur")
    assert atlas.brief("reunion avec le BAILLEUR").id == brief.id
    assert atlas.brief(brief.id[:6]).id == brief.id
    with pytest.raises(NotFoundError, match="brief list"):
        atlas.brief("no such brief")


@pytest.mark.parametrize("call, message", [
    (lambda s, b: s.create_brief("   "), "needs a title"),
    (lambda s, b: s.create_brief("x", day="10/12/2026"), "not a date"),
    (lambda s, b: s.update_brief(b, title=""), "needs a title"),
    (lambda s, b: s.add_to_brief(b, "sandwich", "alpha"), "Unknown brief item kind"),
    (lambda s, b: s.add_to_brief(b, "entry", "no-such-entry"), "no-such-entry"),
    (lambda s, b: s.add_to_brief(b, "comparison", "Nothing saved"), "No saved comparison"),
    (lambda s, b: s.add_to_brief(b, "note", "0000"), "No note"),
])
def test_bad_input_is_refused_and_changes_nothing(atlas, call, message):
    brief = atlas.create_brief("Kept as it was")
    atlas.add_to_brief(brief.id, "entry", "alpha")
    before = atlas.brief_revisions(brief.id)
    with pytest.raises(AtlasError, match=message):
        call(atlas, brief.id)
    assert atlas.brief(brief.id).title == "Kept as it was" and len(atlas.brief(brief.id).items) == 1
    assert atlas.brief_revisions(brief.id) == before


def test_items_whose_targets_go_stay_detached_with_the_text_they_had(home, pack, packs):
    with Store(home, bundled=[pack]) as store:
        brief = full_brief(store)
        note = store.brief(brief.id).items[3].ref
        store.delete_saved_comparison(store.find_saved_comparison("Both models").id)
        store.delete_note(note)
    (pack / "lessons" / "keep-trust.md").unlink()  # the pack's update drops the lesson
    (pack / "pack.yaml").write_text(yaml.safe_dump({**yaml.safe_load((pack / "pack.yaml").read_text()), "version": "1.1.0"}))
    alpha, question = pack / "models" / "alpha.md", pack / "questions" / "q1.md"  # they name the lesson
    alpha.write_text(alpha.read_text().replace("lessons:\n- keep-trust\n", ""))
    question.unlink()
    with Store(home, bundled=[pack]) as store:
        assert store.last_rebuild.rebuilt
        brief = store.brief(brief.id)
        assert [item.detached for item in brief.items] == [False, True, True, True, False]
        document = store.brief_document(brief.id)
        lesson, comparison, gone_note = document.sections[1:4]
        assert lesson.detached and lesson.summary == "Trust grows when partners talk often."
        assert lesson.text == "Regular dialogue kept the partnership steady."
        assert comparison.detached and comparison.table.models == ("Alpha partnership", "Beta partnership")
        assert gone_note.detached and gone_note.text == "Ask about the *mid-term* review"
        text = store.brief_markdown(brief.id)
        assert text.count("No longer in the installed packs or your notes") == 3


def test_a_brief_survives_a_backup_restore(atlas):
    brief = full_brief(atlas)
    backup = atlas.backup_now()
    atlas.delete_brief(brief.id)
    atlas.create_brief("Made after the backup")
    atlas.restore_backup(backup.path)
    assert [b.title for b in atlas.briefs()] == ["Meeting with the donor"]
    assert len(atlas.brief(brief.id).items) == 5


def test_every_write_is_recorded_for_the_window_and_seen_from_another_process(home, pack):
    with Store(home, bundled=[pack]) as window, Store(home, bundled=[pack]) as command_line:
        window.take_changes()
        brief = window.create_brief("Watched")
        assert window.take_changes() == Changes(briefs=frozenset({brief.id}))
        window.outside_changes()  # the first look takes note
        command_line.add_to_brief(brief.id, "entry", "alpha")
        assert window.outside_changes().briefs == {brief.id}


def test_the_markdown_document_has_contents_items_tables_and_numbered_sources(atlas):
    brief = full_brief(atlas)
    atlas.comment_in_brief(brief.id, brief.items[0].id, "Open with this")
    text = atlas.brief_markdown(brief.id)
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["Introduction", "Contents", "1. Alpha partnership", "2. Keep trust through coopération", "3. Both models",
                        "4. Ask", "5. Quote this", "Sources"]
    assert "*Thursday, 10 December 2026 · Meeting: Humanitarian desk*" in text and "Two models are **at stake**." in text
    assert "*Partnership model · from Test pack*" in text and "**Comment:** Open with this" in text
    assert "| | Attribute | Alpha partnership | Beta partnership |" in text
    assert "| ~ | Funding | Unearmarked grant [1] | Earmarked grants [1] |" in text
    assert "| | Year it began | 2001 [1] | not documented in this pack's sources |" in text
    assert "> partnership steady" in text and "On: Keep trust through coopération" in text
    assert "**Practical advice:** Meet regularly." in text
    sources = text.split("\n## Sources\n", 1)[1]
    assert sources.strip() == "1. Source A, 2001 — *cited for: p. 1; p. 2; p. 4; p. 3*", "the pack's full citation"


def test_notes_export_writes_each_brief_beside_the_notes(atlas, tmp_path):
    brief = full_brief(atlas)
    written = atlas.export_notes_markdown(tmp_path / "out")
    briefs = [path for path in written if path.parent.name == "briefs"]
    assert [path.name for path in briefs] == [f"meeting-with-the-donor-{brief.id[:8]}.md"]
    assert briefs[0].read_text(encoding="utf-8") == atlas.brief_markdown(brief.id)


def test_a_store_made_before_briefs_gets_them_when_it_is_opened(home, pack):
    from db.user.migrations import applied

    with Store(home, bundled=[pack]) as store:
        store.create_note("Before")
    conn = sqlite3.connect(home.user_db)
    assert "m004_briefs" in applied(conn)
    conn.close()


def test_a_removed_item_restored_from_a_revision_has_its_snapshot_again(atlas):
    brief = atlas.create_brief("Restored")
    note = atlas.create_note("Words that will be gone", title="Soon gone")
    brief, item = atlas.add_to_brief(brief.id, "note", note.id)
    atlas.remove_from_brief(brief.id, item.id)
    atlas.delete_note(note.id)
    atlas.purge_note(note.id)
    [restored] = atlas.restore_brief_revision(brief.id, 2).items
    shown = atlas.brief(brief.id).items[0]
    assert (restored.id, restored.title, shown.detached) == (item.id, "Soon gone", True)
    assert atlas.brief_document(brief.id).sections[0].text == "Words that will be gone"


def test_revisions_name_items_without_copying_their_text(atlas):
    brief = full_brief(atlas)
    stored = atlas.user_connection().execute("SELECT content FROM brief_revisions WHERE brief_id=? ORDER BY id DESC LIMIT 1",
                                             (brief.id,)).fetchone()[0]
    assert "Alpha is a bilateral arrangement" not in stored and '"title": "Alpha partnership"' in stored


def test_an_item_already_in_the_brief_is_not_added_twice(atlas):
    brief = atlas.create_brief("Once each")
    atlas.add_to_brief(brief.id, "entry", "alpha")
    with pytest.raises(AtlasError, match=r"“Alpha partnership” is already in this brief \(item 1\)"):
        atlas.add_to_brief(brief.id, "entry", "test-pack/alpha")
    assert len(atlas.brief(brief.id).items) == 1


def test_markdown_keeps_titles_as_typed_and_notes_headings_inside_their_item(atlas):
    brief = atlas.create_brief("<b>Budget</b> *2027*", introduction="# Aims\n\nTwo.")
    note = atlas.create_note("# My heading\n\nText.\n\n```\n# not a heading\n```", title="A [note]")
    atlas.add_to_brief(brief.id, "note", note.id)
    text = atlas.brief_markdown(brief.id)
    assert text.startswith("# \\<b\\>Budget\\</b\\> \\*2027\\*\n") and "## 1. A \\[note\\]" in text
    assert "### Aims" in text and "### My heading" in text and "```\n# not a heading\n```" in text


def test_a_summary_that_repeats_the_text_is_said_once(atlas):
    brief = atlas.create_brief("Questions")
    atlas.add_to_brief(brief.id, "entry", "q1")
    [section] = atlas.brief_document(brief.id).sections
    assert section.text == "Why organisations partner." and section.summary == ""
