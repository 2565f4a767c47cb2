"""Malformed packs: each problem is reported with its file, line, field and what is wrong.

Every test starts from the factory's valid pack and breaks exactly the thing it is about.
"""
from __future__ import annotations

import copy
import json
import os
import zipfile
from pathlib import Path

import pytest

from db.errors import PackError
from db.files.resources import CONTENT_DIR
from db.packs.loader import load_pack, validate_pack
from tests.packfactory import ENTRIES, PackFactory, tree

DROP = object()  # marks a field to delete in `edit_entry`


# -- helpers ----------------------------------------------------------------------------------
def problems_of(location: Path) -> list:
    """The problems of an invalid pack; load_pack and validate_pack must agree on them."""
    with pytest.raises(PackError) as raised:
        load_pack(location)
    assert raised.value.problems, "PackError without problems"
    assert validate_pack(location) == raised.value.problems
    return raised.value.problems


def the_problem(problems: list, file: str, field: str | None = None):
    """The single problem reported for `file` (and `field`, when given)."""
    found = [p for p in problems if p.file == file and (field is None or p.field == field)]
    assert len(found) == 1, f"expected one problem for {file} {field}, got: {problems}"
    return found[0]


def edit_entry(folder: Path, relative: str, **changes) -> Path:
    """Rewrite a factory entry with some fields changed (DROP removes a field)."""
    fields, body = copy.deepcopy(ENTRIES[relative])
    for name, value in changes.items():
        if value is DROP:
            del fields[name]
        else:
            fields[name] = value
    return PackFactory.set_entry(folder, relative, fields, body)


def line_of(path: Path, start: str) -> int:
    """1-based number of the only line of `path` that starts with `start`."""
    numbers = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start)]
    assert len(numbers) == 1, f"{start!r} found on lines {numbers} of {path}"
    return numbers[0]


def zip_pack(folder: Path, archive: Path, *, root: str = "", extra=None) -> Path:
    """Zip the pack folder (optionally under a `root/` folder), then let `extra(zip)` add members."""
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as handle:
        for relative, data in tree(folder).items():
            handle.writestr(root + relative, data)
        if extra is not None:
            extra(handle)
    return archive


@pytest.fixture
def folder(packs) -> Path:
    return packs.write()


# -- valid packs --------------------------------------------------------------------------------
def test_factory_pack_is_valid(folder):
    assert validate_pack(folder) == []
    pack = load_pack(folder)
    assert pack.id == "test-pack" and pack.version == "1.0.0"
    assert {e.id for e in pack.entries} == {fields["id"] for fields, _ in ENTRIES.values()}


def test_bundled_pack_is_valid():
    location = CONTENT_DIR / "working-in-partnership"
    assert (location / "pack.yaml").is_file()
    assert validate_pack(location) == []
    assert len(load_pack(location).entries) > 0


@pytest.mark.parametrize("root", ["", "test-pack/"])
def test_zipped_pack_is_valid_with_or_without_its_folder(folder, tmp_path, root):
    archive = zip_pack(folder, tmp_path / "pack.atlaspack", root=root)
    assert validate_pack(archive) == []
    assert load_pack(archive).fingerprint == load_pack(folder).fingerprint


def test_finder_metadata_in_a_zip_is_ignored(folder, tmp_path):
    def finder(handle: zipfile.ZipFile) -> None:
        handle.writestr("__MACOSX/test-pack/._pack.yaml", b"\x00\x05\x16\x07")
        handle.writestr("test-pack/.DS_Store", b"\x00\x00\x00\x01Bud1")

    archive = zip_pack(folder, tmp_path / "finder.zip", root="test-pack/", extra=finder)
    assert validate_pack(archive) == []


def test_entries_outside_the_entry_folders_are_reported(folder):
    PackFactory.set_entry(folder, "lesson/typo.md", {"id": "typo", "title": "Typo"})
    PackFactory.set_entry(folder, "lessons/sub/nested.md", {"id": "nested", "title": "Nested"})
    (folder / "README.md").write_text("A pack readme is allowed.", encoding="utf-8")
    problems = problems_of(folder)
    assert "did you mean lessons" in the_problem(problems, "lesson/typo.md").message
    assert "sub-folder" in the_problem(problems, "lessons/sub/nested.md").message
    assert len(problems) == 2


# -- YAML and text --------------------------------------------------------------------------------
def test_bad_yaml_in_pack_yaml_reports_its_line(folder):
    (folder / "pack.yaml").write_text("id: test-pack\ntitle: a: b\nversion: 1.0.0\nlanguage: en\n", encoding="utf-8")
    problem = the_problem(problems_of(folder), "pack.yaml")
    assert "YAML syntax error" in problem.message
    assert problem.line == 2


def test_bad_yaml_in_front_matter_reports_its_line(folder):
    (folder / "themes" / "trust.md").write_text("---\nid: trust\ntitle: a: b\n---\nTrust.\n", encoding="utf-8")
    problem = the_problem(problems_of(folder), "themes/trust.md")
    assert "YAML syntax error" in problem.message
    assert problem.line == 3


@pytest.mark.parametrize("relative, data, line", [
    ("themes/trust.md", b"---\nid: trust\ntitle: caf\xe9\n---\nTrust.\n", 3),
    ("pack.yaml", b"id: test-pack\ntitle: Caf\xe9 pack\n", 2),
])
def test_non_utf8_file_is_named(folder, relative, data, line):
    (folder / relative).write_bytes(data)
    problem = the_problem(problems_of(folder), relative)
    assert "not UTF-8" in problem.message and "0xe9" in problem.message
    assert problem.line == line


# -- fields ---------------------------------------------------------------------------------------
def test_missing_required_field_names_field_and_line(folder):
    edit_entry(folder, "lessons/keep-trust.md", statement=DROP)
    problem = the_problem(problems_of(folder), "lessons/keep-trust.md")
    assert problem.field == "statement"
    assert "required field is missing" in problem.message and "lesson" in problem.message
    assert problem.line == 2  # the front matter, since the field itself is absent


def test_unknown_field_suggests_the_close_name(folder):
    path = edit_entry(folder, "lessons/keep-trust.md", statment="Typo of statement.")
    problem = the_problem(problems_of(folder), "lessons/keep-trust.md")
    assert problem.field == "statment"
    assert "unknown field" in problem.message and "did you mean statement?" in problem.message
    assert problem.line == line_of(path, "statment:")


def test_unknown_pack_yaml_field_suggests_the_close_name(packs):
    folder = packs.write(pack={"licence": "CC-BY-4.0"})
    problem = the_problem(problems_of(folder), "pack.yaml")
    assert problem.field == "licence" and "did you mean license?" in problem.message
    assert problem.line == line_of(folder / "pack.yaml", "licence:")


def test_two_part_version_keeps_its_digits(packs):
    """`version: 1.10` is YAML for the float 1.1; it must not silently become version 1.1."""
    folder = packs.write(pack={"version": "1.10"})
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert "version: '1.10'\n" in text
    (folder / "pack.yaml").write_text(text.replace("version: '1.10'", "version: 1.10"), encoding="utf-8")
    problems = validate_pack(folder)
    if problems:  # refusing the ambiguous value is as good as keeping it
        the_problem(problems, "pack.yaml", "version")
    else:
        assert load_pack(folder).version == "1.10"


# -- ids and links --------------------------------------------------------------------------------
def test_duplicate_id_across_two_files(folder):
    PackFactory.set_entry(folder, "actors/trust.md", {"id": "trust", "title": "Trust Inc.", "actor_type": "company"})
    problems = problems_of(folder)
    duplicates = [p for p in problems if "duplicate id" in p.message]
    assert len(duplicates) == 1, problems
    assert duplicates[0].field == "id"
    assert "'trust'" in duplicates[0].message
    named = {duplicates[0].file} | {f for f in ("actors/trust.md", "themes/trust.md") if f in duplicates[0].message}
    assert named == {"actors/trust.md", "themes/trust.md"}


def test_id_not_matching_file_name(folder):
    PackFactory.set_entry(folder, "themes/openness.md", {"id": "openness-theme", "title": "Openness"})
    problem = the_problem(problems_of(folder), "themes/openness.md")
    assert problem.field == "id"
    assert "does not match the file name" in problem.message and "openness-theme.md" in problem.message


def test_id_problems_point_at_the_line_of_the_id(folder):
    """Front matter need not start with `id`; the reported line must still be the id's line."""
    trust = PackFactory.set_entry(folder, "themes/trust.md", {"title": "Trust", "id": "trust"})
    PackFactory.set_entry(folder, "actors/trust.md", {"id": "trust", "title": "Trust Inc.", "actor_type": "company"})
    renamed = PackFactory.set_entry(folder, "themes/openness.md", {"title": "Openness", "id": "openness-theme"})
    problems = problems_of(folder)
    duplicate = next(p for p in problems if "duplicate id" in p.message)
    expected = {"themes/trust.md": line_of(trust, "id:"), "actors/trust.md": 2}
    assert duplicate.line == expected[duplicate.file]
    assert the_problem(problems, "themes/openness.md", "id").line == line_of(renamed, "id:") == 3


def test_link_to_missing_entry_names_it(folder):
    path = edit_entry(folder, "lessons/keep-trust.md", themes=["nope"])
    problem = the_problem(problems_of(folder), "lessons/keep-trust.md")
    assert problem.field == "themes.0"
    assert "'nope'" in problem.message and "no theme has that id" in problem.message
    assert problem.line == line_of(path, "- nope")


def test_link_to_entry_of_wrong_kind(folder):
    edit_entry(folder, "lessons/keep-trust.md", themes=["alpha"])
    problem = the_problem(problems_of(folder), "lessons/keep-trust.md")
    assert problem.field == "themes.0"
    assert problem.message == "'alpha' is a model, not a theme"


# -- model attributes ----------------------------------------------------------------------------
def alpha_attributes(**changes) -> dict:
    attributes = copy.deepcopy(ENTRIES["models/alpha.md"][0]["attributes"])
    for key, value in changes.items():
        if value is DROP:
            del attributes[key]
        else:
            attributes[key] = value
    return attributes


def test_undeclared_attribute_on_a_model(folder):
    path = edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(fundng={"not_documented": True}))
    problem = the_problem(problems_of(folder), "models/alpha.md")
    assert problem.field == "attributes.fundng"
    assert "'fundng' is not declared in pack.yaml" in problem.message and "did you mean funding?" in problem.message
    assert problem.line == line_of(path, "  fundng:")


def test_declared_attribute_missing_on_a_model(folder):
    path = edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(start_year=DROP))
    problem = the_problem(problems_of(folder), "models/alpha.md")
    assert problem.field == "attributes"
    assert "no value for declared attribute 'start_year'" in problem.message
    assert problem.line == line_of(path, "attributes:")


def test_attribute_value_without_sources(folder):
    path = edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(funding={"value": "Unearmarked grant"}))
    problem = the_problem(problems_of(folder), "models/alpha.md")
    assert problem.field == "attributes.funding.sources"
    assert "citations" in problem.message
    assert problem.line == line_of(path, "  funding:")


def test_year_attribute_compared_on_words(folder):
    year = {"value": "In 2001", "compare": "two thousand one", "sources": [{"source": "src-a", "locator": "p. 2"}]}
    path = edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(start_year=year))
    problem = the_problem(problems_of(folder), "models/alpha.md")
    assert problem.field == "attributes.start_year.compare"
    assert problem.message.startswith("must be a year such as 1999, or one of about, by, before, after before it")
    assert problem.line == line_of(path, "    compare: two thousand one")


def test_year_given_as_a_number_out_of_range(folder):
    year = {"value": 201, "sources": [{"source": "src-a", "locator": "p. 2"}]}
    edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(start_year=year))
    problem = the_problem(problems_of(folder), "models/alpha.md")
    assert (problem.field, problem.message) == ("attributes.start_year.value", "must be a year such as 1999")


# -- all at once ----------------------------------------------------------------------------------
def test_problems_in_several_files_are_all_reported(packs):
    folder = packs.write(pack={"licence": "CC-BY-4.0"})
    edit_entry(folder, "sources/src-a.md", relation="secondary")
    edit_entry(folder, "actors/donor.md", actor_type=DROP)
    edit_entry(folder, "lessons/keep-trust.md", year="2001")
    edit_entry(folder, "questions/q1.md", number="one")
    problems = problems_of(folder)
    assert len(problems) == 5, problems
    assert [(p.file, p.field) for p in sorted(problems, key=lambda p: p.file)] == [
        ("actors/donor.md", "actor_type"),
        ("lessons/keep-trust.md", "year"),
        ("pack.yaml", "licence"),
        ("questions/q1.md", "number"),
        ("sources/src-a.md", "relation"),
    ]
    assert all(p.line is not None for p in problems)


# -- archives -------------------------------------------------------------------------------------
def symlink_member(handle: zipfile.ZipFile) -> None:
    info = zipfile.ZipInfo("themes/link.md")
    info.external_attr = 0o120777 << 16
    handle.writestr(info, "/etc/passwd")


UNSAFE_MEMBERS = {
    "parent path": ("../evil.md", lambda z: z.writestr("../evil.md", "---\nid: evil\n---\n"), "leaves the pack folder"),
    "absolute path": ("/etc/x.md", lambda z: z.writestr("/etc/x.md", "---\nid: x\n---\n"), "absolute path"),
    "symlink": ("themes/link.md", symlink_member, "symbolic link"),
    "oversized member": ("lessons/bomb.md", lambda z: z.writestr("lessons/bomb.md", bytes(20 * 1024**2)), "of 20971520 bytes; at most"),
    "high ratio": ("lessons/bomb.md", lambda z: z.writestr("lessons/bomb.md", bytes(8 * 1024**2)), "zip bomb"),
}


@pytest.mark.parametrize("case", UNSAFE_MEMBERS)
def test_unsafe_archive_is_refused_without_writing(folder, tmp_path, case):
    member, add, wanted = UNSAFE_MEMBERS[case]
    archive = zip_pack(folder, tmp_path / "bad.atlaspack", extra=add)
    before, cwd_before = tree(tmp_path), sorted(os.listdir())
    problems = problems_of(archive)
    assert len(problems) == 1, problems
    assert problems[0].file == member and wanted in problems[0].message
    assert tree(tmp_path) == before
    assert sorted(os.listdir()) == cwd_before
    assert not (tmp_path / "evil.md").exists() and not (tmp_path.parent / "evil.md").exists()


def test_file_that_is_not_a_zip(tmp_path):
    bogus = tmp_path / "notes.atlaspack"
    bogus.write_bytes(b"This is plain text, not an archive.\n")
    problem = the_problem(problems_of(bogus), "notes.atlaspack")
    assert "not a pack archive" in problem.message


def test_missing_location(tmp_path):
    problem = problems_of(tmp_path / "nowhere")[0]
    assert "no such file or folder" in problem.message


def test_json_front_matter_is_read_and_bad_json_is_read_as_yaml(folder):
    lesson = folder / "lessons" / "keep-trust.md"
    fields, body = ENTRIES["lessons/keep-trust.md"]
    lesson.write_text("---\n" + json.dumps(fields, ensure_ascii=False) + "\n---\n" + body + "\n", encoding="utf-8")
    assert load_pack(folder).entry("keep-trust").fields["statement"] == fields["statement"]
    lesson.write_text('---\n{"id": "keep-trust", "title": "T", "type": [unclosed\n---\nBody\n', encoding="utf-8")
    problem = the_problem(problems_of(folder), "lessons/keep-trust.md")
    assert "YAML syntax error" in problem.message and problem.line in (2, 3)  # where YAML notices the unclosed list
