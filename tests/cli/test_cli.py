"""The command line, run as a user would: through the console entry point."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.app.launcher import main
from tests.cli.runner import run

SUBCOMMANDS = ("search", "show", "list", "compare", "notes", "pack", "doctor")


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert f"\n    {name} " in out


def test_search_prints_ranked_highlighted_results(home, capsys):
    code, out, _ = run(capsys, "search", "independence", "--limit", "3")
    assert code == 0
    assert out.startswith(" 1. [")
    assert "**independence**" in out.lower() or "**Independence**" in out
    assert "3 of " in out


def test_search_json_has_the_documented_fields(home, capsys):
    code, out, _ = run(capsys, "search", "donor", "--kind", "lesson", "--json")
    found = json.loads(out)
    results = found["hits"]
    assert code == 0 and results and found["total"] >= len(results)
    assert {"query", "closest", "did_you_mean", "showing_results_for", "left_out"} <= set(found)
    for result in results:
        assert {"id", "kind", "title", "snippet", "score"} <= set(result)
        assert result["kind"] == "lesson"
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_search_filters_by_theme_model_and_pack(home, capsys):
    _, out, _ = run(capsys, "search", "partnership", "--theme", "independence", "--model", "auxiliary-role", "--pack", "working-in-partnership", "--json")
    results = json.loads(out)["hits"]
    assert results and all(r["pack"] == "working-in-partnership" for r in results)


@pytest.mark.parametrize("query", ['"', "AND (", "c++", "*", "-", "\x01\x02", "🤝", "الهلال"])
def test_odd_queries_exit_cleanly(home, capsys, query):
    code, out, err = run(capsys, "search", query, "--json")
    assert code == 0 and err == ""
    assert isinstance(json.loads(out)["hits"], list)


def test_exclusions_are_query_text_not_options(home, capsys):
    code, out, _ = run(capsys, "search", "funding", "-icrc", "--json")
    results = json.loads(out)["hits"]
    assert code == 0 and results
    assert all("icrc" not in (r["title"] + r["snippet"]).lower() for r in results)
    with pytest.raises(SystemExit):
        main(["compare", "dfid-ifrc", "dfid-icrc", "--bogus"])


def test_show_prints_a_model_with_attributes_and_links(home, capsys):
    code, out, _ = run(capsys, "show", "tripartite-pilot-project")
    assert code == 0
    assert "Tripartite Pilot Project" in out and "not documented in this pack's sources" in out
    assert "Parties:\n  not documented in this pack's sources" in out


def test_compare_formats_and_unknown_id(home, capsys, tmp_path):
    code, out, _ = run(capsys, "compare", "dfid-ifrc", "icrc-donor-support-group", "--format", "md", "--only-differences")
    assert code == 0 and out.startswith("# Comparison:") and "| ≠ |" in out and "|  |" not in out
    code, out, _ = run(capsys, "compare", "dfid-ifrc", "auxiliary-role", "--format", "csv", "-o", str(tmp_path / "c.csv"))
    assert code == 0 and (tmp_path / "c.csv").read_text(encoding="utf-8-sig").startswith("group,attribute_key")
    code, _, err = run(capsys, "compare", "dfid-ifc", "auxiliary-role")
    assert code == 2 and "dfid-ifrc" in err and "Traceback" not in err


def test_notes_round_trip(home, capsys, tmp_path):
    code, out, _ = run(capsys, "notes", "add", "Ask about the mid-term review", "--entry", "dfid-ifrc", "--tag", "meeting")
    note_id = out.split()[-1]
    assert code == 0
    _, out, _ = run(capsys, "notes", "list", "--json")
    assert [n["id"] for n in json.loads(out)] == [note_id]
    run(capsys, "notes", "edit", note_id[:8], "--text", "Ask about the mid-term review in 2013")
    _, out, _ = run(capsys, "notes", "show", note_id[:8])
    assert "in 2013" in out and "working-in-partnership/dfid-ifrc" in out
    _, out, _ = run(capsys, "notes", "revisions", note_id)
    assert len(out.strip().splitlines()) == 2
    code, out, _ = run(capsys, "notes", "export", "--format", "w3c", "-o", str(tmp_path / "notes.jsonld"))
    assert json.loads((tmp_path / "notes.jsonld").read_text(encoding="utf-8"))["total"] == 1
    code, out, _ = run(capsys, "notes", "export", "--format", "markdown", "-o", str(tmp_path / "md"))
    assert code == 0 and len(list((tmp_path / "md").glob("*.md"))) == 1
    run(capsys, "notes", "delete", note_id)
    _, out, _ = run(capsys, "notes", "list", "--trash")
    assert note_id[:8] in out


def test_passage_note_from_the_command_line(home, capsys):
    code, out, _ = run(capsys, "notes", "add", "Good point", "--entry", "no-single-model", "--passage", "none of them")
    assert code == 0
    _, out, _ = run(capsys, "notes", "show", out.split()[-1], "--json")
    assert json.loads(out)["quote"]["exact"] == "none of them"


def test_doctor_prints_both_stores(home, capsys):
    run(capsys, "notes", "add", "One")
    code, out, _ = run(capsys, "doctor")
    assert code == 0
    assert "reference store (cache): OK" in out and "user store (your notes): OK" in out
    assert "model: 6" in out and "notes: 1" in out


def test_doctor_prints_the_state_after_repairs(home, capsys):
    code, out, _ = run(capsys, "doctor")
    assert code == 0
    reference, user = out.split("user store (your notes)")
    assert reference.startswith("reference store (cache): OK — rebuilt (it was missing or not a reference store)\n  file: ")
    assert user.startswith(": not created yet\n") and "KiB" not in user
    home.reference_db.write_bytes(b"garbage" * 100)
    _, out, _ = run(capsys, "doctor")
    assert out.startswith("reference store (cache): OK — rebuilt (it was missing or not a reference store)")
    _, out, _ = run(capsys, "doctor")
    assert out.startswith("reference store (cache): OK\n"), "a healthy cache is only checked"


def _python(code: str, env_home) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PARTNERSHIP_ATLAS_HOME": str(env_home)}, timeout=120)


def test_importing_db_never_imports_qt(tmp_path):
    result = _python("import sys, db; from db.store.facade import Store; print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))", tmp_path)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.parametrize("argv", [["search", "independence"], ["compare", "dfid-ifrc", "dfid-icrc"], ["notes", "list"], ["doctor"], ["pack", "list"],
                                  ["brief", "list"]])
def test_headless_subcommands_never_load_qt(tmp_path, argv):
    code = f"import sys; from desktop.app.launcher import main; main({argv!r}); print('QT' if any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules) else 'NOQT', file=sys.stderr)"
    result = _python(code, tmp_path)
    assert result.stderr.strip().splitlines()[-1] == "NOQT", result.stderr


def test_no_display_gets_a_plain_message_not_a_qt_abort():
    from desktop.app.launcher import display_problem

    assert "No display" in display_problem({}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None
    result = subprocess.run([sys.executable, "-m", "desktop"], capture_output=True, text=True, timeout=60,
                            env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")})
    assert result.returncode == 2 and "No display" in result.stderr


def test_a_capped_total_is_shown_as_a_lower_bound(home, capsys, monkeypatch):
    import db.search.engine as engine

    monkeypatch.setattr(engine, "COUNT_LIMIT", 2)
    code, out, _ = run(capsys, "search", "partnership kind:lesson", "--limit", "1")
    assert code == 0 and out.rstrip().endswith("1 of 2+ results")


@pytest.mark.parametrize("query, limit, last", [
    ('"mid-term review"', "5", r"^\d+ results?$"),
    ("bilateral", "1", r"^1 of \d+ results$"),
])
def test_the_count_says_all_results_once_and_a_part_as_part(home, capsys, query, limit, last):
    import re

    code, out, _ = run(capsys, "search", query, "--limit", limit)
    assert code == 0 and re.match(last, out.rstrip().splitlines()[-1]), out.rstrip().splitlines()[-1]
    assert " of 1 result" not in out


def test_a_single_result_reads_one_result(home, capsys):
    code, out, _ = run(capsys, "search", '"ten founding members"')
    assert code == 0 and out.rstrip().splitlines()[-1] == "1 result"
