"""The standalone program: build it with build.spec, run it, weigh it (Linux; `pytest -m packaging`)."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from db import AtlasPaths
from db.reference.cache import PREBUILT_REASON, read_meta
from desktop.languages.choice import LANGUAGES
from tests.packaging.bundle import ARCHIVE_BUDGET, FOLDER_BUDGET, MB, archive, build, folder_size, run

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds and checks the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dist"), tmp_path_factory.mktemp("work"))


def host_folders(root: Path) -> dict[str, str]:
    """The host's user folders, moved into `root`, so a test can see what the program left there."""
    return {"HOME": str(root), "XDG_DATA_HOME": str(root / "data"), "XDG_CACHE_HOME": str(root / "cache"),
            "XDG_CONFIG_HOME": str(root / "config")}


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def test_frozen_selftest_passes_and_copies_the_prebuilt_store(bundle, tmp_path):
    done = run(bundle, "--selftest", home=tmp_path / "unused")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "self-test (frozen build in" in lines[0]
    checks = [line for line in lines if line.startswith(("PASS", "FAIL"))]
    assert len(checks) == 5 and all(line.startswith("PASS  ") for line in checks), done.stdout
    assert f"reference cache: {PREBUILT_REASON}" in checks[1], "the first start copies the store compiled at build time"


def test_frozen_search_finds_the_bundled_content_without_compiling(bundle, tmp_path):
    done = run(bundle, "search", "independence", "--json", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)["hits"]
    assert hits and hits[0]["uid"].startswith("working-in-partnership/")
    meta = read_meta(AtlasPaths.under(tmp_path / "home").reference_db)
    assert "bundled_fingerprint" in meta, "the cache is the prebuilt store, not a compile at first start"


def test_frozen_program_imports_an_excel_workbook_and_backs_up_notes(bundle, tmp_path):
    from tests.spreadsheets.files import ROWS, write_xlsx

    workbook = write_xlsx(tmp_path / "dref-lessons.xlsx", ROWS)
    home = tmp_path / "home"
    done = run(bundle, "import-lessons", str(workbook), home=home)
    assert done.returncode == 0, done.stderr
    assert "imported 3" in done.stdout
    found = run(bundle, "search", "hazard:cyclone", "--json", home=home)
    assert [hit["uid"] for hit in json.loads(found.stdout)["hits"]] == ["dref-lessons/ll-3"]
    assert run(bundle, "notes", "add", "Ask about radio", "--entry", "dref-lessons/ll-3", home=home).returncode == 0
    backed_up = run(bundle, "backup", "create", home=home)
    assert backed_up.returncode == 0 and "Backed up your notes file" in backed_up.stdout, backed_up.stderr


def test_frozen_program_reads_an_export_by_its_contents(bundle, tmp_path):
    """Country names come from pycountry's data, of which the build keeps only what the import reads."""
    import random

    from tests.spreadsheets import layouts

    layout = layouts.workbook_unmatched(tmp_path, random.Random(3))
    done = run(bundle, "import-lessons", str(layout.path), "--dry-run", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert "    country: Nat Soc  # contents: 100% country names" in done.stdout
    assert f"({layout.keep} lessons)" in done.stdout


def test_frozen_program_writes_a_brief_as_pdf_and_odt(bundle, tmp_path):
    import zipfile

    import pypdf

    home = tmp_path / "home"
    assert run(bundle, "brief", "new", "Frozen brief", home=home).returncode == 0
    assert run(bundle, "brief", "add", "Frozen brief", "dfid-ifrc", home=home).returncode == 0
    for name in ("brief.pdf", "brief.odt"):
        done = run(bundle, "brief", "export", "Frozen brief", "-o", str(tmp_path / name), home=home)
        assert done.returncode == 0, done.stderr
    text = " ".join(pypdf.PdfReader(tmp_path / "brief.pdf").pages[0].extract_text().split())
    assert text.startswith("Frozen brief") and "1. DFID–Federation partnership" in text
    with zipfile.ZipFile(tmp_path / "brief.odt") as odt:
        assert "DFID–Federation partnership" in odt.read("content.xml").decode("utf-8")


def test_the_bundle_and_its_archive_fit_the_size_budget(bundle, tmp_path, capsys):
    size = folder_size(bundle.folder)
    packed = archive(bundle, tmp_path).stat().st_size
    with capsys.disabled():
        print(f"\nstandalone build: {size / MB:.1f} MB folder (budget {FOLDER_BUDGET / MB:.0f}), "
              f"{packed / MB:.1f} MB archive (budget {ARCHIVE_BUDGET / MB:.0f}), built in {bundle.build_seconds:.0f} s")
    assert size <= FOLDER_BUDGET
    assert packed <= ARCHIVE_BUDGET


def test_only_the_qt_parts_in_use_are_shipped(bundle):
    internal = bundle.folder / "_internal"
    qt = internal / "PySide6" / "Qt"
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*") if p.is_file()}
    assert plugins == {"platforms/libqoffscreen.so", "platforms/libqxcb.so",
                       "platforminputcontexts/libcomposeplatforminputcontextplugin.so", "printsupport/libcupsprintersupport.so"}
    libraries = {p.name.split(".so")[0] for p in (qt / "lib").iterdir()}
    assert libraries == {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6DBus", "libQt6XcbQpa", "libQt6PrintSupport",
                         "libicudata", "libicui18n", "libicuuc"}, "QtGui links DBus; xcb links XcbQpa; QtCore links ICU"
    assert {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")} == {"QtCore", "QtGui", "QtWidgets",
                                                                                     "QtPrintSupport"}
    assert not list(internal.glob("libcups*")) and not list(internal.glob("libgnutls*")), "printing uses the host's CUPS"
    translations = [p.name for p in (qt / "translations").iterdir()]
    assert translations and all(name.startswith("qtbase_") for name in translations)
    assert sorted(p.name for p in (internal / "resources" / "translations").iterdir()) == sorted(
        f"partnership_atlas_{language}.qm" for language in LANGUAGES), "the compiled catalogues only, not their sources"
    assert (internal / "resources" / "prebuilt" / "reference.sqlite").is_file()
    assert not (internal / "numpy").exists() and not list(internal.glob("libssl*"))
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


def test_a_data_folder_next_to_the_program_keeps_everything_on_the_stick(bundle, tmp_path):
    host = tmp_path / "host"
    stick_data = bundle.folder / "data"
    stick_data.mkdir()
    try:
        added = run(bundle, "notes", "add", "Written on the stick", home=None, extra_env=host_folders(host))
        listed = run(bundle, "notes", "list", home=None, extra_env=host_folders(host))
        window = run(bundle, "--measure-start", home=None, extra_env=host_folders(host))
        assert added.returncode == listed.returncode == window.returncode == 0, added.stderr + listed.stderr + window.stderr
        assert "Written on the stick" in listed.stdout
        assert {"user.sqlite", "cache", "packs"} <= {p.name for p in stick_data.iterdir()}
        assert (stick_data / "cache" / "reference.sqlite").is_file()
        assert not host.exists() or [p for p in host.rglob("*") if p.is_file()] == [], "nothing is left on the host"
    finally:
        shutil.rmtree(stick_data)


def test_without_a_data_folder_the_program_never_writes_inside_its_own_folder(bundle, tmp_path):
    host = tmp_path / "host"
    before = snapshot(bundle.folder)
    for argv in (("--selftest",), ("search", "independence"), ("--measure-start",)):
        done = run(bundle, *argv, home=None, extra_env=host_folders(host))
        assert done.returncode == 0, done.stderr
    assert snapshot(bundle.folder) == before
    assert (host / "cache" / "PartnershipAtlas" / "reference.sqlite").is_file(), "data goes to the user folders"


def test_an_unwritable_data_folder_is_one_clear_line_not_a_traceback(bundle, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    done = run(bundle, "search", "independence", home=blocker)
    assert done.returncode == 2 and done.stdout == ""
    assert "cannot write to its data folder" in done.stderr and len(done.stderr.strip().splitlines()) == 1
