"""Notes: attach, edit with revisions, trash and restore, tags, exports."""
from __future__ import annotations

import json

import pytest
import yaml

from db import AtlasError, NotFoundError, Target, UnknownIdError
from db.user.exports import ANNOTATION_CONTEXT


def test_create_edit_keeps_every_revision(store):
    note = store.create_note("First draft", title="Meeting prep", tags=["donor", "Donor", " meeting "])
    assert note.tags == ("donor", "meeting")
    store.update_note(note.id, body="Second draft")
    edited = store.update_note(note.id, body="Third draft", tags=["final"])
    assert store.note(note.id).body == "Third draft" and edited.tags == ("final",)
    revisions = store.note_revisions(note.id)
    assert [r.body for r in revisions] == ["Third draft", "Second draft", "First draft"]
    restored = store.restore_note_revision(note.id, revisions[-1].id)
    assert restored.body == "First draft" and restored.tags == ("donor", "meeting")
    assert len(store.note_revisions(note.id)) == 4, "restoring is itself a new revision; nothing is lost"


def test_saving_identical_content_adds_no_revision(store):
    note = store.create_note("Same")
    store.update_note(note.id, body="Same")
    assert len(store.note_revisions(note.id)) == 1


def test_trash_restore_and_purge(store):
    note = store.create_note("Temporary thought")
    store.delete_note(note.id)
    assert note.id not in [n.id for n in store.notes()]
    assert [n.id for n in store.notes(trashed=True)] == [note.id]
    with pytest.raises(NotFoundError, match="trash"):
        store.note(note.id)
    store.restore_note(note.id)
    assert store.note(note.id).body == "Temporary thought"
    with pytest.raises(AtlasError, match="trash"):
        store.purge_note(note.id)
    store.delete_note(note.id)
    store.purge_note(note.id)
    with pytest.raises(NotFoundError):
        store.note(note.id, include_deleted=True)
    assert store.search("Temporary").hits == []


def test_attach_to_entry_passage_comparison_or_nothing(store):
    on_entry = store.create_note("On the model", target=Target.entry("dfid-ifrc"))
    assert on_entry.target.ref == "working-in-partnership/dfid-ifrc", "a bare id is stored as the stable uid"
    passage = store.create_note("", target=Target.passage("no-single-model", "none of them", "Having compared them, participants concluded that ", " could serve"))
    assert passage.target.quote.exact == "none of them"
    cell = store.create_note("Check this figure", target=Target.comparison("cmp-1", {"model": "working-in-partnership/dfid-ifrc", "attribute": "funding_scale"}))
    assert store.note(cell.id).target.cell == {"model": "working-in-partnership/dfid-ifrc", "attribute": "funding_scale"}
    loose = store.create_note("Just a thought")
    assert loose.target.kind == "none"
    assert [n.id for n in store.notes(target="working-in-partnership/dfid-ifrc")] == [on_entry.id]
    with pytest.raises(UnknownIdError):
        store.create_note("x", target=Target.entry("no-such-entry"))
    with pytest.raises(AtlasError, match="exact text"):
        store.create_note("x", target=Target.passage("dfid-ifrc", "  "))


def test_tags_are_counted_and_filter_notes(store):
    store.create_note("a", tags=["budget"])
    store.create_note("b", tags=["budget", "dsg"])
    trashed = store.create_note("c", tags=["dsg"])
    store.delete_note(trashed.id)
    assert store.note_tags() == [("budget", 2), ("dsg", 1)]
    assert {n.body for n in store.notes(tag="BUDGET")} == {"a", "b"}


def test_markdown_export_has_front_matter_per_note(store, tmp_path):
    first = store.create_note("# Heading\n\nText with *emphasis*", tags=["x"], target=Target.entry("dfid-ifrc"))
    store.create_note("Passage note", target=Target.passage("dfid-ifrc", "multi-year"))
    written = store.export_notes_markdown(tmp_path / "out")
    assert len(written) == 2
    text = next(p for p in written if first.id[:8] in p.name).read_text(encoding="utf-8")
    _, header, body = text.split("---\n", 2)
    meta = yaml.safe_load(header)
    assert meta["id"] == first.id and meta["tags"] == ["x"] and meta["target"]["ref"] == "working-in-partnership/dfid-ifrc"
    assert body.strip() == "# Heading\n\nText with *emphasis*"


def test_w3c_export_is_a_web_annotation_collection(store):
    store.create_note("Comment", target=Target.entry("dfid-ifrc"), tags=["t1"])
    store.create_note("", target=Target.passage("no-single-model", "none of them", "concluded that ", " could"))
    store.create_note("Loose")
    document = json.loads(json.dumps(store.export_notes_annotations()))
    assert document["@context"] == ANNOTATION_CONTEXT
    assert document["type"] == "AnnotationCollection" and document["total"] == 3
    items = document["first"]["items"]
    assert document["first"]["type"] == "AnnotationPage" and len(items) == 3
    for item in items:
        assert item["type"] == "Annotation"
        assert item["id"].startswith("urn:uuid:")
        assert item["target"], "every annotation has a target"
        assert all(body["type"] == "TextualBody" for body in item["body"])
    passage = next(i for i in items if isinstance(i["target"], dict))
    assert passage["motivation"] == "highlighting"
    assert passage["target"]["selector"] == {"type": "TextQuoteSelector", "exact": "none of them", "prefix": "concluded that ", "suffix": " could"}
    assert passage["target"]["source"].endswith("working-in-partnership/no-single-model")
    tagged = next(i for i in items if any(b.get("purpose") == "tagging" for b in i["body"]))
    assert {"type": "TextualBody", "value": "t1", "purpose": "tagging"} in tagged["body"]


def test_short_id_prefix_finds_a_note(store):
    note = store.create_note("Prefix lookup")
    assert store.note(note.id[:8]).id == note.id


# Terms the Web Annotation context (http://www.w3.org/ns/anno.jsonld) defines that our export
# may use, and the vocabulary values allowed for type, motivation and purpose.
ANNO_TERMS = {"@context", "id", "type", "label", "total", "first", "items", "startIndex", "motivation", "created", "modified",
              "body", "target", "source", "selector", "exact", "prefix", "suffix", "value", "format", "purpose"}
ANNO_TYPES = {"AnnotationCollection", "AnnotationPage", "Annotation", "TextualBody", "SpecificResource", "TextQuoteSelector"}
ANNO_MOTIVATIONS = {"commenting", "highlighting", "tagging", "bookmarking", "describing"}


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def test_w3c_export_uses_only_web_annotation_terms(store):
    store.create_note("Comment", title="Titled", target=Target.entry("dfid-ifrc"), tags=["t1"])
    store.create_note("", target=Target.passage("no-single-model", "none of them", "that ", " could"))
    store.create_note("Cell", target=Target.comparison("cmp-1", {"model": "working-in-partnership/dfid-ifrc", "attribute": "funding_scale"}))
    store.create_note("Loose")
    for node in _walk(store.export_notes_annotations()):
        assert set(node) <= ANNO_TERMS, set(node) - ANNO_TERMS
        if "type" in node:
            assert node["type"] in ANNO_TYPES
        for key in ("motivation", "purpose"):
            if key in node:
                assert node[key] in ANNO_MOTIVATIONS
        for key in ("id", "source"):
            if key in node:
                assert ":" in node[key] and " " not in node[key], f"{key} must be an absolute IRI: {node[key]}"
        if isinstance(node.get("target"), str):
            assert ":" in node["target"]


def test_revisions_are_numbered_from_the_oldest(store):
    note = store.create_note("One")
    store.update_note(note.id, body="Two")
    store.update_note(note.id, body="Three")
    revisions = store.note_revisions(note.id)
    assert [(r.number, r.body) for r in revisions] == [(3, "Three"), (2, "Two"), (1, "One")]
    assert store.restore_note_revision(note.id, number=1).body == "One"
    assert store.note_revisions(note.id)[0].number == 4
    with pytest.raises(NotFoundError, match="revisions 1 to 4; there is no revision 5"):
        store.restore_note_revision(note.id, number=5)


def test_a_prefix_shared_by_several_notes_is_refused(store):
    made = [store.create_note(f"n{i}") for i in range(17)]  # 17 ids over 16 hex digits: two share a first one
    by_first: dict[str, list[str]] = {}
    for note in made:
        by_first.setdefault(note.id[0], []).append(note.id)
    first, shared = next((k, v) for k, v in by_first.items() if len(v) > 1)
    with pytest.raises(AtlasError, match=f"'{first}' matches {len(shared)} notes; give more characters"):
        store.note(first)
    assert store.note(made[0].id[:8].upper()).id == made[0].id
    with pytest.raises(NotFoundError):
        store.note("%")


def test_trash_moves_are_checked(store):
    note = store.create_note("Here")
    with pytest.raises(AtlasError, match="is not in the trash"):
        store.restore_note(note.id)
    store.delete_note(note.id)
    with pytest.raises(AtlasError, match="already in the trash"):
        store.delete_note(note.id)
    assert store.purge_note(note.id[:8]).id == note.id, "purge says which note it deleted"


def test_tags_ignore_accents_and_case(store):
    first = store.create_note("a", tags=["Réunion", "reunion", "REUNION"])
    assert first.tags == ("Réunion",), "accent and case variants are one tag"
    store.create_note("b", tags=["reunion"])
    assert {n.body for n in store.notes(tag="reunion")} == {"a", "b"}
    assert {n.body for n in store.notes(tag="RÉUNION")} == {"a", "b"}
    assert [count for _, count in store.note_tags()] == [2]


def test_a_passage_is_found_in_the_entry_with_its_context(store):
    quote = store.passage_quote("no-single-model", "None of\n them")
    assert quote.exact == "none of them", "the entry's own wording, whitespace-normalised"
    assert quote.prefix == "Having compared them, participants concluded that "[-32:]
    assert quote.suffix == " could serve as a template for the rest. For"[:32]
    given = store.passage_quote("no-single-model", "none of them", prefix="that ", suffix=" could")
    assert (given.prefix, given.suffix) == ("that ", " could")
    title = store.passage_quote("no-single-model", "single partnership model")
    assert title.prefix == "No " and title.suffix.startswith(" fits every case")
    with pytest.raises(AtlasError, match="is not in No single partnership model fits every case"):
        store.passage_quote("no-single-model", "a sentence the entry never says")


def test_amended_saves_fold_into_the_newest_revision_but_never_the_first(store):
    note = store.create_note("Original")
    store.update_note(note.id, body="Original, amended", amend_revision=True)
    assert [r.body for r in store.note_revisions(note.id)] == ["Original, amended", "Original"], "the first revision stays"
    store.update_note(note.id, body="Session two, typing", amend_revision=True)
    store.update_note(note.id, body="Session two, done", amend_revision=True)
    assert [r.body for r in store.note_revisions(note.id)] == ["Session two, done", "Original"]
    store.update_note(note.id, body="Session three")
    assert [r.body for r in store.note_revisions(note.id)] == ["Session three", "Session two, done", "Original"]
    assert store.note(note.id).body == "Session three"


@pytest.mark.parametrize("body, title", [
    ("## Key **point**: the *funds*\nmore", "Key point: the funds"),
    ("\n\n- [ ] ask about [DFID](https://example.org) and `the review`", "ask about DFID and the review"),
    ("> quoted _text_ here", "quoted text here"),
    ("snake_case_name and 2 * 3 stay as written", "snake_case_name and 2 * 3 stay as written"),
    ("#\n***\n", "Untitled note"),
])
def test_a_title_from_the_body_is_plain_text(store, body, title):
    assert store.create_note(body).display_title == title


def test_a_long_first_line_is_cut_at_a_word_never_inside_emphasis(store):
    body = "The donor said the multi-year framework would be reviewed before releasing the funds. **Key point**: ask early"
    title = store.create_note(body).display_title
    assert title == "The donor said the multi-year framework would be reviewed before releasing the…"
    assert len(title) <= 80 and "*" not in title
