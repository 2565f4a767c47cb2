"""Mistakes a new user makes get one clear line and exit code 2, never a traceback."""
from __future__ import annotations

import json

import pytest

from tests.cli.runner import run

COMPARE = ("compare", "dfid-ifrc", "dfid-icrc")


def one_line_error(code, out, err) -> str:
    assert code == 2 and out == "", (code, out, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("limit", ["99999999999999999999", "0", "-3", "1001", "ten"])
def test_limit_is_a_number_from_1_to_1000(home, capsys, limit):
    err = one_line_error(*run(capsys, "search", "independence", "--limit", limit))
    assert "--limit" in err and "1 to 1000" in err


def test_the_largest_limit_works(home, capsys):
    code, out, _ = run(capsys, "search", "independence", "--limit", "1000", "--json")
    assert code == 0 and json.loads(out)["hits"]


@pytest.mark.parametrize("argv, expected", [
    ((*COMPARE, "-o", "{tmp}/nonexistent/dir/x.md"), "cannot write {tmp}/nonexistent/dir/x.md: the folder {tmp}/nonexistent/dir does not exist"),
    ((*COMPARE, "-o", "{tmp}/folder"), "cannot write {tmp}/folder: it is a folder"),
    ((*COMPARE, "-o", ""), "the output path is empty"),
    (("notes", "export", "--format", "w3c", "-o", "{tmp}/nonexistent/x.jsonld"), "the folder {tmp}/nonexistent does not exist"),
    (("notes", "export", "--format", "w3c", "-o", "{tmp}/folder"), "cannot write {tmp}/folder: it is a folder"),
    (("notes", "export", "--format", "markdown", "-o", "{tmp}/file.txt"), "cannot write into {tmp}/file.txt: it is a file, not a folder"),
    (("pack", "build", "{tmp}/folder", "-o", "{tmp}/folder"), "cannot write {tmp}/folder: it is a folder"),
])
def test_output_paths_are_checked_before_writing(home, capsys, tmp_path, argv, expected):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("keep me", encoding="utf-8")
    err = one_line_error(*run(capsys, *(arg.format(tmp=tmp_path) for arg in argv)))
    assert expected.format(tmp=tmp_path) in err
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "keep me"
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"file.txt", "folder"}, "nothing was written"
    assert not any((tmp_path / "folder").iterdir())


def test_a_file_system_refusal_is_reported_with_its_path(home, capsys, tmp_path):
    (tmp_path / "file.txt").write_text("keep me", encoding="utf-8")
    err = one_line_error(*run(capsys, "notes", "export", "-o", tmp_path / "file.txt" / "notes"))
    assert f"{tmp_path / 'file.txt'}" in err and "Not a directory" in err


def test_compare_dash_prints_and_a_suffix_chooses_the_format(home, capsys, tmp_path):
    code, out, _ = run(capsys, *COMPARE, "-o", "-")
    assert code == 0 and out.lstrip().startswith("Attribute") and not (tmp_path / "-").exists()
    for suffix, check in ((".md", lambda t: t.startswith("# Comparison:")), (".csv", lambda t: t.startswith("\ufeffgroup,attribute_key")),
                          (".json", lambda t: json.loads(t)["models"]), (".txt", lambda t: t.lstrip().startswith("Attribute"))):
        target = tmp_path / f"brief{suffix}"
        code, out, _ = run(capsys, *COMPARE, "-o", target)
        assert code == 0 and check(target.read_text(encoding="utf-8")), suffix
    code, _, _ = run(capsys, *COMPARE, "-o", tmp_path / "plain", "--format", "csv")
    assert (tmp_path / "plain").read_text(encoding="utf-8-sig").startswith("group,"), "a name without a suffix takes --format"


def test_compare_never_writes_under_a_name_that_says_another_format(home, capsys, tmp_path):
    err = one_line_error(*run(capsys, *COMPARE, "-o", tmp_path / "forced.md", "--format", "csv"))
    assert "cannot write" in err and "its name says Markdown" in err and not (tmp_path / "forced.md").exists()


@pytest.mark.parametrize("argv, name, writes", [
    (COMPARE, "brief.pdf", "Export as PDF… in the window"),
    (COMPARE, "brief.docx", "Markdown (.md)"),
    (COMPARE, "brief.PDF", "text (.txt)"),
    (("notes", "export", "--format", "w3c"), "notes.pdf", "JSON-LD (.jsonld)"),
    (("pack", "build", "resources/content/working-in-partnership"), "pack.tar", "content pack (.atlaspack)"),
])
def test_a_suffix_the_command_cannot_write_is_refused_with_what_it_can(home, capsys, tmp_path, argv, name, writes):
    err = one_line_error(*run(capsys, *argv, "-o", tmp_path / name))
    assert f"cannot write {tmp_path / name}: this command does not write" in err and writes in err
    assert not (tmp_path / name).exists()


def test_an_import_report_is_csv_only(home, capsys, tmp_path):
    sheet = tmp_path / "lessons.csv"
    sheet.write_text("Title,Lesson\nA,Something learned\n", encoding="utf-8")
    err = one_line_error(*run(capsys, "import-lessons", sheet, "--report", tmp_path / "report.xlsx"))
    assert "this command does not write .xlsx files; it writes CSV (.csv)" in err and not (tmp_path / "report.xlsx").exists()


def test_wording_goes_with_only_differences(home, capsys):
    err = one_line_error(*run(capsys, *COMPARE, "--wording"))
    assert "--wording goes with --only-differences" in err


@pytest.mark.parametrize("option, wanted, first", [("--theme", "independance", "independence"), ("--model", "dfid", "dfid-i"),
                                                   ("--pack", "nosuch", "working-in-partnership")])
def test_unknown_option_values_list_the_valid_ones_closest_first(home, capsys, option, wanted, first):
    err = one_line_error(*run(capsys, "search", "x", option, wanted))
    assert f"there is no '{wanted}'" in err
    assert err.split("closest first): ", 1)[1].startswith(first)


def test_option_values_may_be_titles(home, capsys):
    code, out, _ = run(capsys, "search", "partnership", "--theme", "Independence of Movement organisations", "--json")
    assert code == 0 and json.loads(out)["hits"]


def test_list_of_an_unknown_pack_lists_the_packs(home, capsys):
    err = one_line_error(*run(capsys, "list", "--pack", "nosuch"))
    assert "working-in-partnership" in err


def test_a_query_filter_and_an_option_must_both_hold(home, capsys):
    code, out, _ = run(capsys, "search", "independence kind:model", "--kind", "lesson", "--json")
    assert code == 0 and json.loads(out)["hits"] == []
    code, out, _ = run(capsys, "search", "independence kind:models", "--kind", "model", "--json")
    assert {hit["kind"] for hit in json.loads(out)["hits"]} == {"model"}


def test_a_damaged_notes_file_does_not_lock_anyone_out_of_the_content(home, capsys):
    assert run(capsys, "notes", "add", "Before the damage")[0] == 0
    damaged = b"garbage" * 500
    home.user_db.write_bytes(damaged)
    for argv in (("list",), ("show", "dfid-ifrc"), COMPARE):
        code, out, err = run(capsys, *argv)
        assert code == 0 and out and err == "", argv
    code, out, err = run(capsys, "search", "independence")
    assert code == 0 and "[theme]" in out
    assert err.count(f"notes could not be read from {home.user_db}") == 1 and "doctor" in err
    err = one_line_error(*run(capsys, "notes", "list"))
    [moved] = home.data_dir.glob("user.sqlite.damaged-*")
    assert str(home.user_db) in err and f"moved, unchanged, to {moved}" in err
    assert moved.read_bytes() == damaged
    assert run(capsys, "notes", "add", "More")[0] == 0, "the next command starts a new notes file"
