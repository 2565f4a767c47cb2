"""`partnership-atlas serve`: Datasette on the published library, read-only, on this machine unless asked otherwise.

Datasette is an optional extra (pip install "partnership-atlas[serve]"): the window and the
standalone build never load it; like the rest of the command line, it speaks English. The library
and the notes snapshot are rebuilt from the stores at each start and opened immutable: Datasette
has no write path to them, and the stores themselves are never served.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

from db.errors import AtlasError
from db.publishing.library import build_library, build_notes
from db.publishing.site import LIBRARY, NOTES, TITLE, metadata

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
SETTINGS = {
    "sql_time_limit_ms": 3000,  # a search over 100,000 lessons takes well under this
    "default_page_size": 50,
    "truncate_cells_html": 400,
}


def published_files(store, folder: Path, *, with_notes: bool) -> list[Path]:
    """Build the library (and, `with_notes`, the notes snapshot) in `folder`; their paths, named as the site names them."""
    files = [build_library(store.paths.reference_db, folder / f"{LIBRARY}.db")]
    if with_notes:
        files.append(build_notes(store.notes(), folder / f"{NOTES}.db"))
    return files


def site(files: list[Path]):
    """The Datasette instance serving `files` immutable, its metadata made from them."""
    try:
        from datasette.app import Datasette
    except ImportError:
        raise AtlasError('Publishing needs Datasette, an optional part: pip install "partnership-atlas[serve]" '
                         '(or pip install -e ".[serve]" in a checkout).') from None
    return Datasette(immutables=[str(path) for path in files], metadata=metadata(files[0], with_notes=len(files) > 1),
                     settings=SETTINGS)


def serve(files: list[Path], host: str, port: int, *, announce=print) -> None:
    """Serve `files` until interrupted; `announce` gets the site's address once it answers (port 0: a free one)."""
    import uvicorn

    datasette = site(files)
    server = uvicorn.Server(uvicorn.Config(datasette.app(), host=host, port=port, log_level="warning", lifespan="on"))

    async def run() -> None:
        await datasette.invoke_startup()
        serving = asyncio.create_task(server.serve())
        while not server.started and not serving.done():
            await asyncio.sleep(0.05)
        if server.started:
            bound = server.servers[0].sockets[0].getsockname()[1]
            announce(f"{TITLE}: http://{f'[{host}]' if ':' in host else host}:{bound}/ (read-only; Ctrl+C stops it)")
            if host not in LOCAL_HOSTS:
                announce("The library is now visible to anyone who can reach this machine on the network.")
        await serving

    try:
        asyncio.run(run())
    except SystemExit:  # uvicorn's way of saying it could not listen
        raise AtlasError(f"Could not serve on {host}:{port}: is another program using that port? Choose another "
                         "with --port.") from None
