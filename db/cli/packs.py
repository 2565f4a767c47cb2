"""pack validate | build | import | list | remove."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.cli.files import output_file
from db.cli.output import clean, print_json
from db.packs.registry import PACK_SUFFIX
from db.store.facade import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    pack = sub.add_parser("pack", help="validate, build, import, list and remove content packs")
    actions = pack.add_subparsers(dest="pack_command", required=True, metavar="ACTION")
    validate = actions.add_parser("validate", help="check a pack folder or file and report every problem")
    validate.add_argument("path", type=Path, help="the pack folder, .atlaspack or zip file")
    validate.set_defaults(run=run_validate, needs_store=False)
    build = actions.add_parser("build", help="validate a pack folder and write one .atlaspack file")
    build.add_argument("path", type=Path, help="the pack folder")
    build.add_argument("-o", "--output", required=True, metavar="FILE", help="the .atlaspack file to write")
    build.set_defaults(run=run_build, needs_store=False)
    install = actions.add_parser("import", help="install a pack (folder, .atlaspack or zip) for this user")
    install.add_argument("path", type=Path, help="the pack folder, .atlaspack or zip file")
    install.add_argument("--force", action="store_true",
                         help="replace an installed pack of the same or a newer version")
    install.set_defaults(run=run_import)
    listing = actions.add_parser("list", help="list bundled and installed packs")
    listing.add_argument("--json", action="store_true", help="print the packs as a JSON list")
    listing.set_defaults(run=run_list)
    changelog = actions.add_parser("changelog", help="print what each version of a pack changed")
    changelog.add_argument("id", help="the pack's id (see: partnership-atlas pack list)")
    changelog.set_defaults(run=run_changelog)
    remove = actions.add_parser("remove", help="uninstall a pack; your notes on it are kept")
    remove.add_argument("id", help="the installed pack's id (see: partnership-atlas pack list)")
    remove.set_defaults(run=run_remove)


def run_validate(_store, args: argparse.Namespace) -> int:
    from db.packs.loader import load_pack, validate_pack  # reading packs needs YAML: loaded for this command only

    problems = validate_pack(args.path)
    if not problems:
        print(f"{args.path}: valid")
        print_translations(load_pack(args.path))
        return 0
    for problem in problems:
        print(problem)
    print(f"\n{args.path}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
    return 1


def print_translations(pack) -> None:
    """Each other language the pack declares, with how many entries it has and which it lacks."""
    from db.packs.translations import missing_translations

    for language, missing in missing_translations(pack).items():
        done = len(pack.entries) - len(missing)
        shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        print(f"{language}: {done} of {len(pack.entries)} entries translated" + (f"; not yet: {shown}" if missing else ""))


def run_build(_store, args: argparse.Namespace) -> int:
    from db.packs.archive import build_archive

    output = output_file(args.output, example=f"{args.path.resolve().name or 'pack'}{PACK_SUFFIX}", make_folder=True,
                         writes={PACK_SUFFIX: "content pack", ".zip": "content pack"})
    pack = build_archive(args.path, output)
    print(f"Built {output} ({pack.id} {pack.version}, {len(pack.entries)} entries, {output.stat().st_size} bytes)")
    return 0


def run_import(store: Store, args: argparse.Namespace) -> int:
    result = store.import_pack(args.path, force=args.force)
    pack = result.pack
    messages = {
        "installed": f"Installed {pack.id} {pack.version} ({len(pack.entries)} entries).",
        "updated": f"Updated {pack.id} from {result.previous_version} to {pack.version} ({len(pack.entries)} entries).",
        "downgraded": f"Replaced {pack.id} {result.previous_version} with the older version {pack.version} ({len(pack.entries)} entries).",
        "reinstalled": f"Replaced {pack.id} {pack.version} ({len(pack.entries)} entries).",
        "unchanged": f"{pack.id} {pack.version} is already installed with the same content; nothing changed.",
    }
    print(messages[result.action])
    if result.action in ("updated", "downgraded", "reinstalled"):
        found, lost = store.highlights_on(pack.id)
        if found or lost:
            print(f"Your highlights on it: {found} of {found + lost} found in the new text"
                  + (f"; {lost} no longer found, kept and marked 'passage not found' in your notes." if lost else "."))
    return 0


def run_list(store: Store, args: argparse.Namespace) -> int:
    packs = store.packs()
    if args.json:
        print_json(packs)
        return 0
    for pack in packs:
        print(clean(f"{pack['id']:<30} {pack['version']:<8} {pack['origin']:<9} {pack['entries']:>6} entries  {pack['title']}"))
    return 0


def run_changelog(store: Store, args: argparse.Namespace) -> int:
    text = store.pack_changelog(args.id)
    print(text or f"{args.id} has no changelog.")
    return 0


def run_remove(store: Store, args: argparse.Namespace) -> int:
    path = store.remove_pack(args.id)
    still = next((pack for pack in store.packs() if pack["id"] == args.id), None)
    if still is not None:
        # A bundled copy of the same pack took over: the entries, and notes on them, are still there.
        print(f"Removed the installed {args.id} ({path}). The {still['origin']} version {still['version']} is in use again; "
              "your notes on it stay attached.")
    else:
        print(f"Removed {args.id} ({path}). Notes attached to it are kept and shown as detached.")
    return 0
