"""Highlights made on version 1.0.0 of the bundled pack survive its update to 1.1.0: on every passage
the update reworded, each highlight is found again or kept and marked "passage not found", never lost.

`python -m tests.db.test_pack_update_keeps_highlights` prints the figures for BENCHMARKS.md."""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from db import AtlasPaths, Store
from db.files.resources import CONTENT_DIR
from db.packs.loader import load_pack
from db.user.anchoring import locate, passage_text
from db.user.notes import Target

OLD = Path(__file__).parents[1] / "fixtures" / "packs" / "working-in-partnership-1.0.0.atlaspack"
NEW = CONTENT_DIR / "working-in-partnership"
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
MIN_WORDS = 5


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return []


def reworded_passages() -> list[tuple[str, str]]:
    """(entry id, sentence) for every sentence of 1.0.0, in a field or the body, that 1.1.0 no longer has word for word."""
    old, new = load_pack(OLD), load_pack(NEW)
    found = []
    for entry in old.entries:
        after = new.entry(entry.id)
        now = passage_text(after.title, after.body, after.fields) if after else ""
        for text in [*_texts(entry.fields), *entry.body.split("\n\n")]:
            for sentence in SENTENCE_END.split(" ".join(text.split())):
                if len(sentence.split()) >= MIN_WORDS and sentence not in now:
                    found.append((entry.id, sentence))
    return found


def highlight_then_update(home: AtlasPaths) -> tuple[list, list, dict[str, str]]:
    """Highlight every reworded passage on 1.0.0, update to 1.1.0: (notes before, notes after, new texts by uid)."""
    passages = reworded_passages()
    with Store(home, bundled=[]) as store:
        store.import_pack(OLD)
        for entry_id, sentence in passages:
            uid = f"working-in-partnership/{entry_id}"
            quote = store.passage_quote(uid, sentence)
            store.create_note(f"On: {sentence[:40]}", target=Target.passage(uid, quote.exact, quote.prefix, quote.suffix))
        before = store.notes()
        assert store.import_pack(NEW).action == "updated"
        after = store.notes()
        texts = {note.target.ref: passage_text(*_entry_parts(store, note.target.ref)) for note in after}
    return before, after, texts


def _entry_parts(store: Store, uid: str) -> tuple:
    entry = store.entry(uid)
    return entry.title, entry.markdown, entry.fields


def test_every_highlight_on_a_reworded_passage_is_found_again_or_marked(home):
    before, after, texts = highlight_then_update(home)
    assert len(before) >= 30, "the update rewords passages across the pack"
    assert [(n.id, n.target.quote) for n in after] == [(n.id, n.target.quote) for n in before], "no note or quote lost"
    assert not any(note.detached for note in after), "every entry is still there"
    for note in after:
        assert note.unanchored == (locate(texts[note.target.ref], note.target.quote) is None), note.target.quote.exact
    found = [note for note in after if not note.unanchored]
    assert found and len(found) < len(after), "some reworded passages are found by their surroundings, some not"


def test_the_update_says_how_many_highlights_it_found(home):
    _, after, _ = highlight_then_update(home)
    with Store(home, bundled=[]) as store:
        found, lost = store.highlights_on("working-in-partnership")
    assert (found, lost) == (sum(not n.unanchored for n in after), sum(n.unanchored for n in after))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        _, notes, _ = highlight_then_update(AtlasPaths.under(Path(folder)))
    kept = sum(not note.unanchored for note in notes)
    print(f"{len(notes)} highlights on passages that 1.1.0 reworded: {kept} found again ({kept / len(notes):.0%}), "
          f"{len(notes) - kept} kept and marked 'passage not found', 0 lost", file=sys.stdout)
