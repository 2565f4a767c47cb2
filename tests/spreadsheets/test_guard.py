"""A mapping that would skip most rows, or take a label as the text, installs nothing unless forced, and says what else to use."""
from __future__ import annotations

import pytest

from db.spreadsheets.choosing import nonsense
from db.spreadsheets.mapping import Mapping
from tests.cli.runner import run
from tests.spreadsheets import layouts

WRONG = Mapping({"text": "Learning", "country": "Country"})


@pytest.fixture(scope="module")
def labels_file(tmp_path_factory):
    return layouts.learning_labels(tmp_path_factory.mktemp("guard"), layouts.random.Random(5))


@pytest.mark.parametrize(("rows", "kept", "distinct", "expected"), [
    (400, 2, 2, "holds only 2 different values in 400 rows"),
    (400, 180, 180, "would skip 220 of 400 rows (55%)"),
    (400, 200, 200, None),  # exactly half skipped: still allowed
    (3, 1, 1, "would skip 2 of 3 rows"),
    (5, 5, 5, None),
])
def test_what_counts_as_nonsense(rows, kept, distinct, expected):
    found = nonsense(rows, kept, distinct, "Learning")
    assert (found is None) if expected is None else (expected in found)


def test_a_wrong_mapping_installs_nothing_and_suggests_the_right_one(store, labels_file):
    report = store.import_lessons(labels_file.path, mapping=WRONG)
    assert not report.installed and labels_file.path.stem not in store.pack_ids()
    assert "'Learning' holds only 2 different values in 400 rows" in report.warning
    assert report.alternative.columns["text"] == "Modified Excerpt" and report.alternative.columns["type"] == "Learning"


def test_forced_it_installs_and_says_so(store, labels_file):
    report = store.import_lessons(labels_file.path, mapping=WRONG, force=True)
    assert report.installed and report.forced and report.lessons == 2


def test_a_dry_run_says_the_same(store, labels_file):
    report = store.import_lessons(labels_file.path, mapping=WRONG, dry_run=True)
    assert report.warning and report.alternative is not None and not report.installed


def test_the_cli_refuses_prints_the_alternative_and_exits_1(home, capsys, labels_file, tmp_path):
    mapping = tmp_path / "map.yaml"
    mapping.write_text(WRONG.to_yaml(), encoding="utf-8")
    for extra in ((), ("--dry-run",)):
        code, out, _ = run(capsys, "import-lessons", labels_file.path, "--mapping", mapping, *extra)
        assert code == 1
        assert "Nothing was installed: the text column 'Learning' holds only 2 different values in 400 rows" in out
        assert "The best other mapping (save it as map.yaml and pass --mapping map.yaml):\n  columns:\n    text: Modified Excerpt" in out
        assert out.rstrip().endswith("To import with this mapping all the same, add --force.")
    _, out, _ = run(capsys, "pack", "list")
    assert "learning" not in out
    code, out, _ = run(capsys, "import-lessons", labels_file.path, "--mapping", mapping, "--force")
    assert code == 0 and "Warning: the text column 'Learning'" in out and "Installed pack learning 1.0.0 (2 lessons)" in out


def test_the_preview_warns_before_anything_is_read_row_by_row(store, labels_file):
    plan = store.preview_lessons_import(labels_file.path, WRONG)
    assert "holds only 2 different values" in plan.warning and plan.alternative.columns["text"] == "Modified Excerpt"
    assert store.preview_lessons_import(labels_file.path).warning is None
