"""Hostile pack archives: each is refused by `Store.import_pack` with a message naming the file and
the problem, and nothing installed or stored changes.

Every archive starts as a valid pack (which `test_the_clean_archive_installs` shows would be
installed) and gets one hostile member or one damaged byte range.
"""
from __future__ import annotations

import hashlib
import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from db import AtlasError, PackError, Store
from db.packs import source
from db.packs.loader import load_pack
from tests.packfactory import tree

PACK_ID = "hostile-pack"
MB = 1024**2


# -- building archives ------------------------------------------------------------------------------
def zip_bytes(folder: Path, *, root: str = "", extra=None, method: int = zipfile.ZIP_DEFLATED, skip: str | None = None) -> bytes:
    """The pack folder zipped (under `root`), then `extra(zip)` adds members; `skip` leaves one file out."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for relative, data in tree(folder).items():
            if relative != skip:
                archive.writestr(root + relative, data)
        if extra is not None:
            extra(archive)
    return buffer.getvalue()


def headers(data: bytearray, name: str) -> tuple[int, int]:
    """Offsets of the central directory record and of the local header of member `name`."""
    wanted = name.encode()
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + length] == wanted:
            return central, struct.unpack_from("<I", data, central + 42)[0]
        central = data.find(b"PK\x01\x02", central + 4)
    raise AssertionError(f"{name} is not in the archive")


def patch_headers(data: bytes, name: str, fmt: str, central_offset: int, local_offset: int, change) -> bytes:
    """The same archive, with one field of member `name` changed by `change` in both of its headers."""
    patched = bytearray(data)
    central, local = headers(patched, name)
    for offset in (central + central_offset, local + local_offset):
        struct.pack_into(fmt, patched, offset, change(struct.unpack_from(fmt, patched, offset)[0]))
    return bytes(patched)


def declare_size(data: bytes, name: str, size: int) -> bytes:
    """The same archive, with member `name` claiming to unpack to `size` bytes."""
    return patch_headers(data, name, "<I", 24, 22, lambda _old: size)


def set_flags(data: bytes, name: str, bits: int) -> bytes:
    return patch_headers(data, name, "<H", 8, 6, lambda old: old | bits)


def set_method(data: bytes, name: str, method: int) -> bytes:
    return patch_headers(data, name, "<H", 10, 8, lambda _old: method)


def member_data_offset(data: bytes, name: str) -> int:
    _central, local = headers(bytearray(data), name)
    name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
    return local + 30 + name_length + extra_length


def add(name: str, data: bytes | str = "---\nid: x\n---\n", *, attr: int | None = None, method: int = zipfile.ZIP_DEFLATED):
    def extra(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name)
        info.compress_type = method
        if attr is not None:
            info.external_attr = attr << 16
        archive.writestr(info, data)
    return extra


# -- the hostile inputs -------------------------------------------------------------------------------
def _corrupt_member(data: bytes) -> bytes:
    start = member_data_offset(data, "lessons/keep-trust.md")
    return data[:start + 4] + bytes(b ^ 0x5A for b in data[start + 4:start + 40]) + data[start + 40:]


def _date_as_a_name(folder: Path) -> bytes:
    # YAML reads the name as a date, which the reference store could not save: every start failed.
    model = (folder / "models" / "alpha.md").read_text(encoding="utf-8").replace("    value: Unearmarked grant\n",
                                                                                "    value: Unearmarked grant\n    2001-01-01: note\n")
    return zip_bytes(folder, skip="models/alpha.md", extra=add("models/alpha.md", model))


_ALIAS_BOMB = "---\n" + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]\n" for n in range(1, 9)) + "---\n"


def _lying_size(folder: Path) -> bytes:
    # 64 MB of zeros deflate to 64 KB; the member says it holds 1,000 bytes: ratio and sizes
    # look harmless, only the reading can notice.
    return declare_size(zip_bytes(folder, extra=add("lessons/bomb.md", bytes(64 * MB))), "lessons/bomb.md", 1000)


# name -> (how to build the archive bytes from the pack folder, words the message must contain)
HOSTILE = {
    "zip bomb (compression ratio)": (lambda f: zip_bytes(f, extra=add("lessons/bomb.md", bytes(8 * MB))), "lessons/bomb.md: compression ratio too high"),
    "member inflating far beyond its declared size": (_lying_size, "damaged archive"),
    "huge declared size": (lambda f: declare_size(zip_bytes(f), "lessons/keep-trust.md", 3_000_000_000),
                           "lessons/keep-trust.md: file of 3000000000 bytes; at most"),
    "size declared without any data": (lambda f: declare_size(zip_bytes(f, extra=add("lessons/empty.md", b"", method=zipfile.ZIP_STORED)),
                                                              "lessons/empty.md", 5 * MB),
                                       "lessons/empty.md: compression ratio too high"),
    "parent path": (lambda f: zip_bytes(f, extra=add("../evil.md")), "../evil.md: path leaves the pack folder"),
    "parent path inside": (lambda f: zip_bytes(f, extra=add("lessons/../../evil.md")), "lessons/../../evil.md: path leaves the pack folder"),
    "parent path with backslashes": (lambda f: zip_bytes(f, extra=add("..\\..\\evil.md")), "..\\..\\evil.md: path leaves the pack folder"),
    "absolute path": (lambda f: zip_bytes(f, extra=add("/etc/cron.d/evil")), "/etc/cron.d/evil: absolute path"),
    "absolute folder": (lambda f: zip_bytes(f, extra=add("/etc/", b"")), "/etc/: absolute path"),
    "parent folder": (lambda f: zip_bytes(f, extra=add("../", b"")), "../: path leaves the pack folder"),
    "drive letter": (lambda f: zip_bytes(f, extra=add("C:\\Windows\\evil.md")), "C:\\Windows\\evil.md: absolute path"),
    "drive-relative path": (lambda f: zip_bytes(f, extra=add("C:evil.md")), "C:evil.md: absolute path"),
    "backslash root": (lambda f: zip_bytes(f, extra=add("\\evil.md")), "\\evil.md: absolute path"),
    "UNC path": (lambda f: zip_bytes(f, extra=add("\\\\server\\share\\evil.md")), "\\\\server\\share\\evil.md: absolute path"),
    "symbolic link": (lambda f: zip_bytes(f, extra=add("themes/link.md", "/etc/passwd", attr=0o120777)), "themes/link.md: symbolic link"),
    "duplicate name": (lambda f: zip_bytes(f, extra=add("lessons/keep-trust.md")), "lessons/keep-trust.md: appears twice"),
    "duplicate through a backslash": (lambda f: zip_bytes(f, extra=add("lessons\\keep-trust.md")), "lessons\\keep-trust.md: appears twice"),
    "file without a name": (lambda f: zip_bytes(f, extra=add("")), "(archive): holds a file without a name"),
    "encrypted member": (lambda f: set_flags(zip_bytes(f), "lessons/keep-trust.md", 0x1), "lessons/keep-trust.md: encrypted"),
    "bzip2 member": (lambda f: zip_bytes(f, extra=add("lessons/more.md", "text", method=zipfile.ZIP_BZIP2)),
                     "lessons/more.md: compressed with an unsupported method (bzip2)"),
    "LZMA member": (lambda f: zip_bytes(f, extra=add("lessons/more.md", "text", method=zipfile.ZIP_LZMA)), "unsupported method (LZMA)"),
    "unknown compression method": (lambda f: set_method(zip_bytes(f), "pack.yaml", 99), "pack.yaml: compressed with an unsupported method (AES"),
    "damaged member data": (lambda f: _corrupt_member(zip_bytes(f)), "damaged archive"),
    "truncated archive": (lambda f: zip_bytes(f)[: len(zip_bytes(f)) // 2], "not a pack archive (zip)"),
    "archive missing its last byte": (lambda f: zip_bytes(f)[:-1], "not a pack archive (zip)"),
    # 'é' is two bytes in UTF-8; replaced by two bytes that are not UTF-8, under the UTF-8 flag.
    "names flagged UTF-8 that are not": (lambda f: zip_bytes(f, extra=add("lessons/café.md")).replace("café".encode(), b"caf\xff\xfe"),
                                         "not a pack archive (zip)"),
    "plain text named .atlaspack": (lambda f: b"This is plain text, not an archive.\n", "not a pack archive (zip)"),
    "empty file": (lambda f: b"", "not a pack archive (zip)"),
    "random bytes": (lambda f: hashlib.sha512(b"garbage").digest() * 64, "not a pack archive (zip)"),
    "pack nested one folder too deep": (lambda f: zip_bytes(f, root="outer/inner/"), "pack.yaml: missing"),
    "deeply nested member": (lambda f: zip_bytes(f, extra=add("lessons/" + "deep/" * 200 + "x.md")), "not in a sub-folder"),
    "unicode folder name": (lambda f: zip_bytes(f, extra=add("leçons/été.md")), "leçons/été.md: 'leçons' is not an entry folder"),
    # Hostile text inside a well-formed archive: a few hundred bytes of YAML that would stand for
    # 10^9 strings, and a list nested 100,000 deep (which crashed libyaml), stored uncompressed
    # as the compression ratio check would refuse it first.
    "YAML alias bomb": (lambda f: zip_bytes(f, extra=add("lessons/bomb.md", _ALIAS_BOMB)), "lessons/bomb.md: aliases (*name) repeat values"),
    "a date as a field name": (_date_as_a_name, "models/alpha.md: the name 2001-01-01 reads as a date"),
    "YAML nested too deep": (lambda f: zip_bytes(f, extra=add("lessons/deep.md", "---\nid: " + "[" * 100_000 + "]" * 100_000 + "\n---\n",
                                                                                  method=zipfile.ZIP_STORED)),
                             "lessons/deep.md:2: values nested more than 50 levels deep"),
}


@pytest.fixture
def pack_folder(packs) -> Path:
    return packs.write(PACK_ID, pack={"id": PACK_ID, "title": "Hostile pack"})


@pytest.fixture
def hostile_store(home, packs):
    """A store over a small bundled pack: quick to build, and a reference store to keep unchanged."""
    with Store(home, bundled=[packs.write()]) as store:
        yield store


def state(store: Store) -> tuple:
    """Everything an import could change: the packs folder, the reference store's file and packs."""
    reference = hashlib.sha256(store.paths.reference_db.read_bytes()).hexdigest()
    installed = tree(store.paths.packs_dir) if store.paths.packs_dir.is_dir() else {}
    return installed, reference, store.packs()


def test_the_clean_archive_installs(hostile_store, pack_folder, tmp_path):
    archive = tmp_path / "clean.atlaspack"
    archive.write_bytes(zip_bytes(pack_folder))
    before = state(hostile_store)
    assert hostile_store.import_pack(archive).action == "installed"
    assert state(hostile_store) != before and PACK_ID in hostile_store.pack_ids()


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_archive_is_refused_and_changes_nothing(hostile_store, pack_folder, tmp_path, case):
    build, wanted = HOSTILE[case]
    archive = tmp_path / "incoming" / "hostile.atlaspack"
    archive.parent.mkdir()
    archive.write_bytes(build(pack_folder))
    before, files_before = state(hostile_store), tree(tmp_path)
    with pytest.raises(PackError) as raised:
        hostile_store.import_pack(archive)
    message = str(raised.value)
    assert str(archive) in message and wanted in message, message
    assert state(hostile_store) == before
    assert tree(tmp_path) == files_before, "something was written"
    assert PACK_ID not in hostile_store.pack_ids()


def test_a_member_inflating_beyond_its_declared_size_never_fills_the_memory(pack_folder, tmp_path):
    archive = tmp_path / "lying.atlaspack"
    archive.write_bytes(_lying_size(pack_folder))
    tracemalloc.start()
    try:
        with pytest.raises(PackError, match="damaged archive"):
            source.PackSource.open(archive).files()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MB, f"reading a 64 KB archive took {peak / MB:.0f} MB"


def test_too_many_files_are_refused_before_any_is_read(hostile_store, pack_folder, tmp_path, monkeypatch):
    # A real archive over the limit (500,000 files) takes minutes to write; the check is the same.
    monkeypatch.setattr(source, "MAX_FILES", 20)
    archive = tmp_path / "many.atlaspack"
    archive.write_bytes(zip_bytes(pack_folder, extra=lambda z: [z.writestr(f"notes/{n}.txt", "") for n in range(20)]))
    before = state(hostile_store)
    with pytest.raises(PackError, match=rf"\(archive\): holds {len(tree(pack_folder)) + 20} files and folders; at most 20 are accepted"):
        hostile_store.import_pack(archive)
    assert state(hostile_store) == before


def test_too_much_in_total_is_refused(hostile_store, pack_folder, tmp_path):
    names = [f"notes/{n}.txt" for n in range(150)]
    data = zip_bytes(pack_folder, extra=lambda z: [z.writestr(name, "x" * 100) for name in names])
    for name in names:  # 150 x 15 MB: each member within its limit, the archive not
        data = declare_size(data, name, 15 * MB)
    archive = tmp_path / "total.atlaspack"
    archive.write_bytes(data)
    with pytest.raises(PackError) as raised:
        hostile_store.import_pack(archive)
    assert f"(archive): unpacks to {150 * 15 * MB + sum(map(len, tree(pack_folder).values()))} bytes" in str(raised.value)


def test_backslash_separators_read_as_folders(hostile_store, pack_folder, tmp_path):
    """Zips from old Windows tools separate folders with '\\': the pack reads the same on every system."""
    archive = tmp_path / "windows.atlaspack"
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as handle:
        for relative, content in tree(pack_folder).items():
            handle.writestr(relative.replace("/", "\\"), content)
    archive.write_bytes(data.getvalue())
    result = hostile_store.import_pack(archive)
    assert result.action == "installed" and result.pack.fingerprint == load_pack(pack_folder).fingerprint


def test_unicode_names_are_read(hostile_store, pack_folder, tmp_path):
    archive = tmp_path / "unicode.atlaspack"
    archive.write_bytes(zip_bytes(pack_folder, root="Paquet coopération/", extra=add("Paquet coopération/NOTES-été.txt", "ok")))
    assert hostile_store.import_pack(archive).action == "installed"
    assert hostile_store.entry(f"{PACK_ID}/keep-trust").title == "Keep trust through coopération"


def test_refusal_is_an_atlas_error_with_every_problem(hostile_store, pack_folder, tmp_path):
    archive = tmp_path / "several.atlaspack"
    archive.write_bytes(zip_bytes(pack_folder, extra=lambda z: [add("../a.md")(z), add("/b.md")(z), add("lessons/bomb.md", bytes(8 * MB))(z)]))
    with pytest.raises(AtlasError) as raised:
        hostile_store.import_pack(archive)
    assert [p.file for p in raised.value.problems] == ["../a.md", "/b.md", "lessons/bomb.md"]
