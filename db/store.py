"""`Store`: the one facade through which the CLI and the GUI reach every kind of data."""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

from db import entries as entry_views
from db.compare.table import MAX_MODELS, MIN_MODELS, Comparison, build
from db.errors import AtlasError
from db.packs import installer
from db.packs.registry import pack_locations
from db.paths import AtlasPaths
from db.reference.cache import RebuildReport, ensure_fresh
from db.resources import bundled_pack_dirs
from db.search.engine import SearchEngine
from db.search.results import FacetCount, SearchResults
from db.user import exports
from db.user.connection import open_user_db
from db.user.library import LibraryRepository, SavedComparison
from db.user.notes import Note, NotesRepository, Revision, Target


class Store:
    """Reference entries (read-only cache of the packs) and the user's notes (one writer).

    Reads of the reference store use one connection per thread; every write to the user
    store goes through one connection guarded by a lock, so there is exactly one writer.
    """

    def __init__(self, paths: AtlasPaths | None = None, *, bundled: list[Path] | None = None):
        self.paths = paths or AtlasPaths.default()
        self.paths.ensure()
        self._bundled = bundled_pack_dirs() if bundled is None else list(bundled)
        self._write_lock = threading.RLock()
        self._user = open_user_db(self.paths.user_db)
        self.notes_repo = NotesRepository(self._user)
        self.library = LibraryRepository(self._user)
        self._local = threading.local()
        self._generation = 0
        self.last_rebuild = self.refresh()

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._generation += 1
        engine = getattr(self._local, "engine", None)
        if engine is not None:
            engine.close()
            self._local.engine = None
        with self._write_lock:
            self._user.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def refresh(self, *, force: bool = False) -> RebuildReport:
        """Rebuild the reference cache if any pack changed (or if forced)."""
        report = ensure_fresh(self.paths.reference_db, self._locations(), force=force)
        if report.rebuilt:
            self._generation += 1
        return report

    def _locations(self):
        return pack_locations(self.paths.packs_dir, self._bundled)

    def _engine(self) -> SearchEngine:
        engine = getattr(self._local, "engine", None)
        if engine is None or self._local.generation != self._generation:
            if engine is not None:
                engine.close()
            engine = SearchEngine(self.paths.reference_db, self.paths.user_db)
            self._local.engine, self._local.generation = engine, self._generation
        return engine

    @property
    def reference(self) -> sqlite3.Connection:
        """This thread's read-only connection to the reference store."""
        return self._engine().conn

    # -- reference entries -----------------------------------------------------------------
    def packs(self) -> list[dict]:
        rows = self.reference.execute(
            "SELECT p.id, p.title, p.version, p.language, p.origin, p.location, count(e.uid) FROM packs p "
            "LEFT JOIN entries e ON e.pack = p.id GROUP BY p.id ORDER BY p.id"
        ).fetchall()
        keys = ("id", "title", "version", "language", "origin", "location", "entries")
        return [dict(zip(keys, row)) for row in rows]

    def entry(self, ref: str, *, kind: str | None = None) -> entry_views.EntryView:
        return entry_views.get_entry(self.reference, entry_views.resolve(self.reference, ref, kind=kind))

    def entries(self, *, kind: str | None = None, pack: str | None = None) -> list[entry_views.EntrySummary]:
        return entry_views.list_entries(self.reference, kind=kind, pack=pack)

    def resolve(self, ref: str, *, kind: str | None = None) -> str:
        return entry_views.resolve(self.reference, ref, kind=kind)

    def counts(self) -> dict[str, int]:
        return dict(self.reference.execute("SELECT kind, count(*) FROM entries GROUP BY kind").fetchall())

    def attributes(self, pack_id: str) -> list[tuple[str, str, str]]:
        """(key, label, group) of a pack's comparison attributes, in declared order."""
        return self.reference.execute("SELECT key, label, grp FROM attributes WHERE pack=? ORDER BY ord", (pack_id,)).fetchall()

    def pack_title(self, pack_id: str) -> str:
        row = self.reference.execute("SELECT title FROM packs WHERE id=?", (pack_id,)).fetchone()
        return row[0] if row else pack_id

    def facet_values(self, facet: str) -> list[FacetCount]:
        """Every value of one facet (theme, region, year, ...) with how many entries carry it."""
        rows = self.reference.execute(
            "SELECT value, label, count(*) FROM facets WHERE facet=? GROUP BY value ORDER BY label COLLATE NOCASE", (facet,))
        return [FacetCount(*row) for row in rows]

    # -- search ------------------------------------------------------------------------------
    def search(self, text: str, *, limit: int = 50, offset: int = 0, kinds=(), themes=(), models=(), packs=(),
               filters: dict[str, list[str]] | None = None, facets: bool = True,
               cancel: threading.Event | None = None) -> SearchResults:
        """Ranked results for what the user typed; never raises for any text.

        `filters` maps any facet (region, year, ...) to accepted values, as field:value would.
        `cancel`, when set from another thread, stops the query (raises SearchCancelled).
        """
        extra = {name: list(values) for name, values in (filters or {}).items()}
        for name, values in (("kind", kinds), ("theme", themes), ("model", models), ("pack", packs)):
            extra.setdefault(name, []).extend(values)
        return self._engine().search(text, limit=limit, offset=offset, facets=facets,
                                     extra_filters={k: v for k, v in extra.items() if v}, cancel=cancel)

    # -- comparison --------------------------------------------------------------------------
    def compare(self, refs: list[str]) -> Comparison:
        if not MIN_MODELS <= len(refs) <= MAX_MODELS:
            raise AtlasError(f"Compare between {MIN_MODELS} and {MAX_MODELS} models; {len(refs)} given.")
        uids = [self.resolve(ref, kind="model") for ref in refs]
        duplicates = sorted({uid for uid in uids if uids.count(uid) > 1})
        if duplicates:
            raise AtlasError(f"Each model can appear once in a comparison; repeated: {', '.join(duplicates)}.")
        return build(self.reference, uids)

    def save_comparison(self, name: str, refs: list[str], *, comparison_id: str | None = None) -> SavedComparison:
        uids = [model.uid for model in self.compare(refs).models]
        with self._write_lock:
            return self.library.save_comparison(name, uids, comparison_id=comparison_id)

    def saved_comparisons(self) -> list[SavedComparison]:
        with self._write_lock:
            return self.library.comparisons()

    def saved_comparison(self, comparison_id: str) -> SavedComparison:
        with self._write_lock:
            return self.library.comparison(comparison_id)

    def delete_saved_comparison(self, comparison_id: str) -> None:
        with self._write_lock:
            self.library.delete_comparison(comparison_id)

    # -- bookmarks ---------------------------------------------------------------------------
    def set_bookmark(self, ref: str, on: bool) -> bool:
        uid = self.resolve(ref)
        with self._write_lock:
            return self.library.set_bookmark(uid, on)

    def is_bookmarked(self, uid: str) -> bool:
        with self._write_lock:
            return self.library.is_bookmarked(uid)

    def bookmarks(self) -> list[str]:
        """Bookmarked entry uids, newest first; some may be gone from the packs (see `entries`)."""
        with self._write_lock:
            return self.library.bookmarks()

    # -- packs -------------------------------------------------------------------------------
    def import_pack(self, location: Path | str, *, force: bool = False) -> installer.InstallResult:
        current = {
            row[0]: (row[1], row[2], row[3])
            for row in self.reference.execute("SELECT id, version, fingerprint, origin FROM packs")
        }
        result = installer.install(Path(location), self.paths.packs_dir, current, force=force)
        if result.action != "unchanged":
            self.refresh()
        return result

    def remove_pack(self, pack_id: str) -> Path:
        origins = dict(self.reference.execute("SELECT id, origin FROM packs").fetchall())
        removed = installer.remove(pack_id, self.paths.packs_dir, origins)
        self.refresh()
        return removed

    # -- notes -------------------------------------------------------------------------------
    def create_note(self, body: str, *, title: str = "", target: Target = Target(), tags=()) -> Note:
        target = self._resolved(target)
        with self._write_lock:
            return self._with_detached(self.notes_repo.create(body, title=title, target=target, tags=tags))

    def update_note(self, note_id: str, *, body: str | None = None, title: str | None = None, tags=None,
                    target: Target | None = None) -> Note:
        if target is not None:
            target = self._resolved(target)
        with self._write_lock:
            return self._with_detached(self.notes_repo.update(note_id, body=body, title=title, tags=tags, target=target))

    def delete_note(self, note_id: str) -> Note:
        with self._write_lock:
            return self.notes_repo.delete(note_id)

    def restore_note(self, note_id: str) -> Note:
        with self._write_lock:
            return self._with_detached(self.notes_repo.restore(note_id))

    def purge_note(self, note_id: str) -> None:
        with self._write_lock:
            self.notes_repo.purge(note_id)

    def note(self, note_id: str, *, include_deleted: bool = False) -> Note:
        with self._write_lock:
            return self._with_detached(self.notes_repo.get(note_id, include_deleted=include_deleted))

    def notes(self, *, target: str | None = None, tag: str | None = None, trashed: bool = False, limit: int | None = None) -> list[Note]:
        with self._write_lock:
            found = self.notes_repo.list(target=target, tag=tag, trashed=trashed, limit=limit)
        missing = self._missing_targets(found)
        return [self._mark(note, missing) for note in found]

    def note_revisions(self, note_id: str) -> list[Revision]:
        with self._write_lock:
            return self.notes_repo.revisions(note_id)

    def restore_note_revision(self, note_id: str, revision_id: int) -> Note:
        with self._write_lock:
            return self._with_detached(self.notes_repo.restore_revision(note_id, revision_id))

    def note_tags(self) -> list[tuple[str, int]]:
        with self._write_lock:
            return self.notes_repo.tags()

    def export_notes_markdown(self, folder: Path, **selection) -> list[Path]:
        return exports.export_markdown(self.notes(**selection), Path(folder))

    def export_notes_annotations(self, **selection) -> dict:
        return exports.annotation_collection(self.notes(**selection))

    def _resolved(self, target: Target) -> Target:
        """The same target, with an entry named by bare id or title turned into its uid."""
        if target.kind == "passage" and (target.quote is None or not target.quote.exact.strip()):
            raise AtlasError("A passage note needs the exact text it highlights.")
        if target.kind in ("entry", "passage") and target.ref:
            return replace(target, ref=self.resolve(target.ref))
        return target

    def _missing_targets(self, notes: list[Note]) -> set[str]:
        refs = sorted({n.target.ref for n in notes if n.target.kind in ("entry", "passage") and n.target.ref})
        if not refs:
            return set()
        present = set()
        for start in range(0, len(refs), 500):
            chunk = refs[start:start + 500]
            present.update(r for (r,) in self.reference.execute(
                f"SELECT uid FROM entries WHERE uid IN ({','.join('?' * len(chunk))})", chunk))
        return set(refs) - present

    @staticmethod
    def _mark(note: Note, missing: set[str]) -> Note:
        if note.target.ref in missing and note.target.kind in ("entry", "passage"):
            return replace(note, detached=True)
        return note

    def _with_detached(self, note: Note) -> Note:
        return self._mark(note, self._missing_targets([note]))
