"""import-lessons: a CSV or XLSX export of lessons made into (or updating) a user pack."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.cli.files import output_file
from db.cli.output import clean, plural
from db.store.facade import Store

MAPPING_EXAMPLE = """a mapping file (fields: text, second_text, title, type, code, country, region, sector, hazard, date,
id, source; only text is required):
  columns:
    text: Lesson learned
    second_text: Original excerpt   # optional: a second text kept beside the first, shown and searched
    id: Lesson ID
    code: Appeal code        # optional: an operation or appeal code, a filter (code:MDRFJ003)
    country: Country
    date: Date
  sheet: Lessons             # optional, XLSX: the sheet to read (default: the first)
  language: en               # optional: the language of the lessons (default: und)
  pack_title: DREF lessons   # optional
  dates: day-first           # optional: read 03/04/2019 as 3 April (month-first: 4 March)

Without --mapping, each column is chosen from its header and its contents (long, varied prose is
the text; a few repeated labels are a type or a facet, never the text), and the reason is printed
beside it. An import that would skip more than half of the rows, or whose text column holds fewer
different values than a tenth of the rows, installs nothing unless --force: it prints the best
other mapping instead. Dates that could be read two ways, or that are implausible, are kept as
written and listed.

examples:
  partnership-atlas import-lessons lessons.xlsx --dry-run
  partnership-atlas import-lessons export-march.csv --pack-id dref-lessons --report report.csv
  partnership-atlas import-lessons export.csv --mapping map.yaml --pack-id dref-lessons"""

# Groups of rows listed; past this many, the rest are counted (every row is in --report).
LISTED = 30
ROWS_NAMED = 5  # row numbers named for each group


def add_parsers(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import-lessons", help="make or update a pack of lessons from a CSV or XLSX file",
        description="Read lessons from a spreadsheet export (CSV in any common encoding and delimiter, or XLSX) and install "
                    "them as a pack of your own. Importing the next export into the same pack updates lessons in place, adds "
                    "new ones and removes those no longer in the file; notes stay attached to the lessons that remain. "
                    "Without --mapping, the columns are chosen from their headers and contents and the mapping used is "
                    "printed with the reason for each column: save it to a file, edit it and pass it with --mapping.",
        epilog=MAPPING_EXAMPLE)
    parser.add_argument("file", type=Path, help="the .csv or .xlsx file")
    parser.add_argument("--mapping", type=Path, metavar="MAP.yaml", help="which column holds what (see the printed mapping)")
    parser.add_argument("--pack-id", metavar="ID", help="the pack to make or update (default: from the file name)")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen and change nothing")
    parser.add_argument("--force", action="store_true",
                        help="import even when the mapping looks wrong (most rows skipped, or a text of a few repeated values)")
    parser.add_argument("--report", metavar="REPORT.csv", help="also write each row's outcome (row, outcome, reason, id) as CSV")
    parser.set_defaults(run=run_import_lessons)


def run_import_lessons(store: Store, args: argparse.Namespace) -> int:
    report_path = output_file(args.report, example="import-report.csv", option="--report", writes={".csv": "CSV"}) if args.report is not None else None
    report = store.import_lessons(args.file, mapping=args.mapping, pack_id=args.pack_id, dry_run=args.dry_run, force=args.force)
    counts = report.counts
    blank = f" ({plural(report.blank_rows, 'blank row')} left out)" if report.blank_rows else ""
    print(clean(f"Read {report.path}: {report.description}; {plural(counts['read'], 'row')}{blank}."))
    print(f"Mapping ({clean(report.mapping.origin)}):")
    print("\n".join("  " + clean(line) for line in report.mapping.to_yaml(reasons=True).splitlines()))
    for note in report.mapping.notes:
        print(clean(f"Note: {note}"))
    if report.mapping.unused:
        print(clean(f"Columns not imported: {', '.join(report.mapping.unused)}"))
    if report.merged:
        print("Spellings of one value merged:")
        print("\n".join(clean(f"  {line}") for line in report.merged))
    _grouped("Skipped", report.grouped("skipped"))
    _grouped("Kept, with a remark", report.grouped("imported", "updated", "unchanged"))
    removed = [o.id for o in report.outcomes if o.outcome == "removed"]
    if removed:
        shown = ", ".join(removed[:LISTED]) + (f" and {len(removed) - LISTED} more" if len(removed) > LISTED else "")
        print(clean(f"No longer in the file, so removed from the pack (notes on them are kept): {shown}"))
    tally = ", ".join(f"{name} {counts[name]:,}" for name in counts) + "."
    print(f"With this mapping: {tally}" if report.warning and not report.forced else tally.capitalize())
    if report_path is not None:
        report.write_csv(report_path)
        print(f"Wrote the row-by-row report to {report_path}.")
    if report.warning and not report.forced:
        return _refused(report)
    if report.warning:
        print(clean(f"Warning: {report.warning}."))
    print(_outcome(report))
    return 0 if report.lessons else 1


def _grouped(heading: str, groups: list) -> None:
    """Rows that share a reason, as one line each: how many, the reason, the first row numbers."""
    if not groups:
        return
    print(f"{heading}:")
    for reason, items in groups[:LISTED]:
        rows = [item.row for item in items]
        named = ", ".join(map(str, rows[:ROWS_NAMED])) + (", …" if len(rows) > ROWS_NAMED else "")
        what = f"{plural(len(rows), 'row')} ({named})" if len(rows) > 1 else f"row {rows[0]}"
        print(clean(f"  {what}: {items[0].detail if len(items) == 1 else reason}"))
    if len(groups) > LISTED:
        print(f"  … and {plural(len(groups) - LISTED, 'other reason')} (see --report)")


def _refused(report) -> int:
    if report.lessons:
        print(clean(f"Nothing was installed: {report.warning}."))
    if report.alternative is not None:
        print("The best other mapping (save it as map.yaml and pass --mapping map.yaml):")
        print("\n".join("  " + clean(line) for line in report.alternative.to_yaml(reasons=True).splitlines()))
    elif report.lessons:
        print("No other column holds the lessons' text; name it in a mapping file (see --help).")
    print("To import with this mapping all the same, add --force." if report.lessons else _outcome(report))
    return 1


def _outcome(report) -> str:
    forced = " despite the warning above" if report.forced else ""
    if not report.lessons:
        return "No row could be imported; nothing was changed."
    if report.version is None:
        return f"Pack {report.pack_id} {report.previous_version} already holds these lessons; nothing was changed."
    if report.dry_run:
        action = f"update {report.pack_id} from {report.previous_version} to {report.version}" if report.previous_version \
            else f"install {report.pack_id} {report.version}"
        return f"Dry run: the import would {action} ({plural(report.lessons, 'lesson')}){forced}; nothing was changed."
    if report.previous_version:
        return (f"Updated pack {report.pack_id} from {report.previous_version} to {report.version} "
                f"({plural(report.lessons, 'lesson')}){forced}.")
    return (f"Installed pack {report.pack_id} {report.version} ({plural(report.lessons, 'lesson')}){forced}. Import the next "
            f"export with --pack-id {report.pack_id} to update it.")
