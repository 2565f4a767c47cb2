"""Building, importing, replacing and removing packs, through `Store` and through the CLI."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from db import AtlasError, PackError, Store, Target
from db.files.resources import CONTENT_DIR
from db.packs.loader import load_pack, validate_pack
from desktop.app.launcher import main
from tests.packfactory import ENTRIES, PackFactory, tree

BUNDLED = "working-in-partnership"
LESSON_WORDS = "Meet regularly"  # from the factory lesson's recommendation


# -- helpers ----------------------------------------------------------------------------------
def cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def pack_version(packs, version: str, *, drop=(), entries=None) -> Path:
    """The factory pack at `version`, in its own folder, without the files in `drop`."""
    folder = packs.write(f"test-pack-{version}", pack={"version": version}, entries=entries)
    for relative in drop:
        (folder / relative).unlink()
    return folder


def lesson_without_models() -> dict:
    fields, body = ENTRIES["lessons/keep-trust.md"]
    return {"lessons/keep-trust.md": ({k: v for k, v in fields.items() if k != "models"}, body)}


def renamed_trust(title: str) -> dict:
    return {"themes/trust.md": ({"id": "trust", "title": title}, "Trust between partners, revised.")}


def installed(store: Store) -> dict[str, tuple[str, str]]:
    return {p["id"]: (p["version"], p["origin"]) for p in store.packs()}


def state(home) -> tuple[dict, bytes, list]:
    """Everything an import may change: installed files, the reference store, the pack list."""
    with Store(home) as store:
        listed = store.packs()
    return tree(home.packs_dir), home.reference_db.read_bytes(), listed


def build_with_cli(capsys, folder: Path, output: Path) -> bytes:
    code, out, err = cli(capsys, "pack", "build", folder, "-o", output)
    assert code == 0, err
    assert f"Built {output}" in out
    return output.read_bytes()


# -- build ----------------------------------------------------------------------------------------
def test_build_zips_exactly_the_pack_files_reproducibly(packs, tmp_path, capsys):
    folder = packs.write()
    first = build_with_cli(capsys, folder, tmp_path / "out" / "first.atlaspack")
    with zipfile.ZipFile(tmp_path / "out" / "first.atlaspack") as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    assert members == tree(folder)
    assert "pack.yaml" in members and "lessons/keep-trust.md" in members
    for path in folder.rglob("*"):  # other timestamps must not change the bytes
        os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    second = build_with_cli(capsys, folder, tmp_path / "out" / "second.atlaspack")
    assert first == second
    assert sorted(os.listdir(tmp_path / "out")) == ["first.atlaspack", "second.atlaspack"]


def test_an_archive_built_inside_the_pack_folder_is_not_packed_again(packs, capsys):
    folder = packs.write()
    first = build_with_cli(capsys, folder, folder / "test-pack.atlaspack")
    second = build_with_cli(capsys, folder, folder / "test-pack.atlaspack")
    assert first == second
    with zipfile.ZipFile(folder / "test-pack.atlaspack") as archive:
        assert "test-pack.atlaspack" not in archive.namelist()


def test_build_of_invalid_pack_fails_and_writes_nothing(packs, tmp_path, capsys):
    folder = packs.write()
    PackFactory.set_entry(folder, "themes/broken.md", {"id": "broken"})
    code, _, err = cli(capsys, "pack", "build", folder, "-o", tmp_path / "out.atlaspack")
    assert code == 1
    assert "themes/broken.md:2: title: required field is missing" in err
    assert not (tmp_path / "out.atlaspack").exists()


# -- import ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("form", ["folder", "atlaspack"])
def test_import_installs_listed_and_searchable(home, packs, tmp_path, capsys, form):
    folder = packs.write()
    location = folder if form == "folder" else tmp_path / "test-pack.atlaspack"
    if form == "atlaspack":
        build_with_cli(capsys, folder, location)
    code, out, _ = cli(capsys, "search", LESSON_WORDS)
    assert code == 0 and "test-pack/keep-trust" not in out

    code, out, err = cli(capsys, "pack", "import", location)
    assert code == 0, err
    assert out.strip() == f"Installed test-pack 1.0.0 ({len(ENTRIES)} entries)."
    assert sorted(os.listdir(home.packs_dir)) == ["test-pack.atlaspack"]

    code, out, _ = cli(capsys, "pack", "list")
    lines = {line.split()[0]: line.split() for line in out.splitlines()}
    assert lines["test-pack"][1:4] == ["1.0.0", "installed", str(len(ENTRIES))]
    assert lines[BUNDLED][2] == "bundled"
    code, out, _ = cli(capsys, "search", LESSON_WORDS)
    assert code == 0 and "[lesson] Keep trust through coopération (test-pack/keep-trust)" in out


def test_higher_version_replaces_installed_pack(store, packs):
    assert store.import_pack(packs.write()).action == "installed"
    newer = pack_version(packs, "1.1.0", entries={**renamed_trust("Mutual trust"),
                                                   "themes/openness.md": ({"id": "openness", "title": "Openness"}, "Openness.")})
    result = store.import_pack(newer)
    assert (result.action, result.previous_version) == ("updated", "1.0.0")
    assert installed(store)["test-pack"] == ("1.1.0", "installed")
    assert store.entry("test-pack/trust").title == "Mutual trust"
    assert {e.uid for e in store.entries(pack="test-pack", kind="theme")} == {"test-pack/trust", "test-pack/openness"}
    assert sorted(os.listdir(store.paths.packs_dir)) == ["test-pack.atlaspack"]


def test_reimporting_identical_pack_changes_nothing(store, packs):
    folder = packs.write()
    store.import_pack(folder)
    before = tree(store.paths.packs_dir)
    assert store.import_pack(folder).action == "unchanged"
    assert tree(store.paths.packs_dir) == before


def test_same_version_with_other_content_is_refused_unless_forced(home, packs, capsys):
    assert cli(capsys, "pack", "import", packs.write())[0] == 0
    changed = packs.write("changed", entries=renamed_trust("Trust, reconsidered at length"))
    before = state(home)

    code, out, err = cli(capsys, "pack", "import", changed)
    assert code == 2 and out == ""
    assert "Pack 'test-pack' version 1.0.0 is already installed" in err
    assert "different content" in err and "--force" in err
    assert state(home) == before
    with Store(home) as store:
        with pytest.raises(AtlasError, match="already installed"):
            store.import_pack(changed)
        assert store.entry("test-pack/trust").title == "Trust"
    assert state(home) == before

    code, out, err = cli(capsys, "pack", "import", changed, "--force")
    assert code == 0, err
    assert out.startswith("Replaced test-pack 1.0.0")
    with Store(home) as store:
        assert store.entry("test-pack/trust").title == "Trust, reconsidered at length"
        assert installed(store)["test-pack"] == ("1.0.0", "installed")


def test_older_version_is_refused_unless_forced(home, packs, capsys):
    assert cli(capsys, "pack", "import", pack_version(packs, "1.1.0"))[0] == 0
    older = packs.write()
    before = state(home)
    code, out, err = cli(capsys, "pack", "import", older)
    assert code == 2 and out == ""
    assert "has version 1.0.0 of 'test-pack', older than the installed version 1.1.0; nothing changed" in err
    assert state(home) == before
    code, out, err = cli(capsys, "pack", "import", older, "--force")
    assert code == 0 and out.startswith("Replaced test-pack 1.1.0 with the older version 1.0.0"), err
    with Store(home) as store:
        assert installed(store)["test-pack"] == ("1.0.0", "installed")


BUNDLED_VERSION = load_pack(CONTENT_DIR / BUNDLED).version


def bundled_copy(tmp_path, version: str) -> Path:
    """The bundled pack under another version number, with the changelog section a version needs."""
    folder = shutil.copytree(CONTENT_DIR / BUNDLED, tmp_path / f"{BUNDLED}-{version}")
    yaml_path = folder / "pack.yaml"
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8").replace(f"version: {BUNDLED_VERSION}", f"version: {version}"),
                         encoding="utf-8")
    changelog = folder / "CHANGELOG.md"
    changelog.write_text(changelog.read_text(encoding="utf-8") + f"\n## {version}\n\nA copy made by a test.\n", encoding="utf-8")
    return folder


def test_a_version_older_than_the_bundled_one_is_refused(home, tmp_path, capsys):
    code, out, err = cli(capsys, "pack", "import", bundled_copy(tmp_path, "0.9.0"))
    assert code == 2 and f"older than version {BUNDLED_VERSION} bundled with the application" in err
    assert not home.packs_dir.exists() or os.listdir(home.packs_dir) == []


def test_removing_an_update_of_a_bundled_pack_brings_the_bundled_one_back(home, tmp_path, capsys):
    assert cli(capsys, "pack", "import", bundled_copy(tmp_path, "99.0.0"))[0] == 0
    with Store(home) as store:
        note = store.create_note("Still here", target=Target.entry("dfid-ifrc"))
    code, out, err = cli(capsys, "pack", "remove", BUNDLED)
    assert code == 0, err
    assert f"Removed the installed {BUNDLED}" in out
    assert f"The bundled version {BUNDLED_VERSION} is in use again; your notes on it stay attached." in out and "detached" not in out
    with Store(home) as store:
        assert installed(store) == {BUNDLED: (BUNDLED_VERSION, "bundled")}
        assert not store.note(note.id).detached


def broken_folder(packs, tmp_path) -> tuple[Path, str]:
    folder = pack_version(packs, "2.0.0")
    (folder / "themes" / "trust.md").write_text("---\nid: trust\ntitle: a: b\n---\nTrust.\n", encoding="utf-8")
    return folder, "themes/trust.md:3: YAML syntax error"


def unsafe_archive(packs, tmp_path) -> tuple[Path, str]:
    folder = pack_version(packs, "2.0.0")
    archive = tmp_path / "unsafe.atlaspack"
    with zipfile.ZipFile(archive, "w") as handle:
        for relative, data in tree(folder).items():
            handle.writestr(relative, data)
        handle.writestr("../evil.md", "---\nid: evil\ntitle: Evil\n---\n")
    return archive, "../evil.md: path leaves the pack folder"


@pytest.mark.parametrize("make_broken", [broken_folder, unsafe_archive])
def test_invalid_import_changes_nothing(home, store, packs, tmp_path, capsys, make_broken):
    store.import_pack(packs.write())
    location, expected = make_broken(packs, tmp_path)
    before = state(home)

    with pytest.raises(PackError) as raised:
        store.import_pack(location)
    assert any(str(p).startswith(expected) for p in raised.value.problems), raised.value.problems
    assert state(home) == before
    assert installed(store)["test-pack"] == ("1.0.0", "installed")

    code, out, err = cli(capsys, "pack", "import", location)
    assert code == 1 and out == ""
    assert expected in err
    assert state(home) == before
    assert not (tmp_path / "evil.md").exists() and not (home.packs_dir.parent / "evil.md").exists()


# -- remove ---------------------------------------------------------------------------------------
def test_remove_installed_pack(home, packs, capsys):
    assert cli(capsys, "pack", "import", packs.write())[0] == 0
    code, out, err = cli(capsys, "pack", "remove", "test-pack")
    assert code == 0, err
    assert out.startswith("Removed test-pack")
    assert os.listdir(home.packs_dir) == []
    code, out, _ = cli(capsys, "pack", "list")
    assert [line.split()[0] for line in out.splitlines()] == [BUNDLED]
    code, out, _ = cli(capsys, "search", LESSON_WORDS)
    assert "test-pack/" not in out


def test_removing_bundled_pack_is_refused(store, capsys):
    with pytest.raises(AtlasError, match="bundled with the application and cannot be removed"):
        store.remove_pack(BUNDLED)
    code, out, err = cli(capsys, "pack", "remove", BUNDLED)
    assert code == 2 and out == ""
    assert f"Pack '{BUNDLED}' is bundled with the application and cannot be removed." in err
    assert installed(store) == {BUNDLED: (BUNDLED_VERSION, "bundled")}


def test_removing_unknown_pack_lists_known_ids(store, packs, capsys):
    store.import_pack(packs.write())
    with pytest.raises(AtlasError) as raised:
        store.remove_pack("nope")
    assert str(raised.value) == f"No installed pack 'nope'. Installed and bundled packs: test-pack, {BUNDLED}."
    code, _, err = cli(capsys, "pack", "remove", "nope")
    assert code == 2 and str(raised.value) in err
    assert sorted(installed(store)) == ["test-pack", BUNDLED]


# -- validate -------------------------------------------------------------------------------------
def test_validate_exit_code_zero_for_valid_pack(packs, capsys):
    folder = packs.write()
    assert cli(capsys, "pack", "validate", folder)[:2] == (0, f"{folder}: valid\n")


def test_validate_prints_every_problem_with_file_and_line(packs, capsys):
    folder = packs.write(pack={"licence": "CC-BY-4.0"})
    (folder / "themes" / "trust.md").write_text("---\nid: trust\ntitle: a: b\n---\nTrust.\n", encoding="utf-8")
    PackFactory.set_entry(folder, "actors/donor.md", {"id": "donor", "title": "A donor"})
    problems = validate_pack(folder)
    assert len(problems) >= 3 and {p.file for p in problems} >= {"pack.yaml", "themes/trust.md", "actors/donor.md"}

    code, out, _ = cli(capsys, "pack", "validate", folder)
    assert code == 1
    lines = out.splitlines()
    for problem in problems:
        assert problem.line is not None
        assert str(problem).startswith(f"{problem.file}:{problem.line}: ")
        assert str(problem) in lines
    assert lines[: len(problems)] == [str(p) for p in problems]
    assert lines[-1] == f"{folder}: {len(problems)} problems"
    licence_line = (folder / "pack.yaml").read_text(encoding="utf-8").splitlines().index("licence: CC-BY-4.0") + 1
    assert f"pack.yaml:{licence_line}: licence: unknown field (did you mean license?)" in lines
    assert "themes/trust.md:3: YAML syntax error: mapping values are not allowed in this context" in lines
    assert any(line.startswith("actors/donor.md:2: actor_type: required field is missing") for line in lines)


def test_validate_exit_code_one_for_non_archive(tmp_path, capsys):
    bogus = tmp_path / "bogus.atlaspack"
    bogus.write_text("not a zip", encoding="utf-8")
    code, out, _ = cli(capsys, "pack", "validate", bogus)
    assert code == 1 and "bogus.atlaspack: not a pack archive (zip)" in out


# -- notes across updates -------------------------------------------------------------------------
def test_notes_survive_pack_updates(store, packs):
    store.import_pack(packs.write())
    note = store.create_note("Ask about the grant terms.", title="Alpha", target=Target.entry("test-pack/alpha"))
    assert note.target.ref == "test-pack/alpha" and not note.detached

    assert store.import_pack(pack_version(packs, "1.1.0")).action == "updated"
    kept = store.note(note.id)
    assert not kept.detached and kept.body == "Ask about the grant terms."

    without_alpha = pack_version(packs, "1.2.0", drop=["models/alpha.md"], entries=lesson_without_models())
    assert store.import_pack(without_alpha).action == "updated"
    assert installed(store)["test-pack"] == ("1.2.0", "installed")
    kept = store.note(note.id)
    assert kept.detached
    assert (kept.body, kept.title, kept.target.ref) == ("Ask about the grant terms.", "Alpha", "test-pack/alpha")
    assert [n.id for n in store.notes() if n.detached] == [note.id]
