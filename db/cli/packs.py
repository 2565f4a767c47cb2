"""pack validate | build | import | list | remove."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.cli.output import print_json
from db.packs.archive import build_archive
from db.packs.loader import validate_pack
from db.store import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    pack = sub.add_parser("pack", help="validate, build, import, list and remove content packs")
    actions = pack.add_subparsers(dest="pack_command", required=True, metavar="ACTION")
    validate = actions.add_parser("validate", help="check a pack folder or file and report every problem")
    validate.add_argument("path", type=Path)
    validate.set_defaults(run=run_validate, needs_store=False)
    build = actions.add_parser("build", help="validate a pack folder and write one .atlaspack file")
    build.add_argument("path", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True, help="the .atlaspack file to write")
    build.set_defaults(run=run_build, needs_store=False)
    install = actions.add_parser("import", help="install a pack (folder, .atlaspack or zip) for this user")
    install.add_argument("path", type=Path)
    install.add_argument("--force", action="store_true", help="replace an installed pack of the same version")
    install.set_defaults(run=run_import)
    listing = actions.add_parser("list", help="list bundled and installed packs")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)
    remove = actions.add_parser("remove", help="uninstall a pack (your notes on it are kept, marked detached)")
    remove.add_argument("id")
    remove.set_defaults(run=run_remove)


def run_validate(_store, args: argparse.Namespace) -> int:
    problems = validate_pack(args.path)
    if not problems:
        print(f"{args.path}: valid")
        return 0
    for problem in problems:
        print(problem)
    print(f"\n{args.path}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
    return 1


def run_build(_store, args: argparse.Namespace) -> int:
    pack = build_archive(args.path, args.output)
    print(f"Built {args.output} ({pack.id} {pack.version}, {len(pack.entries)} entries, {args.output.stat().st_size} bytes)")
    return 0


def run_import(store: Store, args: argparse.Namespace) -> int:
    result = store.import_pack(args.path, force=args.force)
    pack = result.pack
    messages = {
        "installed": f"Installed {pack.id} {pack.version} ({len(pack.entries)} entries).",
        "updated": f"Updated {pack.id} from {result.previous_version} to {pack.version} ({len(pack.entries)} entries).",
        "reinstalled": f"Replaced {pack.id} {pack.version} ({len(pack.entries)} entries).",
        "unchanged": f"{pack.id} {pack.version} is already installed with the same content; nothing changed.",
    }
    print(messages[result.action])
    return 0


def run_list(store: Store, args: argparse.Namespace) -> int:
    packs = store.packs()
    if args.json:
        print_json(packs)
        return 0
    for pack in packs:
        print(f"{pack['id']:<30} {pack['version']:<8} {pack['origin']:<9} {pack['entries']:>6} entries  {pack['title']}")
    return 0


def run_remove(store: Store, args: argparse.Namespace) -> int:
    path = store.remove_pack(args.id)
    print(f"Removed {args.id} ({path}). Notes attached to it are kept and shown as detached.")
    return 0
