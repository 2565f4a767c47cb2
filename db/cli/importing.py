"""import-lessons: a CSV or XLSX export of lessons made into (or updating) a user pack."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.cli.files import output_file
from db.cli.output import clean, plural
from db.store import Store

MAPPING_EXAMPLE = """a mapping file (fields: text, title, type, country, region, sector, hazard, date, id, source;
only text is required):
  columns:
    text: Lesson learned
    id: Lesson ID
    country: Country
    date: Date
  sheet: Lessons             # optional, XLSX: the sheet to read (default: the first)
  language: en               # optional: the language of the lessons (default: und)
  pack_title: DREF lessons   # optional
  dates: day-first           # optional: read 03/04/2019 as 3 April (month-first: 4 March)

Dates that could be read two ways, or that are implausible, are kept as written and listed.

examples:
  partnership-atlas import-lessons lessons.xlsx --dry-run
  partnership-atlas import-lessons export-march.csv --pack-id dref-lessons --report report.csv
  partnership-atlas import-lessons export.csv --mapping map.yaml --pack-id dref-lessons"""

# Beyond this many, skipped and flagged rows are counted, and listed in full only by --report.
LISTED = 30


def add_parsers(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import-lessons", help="make or update a pack of lessons from a CSV or XLSX file",
        description="Read lessons from a spreadsheet export (CSV in any common encoding and delimiter, or XLSX) and install "
                    "them as a pack of your own. Importing the next export into the same pack updates lessons in place, adds "
                    "new ones and removes those no longer in the file; notes stay attached to the lessons that remain. "
                    "Without --mapping, the columns are guessed from the headers and the mapping used is printed: save it "
                    "to a file, edit it and pass it with --mapping.",
        epilog=MAPPING_EXAMPLE)
    parser.add_argument("file", type=Path, help="the .csv or .xlsx file")
    parser.add_argument("--mapping", type=Path, metavar="MAP.yaml", help="which column holds what (see the printed mapping)")
    parser.add_argument("--pack-id", metavar="ID", help="the pack to make or update (default: from the file name)")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen and change nothing")
    parser.add_argument("--report", metavar="REPORT.csv", help="also write each row's outcome (row, outcome, reason, id) as CSV")
    parser.set_defaults(run=run_import_lessons)


def run_import_lessons(store: Store, args: argparse.Namespace) -> int:
    report_path = output_file(args.report, example="import-report.csv") if args.report is not None else None
    report = store.import_lessons(args.file, mapping=args.mapping, pack_id=args.pack_id, dry_run=args.dry_run)
    counts = report.counts
    blank = f" ({plural(report.blank_rows, 'blank row')} left out)" if report.blank_rows else ""
    print(clean(f"Read {report.path}: {report.description}; {plural(counts['read'], 'row')}{blank}."))
    print(f"Mapping ({clean(report.mapping.origin)}):")
    print("\n".join("  " + clean(line) for line in report.mapping.to_yaml().splitlines()))
    if report.mapping.unused:
        print(clean(f"Columns not imported: {', '.join(report.mapping.unused)}"))
    if report.merged:
        print("Spellings of one value merged:")
        print("\n".join(clean(f"  {line}") for line in report.merged))
    _list("Skipped", [o for o in report.outcomes if o.outcome == "skipped"])
    _list("Kept, with a remark", [o for o in report.outcomes if o.reason and o.outcome != "skipped" and o.row is not None])
    removed = [o.id for o in report.outcomes if o.outcome == "removed"]
    if removed:
        shown = ", ".join(removed[:LISTED]) + (f" and {len(removed) - LISTED} more" if len(removed) > LISTED else "")
        print(clean(f"No longer in the file, so removed from the pack (notes on them are kept): {shown}"))
    print(", ".join(f"{name} {counts[name]}" for name in counts).capitalize() + ".")
    if report_path is not None:
        report.write_csv(report_path)
        print(f"Wrote the row-by-row report to {report_path}.")
    print(_outcome(report))
    return 0 if report.lessons else 1


def _list(heading: str, outcomes: list) -> None:
    if not outcomes:
        return
    print(f"{heading}:")
    for item in outcomes[:LISTED]:
        print(clean(f"  row {item.row}: {item.reason}"))
    if len(outcomes) > LISTED:
        print(f"  … and {len(outcomes) - LISTED} more (see --report)")


def _outcome(report) -> str:
    if not report.lessons:
        return "No row could be imported; nothing was changed."
    if report.version is None:
        return f"Pack {report.pack_id} {report.previous_version} already holds these lessons; nothing was changed."
    if report.dry_run:
        action = f"update {report.pack_id} from {report.previous_version} to {report.version}" if report.previous_version \
            else f"install {report.pack_id} {report.version}"
        return f"Dry run: the import would {action} ({plural(report.lessons, 'lesson')}); nothing was changed."
    if report.previous_version:
        return f"Updated pack {report.pack_id} from {report.previous_version} to {report.version} ({plural(report.lessons, 'lesson')})."
    return (f"Installed pack {report.pack_id} {report.version} ({plural(report.lessons, 'lesson')}). Import the next export "
            f"with --pack-id {report.pack_id} to update it.")
