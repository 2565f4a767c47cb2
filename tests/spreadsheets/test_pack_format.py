"""The bulk lessons file (lessons/*.jsonl) and packs without models, as any pack author may write them."""
from __future__ import annotations

import json

import yaml

from db import Store
from db.packs.loader import load_pack, validate_pack
from tests.packfactory import PACK_YAML

LESSON = {"id": "radio-first", "title": "Radio first", "type": "lesson", "themes": ["trust"], "year": 2020, "hazard": "Cyclone",
          "date": "2020-06-03", "sources": [{"source": "src-a", "locator": "row 2"}], "body": "Radio reached more people than SMS."}


def write_lines(folder, *lines: str) -> None:
    (folder / "lessons" / "imported.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_lessons_from_a_jsonl_file_join_the_pack(packs, home):
    folder = packs.write()
    write_lines(folder, json.dumps(LESSON), "", json.dumps({**LESSON, "id": "bare", "title": "Bare", "body": "Only a body."}))
    pack = load_pack(folder)
    radio = pack.entry("radio-first")
    assert (radio.body, radio.fields["hazard"], radio.file) == ("Radio reached more people than SMS.", "Cyclone", "lessons/imported.jsonl")
    with Store(home, bundled=[folder]) as store:
        assert store.search("radio hazard:cyclone theme:trust").hits[0].uid == "test-pack/radio-first"
        assert store.counts()["lesson"] == 3


def test_each_problem_of_a_jsonl_file_is_named_with_its_line(packs):
    folder = packs.write()
    no_body = {k: v for k, v in LESSON.items() if k != "body"}
    write_lines(folder, json.dumps(LESSON), "{not json", json.dumps(["a list"]),
                json.dumps({**no_body, "id": "no-body"}),
                json.dumps({**LESSON, "id": "bad-theme", "themes": ["trusst"], "colour": "red"}),
                json.dumps({**LESSON, "title": "Again"}))
    found = {(p.line, p.field): p.message for p in validate_pack(folder) if p.file == "lessons/imported.jsonl"}
    assert found[(2, None)].startswith("not a JSON object")
    assert found[(3, None)] == "each line must be one JSON object holding a lesson's fields and its body"
    assert found[(4, None)] == 'a lesson needs a non-empty "body" in its line (its explanation)'
    assert found[(5, "colour")].startswith("unknown field for a lesson")
    assert found[(5, "themes.0")] == "links to 'trusst', but no theme has that id (did you mean trust?)"
    assert found[(6, "id")] == "duplicate id 'radio-first' (also used by lessons/imported.jsonl)"
    assert len(found) == 6


def test_jsonl_lessons_need_only_an_id_a_title_sources_and_a_body(packs):
    folder = packs.write()
    write_lines(folder, json.dumps({"id": "short", "title": "Short", "sources": [{"source": "src-a", "locator": "row 9"}], "body": "Text."}),
                json.dumps({"id": "no-source", "title": "No source", "body": "Text."}))
    assert [(p.line, p.field, p.message) for p in validate_pack(folder)] == [
        (2, "sources", "required field is missing (a lesson needs it)")]


def test_a_markdown_lesson_still_needs_every_field(packs):
    folder = packs.write()
    fields = {"id": "thin", "title": "Thin", "sources": [{"source": "src-a", "locator": "p. 1"}]}
    packs.set_entry(folder, "lessons/thin.md", fields, "Body.")
    assert {p.field for p in validate_pack(folder) if p.file == "lessons/thin.md"} == {"type", "statement", "recommendation", "themes"}


def test_a_pack_without_models_needs_no_attributes_but_one_with_models_does(packs):
    folder = packs.write()
    (folder / "pack.yaml").write_text(yaml.safe_dump({k: v for k, v in PACK_YAML.items() if k != "attributes"}), encoding="utf-8")
    [problem] = validate_pack(folder)
    assert (problem.file, problem.field) == ("pack.yaml", "attributes")
    assert "a pack with models needs the comparison attributes" in problem.message
    for model in (folder / "models").iterdir():
        model.unlink()
    lesson = folder / "lessons" / "keep-trust.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("models:\n- alpha\n", ""), encoding="utf-8")
    assert validate_pack(folder) == []
