"""serve: publish the library read-only to a browser with Datasette (the optional [serve] extra)."""
from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("serve", help="publish the library read-only to browsers (Datasette)",
                            description="Serve a read-only copy of the library with Datasette: search, facets, every entry "
                                        "and model attribute, from a browser. Only this machine can reach it unless --host "
                                        "says otherwise. Needs the optional extra: pip install \"partnership-atlas[serve]\".")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for the whole network)")
    parser.add_argument("--port", type=int, default=8001, help="port to listen on (default 8001; 0 picks a free one)")
    parser.add_argument("--with-notes", action="store_true",
                        help="also publish a read-only snapshot of your notes (the trash left out); off by default")
    parser.set_defaults(run=run_serve)


def run_serve(store, args: argparse.Namespace) -> int:
    from db.publishing.server import published_files, serve  # sqlite-utils and Datasette: only for this command

    files = published_files(store, store.paths.cache_dir / "published", with_notes=args.with_notes)
    try:
        serve(files, args.host, args.port, announce=lambda line: print(line, flush=True))
    except KeyboardInterrupt:
        pass
    return 0
