"""A pack says what each version changed (CHANGELOG.md beside pack.yaml), and an update says what
became of the user's highlights on it."""
from __future__ import annotations

from db import Store
from db.packs.loader import load_pack
from db.packs.model import version_changes
from db.user.notes import Target
from desktop.reader.overview import changes_markdown, overview_markdown
from tests.db.test_pack_tooling import bundled_copy, cli, pack_version
from tests.db.test_pack_update_keeps_highlights import NEW

CHANGELOG = "# Changes\n\n## 1.1.0 (2026-12-01)\n\n- Trust renamed.\n\n## 1.0.0\n\nFirst version.\n"


def test_a_changelog_must_cover_the_packs_version(packs, capsys):
    folder = pack_version(packs, "1.2.0")
    (folder / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    code, out, _ = cli(capsys, "pack", "validate", folder)
    assert code == 1 and "CHANGELOG.md: has no section for version 1.2.0" in out and "(sections found: 1.1.0, 1.0.0)" in out
    (folder / "CHANGELOG.md").write_text("## [1.2.0] - 2026-12-05\n\n- Better.\n" + CHANGELOG, encoding="utf-8")
    assert load_pack(folder).changelog.startswith("## [1.2.0]")


def test_version_changes_reads_one_section():
    assert version_changes(CHANGELOG, "1.1.0") == "- Trust renamed."
    assert version_changes(CHANGELOG, "1.0.0") == "First version."
    assert version_changes(CHANGELOG, "2.0.0") == "" and version_changes("", "1.0.0") == ""


def test_the_bundled_pack_tells_what_its_version_changed(store, capsys):
    version = load_pack(NEW).version
    code, out, _ = cli(capsys, "pack", "changelog", "working-in-partnership")
    assert code == 0 and f"## {version}" in out and "## 1.0.0" in out
    assert "[What changed in this version](atlas:changes/working-in-partnership)" in overview_markdown(store)
    page = changes_markdown(store, "working-in-partnership")
    assert page.startswith(f"# What changed in version {version} of Working in partnership") and "## 1.0.0" in page
    assert cli(capsys, "pack", "changelog", "no-such-pack")[0] == 2


def test_an_update_says_what_became_of_the_highlights(home, tmp_path, capsys):
    uid = "working-in-partnership/netherlands-government"
    with Store(home) as store:
        entry = store.entry(uid)
        sentence = entry.markdown.split(". ")[0]
        for exact in (entry.title, sentence):
            quote = store.passage_quote(uid, exact)
            store.create_note("", target=Target.passage(uid, quote.exact, quote.prefix, quote.suffix))
    update = bundled_copy(tmp_path, "99.0.0")
    page = update / "actors" / "netherlands-government.md"
    page.write_text(page.read_text(encoding="utf-8").replace(sentence, "Something else entirely"), encoding="utf-8")
    (page.parent / "netherlands-government.fr.md").unlink()  # its French would no longer match the original
    code, out, err = cli(capsys, "pack", "import", update)
    assert code == 0, err
    assert ("Your highlights on it: 1 of 2 found in the new text; 1 no longer found, kept and marked "
            "'passage not found' in your notes.") in out
    code, out, _ = cli(capsys, "notes", "list")
    assert " ".join(out.split()).count("(passage not found: the entry's text changed)") == 1
