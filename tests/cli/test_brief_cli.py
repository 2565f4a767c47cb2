"""`partnership-atlas brief`: a brief made, filled, reordered and written from the command line."""
from __future__ import annotations

import pytest

from db import Store

from tests.cli.runner import run


def new(capsys, *argv) -> str:
    code, out, err = run(capsys, "brief", "new", *argv)
    assert code == 0, err
    return out.split("(")[1].split(")")[0]


def test_a_brief_is_made_filled_reordered_and_shown(home, capsys):
    brief = new(capsys, "Meeting with DFID", "--meeting", "Humanitarian desk", "--date", "2026-12-10")
    with Store(home) as store:  # comparisons are saved in the window
        store.save_comparison("Donor models", ["dfid-ifrc", "dfid-icrc"])
    code, out, _ = run(capsys, "notes", "add", "Ask about the review", "--entry", "dfid-ifrc")
    note = out.split()[-1]
    for item in ("dfid-ifrc", "partnership-as-gateway", "Donor models", note):
        code, out, err = run(capsys, "brief", "add", brief[:8], item)
        assert code == 0, err
    assert "as item 4" in out and "(note)" in out
    assert run(capsys, "brief", "move", "Meeting with DFID", "3", "1")[0] == 0
    assert run(capsys, "brief", "remove", brief, "2")[0] == 0
    code, out, _ = run(capsys, "brief", "show", brief)
    lines = [line.strip() for line in out.splitlines()]
    assert lines[0] == "Meeting with DFID" and lines[1].startswith("2026-12-10 · Humanitarian desk")
    assert [line for line in lines if line[:2] in ("1.", "2.", "3.")] == [
        "1. Donor models  (comparison)", "2. A partnership should open doors, not close them  (entry)",
        "3. Ask about the review  (note)"]
    code, out, _ = run(capsys, "brief", "list")
    assert out.startswith(f"{brief[:8]}  2026-12-10  Meeting with DFID · Humanitarian desk  (3 items)")


def test_export_writes_markdown_and_refuses_other_files(home, capsys, tmp_path):
    brief = new(capsys, "Short brief")
    run(capsys, "brief", "add", brief, "dfid-ifrc", "--comment", "Open with this")
    code, out, err = run(capsys, "brief", "export", brief, "-o", tmp_path / "brief.md")
    assert code == 0, err
    text = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert text.startswith("# Short brief\n") and "## 1. DFID–Federation partnership" in text
    assert "**Comment:** Open with this" in text and "\n## Sources\n\n1. " in text
    code, out, _ = run(capsys, "brief", "export", brief, "-o", "-")
    assert out == text
    code, _, err = run(capsys, "brief", "export", brief, "-o", tmp_path / "brief.docx")
    assert code == 2 and "does not write .docx files" in err and not (tmp_path / "brief.docx").exists()
    code, _, err = run(capsys, "brief", "export", brief, "-o", tmp_path / "missing" / "brief.md")
    assert code == 2 and "does not exist" in err


@pytest.mark.parametrize("argv, message", [
    (("show", "nothing-like-it"), "No brief 'nothing-like-it'"),
    (("add", "Kept", "no-such-thing"), "names no entry, saved comparison or note"),
    (("remove", "Kept", "5"), "has items 1 to 1; there is no item 5"),
    (("move", "Kept", "1", "0"), "there is no item 0"),
    (("new", "Another", "--date", "tomorrow"), "not a date"),
    (("rename", "Kept", "  "), "needs a title"),
])
def test_mistakes_get_a_plain_message_and_change_nothing(home, capsys, argv, message):
    brief = new(capsys, "Kept")
    run(capsys, "brief", "add", brief, "dfid-ifrc")
    code, _, err = run(capsys, "brief", *argv)
    assert code == 2 and message in err, err
    _, out, _ = run(capsys, "brief", "show", brief)
    assert out.splitlines()[0] == "Kept" and "1. DFID–Federation partnership  (entry)" in out
    assert "Another" not in run(capsys, "brief", "list")[1]


def test_delete_goes_to_the_trash_and_restore_brings_it_back(home, capsys):
    brief = new(capsys, "Trashed")
    code, out, _ = run(capsys, "brief", "delete", brief)
    assert code == 0 and f"brief restore {brief[:8]}" in out
    assert "Trashed" not in run(capsys, "brief", "list")[1] and "Trashed" in run(capsys, "brief", "list", "--trash")[1]
    assert run(capsys, "brief", "restore", brief)[0] == 0
    assert "Trashed" in run(capsys, "brief", "list")[1]


def test_pdf_and_odt_are_written_without_a_display(home, capsys, tmp_path):
    """The command line draws PDF and ODT with QtGui offscreen: no display, no window, no Qt for the rest."""
    import os
    import subprocess
    import sys
    import zipfile

    import pypdf

    brief = new(capsys, "Headless brief")
    run(capsys, "brief", "add", brief, "dfid-ifrc")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for name in ("brief.pdf", "brief.odt"):
        result = subprocess.run([sys.executable, "-m", "desktop", "brief", "export", brief, "-o", str(tmp_path / name),
                                 "--paper", "letter"], capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0 and result.stdout.strip() == f"Wrote {tmp_path / name}", result.stderr
    [page] = pypdf.PdfReader(tmp_path / "brief.pdf").pages
    text = " ".join(page.extract_text().split())
    assert text.startswith("Headless brief") and "1. DFID–Federation partnership" in text
    assert text.endswith("Headless brief — page 1 of 1") and round(page.mediabox.width) == 612
    with zipfile.ZipFile(tmp_path / "brief.odt") as odt:
        assert "DFID–Federation partnership" in odt.read("content.xml").decode("utf-8")


def test_revisions_are_listed_and_an_earlier_one_restored(home, capsys):
    brief = new(capsys, "Revised")
    run(capsys, "brief", "add", brief, "dfid-ifrc")
    run(capsys, "brief", "add", brief, "dfid-icrc")
    run(capsys, "brief", "remove", brief, "1")
    code, out, _ = run(capsys, "brief", "revisions", brief)
    assert [line.split()[0] for line in out.splitlines()] == ["4", "3", "2", "1"]
    assert out.splitlines()[1].endswith("Revised  (2 items)") and out.splitlines()[3].endswith("Revised  (0 items)")
    code, out, _ = run(capsys, "brief", "restore-revision", brief, "3")
    assert code == 0 and "Restored revision 3 of 'Revised'" in out
    assert "1. DFID–Federation partnership  (entry)" in run(capsys, "brief", "show", brief)[1]
    code, _, err = run(capsys, "brief", "restore-revision", brief, "9")
    assert code == 2 and "revisions 1 to 5; there is no revision 9" in err


def test_adding_twice_says_where_it_already_is(home, capsys):
    brief = new(capsys, "Twice")
    run(capsys, "brief", "add", brief, "dfid-ifrc")
    code, _, err = run(capsys, "brief", "add", brief, "dfid-ifrc")
    assert code == 2 and "“DFID–Federation partnership” is already in this brief (item 1)" in err


def test_references_give_the_packs_full_citation_and_address(home, capsys):
    brief = new(capsys, "Cited")
    run(capsys, "brief", "add", brief, "icrc-donor-support-group")
    _, text, _ = run(capsys, "brief", "export", brief, "-o", "-")
    references = text.split("\n## Sources\n\n", 1)[1]
    assert 'International Committee of the Red Cross, "Donor Support Group" and "Our government partnerships" (web pages). ' \
           "<https://icrc.org/en/donor-support-group>" in references
