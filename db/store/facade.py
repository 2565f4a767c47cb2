"""`Store`: the one facade through which the CLI and the GUI reach every kind of data."""
from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import AtlasError
from db.files.paths import AtlasPaths
from db.files.resources import bundled_pack_dirs
from db.packs.registry import installed_listing, installed_path, pack_locations
from db.phrases import phrase
from db.reference import entries as entry_views
from db.reference.cache import RebuildReport, ensure_fresh
from db.search.connection import SearchConnection
from db.search.filters import FacetCount
from db.store.changes import Changes
from db.store.user_side import UserData

# Comparison, pack installation, search and one entry in full are imported where they are used:
# the window and the CLI start measurably faster without them.
if TYPE_CHECKING:
    from collections.abc import Callable

    from db.compare.table import Comparison
    from db.packs.installer import InstallResult
    from db.packs.model import Pack
    from db.reference.entry_view import EntryView
    from db.search.results import SearchResults
    from db.spreadsheets.importer import ImportPlan, ImportReport
    from db.spreadsheets.mapping import Mapping


class Store(UserData):
    """Reference entries (read-only cache of the packs) and the user's notes (one writer).

    Reads of the reference store use one connection per thread; every write to the user
    store goes through one connection guarded by a lock, so there is exactly one writer.
    Notes, bookmarks and saved comparisons come from `UserData`.
    """

    def __init__(self, paths: AtlasPaths | None = None, *, bundled: list[Path] | None = None):
        self.paths = paths or AtlasPaths.default()
        self.paths.ensure()
        self._bundled = bundled_pack_dirs() if bundled is None else list(bundled)
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._generation = 0
        self._journal_lock = threading.Lock()
        self._journal = Changes()
        self._packs_seen: tuple = ()
        self.last_rebuild = self.refresh()

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._generation += 1
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None
        self._close_user()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def refresh(self, *, force: bool = False, loaded: dict[Path, Pack] | None = None) -> RebuildReport:
        """Rebuild the reference cache if any pack changed (or if forced); `loaded`: packs already read, by location."""
        self._packs_seen = installed_listing(self.paths.packs_dir)
        report = ensure_fresh(self.paths.reference_db, self._locations(), force=force, loaded=loaded)
        if report.rebuilt:
            self._generation += 1
        return report

    # -- what changed ----------------------------------------------------------------------------
    def _record(self, changes: Changes) -> None:
        with self._journal_lock:
            self._journal |= changes
            self._own_since_seen |= changes

    def take_changes(self) -> Changes:
        """What this Store wrote since the last call: the window's one runner emits it after each write."""
        with self._journal_lock:
            taken, self._journal = self._journal, Changes()
        return taken

    def outside_changes(self) -> Changes:
        """What other processes wrote since the last call (notes, bookmarks, saved comparisons, packs),
        with `outside` set; the first call only takes note of how things are. Cheap when nothing changed."""
        found = self._outside_user_changes()
        if installed_listing(self.paths.packs_dir) != self._packs_seen:
            before = self._pack_versions()
            self.refresh()
            self._generation += 1  # the other process may have rebuilt the cache: every connection reopens
            after = self._pack_versions()
            found |= Changes(packs=frozenset(i for i in before.keys() | after.keys() if before.get(i) != after.get(i)), outside=True)
        return found

    def _pack_versions(self) -> dict[str, tuple]:
        return {row[0]: row[1:] for row in self.reference.execute("SELECT id, version, fingerprint FROM packs")}

    def _locations(self):
        return pack_locations(self.paths.packs_dir, self._bundled)

    def _connection(self) -> SearchConnection:
        connection = getattr(self._local, "connection", None)
        if connection is None or self._local.generation != self._generation:
            if connection is not None:
                connection.close()
            connection = SearchConnection(self.paths.reference_db, self.paths.user_db)
            self._local.connection, self._local.generation = connection, self._generation
        return connection

    @property
    def reference(self) -> sqlite3.Connection:
        """This thread's read-only connection to the reference store."""
        return self._connection().conn

    # -- reference entries -----------------------------------------------------------------
    def pack_ids(self) -> list[str]:
        return [pack_id for (pack_id,) in self.reference.execute("SELECT id FROM packs ORDER BY id")]

    def packs(self) -> list[dict]:
        # Counted in the index entries_kind (kind, pack): a join to `entries` made SQLite index
        # every entry's pack first, 0.4 s at 100,000 lessons before the window's first page.
        rows = self.reference.execute(
            "SELECT p.id, p.title, p.version, p.language, p.origin, p.location, "
            "(SELECT count(*) FROM entries e WHERE e.pack = p.id) FROM packs p ORDER BY p.id"
        ).fetchall()
        keys = ("id", "title", "version", "language", "origin", "location", "entries")
        return [dict(zip(keys, row)) for row in rows]

    def entry(self, ref: str, *, kind: str | None = None, language: str | None = None) -> EntryView:
        """The entry `ref` names, in `language` where the pack has it in that language."""
        from db.reference.entry_view import get_entry

        return get_entry(self.reference, entry_views.resolve(self.reference, ref, kind=kind), language)

    def entries(self, *, kind: str | None = None, pack: str | None = None) -> list[entry_views.EntrySummary]:
        return entry_views.list_entries(self.reference, kind=kind, pack=pack)

    def resolve(self, ref: str, *, kind: str | None = None) -> str:
        return entry_views.resolve(self.reference, ref, kind=kind)

    def counts(self, *, filters: dict[str, list[str]] | None = None) -> dict[str, int]:
        """Entries of each kind (those matching facet `filters`, as search applies them), in one query."""
        return entry_views.count_entries(self.reference, filters=filters)

    def entries_page(self, kind: str, *, offset: int = 0, limit: int = 200, filters: dict[str, list[str]] | None = None,
                     language: str | None = None) -> list[entry_views.EntrySummary]:
        """`limit` entries of one kind from `offset`, in the order `entries` lists them; titled in
        `language` where their packs have them in it."""
        return entry_views.entries_page(self.reference, kind, offset=offset, limit=limit, filters=filters, language=language)

    def entry_position(self, uid: str, *, filters: dict[str, list[str]] | None = None,
                       language: str | None = None) -> tuple[str, int] | None:
        """(kind, row) of an entry among `entries_page`'s rows (in `language`); None when unknown or filtered out."""
        return entry_views.entry_position(self.reference, uid, filters=filters, language=language)

    def entry_summaries(self, uids: list[str], language: str | None = None) -> dict[str, entry_views.EntrySummary]:
        """Those of `uids` that name an entry, by uid; titled in `language` where their packs have them in it."""
        found = entry_views.in_language(self.reference, list(entry_views.summaries(self.reference, uids).values()), language)
        return {entry.uid: entry for entry in found}

    def attributes(self, pack_id: str, language: str | None = None) -> list[tuple[str, str, str]]:
        """(key, label, group) of a pack's comparison attributes, in declared order; labelled in
        `language` where the pack has them in it (pack.LANG.yaml)."""
        rows = self.reference.execute("SELECT key, label, grp FROM attributes WHERE pack=? ORDER BY ord", (pack_id,)).fetchall()
        found = self.reference.execute("SELECT data FROM pack_translations WHERE pack=? AND language=?", (pack_id, language)).fetchone()
        if found is None:
            return rows
        labels = {item.get("key"): item for item in json.loads(found[0]).get("attributes") or [] if isinstance(item, dict)}
        return [(key, str(labels.get(key, {}).get("label") or label), str(labels.get(key, {}).get("group") or group))
                for key, label, group in rows]

    def pack_title(self, pack_id: str, language: str | None = None) -> str:
        """The pack's title, in `language` where the pack has it in it (pack.LANG.yaml)."""
        found = self.reference.execute("SELECT data FROM pack_translations WHERE pack=? AND language=?", (pack_id, language)).fetchone()
        if found is not None and json.loads(found[0]).get("title"):
            return str(json.loads(found[0])["title"])
        row = self.reference.execute("SELECT title FROM packs WHERE id=?", (pack_id,)).fetchone()
        return row[0] if row else pack_id

    def facet_values(self, facet: str) -> list[FacetCount]:
        """Every value of one facet (theme, region, year, ...) with how many entries carry it."""
        rows = self.reference.execute(
            "SELECT value, label, entries FROM facet_values WHERE facet=? ORDER BY label COLLATE NOCASE", (facet,))
        return [FacetCount(*row) for row in rows]

    # -- search ------------------------------------------------------------------------------
    def search(self, text: str, *, limit: int = 50, offset: int = 0, kinds=(), themes=(), models=(), packs=(),
               filters: dict[str, list[str]] | None = None, facets: bool = True,
               cancel: threading.Event | None = None, rank_budget: float | None = None, correct: bool = True,
               language: str | None = None) -> SearchResults:
        """Ranked results for what the user typed; never raises for any text.

        `filters` maps any facet (region, year, ...) to accepted values, as field:value would.
        `cancel`, when set from another thread, stops the query (raises SearchCancelled).
        `rank_budget`: seconds ranking may take; past them the first matches come unranked
        (SearchResults.ranked is False). None ranks every match however long it takes.
        `correct`: when nothing matches and a word the index does not know has one clear
        correction, the corrected query's results come instead (SearchResults.showing).
        `language`: entries are titled in it where their packs have them in it.
        """
        from db.search.engine import SearchEngine

        extra = {name: list(values) for name, values in (filters or {}).items()}
        for name, values in (("kind", kinds), ("theme", themes), ("model", models), ("pack", packs)):
            extra.setdefault(name, []).extend(values)
        results = SearchEngine(self._connection()).search(text, limit=limit, offset=offset, facets=facets,
                                                          extra_filters={k: v for k, v in extra.items() if v},
                                                          cancel=cancel, rank_budget=rank_budget, correct=correct,
                                                          own_language=not self._only_translated_into(language))
        if language and results.hits:
            titles = {entry.uid: entry.title for entry in self.entry_summaries([hit.uid for hit in results.hits], language).values()}
            results.hits = [replace(hit, title=titles[hit.uid]) if hit.uid in titles else hit for hit in results.hits]
        return results

    def _only_translated_into(self, language: str | None) -> bool:
        """Whether the packs have `language` only as translations (none is written in it)."""
        if not language or self.reference.execute("SELECT 1 FROM packs WHERE language = ?", (language,)).fetchone():
            return False
        return self.reference.execute("SELECT 1 FROM translations WHERE language = ? LIMIT 1", (language,)).fetchone() is not None

    # -- comparison --------------------------------------------------------------------------
    def compare(self, refs: list[str], language: str | None = None) -> Comparison:
        """The models `refs` name side by side; worded in `language` where their packs have it."""
        from db.compare.table import MAX_MODELS, MIN_MODELS, build

        if not MIN_MODELS <= len(refs) <= MAX_MODELS:
            raise AtlasError(phrase("Compare between {least} and {most} models; {given} given.", least=MIN_MODELS,
                                    most=MAX_MODELS, given=len(refs)))
        uids = [self.resolve(ref, kind="model") for ref in refs]
        duplicates = sorted({uid for uid in uids if uids.count(uid) > 1})
        if duplicates:
            raise AtlasError(phrase("Each model can appear once in a comparison; repeated: {repeated}.",
                                    repeated=", ".join(duplicates)))
        return build(self.reference, uids, language)

    # -- packs -------------------------------------------------------------------------------
    def import_pack(self, location: Path | str, *, force: bool = False) -> InstallResult:
        from db.packs import installer

        current = {
            row[0]: (row[1], row[2], row[3])
            for row in self.reference.execute("SELECT id, version, fingerprint, origin FROM packs")
        }
        result = installer.install(Path(location), self.paths.packs_dir, current, force=force)
        if result.action != "unchanged":
            # The installed copy holds exactly what the installer validated: not read a second time.
            self.refresh(loaded={installed_path(self.paths.packs_dir, result.pack.id): result.pack})
            self._record(Changes(packs=frozenset({result.pack.id})))
        return result

    def pack_changelog(self, pack_id: str) -> str:
        """The pack's CHANGELOG.md ("" when it has none)."""
        row = self.reference.execute("SELECT changelog FROM packs WHERE id=?", (pack_id,)).fetchone()
        if row is None:
            packs = ", ".join(self.pack_ids())
            raise AtlasError(phrase("No pack '{id}'. Packs: {packs}.", id=pack_id, packs=packs) if packs else
                             phrase("No pack '{id}'. Packs: none.", id=pack_id))
        return row[0] or ""

    def remove_pack(self, pack_id: str) -> Path:
        origins = dict(self.reference.execute("SELECT id, origin FROM packs").fetchall())
        from db.packs import installer

        removed = installer.remove(pack_id, self.paths.packs_dir, origins)
        self.refresh()
        self._record(Changes(packs=frozenset({pack_id})))
        return removed

    # -- lessons from spreadsheets -----------------------------------------------------------
    def preview_lessons_import(self, path: Path | str, mapping: Mapping | Path | str | None = None, *,
                               pack_id: str | None = None) -> ImportPlan:
        """What importing the CSV or XLSX file at `path` would read: headers, first rows, the mapping
        (guessed when `mapping` is None; a Path names a mapping file), its problems, and the version of
        `pack_id` (default: from the file name) it would update. Writes nothing."""
        from db.spreadsheets import importer

        return importer.preview(self, Path(path), mapping, pack_id)

    def import_lessons(self, path: Path | str, *, mapping: Mapping | Path | str | None = None, pack_id: str | None = None,
                       dry_run: bool = False, force: bool = False, progress: Callable[[int, int], None] | None = None,
                       cancel: threading.Event | None = None) -> ImportReport:
        """Make or update the user pack `pack_id` (default: from the file name) from a spreadsheet of lessons.

        Safe from a worker thread. `progress(done, total)` counts the rows, then two steps (pack
        written; pack installed and compiled); its last call is (total, total), in a dry run too.
        Setting `cancel` before the pack is installed raises ImportCancelled (db.spreadsheets.errors)
        with nothing changed; SpreadsheetError says what in the file or the mapping kept the import
        from running. The report's `version` is None when nothing needed installing. A mapping that
        would skip most rows, or whose text column holds a few repeated values, installs nothing
        unless `force`: the report's `warning` says why and `alternative` suggests another mapping.
        """
        from db.spreadsheets import importer

        return importer.run(self, Path(path), mapping=mapping, pack_id=pack_id, dry_run=dry_run, force=force, progress=progress,
                            cancel=cancel)
