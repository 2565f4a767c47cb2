"""The notes subcommands: refusals that protect the user, passages, ids, trash and revisions."""
from __future__ import annotations

import io
import json

import pytest

from db import Store
from tests.cli.runner import run


def add(capsys, *argv) -> str:
    code, out, err = run(capsys, "notes", "add", *argv)
    assert code == 0, err
    return out.split()[-1]


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_a_note_needs_some_text(home, capsys, text):
    code, _, err = run(capsys, "notes", "add", text)
    assert code == 2 and "a note needs some text" in err


def test_empty_standard_input_is_refused(home, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "notes", "add", "-")
    assert code == 2 and "a note needs some text" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("From a pipe\n"))
    assert run(capsys, "notes", "add", "-")[0] == 0


@pytest.mark.parametrize("argv, message", [
    (("x", "--prefix", "before"), "--prefix and --suffix go with --passage"),
    (("x", "--suffix", "after"), "--prefix and --suffix go with --passage"),
    (("x", "--passage", "none of them"), "--passage needs --entry"),
    (("x", "--entry", "no-single-model", "--passage", "nowhere in this entry"), "is not in No single partnership model"),
    (("x", "--comparison", "Nope"), "No saved comparison 'Nope'"),
])
def test_attachments_are_checked(home, capsys, argv, message):
    code, _, err = run(capsys, "notes", "add", *argv)
    assert code == 2 and message in err
    if home.user_db.exists():
        with Store(home) as store:
            assert store.notes() == [], "nothing was saved"


def test_a_passage_takes_its_context_from_the_entry(home, capsys):
    note_id = add(capsys, "", "--entry", "no-single-model", "--passage", "None of them")
    quote = json.loads(run(capsys, "notes", "show", note_id, "--json")[1])["quote"]
    assert quote == {"exact": "none of them", "prefix": " compared them, participants concluded that "[-32:],
                     "suffix": " could serve as a template for the rest."[:32]}


def test_a_note_on_a_saved_comparison_names_it(home, capsys):
    with Store(home) as store:
        saved = store.save_comparison("Donor models", ["dfid-ifrc", "dfid-icrc"])
    note_id = add(capsys, "Compare the funding", "--comparison", "donor models")
    out = run(capsys, "notes", "show", note_id, "--json")[1]
    assert json.loads(out)["target"] == saved.id
    assert "— on saved comparison 'Donor models'" in run(capsys, "notes", "list")[1]


def test_a_prefix_of_several_notes_asks_for_more(home, capsys):
    ids = [add(capsys, f"Note {i}") for i in range(17)]
    shared = next(first for first in "0123456789abcdef" if sum(i.startswith(first) for i in ids) > 1)
    code, _, err = run(capsys, "notes", "show", shared)
    count = sum(i.startswith(shared) for i in ids)
    assert code == 2 and f"'{shared}' matches {count} notes; give more characters" in err


def test_trash_mistakes_are_explained(home, capsys):
    note_id = add(capsys, "Keep me")
    code, _, err = run(capsys, "notes", "restore", note_id)
    assert code == 2 and "is not in the trash" in err
    assert run(capsys, "notes", "delete", note_id[:8])[0] == 0
    code, _, err = run(capsys, "notes", "delete", note_id)
    assert code == 2 and "already in the trash" in err
    code, out, _ = run(capsys, "notes", "purge", note_id[:8])
    assert code == 0 and out.strip() == f"Deleted note {note_id} for good"


def test_edit_without_a_change_is_refused(home, capsys):
    note_id = add(capsys, "Text")
    code, _, err = run(capsys, "notes", "edit", note_id)
    assert code == 2 and "nothing to change" in err
    code, _, err = run(capsys, "notes", "edit", note_id, "--text", " ")
    assert code == 2 and "a note needs some text" in err


def test_revisions_are_numbered_and_say_what_changed(home, capsys):
    note_id = add(capsys, "First text", "--tag", "a")
    run(capsys, "notes", "edit", note_id, "--title", "Budget")
    run(capsys, "notes", "edit", note_id, "--tag", "b", "--tag", "c")
    run(capsys, "notes", "edit", note_id, "--text", "Second text")
    lines = run(capsys, "notes", "revisions", note_id)[1].splitlines()
    assert [line.split()[0] for line in lines] == ["4", "3", "2", "1"]
    assert lines[0].endswith("text → “Second text”") and lines[1].endswith("tags → b, c")
    assert lines[2].endswith("title → “Budget”") and lines[3].endswith("created: “First text”")
    code, out, _ = run(capsys, "notes", "restore-revision", note_id, "1")
    assert code == 0 and out.startswith(f"Restored revision 1 of note {note_id}")
    assert json.loads(run(capsys, "notes", "show", note_id, "--json")[1])["body"] == "First text"
    code, _, err = run(capsys, "notes", "restore-revision", note_id, "9")
    assert code == 2 and "revisions 1 to 5; there is no revision 9" in err


def test_tags_are_found_without_accents(home, capsys):
    note_id = add(capsys, "Cyclone season", "--tag", "Réunion")
    out = run(capsys, "notes", "list", "--tag", "reunion")[1]
    assert note_id[:8] in out and "#Réunion" in out
    assert note_id[:8] in run(capsys, "search", "tag:reunion")[1]
