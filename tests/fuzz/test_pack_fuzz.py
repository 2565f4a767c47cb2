"""Pack loading (db/packs/loader.py load_pack): whatever the folder or archive holds, the only
error is PackError, listing problems that each name a file; a pack that loads compiles."""
from __future__ import annotations

import io
import itertools
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from db import AtlasPaths, PackError, Store
from db.packs.loader import load_pack
from tests.fuzz.strategies import yaml_text
from tests.packfactory import ENTRIES, PackFactory, tree

FILES = sorted(ENTRIES) + ["pack.yaml"]
FIELD_NAMES = sorted({name for fields, _ in ENTRIES.values() for name in fields} | {"attributes", "version", "language", "nonsense"})

yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3000, 3000), st.floats(allow_nan=False), st.text(max_size=12), st.dates(),
              st.sampled_from(["src-a", "alpha", "keep-trust", "trust", "donor", "not_documented", "lesson", "1.0.0"])),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=6), st.integers()),
                                                                inner, max_size=3),
    max_leaves=8,
)
names = st.one_of(
    st.sampled_from(FILES + ["lessons/new.md", "models/x.md", "lessons/sub/deep.md", "README.md", "lessons/bulk.jsonl", "lesson/typo.md",
                             ".hidden/x.md", "__MACOSX/._pack.yaml", "themes/été.md", "lessons/a.zip"]),
    st.builds("/".join, st.lists(st.text(st.characters(exclude_characters="/\\\x00", exclude_categories=("Cs",)), min_size=1, max_size=8),
                                 min_size=1, max_size=3)),
)
contents = st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode), yaml_text.map(str.encode),
                     yaml_text.map(lambda front: f"---\n{front}\n---\nBody\n".encode()))


@st.composite
def edits(draw):
    """One change to a valid pack: a field set to any value, a file replaced, added or removed."""
    kind = draw(st.sampled_from(["field", "replace", "add", "remove"]))
    if kind == "field":
        return kind, draw(st.sampled_from(FILES)), draw(st.sampled_from(FIELD_NAMES)), draw(yaml_values)
    if kind == "remove":
        return kind, draw(st.sampled_from(FILES)), None, None
    return kind, draw(names if kind == "add" else st.sampled_from(FILES)), None, draw(contents)


def apply(folder: Path, edit) -> None:
    kind, name, field, value = edit
    path = folder / name
    if kind == "remove":
        path.unlink(missing_ok=True)
    elif kind == "field":
        try:
            text = path.read_text(encoding="utf-8")
            front, body = (text, None) if name == "pack.yaml" else text.split("---\n", 2)[1:]
            data = yaml.safe_load(front)
        except (OSError, ValueError, yaml.YAMLError):
            return  # an earlier edit removed or garbled the file
        if isinstance(data, dict):
            data[field] = value
            dumped = yaml.safe_dump(data, allow_unicode=True)
            path.write_text(dumped if body is None else f"---\n{dumped}---\n{body}", encoding="utf-8")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                shutil.rmtree(path)
            path.write_bytes(value)
        except OSError:
            pass  # a name this file system refuses (too long, say): nothing to load


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A fresh folder per example (Hypothesis runs many examples per test call)."""
    root = tmp_path_factory.mktemp("fuzz-packs")
    template = tree(PackFactory(root / "template").write("pack"))
    counter = itertools.count()

    def fresh() -> Path:
        folder = root / str(next(counter)) / "pack"
        for relative, data in template.items():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (folder / relative).write_bytes(data)
        return folder

    return fresh


def load_or_pack_error(location: Path):
    try:
        return load_pack(location)
    except PackError as exc:
        assert exc.problems and all(problem.file and problem.message for problem in exc.problems), exc.problems
        return None


@given(st.lists(edits(), min_size=1, max_size=4))
# Unknown names of two types could not be sorted for the message (TypeError):
@example([("field", "lessons/keep-trust.md", 1, "x"), ("field", "lessons/keep-trust.md", "zzz", "y")])
@example([("field", "pack.yaml", 1, "x"), ("field", "pack.yaml", "zzz", "y")])
@example([("field", "pack.yaml", "attributes", [{"key": "funding", "label": "F", "group": "g", "type": "text", "order": 1, 1: 2, "zz": 3}])])
@example([("replace", "models/alpha.md", None, b"---\nid: alpha\nattributes: {1: {value: x}, zz: {value: y}}\n---\n")])
@example([("replace", "actors/donor.md", None, b"---\n!!float \n---\nBody\n")])  # IndexError inside PyYAML
@example([("add", "lessons/bulk.jsonl", None, b"[" * 100_000)])  # RecursionError in json.loads
@example([("add", "lessons/bulk.jsonl", None, b'{"id": "x", "1": 1, "2": {"a": 1}}\n{"id": 1}\n')])
def test_any_pack_folder_loads_or_raises_pack_error(workspace, edits):
    folder = workspace()
    for edit in edits:
        apply(folder, edit)
    load_or_pack_error(folder)


@pytest.fixture(scope="module")
def archive_bytes(tmp_path_factory) -> bytes:
    folder = PackFactory(tmp_path_factory.mktemp("fuzz-archive")).write()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative, data in tree(folder).items():
            archive.writestr(relative, data)
    return buffer.getvalue()


@given(st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=8),
       st.one_of(st.none(), st.floats(0, 1)), st.binary(max_size=8))
def test_any_damaged_archive_loads_or_raises_pack_error(archive_bytes, tmp_path_factory, changes, cut, tail):
    data = bytearray(archive_bytes)
    for where, byte in changes:
        data[int(where * len(data))] = byte
    if cut is not None:
        data = data[: int(cut * len(data))]
    archive = tmp_path_factory.getbasetemp() / "damaged.atlaspack"
    archive.write_bytes(bytes(data) + tail)
    load_or_pack_error(archive)


texts = st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).filter(str.strip)


@given(title=texts, body=texts, statement=texts, region=texts)
@example(title="\u00a0x", body="'; DROP TABLE entries; --", statement='"*', region="中文")
def test_a_pack_that_loads_compiles_with_its_text_intact(workspace, title, body, statement, region):
    folder = workspace()
    PackFactory.set_entry(folder, "lessons/keep-trust.md", {**ENTRIES["lessons/keep-trust.md"][0], "title": title, "statement": statement,
                                                           "region": region}, body)
    pack = load_pack(folder)
    with Store(AtlasPaths.under(folder.parent / "home"), bundled=[folder]) as store:
        assert store.pack_ids() == [pack.id] and store.last_rebuild.skipped == []
        entry = store.entry("test-pack/keep-trust")
        assert (entry.title, entry.fields["statement"], entry.fields["region"], entry.markdown) == (title, statement, region, body.strip())
        store.search(title)
