"""Plan, run and report the import of a spreadsheet of lessons into an installed user pack.

The pack is written to a temporary folder and installed through `Store.import_pack`, which
validates it and swaps the archive in one step: a failure or a cancel before that leaves the
packs, the cache and the notes as they were. Notes attach to `pack_id/entry_id`, and entry ids
come from the mapped id column or the text, so they stay attached across re-imports.
"""
from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from db.files.csvfile import write_csv
from db.packs.registry import installed_path
from db.packs.schema import ID_PATTERN
from db.phrases import joined, phrase
from db.spreadsheets import packing
from db.spreadsheets.choosing import alternative, choose_mapping, distinct_texts, nonsense, pick_sheet
from db.spreadsheets.cleaning import FACETS, REPEATED, Cleaned, cell_text, clean_rows, slug
from db.spreadsheets.errors import ImportCancelled, SpreadsheetError
from db.spreadsheets.mapping import GUESSED, Mapping, column_problems, load_mapping, with_unused
from db.spreadsheets.reading import Table, read_table, read_tables

if TYPE_CHECKING:
    from db.store.facade import Store

PREVIEW_ROWS = 20
OUTCOMES = ("imported", "updated", "unchanged", "skipped", "removed")
# Steps reported after the rows: writing the pack, then installing and compiling it.
FINAL_STEPS = 2
_CANCEL_EVERY = 256


@dataclass(frozen=True)
class ImportPlan:
    """What an import of `path` would read: for a dialog to show before anything is written."""

    path: Path
    description: str  # how the file was read (format, encoding, delimiter or sheet)
    headers: list[str]
    sample: list[tuple[int, list[str]]]  # the first PREVIEW_ROWS rows: (row number, cells as text)
    row_count: int  # rows with something in them, after the header
    blank_rows: int
    mapping: Mapping
    problems: list[str]  # what keeps the mapping from working; empty when the import can run
    pack_id: str  # the one asked for when it is a valid id, else the default made from the file name
    updates_version: str | None  # version of the imported pack this would update, if any
    warning: str | None = None  # why the mapping looks wrong (see choosing.nonsense): importing needs force
    alternative: Mapping | None = None  # the best mapping with another text column, when there is a warning


@dataclass(frozen=True)
class RowOutcome:
    row: int | None  # None for a lesson removed because it is no longer in the file
    outcome: str  # one of OUTCOMES
    reason: str  # why it was skipped, or what was left out or kept as written
    id: str
    group: str = ""  # the reason in words shared by every row that has it; the reason itself when empty
    same_as: int | None = None  # the earlier row a skipped row repeats

    @property
    def detail(self) -> str:
        if self.same_as:
            return phrase("{reason} (row {row}, which was kept)", reason=self.reason, row=self.same_as)
        return self.reason

    @property
    def grouped_by(self) -> str:
        return self.group or self.reason


@dataclass
class ImportReport:
    path: Path
    description: str
    mapping: Mapping
    pack_id: str
    version: str | None  # installed (or, in a dry run, that would be installed); None when nothing is
    previous_version: str | None
    dry_run: bool
    outcomes: list[RowOutcome] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    blank_rows: int = 0
    installed: bool = False
    warning: str | None = None  # why the mapping looks wrong: nothing is installed unless forced
    alternative: Mapping | None = None  # the best other mapping, when not forced
    forced: bool = False

    @property
    def counts(self) -> dict[str, int]:
        found = {name: 0 for name in OUTCOMES}
        for item in self.outcomes:
            found[item.outcome] += 1
        return {"read": sum(found[name] for name in OUTCOMES if name != "removed"), **found}

    @property
    def lessons(self) -> int:
        return sum(1 for item in self.outcomes if item.outcome in ("imported", "updated", "unchanged"))

    def grouped(self, *outcomes: str) -> list[tuple[str, list[RowOutcome]]]:
        """The rows with one of these outcomes and a reason, in groups that share a reason, the biggest first."""
        groups: dict[str, list[RowOutcome]] = {}
        for item in self.outcomes:
            if item.outcome in outcomes and item.row is not None and item.reason:
                groups.setdefault(item.grouped_by, []).append(item)
        return sorted(groups.items(), key=lambda group: -len(group[1]))

    def write_csv(self, target: Path) -> None:
        """Row-level outcomes (row, outcome, reason, id) as CSV, removed lessons last."""
        ordered = sorted(self.outcomes, key=lambda item: (item.row is None, item.row or 0))
        # Nothing installed (a dry run, a refused mapping): what each row would have been.
        would = "" if self.installed else "would be "
        rows = [["row", "outcome", "reason", "id"]]
        rows += [["" if item.row is None else item.row, item.outcome if item.outcome == "skipped" else would + item.outcome,
                  item.detail, item.id] for item in ordered]
        try:
            write_csv(target, rows)
        except OSError as exc:
            raise SpreadsheetError(phrase("{path}: the report cannot be written ({reason}).", path=target,
                                          reason=exc.strerror or str(exc))) from None


def preview(store: Store, path: Path, mapping: Mapping | Path | str | None = None, pack_id: str | None = None) -> ImportPlan:
    table, chosen = read(path, mapping)
    pack_id = pack_id if pack_id and ID_PATTERN.match(pack_id) else default_pack_id(path)
    previous = _previous_version(store, pack_id)
    sample = [(row.number, [cell_text(cell) for cell in row.cells]) for row in table.rows[:PREVIEW_ROWS]]
    problems = column_problems(chosen, table.headers, path)
    warning = better = None
    if not problems:
        # Before every row is cleaned, each different text is what could be kept at best.
        filled, texts = distinct_texts(table, chosen.columns["text"])
        warning = nonsense(len(table.rows), filled, texts, chosen.columns["text"])
        better = alternative(table, chosen) if warning else None
    return ImportPlan(path, table.description, table.headers, sample, len(table.rows), table.blank_rows, chosen,
                      problems, pack_id, previous, warning, better)


def run(store: Store, path: Path, *, mapping: Mapping | Path | str | None = None, pack_id: str | None = None,
        dry_run: bool = False, force: bool = False, progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None) -> ImportReport:
    """Import `path`; with a mapping that looks wrong (most rows skipped, a text of a few repeated
    values) nothing is installed and the report says why and suggests another, unless `force`."""
    table, chosen = read(path, mapping)
    problems = column_problems(chosen, table.headers, path)
    if problems:
        where = chosen.origin if chosen.origin not in ("given", GUESSED) else str(path)
        raise SpreadsheetError(joined([joined([where, problem], ": ") for problem in problems]))
    pack_id = _checked_pack_id(pack_id, path)
    previous = _previous(store, pack_id)
    total = len(table.rows) + FINAL_STEPS

    def advance(done: int) -> None:
        if progress is not None:
            progress(done, total)

    def step(done: int) -> None:
        if done % _CANCEL_EVERY == 0:
            _check(cancel, path)
            advance(done)

    before = previous.records if previous else {}
    preferred = {name: {entry[name] for entry in before.values() if name in entry} for name in FACETS}
    cleaned = clean_rows(table, chosen, latest_year=date.today().year + 1, reserved_ids=frozenset({packing.SOURCE_ID}),
                         preferred=preferred, step=step)
    _check(cancel, path)
    advance(len(table.rows))
    records = [packing.record(lesson) for lesson in cleaned.lessons]
    report = ImportReport(path, table.description, chosen, pack_id, None, previous.version if previous else None, dry_run,
                          outcomes=_outcomes(cleaned, records, before), merged=cleaned.merged, blank_rows=table.blank_rows)
    # The lessons kept have different texts; rows that repeat one are not what makes a mapping wrong.
    repeats = sum(1 for item in cleaned.skipped if (item.group or item.reason) in REPEATED)
    warning = nonsense(len(table.rows), len(cleaned.lessons) + repeats, len(cleaned.lessons), chosen.columns["text"])
    report.warning, report.forced = warning, bool(warning and force)
    if warning and not force:
        report.alternative = alternative(table, chosen)
        advance(total)
        return report
    info = _pack_info(path, table, chosen, pack_id, previous)
    counts = report.counts
    changed = previous is None or any(counts[name] for name in ("imported", "updated", "removed")) \
        or (info.title, info.language) != (previous.title, previous.language)
    if not records or not changed:
        advance(total)
        return report
    report.version = packing.next_version(previous.version if previous else None)
    if dry_run:
        advance(total)
        return report
    _install(store, info, report.version, records, cancel, path, written=lambda: advance(total - 1))
    report.installed = True
    advance(total)
    return report


def _outcomes(cleaned: Cleaned, records: list[dict], before: dict[str, dict]) -> list[RowOutcome]:
    """Each row's outcome against the lessons imported before, then the lessons no longer in the file."""
    outcomes = [RowOutcome(item.row, "skipped", item.reason, item.id, item.group, item.same_as) for item in cleaned.skipped]
    for lesson, entry in zip(cleaned.lessons, records):
        old = before.get(lesson.id)
        outcome = "imported" if old is None else "unchanged" if packing.comparable(old) == packing.comparable(entry) else "updated"
        outcomes.append(RowOutcome(lesson.row, outcome, joined(lesson.flags, "; "), lesson.id, joined(lesson.groups, "; ")))
    outcomes.sort(key=lambda item: item.row)
    kept = {lesson.id for lesson in cleaned.lessons}
    gone = phrase("no longer in the file")
    return outcomes + [RowOutcome(None, "removed", gone, old_id) for old_id in before if old_id not in kept]


def default_pack_id(path: Path) -> str:
    """The file's name as a pack id: re-importing next month's export under the same name updates the same pack."""
    return slug(path.stem) or "imported-lessons"


def read(path: Path, mapping: Mapping | Path | str | None = None) -> tuple[Table, Mapping]:
    """The table to import and its mapping: the given one, or columns chosen from the headers and
    contents (on the workbook's sheet that holds the lessons, unless the mapping names one)."""
    if isinstance(mapping, (str, Path)):
        mapping = load_mapping(Path(mapping))
    if mapping is not None and mapping.columns:
        table = read_table(path, sheet=mapping.sheet)
        return table, with_unused(mapping, table.headers)
    if mapping is not None and mapping.sheet:
        table, profiles = read_table(path, sheet=mapping.sheet), None
    else:
        table, profiles = pick_sheet(read_tables(path))
    # The sheet chosen goes with the mapping: the dialog imports with the columns it showed, from that sheet.
    chosen = replace(choose_mapping(table, profiles), sheet=table.sheet)
    if mapping is None:
        return table, chosen
    # A mapping file of settings only (sheet, language, title, dates): the columns are still chosen.
    origin = phrase("chosen from the headers and the contents, with the settings of {path}", path=mapping.origin)
    return table, replace(chosen, origin=origin, sheet=table.sheet, language=mapping.language, pack_title=mapping.pack_title,
                          dates=mapping.dates)


def _checked_pack_id(pack_id: str | None, path: Path) -> str:
    if pack_id is None:
        return default_pack_id(path)
    if not ID_PATTERN.match(pack_id):
        raise SpreadsheetError(phrase("The pack id '{pack_id}' cannot be used for {file}: a pack id is lowercase letters, "
                                      "digits and hyphens, e.g. {example}.", pack_id=pack_id, file=path.name,
                                      example=slug(pack_id) or default_pack_id(path)))
    return pack_id


def _bundled(store: Store, pack_id: str) -> bool:
    return any(p["id"] == pack_id and p["origin"] == "bundled" for p in store.packs())


def _previous(store: Store, pack_id: str) -> packing.Previous | None:
    if _bundled(store, pack_id):
        raise SpreadsheetError(phrase("The pack id '{pack_id}' belongs to a pack bundled with the application; choose another "
                                      "pack id.", pack_id=pack_id))
    location = installed_path(store.paths.packs_dir, pack_id)
    return packing.read_previous(location, pack_id) if location.is_file() else None


def _previous_version(store: Store, pack_id: str) -> str | None:
    try:
        previous = _previous(store, pack_id)
    except SpreadsheetError:
        return None  # the import itself says why; a preview only shows what it can
    return previous.version if previous else None


def _pack_info(path: Path, table: Table, mapping: Mapping, pack_id: str, previous: packing.Previous | None) -> packing.PackInfo:
    return packing.PackInfo(
        id=pack_id,
        title=mapping.pack_title or (previous.title if previous else f"Lessons from {path.name}"),
        language=mapping.language or (previous.language if previous else "und"),
        description=f"Lessons imported from the spreadsheet {path.name} into Partnership Atlas.",
        source_title=f"Spreadsheet {path.name}",
        source_citation=f"{path.name} ({table.description}), {len(table.rows)} rows, imported on {date.today().isoformat()}",
    )


def _install(store: Store, info: packing.PackInfo, version: str, records: list[dict], cancel: threading.Event | None,
             path: Path, *, written: Callable[[], None]) -> None:
    store.paths.cache_dir.mkdir(parents=True, exist_ok=True)
    # In the cache folder: the application writes nowhere outside its own folders.
    with tempfile.TemporaryDirectory(prefix=".lessons-import-", dir=store.paths.cache_dir) as folder:
        packing.write_pack(Path(folder), info, version, records)
        written()
        # The last chance to cancel: once installed, the new pack stays and the cache is rebuilt for it.
        _check(cancel, path)
        store.import_pack(folder)


def _check(cancel: threading.Event | None, path: Path) -> None:
    if cancel is not None and cancel.is_set():
        raise ImportCancelled(phrase("The import of {file} was cancelled; nothing was changed.", file=path.name))
