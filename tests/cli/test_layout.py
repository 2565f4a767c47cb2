"""What the commands print: fitted to the terminal, readable, and safe to print."""
from __future__ import annotations

import argparse
import re
import time

import pytest

from db import Store, Target
from db.cli.main import build_parser
from db.cli.output import local_time
from tests.cli.runner import run


@pytest.fixture
def narrow(monkeypatch):
    monkeypatch.setenv("COLUMNS", "72")
    return 72


@pytest.fixture
def utc_plus_two(monkeypatch):
    with monkeypatch.context() as patch:
        patch.setenv("TZ", "UTC-02:00")  # POSIX spelling of two hours east of UTC
        time.tzset()
        yield
    time.tzset()  # the process's own zone again, for the tests that follow


def fits(text: str, width: int) -> bool:
    # A line may only overflow if it is one unbreakable word after its indent.
    return all(len(line) <= width or len(line.split()) == 1 for line in text.splitlines())


@pytest.mark.parametrize("entry, expected", [
    ("dfid", ["Type: Government department (donor)", "Short name: DFID"]),
    ("s5", ["Citation: International Federation", "Publisher: International Federation", "Year: 2011", "Relation: primary source"]),
    ("s1", ["URL: "]),
    ("q1-why-partner", ["Number: 1", "  Lessons:\n    - Partnership was welcomed as a fresh approach (partnership-for-a-changing-world)"]),
])
def test_show_prints_each_kinds_fields(home, capsys, entry, expected):
    code, out, _ = run(capsys, "show", entry)
    assert code == 0
    for text in expected:
        assert text in out, text


@pytest.mark.parametrize("entry", ["dfid-ifrc", "s1", "no-single-model", "q1-why-partner", "dfid"])
def test_show_fits_the_terminal_and_lists_each_link_once(home, capsys, narrow, entry):
    code, out, _ = run(capsys, "show", entry)
    assert code == 0 and fits(out, narrow), out
    assert "\n\n\n" not in out
    links = out.split("\nLinks:\n", 1)[-1].split("\nLinked from:\n")[0] if "\nLinks:\n" in out else ""
    listed = re.findall(r"\(([a-z0-9-]+)\)(?: —|$)", links, flags=re.MULTILINE)
    assert len(listed) == len(set(listed)), "an entry appears once in Links"
    if "\nLinked from:\n" in out:
        backlinked = re.findall(r"\(([a-z0-9-]+)\)(?: —|$)", out.split("\nLinked from:\n", 1)[1], flags=re.MULTILINE)
        assert len(backlinked) == len(set(backlinked)) and not set(backlinked) & set(listed)


def test_show_merges_the_locators_of_a_source(home, capsys):
    out = run(capsys, "show", "dfid-ifrc")[1]
    links = out.split("\nLinks:\n", 1)[1]
    assert links.count("Sources:") == 1 and links.count("(s5)") == 1 and "cites" not in links
    assert ("(s5) — Whole release; Partnership described as built over the previous twelve years (from 2011); "
            "Funding terms; Partnership built over twelve years") in " ".join(links.split())
    assert "Linked from" not in out, "every lesson linking to the model is already listed under Links"


def test_show_reflows_the_body_and_hangs_list_items(home, capsys, narrow):
    out = run(capsys, "show", "dfid-ifrc")[1]
    assert "approved after DFID's Multilateral Aid Review. It" in " ".join(out.split())
    strengths = out.split("Strengths:\n", 1)[1].split("\nRisks:")[0].splitlines()
    assert strengths[0].startswith("  - ") and strengths[1].startswith("    ") and not strengths[1].startswith("    -")


def test_search_fits_the_terminal_in_one_line_snippets(home, capsys, narrow):
    code, out, _ = run(capsys, "search", "independence", "--limit", "10")
    assert code == 0 and fits(out, narrow)
    hits = re.split(r"\n(?= ?\d+\. \[)", out.split("\n\n")[0])
    assert len(hits) == 10
    for hit in hits:
        assert all(line.startswith("    ") for line in hit.splitlines()[1:]), hit


def test_list_aligns_titles_and_orders_questions_by_number(home, capsys):
    out = run(capsys, "list", "--kind", "question")[1]
    rows = out.strip().splitlines()[:-2]
    assert [row.split()[1].rsplit("/", 1)[1][:2] for row in rows] == ["q1", "q2", "q3", "q4"]
    starts = {row.index(title) for row, title in zip(rows, ("Why", "Which", "How", "What"))}
    assert len(starts) == 1, "titles start in one column"
    everything = run(capsys, "list")[1].strip().splitlines()[:-2]
    title_column = everything[0].index(" working-in-partnership/") + 1 + max(len(row.split()[1]) for row in everything) + 2
    assert all(row[title_column - 2:title_column] == "  " and row[title_column] != " " for row in everything)


def test_notes_list_and_show_share_one_local_time_format(home, capsys, utc_plus_two):
    assert local_time("2025-03-12T13:05:09.123456+00:00") == "12 Mar 2025 15:05"
    with Store(home) as store:
        note = store.create_note("Ask about the review\nin 2013", target=Target.entry("dfid-ifrc"))
    stamp = local_time(note.updated)
    listed = run(capsys, "notes", "list")[1]
    shown = run(capsys, "notes", "show", note.id[:8])[1]
    assert f"{note.id[:8]}  {stamp}  Ask about the review — on working-in-partnership/dfid-ifrc" in listed
    assert f"updated {stamp}" in shown and "T" not in stamp
    assert shown.count("Ask about the review") == 1, "a title taken from the text is not printed twice"
    assert "— on working-in-partnership/dfid-ifrc" in shown


def test_control_characters_never_reach_the_terminal(home, capsys):
    with Store(home) as store:
        note = store.create_note("\x1b[2J\x1b]0;owned\x07Wipe \x1b[31mred\x9b\r\nSecond\tline", title="Ti\x1btle")
    for argv in (("notes", "list"), ("notes", "show", note.id), ("notes", "revisions", note.id), ("search", "Wipe")):
        out = run(capsys, *argv)[1]
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), (argv, out)
    assert "Second\tline" in run(capsys, "notes", "show", note.id)[1], "newlines and tabs are kept"


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _parsers(child)


def test_every_option_has_help():
    for parser in _parsers(build_parser()):
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{parser.prog} {action.option_strings or action.dest}"


@pytest.mark.parametrize("argv", [[], ["notes"], ["pack"]])
def test_help_fits_80_columns_with_one_line_per_subcommand(capsys, monkeypatch, argv):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, *argv, "--help")
    assert code == 0 and all(len(line) <= 80 for line in out.splitlines()), out
    parser = build_parser()
    for name in argv:
        parser = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for choice in commands._choices_actions:
        assert re.search(rf"^    {re.escape(choice.dest)} +{re.escape(choice.help)}$", out, flags=re.MULTILINE), choice.dest
